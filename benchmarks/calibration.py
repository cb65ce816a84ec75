"""Reliability of `confidence`: confidence bin vs. share of events whose sub-type is right.

Runs the extractor over ../shared/eval/dev/acled_dev (one gold event per note), takes each note's
primary event (highest confidence, as the scorer does), and tabulates by confidence bin the share
whose sub_event_type equals the gold. A well-calibrated confidence has accuracy close to the bin's
middle. Skips cleanly when ../shared is absent.

    python benchmarks/calibration.py [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "eval" / "dev"
BINS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    docs_path, gold_path = DEV / "acled_dev.docs.jsonl", DEV / "acled_dev.gold.jsonl"
    if not docs_path.exists():
        print(f"no {docs_path}: calibration skipped")
        return 0

    from eventscope.extract.pipeline import Extractor
    from eventscope.ingest.sources import iter_documents
    from eventscope.records import Document

    gold = {}
    with gold_path.open(encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold[g["id"]] = g["events"][0]["sub_event_type"]
    docs = [d for d in iter_documents([str(docs_path)]) if isinstance(d, Document)]
    if args.limit:
        docs = docs[: args.limit]
    table = {b: [0, 0, 0.0] for b in BINS}  # events, right, sum of confidence
    for doc, events in Extractor().extract(docs):
        if not events:
            continue
        ev = max(events, key=lambda e: e.confidence)
        for lo, hi in BINS:
            if lo <= ev.confidence < hi:
                cell = table[(lo, hi)]
                cell[0] += 1
                cell[1] += ev.sub_event_type == gold.get(doc.id)
                cell[2] += ev.confidence
                break
    rows = []
    print("| confidence | events | mean confidence | sub-type right |")
    print("|---|---|---|---|")
    for (lo, hi), (n, right, total) in table.items():
        label = f"{lo:.1f}-{min(hi, 1.0):.1f}"
        mean = total / n if n else 0.0
        acc = right / n if n else 0.0
        rows.append({"bin": label, "events": n, "mean_confidence": round(mean, 3), "accuracy": round(acc, 3)})
        print(f"| {label} | {n} | {mean:.3f} | {acc:.3f} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
