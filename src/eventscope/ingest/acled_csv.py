"""Read an analyst's own ACLED-format export (CSV: notes + coded fields) for `train` and `evaluate`.

Both ACLED export schemas are read: the 2019+ one (lower-case headers, ``sub_event_type``) and
the older one (upper-case headers, no sub-types; such rows are kept for the fields they have but
cannot train or score sub-types). Inter codes 1-8 become the actor type names.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import UnreadableInput
from ..records import ACTOR_TYPES, SUBTYPE_PARENT


@dataclass(frozen=True)
class CodedEvent:
    """One coded ACLED row: the note is the input text, the rest is the analyst's coding."""

    source: str  # file:row
    event_id: str
    notes: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    inter1: str | None
    actor2: str | None
    inter2: str | None
    country: str | None
    iso3: str | None
    admin1: str | None
    location: str | None
    lat: float | None
    lon: float | None
    fatalities: int | None


_DATE_FORMATS = ("%d %B %Y", "%Y-%m-%d", "%d-%m-%y", "%d-%B-%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%b-%y")


def parse_acled_date(value: str) -> dt.date | None:
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _inter(code: str) -> str | None:
    try:
        n = int(float(code))
    except ValueError:
        return None
    return ACTOR_TYPES[n - 1] if 1 <= n <= len(ACTOR_TYPES) else None


def _float(v: str) -> float | None:
    try:
        return float(v)
    except ValueError:
        return None


def _int(v: str) -> int | None:
    try:
        return int(float(v))
    except ValueError:
        return None


def _opt(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def read_acled_csv(paths: Sequence[str | Path]) -> Iterator[CodedEvent]:
    """Rows with a non-empty note, in file order. Unknown sub-types are kept as None."""
    csv.field_size_limit(sys.maxsize)
    for path in paths:
        p = Path(path)
        try:
            fh = p.open(encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise UnreadableInput(str(p), f"cannot open ACLED export: {exc.strerror}") from exc
        with fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames is None or not {"notes", "NOTES"} & set(reader.fieldnames):
                raise UnreadableInput(str(p), "not an ACLED export: no 'notes' column")
            for i, raw in enumerate(reader, start=2):
                row = {k.lower(): (v or "") for k, v in raw.items() if k is not None}
                notes = row.get("notes", "").strip()
                if not notes:
                    continue
                sub = _opt(row.get("sub_event_type"))
                if sub not in SUBTYPE_PARENT:
                    sub = None
                etype = _opt(row.get("event_type"))
                yield CodedEvent(
                    source=f"{p.name}:{i}",
                    event_id=row.get("event_id_cnty") or f"{p.stem}-{i}",
                    notes=notes,
                    event_date=parse_acled_date(row.get("event_date", "")),
                    time_precision=_int(row.get("time_precision", "")),
                    event_type=etype if sub is None else SUBTYPE_PARENT[sub],
                    sub_event_type=sub,
                    actor1=_opt(row.get("actor1")),
                    inter1=_inter(row.get("inter1", "")),
                    actor2=_opt(row.get("actor2")),
                    inter2=_inter(row.get("inter2", "")),
                    country=_opt(row.get("country")),
                    iso3=_opt(row.get("iso3")),
                    admin1=_opt(row.get("admin1")),
                    location=_opt(row.get("location")),
                    lat=_float(row.get("latitude", "")),
                    lon=_float(row.get("longitude", "")),
                    fatalities=_int(row.get("fatalities", "")),
                )
