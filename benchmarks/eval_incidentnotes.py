"""Field accuracy on short incident-database descriptions (``benchmarks/incidentnotes``).

    python benchmarks/eval_incidentnotes.py [--errors] [--save-events E.jsonl]

``incidentnotes/docs.jsonl`` holds 1-4 sentence summaries of terrorist and political-violence
incidents worldwide (1970s-2010s) that the team wrote in the terse style of incident databases;
``incidentnotes/gold.jsonl`` codes each as such a database would: date, city, country,
perpetrator (the group's common name, or "Unknown"), fatalities and injuries. The dev suites are
mostly Kenya, Burkina Faso, Afghanistan and 1980s Latin America; this set checks places and
groups elsewhere. The texts are our own, so nothing here reads ``../shared``.

Per document, on the primary event (highest confidence among statuses asserted, claimed or null):

- detect: an event was found at all;
- fatal_exact: ``fatalities.best`` equals the gold (a null count is 0);
- injuries_exact: the largest ``best`` among counts of kind "injured" (0 when none) equals the gold;
- country: ``location.iso3`` or ``location.country`` names the gold country;
- city: ``location.name`` matches the gold city (case-folded difflib ratio >= 0.85, or one
  contains the other);
- date: ``date.best`` is the gold date;
- perpetrator: token-set Jaccard of ``actor1.name`` and the gold >= 0.5 once parenthesised parts
  are dropped (only rows whose gold perpetrator is not "Unknown").

Rates are over all documents (a missed detection counts as a miss for every field), except
perpetrator, which is over the rows with a named perpetrator. ``--errors`` lists every miss.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from devsuite import written_set
from eventscope.extract.pipeline import Extractor
from eventscope.records import Document, Event

HERE = Path(__file__).resolve().parent / "incidentnotes"
COUNTED = ("asserted", "claimed", None)
FIELDS = ("detect", "fatal_exact", "injuries_exact", "country", "city", "date", "perpetrator")

# The gold's country names -> ISO3 (only the countries the set uses).
ISO3 = {
    "algeria": "DZA", "bangladesh": "BGD", "bosnia and herzegovina": "BIH", "colombia": "COL",
    "democratic republic of the congo": "COD",
    "egypt": "EGY", "france": "FRA", "germany": "DEU", "greece": "GRC", "india": "IND",
    "indonesia": "IDN", "iraq": "IRQ", "israel": "ISR", "italy": "ITA", "lebanon": "LBN",
    "mexico": "MEX", "nepal": "NPL", "nigeria": "NGA", "pakistan": "PAK", "palestine": "PSE",
    "peru": "PER", "philippines": "PHL", "russia": "RUS", "somalia": "SOM", "spain": "ESP",
    "sri lanka": "LKA", "syria": "SYR", "thailand": "THA", "turkey": "TUR", "uganda": "UGA",
    "united kingdom": "GBR", "united states": "USA", "yemen": "YEM",
}


def load(path: Path = HERE) -> list[tuple[Document, dict[str, Any]]]:
    return written_set(path)


def primary(events: list[Event]) -> Event | None:
    pool = [e for e in events if e.status in COUNTED]
    return max(pool, key=lambda e: e.confidence) if pool else None


def _tokens(name: str) -> set[str]:
    """Lower-cased word tokens with parenthesised parts dropped ("ETA: Basque ... (Spain)")."""
    return set(re.findall(r"[a-z0-9]+", re.sub(r"\([^)]*\)", " ", name).casefold()))


def same_group(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    a, b = _tokens(pred), _tokens(gold)
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


def same_city(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    a, b = pred.casefold(), gold.casefold()
    return a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def injuries(e: Event) -> int:
    return max((c.best for c in e.counts if c.kind == "injured"), default=0)


def judge(e: Event | None, g: dict[str, Any]) -> dict[str, bool | None]:
    """Each field's verdict; None where the field is not scored for this row."""
    named = g["perpetrator"] != "Unknown"
    if e is None:
        return {f: (None if f == "perpetrator" and not named else False) for f in FIELDS}
    loc = e.location
    country = g["country"].casefold()
    return {
        "detect": True,
        "fatal_exact": (e.fatalities.best if e.fatalities else 0) == g["fatalities"],
        "injuries_exact": injuries(e) == g["injuries"],
        "country": loc is not None
        and (loc.iso3 == ISO3.get(country) or (loc.country or "").casefold() == country),
        "city": loc is not None and same_city(loc.name, g["city"]),
        "date": e.date is not None and e.date.best.isoformat() == g["date"],
        "perpetrator": same_group(e.actor1.name if e.actor1 else None, g["perpetrator"]) if named else None,
    }


def describe(field: str, e: Event | None, g: dict[str, Any]) -> str:
    if e is None:
        return "no event"
    if field == "fatal_exact":
        return f"pred={e.fatalities.best if e.fatalities else 0} gold={g['fatalities']}"
    if field == "injuries_exact":
        return f"pred={injuries(e)} gold={g['injuries']}"
    if field in ("country", "city"):
        loc = e.location
        got = f"{loc.name!r}, {loc.country} ({loc.iso3}, {loc.precision})" if loc else "None"
        return f"pred={got} gold={g['city']!r}, {g['country']}"
    if field == "date":
        return f"pred={e.date.best if e.date else None} gold={g['date']}"
    if field == "perpetrator":
        return f"pred={e.actor1.name if e.actor1 else None!r} gold={g['perpetrator']!r}"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="list every missed field")
    ap.add_argument("--save-events", type=Path, help="write the extracted events here (JSONL)")
    args = ap.parse_args()

    data = load()
    results = dict(Extractor().extract(doc for doc, _ in data))
    hits: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    saved = []
    for doc, gold in data:
        saved.extend(e.to_json() for e in results[doc])
        e = primary(list(results[doc]))
        for f, ok in judge(e, gold).items():
            if ok is None:
                continue
            scored[f] += 1
            hits[f] += ok
            if args.errors and not ok:
                print(f"  {f:15s} {doc.id}: {describe(f, e, gold)}")
    if args.save_events:
        args.save_events.write_text("".join(json.dumps(r) + "\n" for r in saved), encoding="utf-8")
    summary = {"docs": len(data), **{f: round(hits[f] / max(scored[f], 1), 3) for f in FIELDS}}
    print("incidentnotes:", json.dumps(summary))


if __name__ == "__main__":
    main()
