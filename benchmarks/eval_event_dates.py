"""Check ``choose_event_date`` on the ACLED dev notes (``../shared/eval/dev/acled_dev``).

Each note is one event; the whole text is taken as the evidence. Reports the share of documents
whose gold ``time_precision`` is 1 (exact day) where ``When.best`` equals the gold
``event_date``, with a breakdown by how the date was found. Skips cleanly (exit 0) when the
shared evaluation directory is absent. Usage: ``python benchmarks/eval_event_dates.py [--limit N]
[--errors N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

from eventscope.extract.dates import choose_event_date, find_timexes
from eventscope.records import Span

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
DOCS = DEV / "acled_dev.docs.jsonl"
GOLD = DEV / "acled_dev.gold.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--errors", type=int, default=0, help="print N wrong dates (local use only)")
    args = ap.parse_args()
    if not DOCS.exists() or not GOLD.exists():
        print(f"skipped: {DOCS} not found")
        return 0
    gold = {}
    for line in GOLD.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["id"]] = row["events"][0]
    n = exact = 0
    by_source: Counter[str] = Counter()
    right_by_source: Counter[str] = Counter()
    errors = []
    for i, line in enumerate(DOCS.read_text("utf-8").splitlines()):
        if args.limit and i >= args.limit:
            break
        doc = json.loads(line)
        ev = gold.get(doc["id"])
        if ev is None or ev.get("time_precision") != 1:
            continue
        pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        text = doc["text"]
        when = choose_event_date(find_timexes(text, pub), [Span(0, len(text))], text, pub)
        source = "none" if when is None else "defaulted" if when.defaulted else when.precision
        n += 1
        by_source[source] += 1
        ok = when is not None and when.best.isoformat() == ev["event_date"]
        exact += ok
        right_by_source[source] += ok
        if not ok:
            errors.append(
                (
                    doc["id"],
                    ev["event_date"],
                    when.best.isoformat() if when else None,
                    when.text if when else None,
                )
            )
    print(f"event_date: n={n} exact={exact / n:.3f} (time_precision == 1 documents)")
    dated = n - by_source["defaulted"] - by_source["none"]
    dated_right = exact - right_by_source["defaulted"] - right_by_source["none"]
    print(f"  dated from the text: n={dated} exact={dated_right / max(dated, 1):.3f}")
    for source, count in by_source.most_common():
        print(f"  {source:10s} {count:6d}  exact {right_by_source[source] / count:.3f}")
    for row in errors[: args.errors]:
        print("  ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
