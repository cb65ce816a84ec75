"""Every export format parses back with a standard reader and carries the right values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest

from eventscope import records as r
from eventscope.export import CSV_COLUMNS, FORMATS, TABLE_COLUMNS, flat_row, write_events


def _event(event_id: str, **changes: Any) -> dict[str, Any]:
    day = dt.date(2019, 12, 29)
    ev = r.Event(
        doc_id="doc-1",
        event_id=event_id,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=r.When(day, dt.date(2019, 12, 23), day, "week", "last week"),
        location=r.Location(
            "Mandera", "Kenya", "KEN", "Mandera", None, 3.94, 41.86, "near", 187585, "near Mandera"
        ),
        actor1=r.Actor("Al Shabaab", "Rebel group", "SOM", "militants"),
        actor2=r.Actor("Civilians (Kenya)", "Civilians", "KEN", "quarry workers"),
        fatalities=r.Count("killed", 10, 10, None, "more than 10 killed"),
        counts=(r.Count("injured", 3, 3, 3, "three wounded"),),
        claims=(r.Claim("Kenya Police", "official", ("Daily Nation",), "police said"),),
        status="asserted",
        evidence=(r.Span(0, 118), r.Span(120, 200)),
        confidence=0.834,
    )
    out = ev.to_json()
    out.update(changes)
    return out


@pytest.fixture
def events() -> list[dict[str, Any]]:
    return [
        _event("e1"),
        _event(
            "e2",
            location=None,
            date=None,
            fatalities=None,
            actor2=None,
            # Separators, quotes and a newline inside a value must not break any format.
            actor1={
                "name": 'Gunmen, "unidentified"\nof the north',
                "type": None,
                "country": None,
                "text": None,
            },
            sub_event_type="Shelling/artillery/missile attack",
            event_type="Explosions/Remote violence",
        ),
    ]


def _write(events: list[dict[str, Any]], fmt: Any) -> tuple[int, str]:
    buf = io.StringIO()
    n = write_events(events, fmt, buf)
    return n, buf.getvalue()


def test_csv_parses_back_with_acled_columns(events: list[dict[str, Any]]) -> None:
    n, text = _write(events, "csv")
    assert n == 2
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(CSV_COLUMNS)
    first, second = rows
    assert first["event_date"] == "2019-12-29"
    assert first["time_precision"] == "2"  # a week
    assert first["geo_precision"] == "2"  # near a town
    assert (first["inter1"], first["inter2"], first["interaction"]) == ("2", "7", "27")
    assert (first["latitude"], first["longitude"]) == ("3.94", "41.86")
    assert first["fatalities"] == "10" and first["fatalities_high"] == ""
    assert first["claims"] == "Kenya Police (official)"
    assert first["evidence"] == "0-118;120-200"
    assert second["actor1"] == 'Gunmen, "unidentified"\nof the north'
    assert second["event_date"] == second["location"] == second["fatalities"] == ""
    assert second["interaction"] == ""


def test_json_is_the_list_of_records(events: list[dict[str, Any]]) -> None:
    n, text = _write(events, "json")
    assert n == 2
    assert json.loads(text) == events
    assert json.loads(_write([], "json")[1]) == []


def test_jsonl_is_one_record_per_line(events: list[dict[str, Any]]) -> None:
    n, text = _write(events, "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == 2
    assert [json.loads(line) for line in lines] == events
    assert _write([], "jsonl") == (0, "")


def test_geojson_maps_located_events_and_counts_the_rest(events: list[dict[str, Any]]) -> None:
    n, text = _write(events, "geojson")
    fc = json.loads(text)
    assert n == 1
    assert fc["type"] == "FeatureCollection" and fc["skipped"] == 1
    (feature,) = fc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [41.86, 3.94]}  # lon, lat
    assert feature["id"] == "e1"
    assert feature["properties"]["sub_event_type"] == "Attack"
    assert feature["properties"]["fatalities"] == 10
    empty = json.loads(_write([], "geojson")[1])
    assert empty == {"type": "FeatureCollection", "features": [], "skipped": 0}


def test_table_is_fixed_width_and_truncates(events: list[dict[str, Any]]) -> None:
    n, text = _write(events, "table")
    lines = text.splitlines()
    assert n == 2 and len(lines) == 4  # header, rule, two rows
    width = sum(w for _, w in TABLE_COLUMNS) + len(TABLE_COLUMNS) - 1
    assert all(len(line) <= width for line in lines)
    assert lines[0].split() == [name for name, _ in TABLE_COLUMNS]
    row1, row2 = lines[2], lines[3]
    assert row1.startswith("2019-12-29 Kenya        Mandera")
    assert "10+" in row1 and row1.endswith("0.83")  # open-ended count, two-decimal confidence
    assert "Shelling/artillery/miss…" in row2
    # 20 characters: the newline became a space and the name was cut to the column.
    assert 'Gunmen, "unidentifi… ' in row2
    # Fixed width: every column starts at the same offset in every line.
    sub_type_at = lines[0].index("sub-type")
    assert row1[sub_type_at:].startswith("Attack") and row2[sub_type_at:].startswith("Shelling")


def test_minimal_records_from_other_producers(events: list[dict[str, Any]]) -> None:
    """Only the contract's required fields: every format copes with the rest missing."""
    bare = [{k: events[0][k] for k in ("doc_id", "event_id", "event_type", "sub_event_type", "evidence")}]
    for fmt in FORMATS:
        n, _ = _write(bare, fmt)
        assert n == (0 if fmt == "geojson" else 1), fmt
    assert flat_row(bare[0])["confidence"] is None


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="choose one of table, csv, json, jsonl, geojson"):
        write_events([], "parquet", io.StringIO())  # type: ignore[arg-type]


def test_streams_from_a_generator(events: list[dict[str, Any]]) -> None:
    assert write_events((e for e in events), "jsonl", io.StringIO()) == 2
