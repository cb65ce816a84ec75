"""Read-side queries of the API: events as reviewed, one event with its sources, an article, statistics.

Every query reads ``events`` LEFT JOIN ``reviews``: filters and sort keys use the *effective* value of
each field (the analyst's correction when there is one, else the extracted value), and each returned
record has its corrections applied (``reviews.apply_review``). So a place an analyst corrected from
Kenya to Somalia is found under Somalia, exported under Somalia, and counted under Somalia.

``Store.query_events`` covers the CLI's filters; the API needs more (admin1, bbox, fatalities, full
text, status, review state, corrected values), so it builds its own SELECT on the same tables.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    RowMapping,
    Select,
    and_,
    case,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.exc import SQLAlchemyError

from eventscope.errors import StoreError
from eventscope.store.db import Store
from eventscope.store.reviews import (
    LOCATION_FLAG,
    OVERRIDE_COLUMNS,
    Review,
    ReviewStore,
    apply_review,
    review_tables,
    store_engines,
)
from eventscope.store.schema import tables

ReviewFilter = Literal["all", "unreviewed", "confirmed", "rejected", "not-rejected"]
SortKey = Literal["date", "-date", "fatalities", "-fatalities", "confidence", "-confidence"]
Interval = Literal["week", "month"]


@dataclass(frozen=True)
class EventQuery:
    """The API's event filters (all optional, combined with AND). Text matches are case-insensitive.

    ``country`` is a name or ISO3 code; ``event_type`` a type or a sub-type; ``actor`` a substring of
    actor1's or actor2's name; ``q`` a substring of the article's title or text, the place or an actor;
    ``bbox`` is (min_lon, min_lat, max_lon, max_lat); ``status`` the contract status (asserted,
    claimed, ...); ``review`` the analyst's verdict, by default everything not rejected.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    status: str | None = None
    review: ReviewFilter = "not-rejected"
    doc_id: str | None = None


@dataclass(frozen=True)
class Page:
    total: int
    events: list[dict[str, Any]]


class EventReader:
    """Queries over one store (and its reviews)."""

    def __init__(self, store: Store, reviews: ReviewStore) -> None:
        self._engine: Engine = store_engines(store)[0]
        self._reviews = reviews

    # Events --------------------------------------------------------------------------------------

    def search(
        self, query: EventQuery, *, limit: int | None, offset: int = 0, sort: SortKey = "date"
    ) -> Page:
        ev = tables().events
        where = _conditions(query)
        base = _joined(select(ev.c.event_json, *_review_columns())).where(where)
        count = _joined(select(func.count()).select_from(ev)).where(where)
        stmt = base.order_by(*_order(sort)).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._connect() as conn:
            total = int(conn.execute(count).scalar_one())
            rows = conn.execute(stmt).all()
        return Page(total, [apply_review(json.loads(r.event_json), _review_of(r._mapping)) for r in rows])

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event as reviewed, with ``extracted`` (the extracted values of corrected fields),
        its evidence with the sentence text, its article and the review's audit trail."""
        ev, art = tables().events, tables().articles
        stmt = _joined(select(ev.c.event_json, *_review_columns())).where(ev.c.event_id == event_id)
        with self._connect() as conn:
            row = conn.execute(stmt).first()
            if row is None:
                return None
            extracted = json.loads(row.event_json)
            article = conn.execute(select(art).where(art.c.id == extracted["doc_id"])).first()
        review = _review_of(row._mapping)
        event = apply_review(extracted, review)
        text: str = article.text if article is not None else ""
        evidence = [
            {"start": s["start"], "end": s["end"], "field": None, "text": text[s["start"] : s["end"]]}
            for s in extracted.get("evidence") or []
        ]
        evidence += [
            {"start": start, "end": end, "field": name, "text": text[start:end]}
            for name, (start, end) in sorted((extracted.get("field_evidence") or {}).items())
        ]
        return {
            "event": event,
            "extracted": {k: extracted.get(k) for k in (review.corrections if review else {})},
            "evidence": evidence,
            "article": _article_json(article._mapping) if article is not None else None,
            "audit": [a.to_json() for a in self._reviews.audit(event_id)],
        }

    def extracted_event(self, event_id: str) -> dict[str, Any] | None:
        """The stored contract record, without review corrections (what a review is applied to)."""
        ev = tables().events
        with self._connect() as conn:
            text = conn.execute(select(ev.c.event_json).where(ev.c.event_id == event_id)).scalar()
        return json.loads(text) if text is not None else None

    # Articles ------------------------------------------------------------------------------------

    def article(self, doc_id: str) -> dict[str, Any] | None:
        art = tables().articles
        with self._connect() as conn:
            row = conn.execute(select(art).where(art.c.id == doc_id)).first()
        if row is None:
            return None
        out = _article_json(row._mapping)
        out["events"] = self.search(EventQuery(doc_id=doc_id, review="all"), limit=None).events
        return out

    # Statistics ----------------------------------------------------------------------------------

    def stats(self, query: EventQuery, interval: Interval = "week") -> dict[str, Any]:
        """Events and fatalities per period (the Monday of the ISO week, or the first of the month)
        by event type and country, with totals. Aggregated in Python: week/month truncation differs
        between SQLite and PostgreSQL, and the per-event rows needed are five small columns."""
        ev = tables().events
        stmt = _joined(
            select(
                _eff("date_best"),
                _eff("event_type"),
                _eff("location_iso3"),
                _eff("location_country"),
                _eff("fatalities_best"),
            ).select_from(ev)
        ).where(_conditions(query))
        series: dict[tuple[str | None, str, str | None, str | None], list[int]] = defaultdict(lambda: [0, 0])
        by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_country: dict[tuple[str | None, str | None], list[int]] = defaultdict(lambda: [0, 0])
        total = [0, 0]
        with self._connect() as conn:
            for day, etype, iso3, country, fatalities in conn.execute(stmt):
                period = _period(day, interval) if day is not None else None
                deaths = int(fatalities or 0)
                for bucket in (
                    series[(period, etype, iso3 or None, country or None)],
                    by_type[etype],
                    by_country[(iso3 or None, country or None)],
                    total,
                ):
                    bucket[0] += 1
                    bucket[1] += deaths
        return {
            "interval": interval,
            "series": [
                {"period": p, "event_type": t, "iso3": i, "country": c, "events": n, "fatalities": f}
                # Undated events (no period) last; None sorts as "" among the other keys.
                for (p, t, i, c), (n, f) in sorted(
                    series.items(), key=lambda kv: (kv[0][0] is None, *(k or "" for k in kv[0]))
                )
            ],
            "by_type": [
                {"event_type": t, "events": n, "fatalities": f} for t, (n, f) in sorted(by_type.items())
            ],
            "by_country": [
                {"iso3": i, "country": c, "events": n, "fatalities": f}
                # Most events first: the dashboard's country list and an analyst's first question.
                for (i, c), (n, f) in sorted(by_country.items(), key=lambda kv: (-kv[1][0], kv[0][1] or ""))
            ],
            "total": {"events": total[0], "fatalities": total[1]},
        }

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        """A read connection; SQLAlchemy errors surface as ``StoreError`` (the API answers 503)."""
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"database read failed: {exc}") from exc


# Query building --------------------------------------------------------------------------------


def _joined(stmt: Select[Any]) -> Select[Any]:
    ev, rv = tables().events, review_tables().reviews
    return stmt.select_from(ev.outerjoin(rv, rv.c.event_id == ev.c.event_id))


def _eff(column: str) -> ColumnElement[Any]:
    """The effective value of an ``events`` column: the review's correction when present."""
    ev, rv = tables().events, review_tables().reviews
    if column not in OVERRIDE_COLUMNS:
        return ev.c[column]
    if column.startswith("location_"):
        # A corrected place replaces the whole location, including fields it leaves empty.
        flag = rv.c[LOCATION_FLAG]
        return case((flag.is_not(None), rv.c[column]), else_=ev.c[column]).label(column)
    return func.coalesce(rv.c[column], ev.c[column]).label(column)


def _review_columns() -> tuple[ColumnElement[Any], ...]:
    rv = review_tables().reviews
    return (
        rv.c.event_id.label("review_event_id"),
        rv.c.status.label("review_status"),
        rv.c.corrections.label("review_corrections"),
        rv.c.note.label("review_note"),
        rv.c.reviewer.label("review_reviewer"),
        rv.c.reviewed_at.label("review_reviewed_at"),
    )


def _review_of(m: RowMapping) -> Review | None:
    if m["review_event_id"] is None:
        return None
    at = m["review_reviewed_at"]
    return Review(
        event_id=m["review_event_id"],
        status=m["review_status"],
        corrections=json.loads(m["review_corrections"]),
        note=m["review_note"],
        reviewer=m["review_reviewer"],
        reviewed_at=at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC),
    )


def _lower_eq(column: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.strip().lower()


def _contains(column: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    return func.lower(column).contains(value.strip().lower(), autoescape=True)


def _conditions(f: EventQuery) -> ColumnElement[bool]:
    ev, rv, art = tables().events, review_tables().reviews, tables().articles
    c: list[ColumnElement[bool]] = []
    if f.since:
        c.append(_eff("date_best") >= f.since)
    if f.until:
        c.append(_eff("date_best") <= f.until)
    if f.country:
        c.append(
            or_(_lower_eq(_eff("location_iso3"), f.country), _lower_eq(_eff("location_country"), f.country))
        )
    if f.admin1:
        c.append(_lower_eq(_eff("location_admin1"), f.admin1))
    if f.event_type:
        c.append(
            or_(_lower_eq(_eff("event_type"), f.event_type), _lower_eq(_eff("sub_event_type"), f.event_type))
        )
    if f.sub_event_type:
        c.append(_lower_eq(_eff("sub_event_type"), f.sub_event_type))
    if f.actor:
        c.append(or_(_contains(_eff("actor1_name"), f.actor), _contains(_eff("actor2_name"), f.actor)))
    if f.min_fatalities is not None:
        c.append(func.coalesce(_eff("fatalities_best"), 0) >= f.min_fatalities)
    if f.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        lat, lon = _eff("location_lat"), _eff("location_lon")
        c.append(lat.between(min_lat, max_lat))
        # A box across the antimeridian (min_lon > max_lon) wraps around it.
        c.append(lon.between(min_lon, max_lon) if min_lon <= max_lon else or_(lon >= min_lon, lon <= max_lon))
    if f.q:
        in_article = select(art.c.id).where(or_(_contains(art.c.title, f.q), _contains(art.c.text, f.q)))
        c.append(
            or_(
                ev.c.doc_id.in_(in_article),
                _contains(_eff("location_name"), f.q),
                _contains(_eff("actor1_name"), f.q),
                _contains(_eff("actor2_name"), f.q),
            )
        )
    if f.status:
        c.append(_lower_eq(ev.c.status, f.status))
    if f.doc_id:
        c.append(ev.c.doc_id == f.doc_id)
    verdict = func.coalesce(rv.c.status, "unreviewed")
    if f.review == "not-rejected":
        c.append(verdict != "rejected")
    elif f.review != "all":
        c.append(verdict == f.review)
    return and_(*c) if c else true()


def _order(sort: SortKey) -> list[ColumnElement[Any]]:
    ev = tables().events
    key = sort.lstrip("-")
    desc = sort.startswith("-")
    column = {
        "date": _eff("date_best"),
        "fatalities": _eff("fatalities_best"),
        "confidence": ev.c.confidence,
    }[key]
    # SQLite sorts NULL first and PostgreSQL last; sort on IS NULL so both put missing values last.
    return [column.is_(None), column.desc() if desc else column.asc(), ev.c.event_id]


def _period(day: dt.date, interval: Interval) -> str:
    if interval == "month":
        return day.replace(day=1).isoformat()
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def _article_json(m: RowMapping) -> dict[str, Any]:
    published, ingested = m["published"], m["ingested_at"]
    if ingested is not None and ingested.tzinfo is None:
        ingested = ingested.replace(tzinfo=dt.UTC)
    return {
        "id": m["id"],
        "url": m["url"],
        "title": m["title"],
        "outlet": m["outlet"],
        "published": published.isoformat() if published else None,
        "source": m["source"],
        "ingested_at": ingested.isoformat(timespec="seconds") if ingested else None,
        "text": m["text"],
    }
