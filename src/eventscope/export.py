"""Write contract event dicts (``shared/contract/EVENTS.md``) as a table, CSV, JSON, JSONL or GeoJSON.

    table    fixed-width, truncated columns for a terminal: date, country, place, sub-type, actors,
             fatalities, confidence
    csv      one flat row per event with ACLED's column names (``event_date``, ``inter1``,
             ``geo_precision``, ...), so spreadsheets and scripts written for ACLED exports read it
    json     a list of the contract records, unchanged
    jsonl    one contract record per line, unchanged (what ``eventscope extract`` writes)
    geojson  a FeatureCollection of Points carrying the CSV columns as properties; events without
             coordinates cannot be mapped, so they are left out and counted in a ``skipped`` member

Every writer streams: events are written as they come, so exporting a large store needs no memory
for the whole result. Input dicts may come from the store or from another producer's JSONL, so
every field is read defensively (missing and null are the same).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, Literal, TextIO, get_args

from eventscope.records import ACTOR_TYPES

ExportFormat = Literal["table", "csv", "json", "jsonl", "geojson"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)

# ACLED codebook conventions. time_precision: 1 the day is known, 2 a range of days or a week,
# 3 only the month (ACLED codes nothing coarser, so a year-only date is 3 too).
ACLED_TIME_PRECISION: Mapping[str, int] = MappingProxyType({"day": 1, "week": 2, "month": 3, "year": 3})
# geo_precision: 1 the town itself, 2 near a town or a small part of a region (a district), 3 only a
# larger region (a province) or the country is named.
ACLED_GEO_PRECISION: Mapping[str, int] = MappingProxyType(
    {"exact": 1, "near": 2, "admin2": 2, "admin1": 3, "country": 3}
)

CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "event_date",
    "date_start",
    "date_end",
    "time_precision",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor1_country",
    "assoc_actors",
    "actor2",
    "inter2",
    "actor2_country",
    "interaction",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geonameid",
    "geo_precision",
    "location_precision",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "status",
    "confidence",
    "claims",
    "evidence",
)

# (header, width) of the table format. Widths keep a row under 120 characters; at 24 characters the
# long ACLED sub-types are cut but stay distinct ("Shelling/artillery/miss…", "Non-state actor overtak…").
TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("date", 10),
    ("country", 12),
    ("place", 16),
    ("sub-type", 24),
    ("actor1", 20),
    ("actor2", 20),
    ("fatal", 5),
    ("conf", 4),
)


def write_events(events: Iterable[Mapping[str, Any]], fmt: ExportFormat, out: TextIO) -> int:
    """Write ``events`` to ``out`` in ``fmt``; return how many events were written.

    For ``geojson`` the count excludes events without coordinates (see the ``skipped`` member).
    """
    writers: dict[str, Callable[[Iterable[Mapping[str, Any]], TextIO], int]] = {
        "table": _write_table,
        "csv": _write_csv,
        "json": _write_json,
        "jsonl": _write_jsonl,
        "geojson": _write_geojson,
    }
    try:
        writer = writers[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(events, out)


def flat_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """One event as ACLED-like flat columns (``CSV_COLUMNS``), values keeping their JSON types."""
    date = _obj(event, "date")
    loc = _obj(event, "location")
    a1 = _obj(event, "actor1")
    a2 = _obj(event, "actor2")
    fat = _obj(event, "fatalities")
    inter1 = _inter(a1.get("type"))
    inter2 = _inter(a2.get("type"))
    claims = event.get("claims") or []
    evidence = event.get("evidence") or []
    return {
        "event_id": event.get("event_id"),
        "doc_id": event.get("doc_id"),
        "event_date": date.get("best"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "time_precision": ACLED_TIME_PRECISION.get(date.get("precision") or ""),
        "date_precision": date.get("precision"),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": a1.get("name"),
        "inter1": inter1,
        "actor1_country": a1.get("country"),
        "assoc_actors": "; ".join(a["name"] for a in event.get("assoc_actors") or [] if a.get("name")),
        "actor2": a2.get("name"),
        "inter2": inter2,
        "actor2_country": a2.get("country"),
        "interaction": _interaction(inter1, inter2),
        "country": loc.get("country"),
        "iso3": loc.get("iso3"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "location": loc.get("name"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "geonameid": loc.get("geonameid"),
        "geo_precision": ACLED_GEO_PRECISION.get(loc.get("precision") or ""),
        "location_precision": loc.get("precision"),
        # ACLED's fatalities column holds one number: the conservative best estimate.
        "fatalities": fat.get("best"),
        "fatalities_low": fat.get("low"),
        "fatalities_high": fat.get("high"),
        "status": event.get("status"),
        "confidence": event.get("confidence"),
        "claims": "; ".join(
            f"{c.get('source')} ({c.get('kind')})" if c.get("kind") else str(c.get("source"))
            for c in claims
            if c.get("source")
        ),
        "evidence": ";".join(f"{s.get('start')}-{s.get('end')}" for s in evidence),
    }


# Writers ---------------------------------------------------------------------------------------


def _write_table(events: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    out.write(_table_line(name for name, _ in TABLE_COLUMNS))
    out.write(_table_line("-" * width for _, width in TABLE_COLUMNS))
    n = 0
    for event in events:
        date = _obj(event, "date")
        loc = _obj(event, "location")
        fat = _obj(event, "fatalities")
        fatal = ""
        if fat.get("best") is not None:
            # "+": open-ended count ("more than 50"), so best is a floor.
            fatal = f"{fat['best']}{'+' if fat.get('high') is None else ''}"
        conf = event.get("confidence")
        out.write(
            _table_line(
                (
                    date.get("best") or "",
                    loc.get("country") or loc.get("iso3") or "",
                    loc.get("name") or "",
                    event.get("sub_event_type") or "",
                    _obj(event, "actor1").get("name") or "",
                    _obj(event, "actor2").get("name") or "",
                    fatal,
                    f"{conf:.2f}" if isinstance(conf, int | float) else "",
                )
            )
        )
        n += 1
    return n


def _table_line(cells: Iterable[str]) -> str:
    parts = []
    for cell, (_, width) in zip(cells, TABLE_COLUMNS, strict=True):
        text = " ".join(str(cell).split())  # newlines or tabs in a name would break the grid
        if len(text) > width:
            text = text[: width - 1] + "…"
        parts.append(text.ljust(width))
    return " ".join(parts).rstrip() + "\n"


def _write_csv(events: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    # "\n", not the csv module's "\r\n": ``out`` is usually a text stream (stdout, a file opened
    # without newline=""), which would turn "\r\n" into "\r\r\n" on Windows.
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow({k: "" if v is None else v for k, v in flat_row(event).items()})
        n += 1
    return n


def _write_json(events: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write("[\n" if n == 0 else ",\n")
        out.write(_dumps(event))
        n += 1
    out.write("\n]\n" if n else "[]\n")
    return n


def _write_jsonl(events: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(_dumps(event) + "\n")
        n += 1
    return n


def _write_geojson(events: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    out.write('{"type": "FeatureCollection", "features": [')
    n = skipped = 0
    for event in events:
        loc = _obj(event, "location")
        lat, lon = loc.get("lat"), loc.get("lon")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "id": event.get("event_id"),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},  # GeoJSON order: lon, lat
            "properties": flat_row(event),
        }
        out.write(("\n" if n == 0 else ",\n") + _dumps(feature))
        n += 1
    # RFC 7946 allows foreign members; "skipped" says how many events had no coordinates.
    out.write(f'\n], "skipped": {skipped}}}\n')
    return n


# Helpers ---------------------------------------------------------------------------------------


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _obj(event: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """A nested contract object, or an empty one when the field is null or absent."""
    value = event.get(key)
    return value if isinstance(value, Mapping) else {}


def _inter(actor_type: Any) -> int | None:
    """ACLED's inter code: the actor type's position in the contract's list, 1-8."""
    return ACTOR_TYPES.index(actor_type) + 1 if actor_type in ACTOR_TYPES else None


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: lower inter code first; a lone actor is ``inter * 10``."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
