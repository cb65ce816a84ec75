"""Article-level precision on the team's own development news set (``benchmarks/devnews``).

    python benchmarks/eval_devnews.py [--errors] [--main-only]

``devnews/docs.jsonl`` holds short news articles the team wrote (contract input format, with
``published`` and ``outlet``); ``devnews/gold.jsonl`` the events an ACLED analyst would code in
each (event type, sub-type, date, country, fatalities; most articles are traps with none: sport,
business and political metaphors, reviews of war films and books, disasters, court cases about old
events, anniversaries, security alerts, threats, opinion). Because the texts are our own this set
lives in the repository and the script needs nothing from ``../shared``.

1. run the full ``Extractor`` on every article;
2. count events with status asserted or claimed (what an analyst's table would hold);
3. match them to the gold by event type (the sub-type preferred), as ``tests/test_examples_e2e``
   does, and print events per article, type precision and recall, sub-type recall, the
   false-event rate (articles without gold events that still get one) and per-category figures;
4. ``--errors``: every spurious and missed event with its trigger and sub-type.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devsuite import written_set
from eventscope.extract.pipeline import ExtractOptions, Extractor
from eventscope.records import Document, Event

HERE = Path(__file__).resolve().parent / "devnews"
COUNTED = ("asserted", "claimed")


@dataclass
class Tally:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    type_hit: int = 0
    subtype_hit: int = 0
    fatal_hit: int = 0
    date_hit: int = 0
    country_hit: int = 0
    empty: int = 0
    false_on_empty: int = 0
    by_category: Counter[str] = field(default_factory=Counter)

    def summary(self) -> dict[str, float]:
        g, p = max(self.gold, 1), max(self.predicted, 1)
        prec, rec = self.type_hit / p, self.type_hit / g
        return {
            "articles": self.articles,
            "gold_per_article": round(self.gold / max(self.articles, 1), 3),
            "pred_per_article": round(self.predicted / max(self.articles, 1), 3),
            "type_precision": round(prec, 3),
            "type_recall": round(rec, 3),
            "type_f1": round(2 * prec * rec / max(prec + rec, 1e-9), 3),
            "subtype_recall": round(self.subtype_hit / g, 3),
            "fatalities_exact": round(self.fatal_hit / g, 3),
            "date_exact": round(self.date_hit / g, 3),
            "country": round(self.country_hit / g, 3),
            "false_event_rate": round(self.false_on_empty / max(self.empty, 1), 3),
        }


def load(path: Path = HERE) -> list[tuple[Document, dict[str, Any]]]:
    return written_set(path)


def match(gold: list[dict[str, Any]], predicted: list[Event], t: Tally) -> tuple[list[Event], list[dict[str, Any]]]:
    """Greedy match by event type (same sub-type first); returns (spurious, missed)."""
    pool = list(predicted)
    missed = []
    for exp in gold:
        same = [p for p in pool if p.event_type == exp["event_type"]]
        if not same:
            missed.append(exp)
            continue
        best = next((p for p in same if p.sub_event_type == exp["sub_event_type"]), same[0])
        pool.remove(best)
        t.type_hit += 1
        t.subtype_hit += best.sub_event_type == exp["sub_event_type"]
        t.fatal_hit += (best.fatalities.best if best.fatalities else 0) == (exp.get("fatalities") or 0)
        t.date_hit += best.date is not None and best.date.best.isoformat() == exp.get("date")
        t.country_hit += best.location is not None and best.location.iso3 == exp.get("iso3")
    return pool, missed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="print spurious and missed events")
    ap.add_argument("--main-only", action="store_true", help="ExtractOptions(main_events_only=True)")
    args = ap.parse_args()

    data = load()
    extractor = Extractor(ExtractOptions(main_events_only=args.main_only))
    results = dict(extractor.extract(doc for doc, _ in data))
    t = Tally()
    per_cat: dict[str, Tally] = {}
    for doc, gold in data:
        events = [e for e in results[doc] if e.status in COUNTED]
        for tally in (t, per_cat.setdefault(gold["category"], Tally())):
            tally.articles += 1
            tally.gold += len(gold["events"])
            tally.predicted += len(events)
            if not gold["events"]:
                tally.empty += 1
                tally.false_on_empty += bool(events)
        spurious, missed = match(gold["events"], events, per_cat[gold["category"]])
        match(gold["events"], events, t)
        if args.errors:
            for e in spurious:
                print(f"  SPURIOUS {doc.id}: {e.sub_event_type} trigger={e.trigger!r} conf={e.confidence:.2f}")
            for g in missed:
                print(f"  MISSED   {doc.id}: {g['sub_event_type']}")
    for cat, ct in sorted(per_cat.items()):
        s = ct.summary()
        print(f"  {cat:14s} n={ct.articles:2d} gold={ct.gold:2d} pred={ct.predicted:2d} "
              f"type_P={s['type_precision']:.2f} type_R={s['type_recall']:.2f} false_event={s['false_event_rate']:.2f}")
    print("devnews:", json.dumps(t.summary()))


if __name__ == "__main__":
    main()
