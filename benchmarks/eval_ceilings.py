"""How much of the ACLED dev notes' date and place the text itself states (``../shared/eval/dev``).

    python benchmarks/eval_ceilings.py [--limit N]

The acled_dev targets for date, country, admin1 and 25 km are scored on every note, but a note can
only be coded from what it says: the suite's ``published`` is the event date + 3 days, so a note
that states no date cannot get the day right without guessing, and a note that names no place
(or only a village the gazetteer lacks) cannot get a country or a point. This script measures,
with the project's own resolvers, an upper bound for each field: the share of notes in which
*some* date expression found by ``dates.find_timexes`` covers the gold day, or *some* toponym or
country cue found by ``places.find_places`` (any of its gazetteer readings, not only the one
chosen) has the gold country, admin1 or a point within 25 km. A system that always picked the
right reading among what the text offers would score these figures; none can score more without
knowledge from outside the note. Skips cleanly (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
from collections import Counter

from devsuite import DEV, read_jsonl

DOCS = DEV / "acled_dev.docs.jsonl"
GOLD = DEV / "acled_dev.gold.jsonl"


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.85


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    if not DOCS.exists() or not GOLD.exists():
        print(f"skipped: {DOCS} not found")
        return 0
    from eventscope.extract.dates import find_timexes
    from eventscope.extract.places import find_places
    from eventscope.geo.gazetteer import Gazetteer
    from eventscope.incidents import haversine_km
    from eventscope.nlp import load_nlp

    gold = {row["id"]: row["events"][0] for row in read_jsonl(GOLD)}
    docs = read_jsonl(DOCS, args.limit or None)
    nlp, gaz = load_nlp(), Gazetteer.open()
    hits: Counter[str] = Counter()
    den: Counter[str] = Counter()
    texts = ((d["text"], d) for d in docs)
    for spdoc, d in nlp.pipe(texts, as_tuples=True, batch_size=64):
        ev = gold[d["id"]]
        published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        if ev.get("time_precision") == 1:
            den["date"] += 1
            day = dt.date.fromisoformat(ev["event_date"])
            spans = [t for t in find_timexes(d["text"], published) if t.first and t.last]
            hits["date_stated"] += bool(spans)
            hits["date"] += any(t.first <= day <= t.last for t in spans)  # type: ignore[operator]
        places = []
        for m in find_places(spdoc, gaz):
            if m.place is not None:
                places.append(m.place)
            places += [c.place for c in gaz.candidates(m.text)]
        den["country"] += 1
        hits["place_named"] += bool(places)
        hits["country"] += any(p.iso3 == ev.get("iso3") for p in places)
        if ev.get("admin1"):
            den["admin1"] += 1
            hits["admin1"] += any(_same_name(p.admin1, ev["admin1"]) or _same_name(p.name, ev["admin1"])
                                  for p in places)
        if ev.get("lat") is not None:
            den["loc25"] += 1
            gold_pt = (float(ev["lat"]), float(ev["lon"]))
            hits["loc25"] += any(p.lat is not None and p.lon is not None
                                 and haversine_km(p.lat, p.lon, *gold_pt) <= 25 for p in places)
    def share(k: str, d: str) -> str:
        return f"{hits[k] / max(den[d], 1):.3f}"
    print(f"date:    {den['date']} exact-day notes; a date is stated in {share('date_stated', 'date')}, "
          f"one covering the gold day in {share('date', 'date')}")
    print(f"country: {den['country']} notes; a place or cue is found in {share('place_named', 'country')}, "
          f"one with the gold country in {share('country', 'country')}")
    print(f"admin1:  {den['admin1']} notes with a gold admin1; reachable in {share('admin1', 'admin1')}")
    print(f"loc25:   {den['loc25']} notes with a gold point; a reading within 25 km in {share('loc25', 'loc25')}")
    print("ceilings: " + " ".join(f"{k}={share(k, k)}" for k in ("date", "country", "admin1", "loc25")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
