// eventscope dashboard: map, timeline, table and event panel over the REST API.
//
// No framework and no build step. Everything from the API is untrusted (article text, titles, actor
// and place names come from the web): the DOM is built with createElement/textContent and
// setAttribute on fixed attribute names only, never innerHTML; the server's Content-Security-Policy
// backs this up by refusing inline scripts.
"use strict";

(() => {
  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2471a3",
    "Riots": "#17a589",
    "Strategic developments": "#7f8c8d",
  };
  const OTHER_COLOUR = "#555";
  const MAX_EVENTS = 5000;      // one request; the API caps pages at 10 000
  const MAX_ROWS = 1000;        // table rows rendered at once (the map shows every event)
  const WORLD = 1000;           // projected world width in map units
  const CLUSTER_PX = 22;        // markers closer than this on screen merge into a cluster
  const TOKEN_KEY = "eventscope.token";
  const SVG_NS = "http://www.w3.org/2000/svg";

  const state = {
    events: [],
    total: 0,
    sort: { key: "date", dir: -1 },
    selected: null,
    taxonomy: null,
    view: { k: 1, tx: 0, ty: 0 },
  };

  // DOM helpers ---------------------------------------------------------------------------------

  const $ = (sel, root = document) => root.querySelector(sel);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = String(value);
      else if (name === "class") node.setAttribute("class", value);
      else node.setAttribute(name, String(value));
    }
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  const colourOf = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;
  const deaths = (ev) => (ev.fatalities && ev.fatalities.best) || 0;
  const dateOf = (ev) => (ev.date && ev.date.best) || "";
  const reviewOf = (ev) => (ev.review && ev.review.status) || "unreviewed";
  const actorName = (a) => (a && a.name) || "";

  // API -----------------------------------------------------------------------------------------

  async function api(path, options = {}) {
    const headers = Object.assign({ Accept: "application/json" }, options.headers || {});
    const token = localStorage.getItem(TOKEN_KEY);
    if (token && options.auth) headers.Authorization = "Bearer " + token;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {
      method: options.method || "GET",
      headers,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? body.error.message : response.statusText;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // Filters -------------------------------------------------------------------------------------

  const form = $("#filters");

  function readFilters() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      const v = String(value).trim();
      if (v && !(name === "review" && v === "not-rejected")) params.set(name, v);
    }
    return params;
  }

  function writeFilters(params) {
    for (const field of form.elements) {
      if (!field.name) continue;
      const value = params.get(field.name);
      if (value !== null) field.value = value;
    }
  }

  let refreshTimer = null;
  function scheduleRefresh(delay) {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => refresh(true), delay);
  }

  form.addEventListener("change", () => scheduleRefresh(0));
  form.addEventListener("input", (e) => {
    if (e.target.type === "search" || e.target.type === "number") scheduleRefresh(350);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); scheduleRefresh(0); });
  form.addEventListener("reset", () => setTimeout(() => scheduleRefresh(0), 0));

  let generation = 0;
  // fit: re-frame the map on the events (after a filter change), not after a review.
  async function refresh(fit = true) {
    const params = readFilters();
    const query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
    const mine = ++generation;
    const eventsParams = new URLSearchParams(params);
    eventsParams.set("limit", String(MAX_EVENTS));
    try {
      const [page, stats] = await Promise.all([
        api("/api/events?" + eventsParams.toString()),
        api("/api/stats?interval=week&" + params.toString()),
      ]);
      if (mine !== generation) return; // a newer refresh is under way
      state.events = page.events;
      state.total = page.total;
      renderSummary(stats);
      if (fit) fitToEvents();
      else renderMarkers();
      renderTable();
      renderTimeline(stats);
      document.body.dataset.ready = String(mine);
    } catch (err) {
      $("#summary").textContent = "Could not load events: " + err.message;
    }
  }

  function renderSummary(stats) {
    const shown = state.events.length < state.total ? ` (first ${state.events.length} shown)` : "";
    $("#summary").textContent =
      `${state.total} events${shown} · ${stats.total.fatalities} reported deaths`;
  }

  async function loadChoices() {
    const [taxonomy, stats] = await Promise.all([api("/api/taxonomy"), api("/api/stats?review=all")]);
    state.taxonomy = taxonomy;
    const typeSelect = form.elements.event_type;
    const subSelect = $("#correct-form").elements.sub_event_type;
    for (const [type, subs] of Object.entries(taxonomy.event_types)) {
      typeSelect.append(el("option", { value: type, text: type }));
      const group = el("optgroup", { label: type });
      const correctGroup = el("optgroup", { label: type });
      for (const sub of subs) {
        group.append(el("option", { value: sub, text: "  " + sub }));
        correctGroup.append(el("option", { value: sub, text: sub }));
      }
      typeSelect.append(group);
      subSelect.append(correctGroup);
    }
    const countries = stats.by_country
      .filter((c) => c.iso3)
      .sort((a, b) => String(a.country).localeCompare(String(b.country)));
    for (const c of countries) {
      form.elements.country.append(el("option", { value: c.iso3, text: `${c.country} (${c.events})` }));
    }
    const legend = $("#legend");
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      legend.append(el("li", {}, el("span", { class: "swatch", "data-colour": colour }), type));
    }
    for (const swatch of legend.querySelectorAll(".swatch")) {
      swatch.style.background = swatch.dataset.colour;
    }
  }

  // Map -----------------------------------------------------------------------------------------

  const mapSvg = $("#map");
  const basemap = svg("g", { class: "basemap" });
  const markers = svg("g", { class: "markers" });
  mapSvg.append(svg("rect", { class: "sea", x: 0, y: 0, width: "100%", height: "100%" }), basemap, markers);

  function project(lon, lat) {
    const clamped = Math.max(-85, Math.min(85, lat));
    const phi = (clamped * Math.PI) / 180;
    const x = ((lon + 180) / 360) * WORLD;
    const y = WORLD / 2 - (WORLD / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + phi / 2));
    return [x, y];
  }

  function ringPath(ring) {
    let d = "";
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = project(ring[i][0], ring[i][1]);
      d += (i ? "L" : "M") + x.toFixed(2) + "," + y.toFixed(2);
    }
    return d + "Z";
  }

  async function loadBasemap() {
    const response = await fetch("/static/basemap/countries.geojson");
    const world = await response.json();
    for (const feature of world.features) {
      const g = feature.geometry;
      const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      const d = polygons.map((rings) => rings.map(ringPath).join("")).join("");
      const path = svg("path", { d, class: "country", "vector-effect": "non-scaling-stroke" });
      path.append(svg("title", { text: feature.properties.name || "" }));
      basemap.append(path);
    }
    applyView();
  }

  function size() {
    const box = mapSvg.getBoundingClientRect();
    return [box.width || 800, box.height || 400];
  }

  function applyView() {
    const { k, tx, ty } = state.view;
    basemap.setAttribute("transform", `translate(${tx},${ty}) scale(${k})`);
    renderMarkers();
  }

  function clampView() {
    const [w, h] = size();
    const v = state.view;
    v.k = Math.max(w / WORLD / 1.2, Math.min(v.k, 400));
    // Keep some of the world on screen whatever the pan.
    v.tx = Math.min(w * 0.8, Math.max(v.tx, w * 0.2 - WORLD * v.k));
    v.ty = Math.min(h * 0.8, Math.max(v.ty, h * 0.2 - WORLD * v.k));
  }

  function zoomAt(factor, px, py) {
    const v = state.view;
    const k = v.k * factor;
    v.tx = px - ((px - v.tx) * k) / v.k;
    v.ty = py - ((py - v.ty) * k) / v.k;
    v.k = k;
    clampView();
    applyView();
  }

  function fitTo(x0, y0, x1, y1) {
    const [w, h] = size();
    const pad = 60;
    const legend = 24; // the legend strip along the bottom edge
    const k = Math.min((w - 2 * pad) / Math.max(x1 - x0, 1e-6), (h - legend - 2 * pad) / Math.max(y1 - y0, 1e-6));
    state.view.k = Math.min(k, 60);
    state.view.tx = w / 2 - ((x0 + x1) / 2) * state.view.k;
    state.view.ty = (h - legend) / 2 - ((y0 + y1) / 2) * state.view.k;
    clampView();
    applyView();
  }

  function fitToEvents() {
    const pts = state.events.filter(hasPoint).map((ev) => project(ev.location.lon, ev.location.lat));
    if (!pts.length) {
      fitTo(0, WORLD * 0.15, WORLD, WORLD * 0.85);
      return;
    }
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    // At least ~10 degrees across, so a single event does not zoom to street level.
    const span = WORLD / 36;
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const hw = Math.max((Math.max(...xs) - Math.min(...xs)) / 2, span);
    const hh = Math.max((Math.max(...ys) - Math.min(...ys)) / 2, span / 2);
    fitTo(cx - hw, cy - hh, cx + hw, cy + hh);
  }

  const hasPoint = (ev) => ev.location && typeof ev.location.lat === "number" && typeof ev.location.lon === "number";
  const radius = (fatalities) => Math.min(4 + 2.2 * Math.sqrt(fatalities), 30);

  function clusters() {
    // Greedy clustering in screen space: the deadliest events seed clusters, so what an analyst
    // most needs to see stays a marker of its own when nothing overlaps it.
    const { k, tx, ty } = state.view;
    const points = state.events
      .filter(hasPoint)
      .map((ev) => {
        const [x, y] = project(ev.location.lon, ev.location.lat);
        return { ev, x: x * k + tx, y: y * k + ty };
      })
      .sort((a, b) => deaths(b.ev) - deaths(a.ev));
    const out = [];
    for (const p of points) {
      const near = out.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < CLUSTER_PX);
      if (near) near.members.push(p);
      else out.push({ x: p.x, y: p.y, members: [p] });
    }
    return out;
  }

  function renderMarkers() {
    clear(markers);
    const tooltip = $("#tooltip");
    for (const c of clusters()) {
      if (c.members.length === 1) {
        const ev = c.members[0].ev;
        const circle = svg("circle", {
          class: "marker" + (ev.event_id === state.selected ? " selected" : "") + (reviewOf(ev) === "rejected" ? " rejected" : ""),
          cx: c.x.toFixed(1),
          cy: c.y.toFixed(1),
          r: radius(deaths(ev)).toFixed(1),
          fill: colourOf(ev.event_type),
          "data-event-id": ev.event_id,
          tabindex: 0,
        });
        circle.addEventListener("click", (e) => { e.stopPropagation(); openEvent(ev.event_id); });
        circle.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(ev.event_id); });
        circle.addEventListener("mousemove", (e) => showTooltip(e, describe(ev)));
        circle.addEventListener("mouseleave", () => { tooltip.hidden = true; });
        markers.append(circle);
      } else {
        const total = c.members.reduce((n, m) => n + deaths(m.ev), 0);
        const byType = {};
        for (const m of c.members) byType[m.ev.event_type] = (byType[m.ev.event_type] || 0) + 1;
        const main = Object.entries(byType).sort((a, b) => b[1] - a[1])[0][0];
        const r = Math.min(10 + 3 * Math.sqrt(c.members.length) + Math.sqrt(total), 36);
        const group = svg("g", { class: "cluster", "data-count": c.members.length, tabindex: 0 });
        group.append(
          svg("circle", { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1), fill: colourOf(main) }),
          svg("text", { x: c.x.toFixed(1), y: (c.y + 4).toFixed(1), "text-anchor": "middle", text: c.members.length }),
        );
        const zoomIn = () => zoomAt(2.5, c.x, c.y);
        group.addEventListener("click", (e) => { e.stopPropagation(); zoomIn(); });
        group.addEventListener("keydown", (e) => { if (e.key === "Enter") zoomIn(); });
        group.addEventListener("mousemove", (e) =>
          showTooltip(e, `${c.members.length} events, ${total} deaths — click to zoom in`));
        group.addEventListener("mouseleave", () => { tooltip.hidden = true; });
        markers.append(group);
      }
    }
  }

  function describe(ev) {
    const place = ev.location ? [ev.location.name, ev.location.country].filter(Boolean).join(", ") : "";
    return `${dateOf(ev)} · ${ev.sub_event_type} · ${place} · ${deaths(ev)} deaths`;
  }

  function showTooltip(e, text) {
    const tooltip = $("#tooltip");
    const box = mapSvg.getBoundingClientRect();
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = e.clientX - box.left + 12 + "px";
    tooltip.style.top = e.clientY - box.top + 12 + "px";
  }

  // Pan and zoom.
  mapSvg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const box = mapSvg.getBoundingClientRect();
    zoomAt(e.deltaY < 0 ? 1.25 : 0.8, e.clientX - box.left, e.clientY - box.top);
  }, { passive: false });
  let drag = null;
  mapSvg.addEventListener("pointerdown", (e) => {
    if (e.target.closest(".marker, .cluster")) return;
    drag = { x: e.clientX, y: e.clientY, tx: state.view.tx, ty: state.view.ty };
    mapSvg.setPointerCapture(e.pointerId);
  });
  mapSvg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    state.view.tx = drag.tx + e.clientX - drag.x;
    state.view.ty = drag.ty + e.clientY - drag.y;
    clampView();
    applyView();
  });
  mapSvg.addEventListener("pointerup", () => { drag = null; });
  $("#zoom-in").addEventListener("click", () => { const [w, h] = size(); zoomAt(1.6, w / 2, h / 2); });
  $("#zoom-out").addEventListener("click", () => { const [w, h] = size(); zoomAt(1 / 1.6, w / 2, h / 2); });
  $("#zoom-fit").addEventListener("click", fitToEvents);
  window.addEventListener("resize", () => applyView());

  // Timeline ------------------------------------------------------------------------------------

  function weeksBetween(first, last) {
    const out = [];
    const d = new Date(first + "T00:00:00Z");
    const end = new Date(last + "T00:00:00Z");
    while (d <= end && out.length < 520) {
      out.push(d.toISOString().slice(0, 10));
      d.setUTCDate(d.getUTCDate() + 7);
    }
    return out;
  }

  function renderTimeline(stats) {
    const chart = $("#timeline");
    clear(chart);
    const byPeriod = new Map();
    for (const s of stats.series) {
      if (!s.period) continue;
      const row = byPeriod.get(s.period) || { types: {}, events: 0, fatalities: 0 };
      row.types[s.event_type] = (row.types[s.event_type] || 0) + s.events;
      row.events += s.events;
      row.fatalities += s.fatalities;
      byPeriod.set(s.period, row);
    }
    const periods = [...byPeriod.keys()].sort();
    const box = chart.getBoundingClientRect();
    const w = box.width || 800;
    const h = box.height || 160;
    if (!periods.length) {
      chart.append(svg("text", { x: w / 2, y: h / 2, "text-anchor": "middle", class: "empty", text: "No dated events" }));
      return;
    }
    const weeks = weeksBetween(periods[0], periods[periods.length - 1]);
    const m = { l: 34, r: 40, t: 8, b: 22 };
    const iw = w - m.l - m.r;
    const ih = h - m.t - m.b;
    const maxEvents = Math.max(...weeks.map((p) => (byPeriod.get(p) || { events: 0 }).events), 1);
    const maxDeaths = Math.max(...weeks.map((p) => (byPeriod.get(p) || { fatalities: 0 }).fatalities), 1);
    const bw = iw / weeks.length;
    const axis = svg("g", { class: "axis" });
    axis.append(
      svg("line", { x1: m.l, y1: m.t + ih, x2: m.l + iw, y2: m.t + ih }),
      svg("text", { x: m.l - 4, y: m.t + 8, "text-anchor": "end", text: maxEvents }),
      svg("text", { x: m.l - 4, y: m.t + ih, "text-anchor": "end", text: 0 }),
      svg("text", { x: m.l + iw + 4, y: m.t + 8, class: "deaths-label", text: maxDeaths }),
    );
    chart.append(axis);
    const step = Math.max(1, Math.ceil(weeks.length / Math.max(1, Math.floor(iw / 70))));
    const line = [];
    weeks.forEach((week, i) => {
      const row = byPeriod.get(week) || { types: {}, events: 0, fatalities: 0 };
      const x = m.l + i * bw;
      let y = m.t + ih;
      const bar = svg("g", { class: "week", "data-week": week, "data-events": row.events, "data-deaths": row.fatalities });
      for (const type of Object.keys(TYPE_COLOURS).concat(Object.keys(row.types).filter((t) => !(t in TYPE_COLOURS)))) {
        const n = row.types[type] || 0;
        if (!n) continue;
        const bh = (n / maxEvents) * ih;
        y -= bh;
        bar.append(svg("rect", {
          x: (x + bw * 0.1).toFixed(1), y: y.toFixed(1), width: Math.max(bw * 0.8, 1).toFixed(1),
          height: bh.toFixed(1), fill: colourOf(type),
        }));
      }
      bar.append(svg("title", { text: `week of ${week}: ${row.events} events, ${row.fatalities} deaths` }));
      bar.append(svg("rect", { class: "hit", x: x.toFixed(1), y: m.t, width: bw.toFixed(1), height: ih }));
      bar.addEventListener("click", () => {
        const end = new Date(week + "T00:00:00Z");
        end.setUTCDate(end.getUTCDate() + 6);
        form.elements.since.value = week;
        form.elements.until.value = end.toISOString().slice(0, 10);
        scheduleRefresh(0);
      });
      chart.append(bar);
      line.push(`${(x + bw / 2).toFixed(1)},${(m.t + ih - (row.fatalities / maxDeaths) * ih).toFixed(1)}`);
      if (i % step === 0) {
        axis.append(svg("text", { x: (x + bw / 2).toFixed(1), y: h - 6, "text-anchor": "middle", text: week.slice(5) + (i === 0 ? " " + week.slice(0, 4) : "") }));
      }
    });
    chart.append(svg("polyline", { class: "deaths", points: line.join(" ") }));
  }

  // Table ---------------------------------------------------------------------------------------

  const SORT_VALUE = {
    date: dateOf,
    country: (ev) => (ev.location && ev.location.country) || "",
    admin1: (ev) => (ev.location && ev.location.admin1) || "",
    place: (ev) => (ev.location && ev.location.name) || "",
    sub_event_type: (ev) => ev.sub_event_type || "",
    actor1: (ev) => actorName(ev.actor1),
    actor2: (ev) => actorName(ev.actor2),
    fatalities: deaths,
    status: (ev) => ev.status || "",
    review: reviewOf,
  };

  function sortedEvents() {
    const { key, dir } = state.sort;
    const value = SORT_VALUE[key];
    return state.events.slice().sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const cmp = typeof va === "number" ? va - vb : String(va).localeCompare(String(vb));
      return cmp * dir || a.event_id.localeCompare(b.event_id);
    });
  }

  function renderTable() {
    const body = $("#events tbody");
    clear(body);
    const rows = sortedEvents();
    for (const ev of rows.slice(0, MAX_ROWS)) {
      const loc = ev.location || {};
      const tr = el("tr", {
        "data-event-id": ev.event_id,
        class: [ev.event_id === state.selected ? "selected" : "", "review-" + reviewOf(ev)].join(" ").trim(),
        tabindex: 0,
      },
      el("td", { text: dateOf(ev) }),
      el("td", { text: loc.country || "" }),
      el("td", { text: loc.admin1 || "" }),
      el("td", { text: loc.name || "" }),
      el("td", {}, el("span", { class: "dot", "data-type": ev.event_type }), ev.sub_event_type),
      el("td", { text: actorName(ev.actor1) }),
      el("td", { text: actorName(ev.actor2) }),
      el("td", { class: "num", text: ev.fatalities ? deaths(ev) : "" }),
      el("td", { text: ev.status }),
      el("td", { class: "review", text: reviewOf(ev) }));
      tr.addEventListener("click", () => openEvent(ev.event_id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(ev.event_id); });
      body.append(tr);
    }
    for (const dot of body.querySelectorAll(".dot")) dot.style.background = colourOf(dot.dataset.type);
    for (const th of document.querySelectorAll("#events th")) {
      th.classList.toggle("asc", th.dataset.key === state.sort.key && state.sort.dir > 0);
      th.classList.toggle("desc", th.dataset.key === state.sort.key && state.sort.dir < 0);
    }
    const hidden = rows.length - Math.min(rows.length, MAX_ROWS);
    $("#table-note").textContent = hidden ? `${hidden} more rows not shown: narrow the filters.` : "";
  }

  for (const th of document.querySelectorAll("#events th.sortable")) {
    th.addEventListener("click", () => {
      const key = th.dataset.key;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : key === "date" || key === "fatalities" ? -1 : 1 };
      renderTable();
    });
  }

  // Event panel ---------------------------------------------------------------------------------

  const panel = $("#panel");
  let current = null; // the detail shown in the panel

  async function openEvent(eventId) {
    state.selected = eventId;
    try {
      current = await api("/api/events/" + encodeURIComponent(eventId));
    } catch (err) {
      current = null;
      $("#panel-title").textContent = "Could not load the event: " + err.message;
      panel.hidden = false;
      return;
    }
    renderPanel();
    panel.hidden = false;
    renderMarkers();
    for (const tr of document.querySelectorAll("#events tbody tr")) {
      tr.classList.toggle("selected", tr.dataset.eventId === eventId);
    }
  }

  function field(dl, label, value, corrected) {
    if (value === null || value === undefined || value === "") return;
    dl.append(el("dt", { text: label }), el("dd", { class: corrected ? "corrected" : null, text: value }));
  }

  function actorText(a) {
    if (!a) return "";
    return a.name + (a.type ? ` (${a.type})` : "");
  }

  function renderPanel() {
    const { event: ev, extracted, evidence, article, audit } = current;
    const corrected = new Set((ev.review && ev.review.corrected) || []);
    const loc = ev.location || {};
    $("#panel-title").textContent = `${ev.sub_event_type} — ${loc.name || loc.country || "unknown place"}, ${dateOf(ev) || "undated"}`;
    const dl = $("#panel-fields");
    clear(dl);
    field(dl, "Type", `${ev.event_type} / ${ev.sub_event_type}`, corrected.has("sub_event_type"));
    field(dl, "Date", ev.date ? `${ev.date.best} (${ev.date.precision}${ev.date.defaulted ? ", publication date" : ""})` : "", corrected.has("date"));
    field(dl, "Place", [loc.name, loc.admin1, loc.country].filter(Boolean).join(", "), corrected.has("location"));
    field(dl, "Coordinates", hasPoint(ev) ? `${loc.lat}, ${loc.lon} (${loc.precision})` : "", corrected.has("location"));
    field(dl, "Actor 1", actorText(ev.actor1), corrected.has("actor1"));
    field(dl, "Actor 2", actorText(ev.actor2), corrected.has("actor2"));
    field(dl, "Deaths", ev.fatalities ? String(ev.fatalities.best) + (ev.fatalities.text ? ` (“${ev.fatalities.text}”)` : "") : "", corrected.has("fatalities"));
    field(dl, "Status", ev.status);
    field(dl, "Confidence", typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : "");
    for (const name of Object.keys(extracted || {})) {
      const was = extracted[name];
      const text = was === null ? "none" : typeof was === "object" ? (was.name || was.best || JSON.stringify(was)) : String(was);
      field(dl, `Extracted ${name}`, text, false);
    }

    const review = ev.review || { status: "unreviewed" };
    $("#review-status").textContent = review.status;
    $("#review-status").className = "status-" + review.status;
    $("#review-by").textContent = review.reviewer ? `by ${review.reviewer}, ${review.reviewed_at}` : "";
    $("#review-error").textContent = "";
    const auditList = $("#audit");
    clear(auditList);
    for (const a of audit) {
      const changes = Object.keys(a.after).map((k) => `${k}: ${short(a.before[k])} → ${short(a.after[k])}`);
      auditList.append(el("li", {}, el("strong", { text: a.action }), ` by ${a.reviewer} at ${a.at}`,
        changes.length ? el("div", { class: "muted", text: changes.join("; ") }) : null,
        a.note ? el("div", { class: "note", text: a.note }) : null));
    }

    const claims = $("#claims");
    clear(claims);
    for (const c of ev.claims || []) {
      claims.append(el("li", {}, el("strong", { text: c.source }), ` (${c.kind})`,
        c.via && c.via.length ? ` via ${c.via.join(", ")}` : "", c.text ? el("q", { text: c.text }) : null));
    }
    if (!(ev.claims || []).length) claims.append(el("li", { class: "muted", text: "No attribution found." }));

    const meta = $("#article-meta");
    clear(meta);
    const text = $("#article-text");
    clear(text);
    if (article) {
      meta.append(el("strong", { text: article.title || article.id }));
      const parts = [article.outlet, article.published].filter(Boolean).join(", ");
      if (parts) meta.append(" · " + parts);
      if (article.url && /^https?:\/\//i.test(article.url)) {
        meta.append(" · ", el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", text: "source" }));
      }
      renderHighlighted(text, article.text, evidence);
      const first = text.querySelector("mark.evidence");
      if (first) first.scrollIntoView({ block: "nearest" });
    } else {
      text.append(el("p", { class: "muted", text: "The article is not stored." }));
    }
    fillCorrectForm(ev);
  }

  function short(value) {
    if (value === null || value === undefined) return "none";
    if (typeof value !== "object") return String(value);
    return value.name || value.best || JSON.stringify(value);
  }

  function renderHighlighted(container, text, spans) {
    // Cut the text at every span boundary; each piece is a text node, inside a <mark> when some
    // evidence span covers it (sentence evidence and field evidence get different classes).
    const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
    const cuts = new Set([0, text.length]);
    for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = valid.filter((s) => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (!covering.length) {
        container.append(document.createTextNode(piece));
        continue;
      }
      const sentence = covering.some((s) => s.field === null);
      const fields = covering.filter((s) => s.field).map((s) => s.field);
      const mark = el("mark", {
        class: [sentence ? "evidence" : "", fields.length ? "field-evidence" : ""].join(" ").trim(),
        title: fields.length ? "evidence for " + fields.join(", ") : "event evidence",
        text: piece,
      });
      container.append(mark);
    }
  }

  $("#panel-close").addEventListener("click", () => {
    panel.hidden = true;
    state.selected = null;
    renderMarkers();
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !panel.hidden) $("#panel-close").click(); });

  async function sendReview(body) {
    const error = $("#review-error");
    error.textContent = "";
    if (!localStorage.getItem(TOKEN_KEY)) {
      error.textContent = "Enter an API token (eventscope token create) to review events.";
      return false;
    }
    try {
      await api("/api/events/" + encodeURIComponent(current.event.event_id), { method: "PATCH", body, auth: true });
    } catch (err) {
      error.textContent = "Review not saved: " + err.message;
      return false;
    }
    await openEvent(current.event.event_id);
    await refresh(false);
    return true;
  }

  for (const id of ["#btn-confirm", "#btn-reject", "#btn-reopen"]) {
    const button = $(id);
    button.addEventListener("click", () => sendReview({ status: button.dataset.status }));
  }
  $("#btn-edit").addEventListener("click", () => { $("#correct-form").hidden = !$("#correct-form").hidden; });

  function fillCorrectForm(ev) {
    const f = $("#correct-form").elements;
    const loc = ev.location || {};
    f.sub_event_type.value = ev.sub_event_type;
    f.date.value = dateOf(ev);
    f.fatalities.value = deaths(ev);
    f.actor1.value = actorName(ev.actor1);
    f.actor2.value = actorName(ev.actor2);
    f.place.value = loc.name || "";
    f.admin1.value = loc.admin1 || "";
    f.country.value = loc.country || "";
    f.iso3.value = loc.iso3 || "";
    f.lat.value = loc.lat ?? "";
    f.lon.value = loc.lon ?? "";
    f.note.value = "";
  }

  $("#correct-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const ev = current.event;
    const f = e.target.elements;
    const loc = ev.location || {};
    const body = { status: "confirmed" };
    if (f.sub_event_type.value !== ev.sub_event_type) body.sub_event_type = f.sub_event_type.value;
    if (f.date.value && f.date.value !== dateOf(ev)) body.date = f.date.value;
    if (f.fatalities.value !== "" && Number(f.fatalities.value) !== deaths(ev)) body.fatalities = Number(f.fatalities.value);
    for (const role of ["actor1", "actor2"]) {
      const name = f[role].value.trim();
      if (name === actorName(ev[role])) continue;
      if (name) body[role] = { name, type: ev[role] && ev[role].name === name ? ev[role].type : null };
      else if (role === "actor2") body.actor2 = null;
    }
    const place = {
      name: f.place.value.trim() || null,
      admin1: f.admin1.value.trim() || null,
      country: f.country.value.trim() || null,
      iso3: f.iso3.value.trim().toUpperCase() || null,
      lat: f.lat.value === "" ? null : Number(f.lat.value),
      lon: f.lon.value === "" ? null : Number(f.lon.value),
    };
    if (place.name !== (loc.name || null) || place.admin1 !== (loc.admin1 || null) ||
        place.country !== (loc.country || null) || place.iso3 !== (loc.iso3 || null) ||
        place.lat !== (loc.lat ?? null) || place.lon !== (loc.lon ?? null)) {
      body.location = Object.assign(place, { precision: loc.precision || "exact" });
    }
    if (f.note.value.trim()) body.note = f.note.value.trim();
    if (await sendReview(body)) $("#correct-form").hidden = true;
  });

  // Token ---------------------------------------------------------------------------------------

  async function checkToken() {
    const status = $("#token-status");
    if (!localStorage.getItem(TOKEN_KEY)) {
      status.textContent = "read-only";
      return;
    }
    try {
      const who = await api("/api/token", { auth: true });
      status.textContent = "reviewing as " + who.name;
    } catch (err) {
      status.textContent = err.status === 401 ? "token not accepted" : "token not checked";
    }
  }

  $("#token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const value = $("#token").value.trim();
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
    $("#token").value = "";
    checkToken();
  });

  // Start ---------------------------------------------------------------------------------------

  async function start() {
    writeFilters(new URLSearchParams(location.search));
    await Promise.all([loadBasemap(), loadChoices()]);
    writeFilters(new URLSearchParams(location.search)); // select options exist now
    await refresh();
    checkToken();
  }

  start().catch((err) => { $("#summary").textContent = "Could not start: " + err.message; });
})();
