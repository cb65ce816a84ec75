"""Sub-type accuracy and false events on short news snippets (``benchmarks/snippets``).

    python benchmarks/eval_snippets.py [--errors]

``snippets/docs.jsonl`` holds 1-4 sentence news items the team wrote (contract input format);
``snippets/gold.jsonl`` gives each one ACLED sub-event type, or ``NONE`` when an analyst would code
nothing (accidents, disasters, crime, court cases, diplomacy, military drills, sport, wildlife,
anniversaries, plots, threats...). Police-beat items (category ``police``) also carry the document
flags ``kill`` and ``arrest``. The texts are our own, so the set lives in the repository.

1. run the full ``Extractor`` on every snippet;
2. the predicted sub-type is that of the primary event (highest ``confidence``), ``NONE`` when
   there is no event;
3. print the weighted F1 over sub-types (``NONE`` counted as a class, weights = gold support) and
   over the snippets with a gold event, accuracy, and the false-event rate: the share of ``NONE``
   snippets outside the police beat that get any event with status asserted, claimed or null;
4. police beat: KILL (some event with fatalities > 0 or a killed count) and ARREST (an Arrests
   event or an arrested count above 0; events asserted, claimed or null) against the gold flags;
5. a confusion list (gold -> predicted) of the misses; ``--errors`` adds every miss with its
   trigger, status and confidence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from devsuite import written_set
from eventscope.extract.pipeline import ExtractOptions, Extractor
from eventscope.records import Document, Event

HERE = Path(__file__).resolve().parent / "snippets"
COUNTED = ("asserted", "claimed", None)


def load(path: Path = HERE) -> list[tuple[Document, dict[str, Any]]]:
    return written_set(path)


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    """F1 per gold class, averaged with the classes' gold support as weights."""
    support = Counter(g for g, _ in pairs)
    total = 0.0
    for cls, n in support.items():
        tp = sum(1 for g, p in pairs if g == cls and p == cls)
        pred = sum(1 for _, p in pairs if p == cls)
        prec = tp / pred if pred else 0.0
        rec = tp / n
        total += n * (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return total / max(sum(support.values()), 1)


def kill_flag(events: list[Event]) -> bool:
    events = [e for e in events if e.status in COUNTED]
    return any(
        (e.fatalities is not None and e.fatalities.best > 0)
        or any(c.kind == "killed" and c.best > 0 for c in e.counts)
        for e in events
    )


def arrest_flag(events: list[Event]) -> bool:
    """An Arrests event or an arrested count ("no arrests have been made" is neither)."""
    return any(
        e.sub_event_type == "Arrests" or any(c.kind == "arrested" and c.best > 0 for c in e.counts)
        for e in events
        if e.status in COUNTED
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="print every miss with its trigger")
    args = ap.parse_args()

    data = load()
    extractor = Extractor(ExtractOptions())
    results = dict(extractor.extract(doc for doc, _ in data))
    pairs: list[tuple[str, str]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    none_docs = false_docs = 0
    flags = Counter()
    for doc, gold in data:
        events = results[doc]
        primary = max(events, key=lambda e: e.confidence, default=None)
        pred = primary.sub_event_type if primary is not None else "NONE"
        exp = gold["sub_event_type"]
        pairs.append((exp, pred))
        if exp == "NONE" and gold["category"] != "police":
            none_docs += 1
            false_docs += any(e.status in COUNTED for e in events)
        if gold["category"] == "police":
            for name, fn in (("kill", kill_flag), ("arrest", arrest_flag)):
                flags[f"{name}_n"] += 1
                flags[f"{name}_ok"] += fn(events) == gold[name]
        if pred != exp:
            confusion[(exp, pred)] += 1
            if args.errors:
                how = (f"trigger={primary.trigger!r} status={primary.status} conf={primary.confidence:.2f}"
                       if primary is not None else "no event")
                print(f"  MISS {doc.id}: gold={exp} pred={pred} {how}")
    positives = [(g, p) for g, p in pairs if g != "NONE"]
    summary = {
        "snippets": len(pairs),
        "subtype_wF1": round(weighted_f1(pairs), 3),
        "subtype_wF1_events": round(weighted_f1(positives), 3),
        "acc": round(sum(g == p for g, p in pairs) / max(len(pairs), 1), 3),
        "false_event_rate": round(false_docs / max(none_docs, 1), 3),
        "kill_acc": round(flags["kill_ok"] / max(flags["kill_n"], 1), 3),
        "arrest_acc": round(flags["arrest_ok"] / max(flags["arrest_n"], 1), 3),
    }
    print("confusion (gold -> predicted, misses only):")
    for (g, p), n in confusion.most_common():
        print(f"  {n:2d}  {g} -> {p}")
    print("snippets:", json.dumps(summary))


if __name__ == "__main__":
    main()
