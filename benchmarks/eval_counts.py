"""Fatality counts on the ACLED dev notes: share where merge_counts' fatalities equal the coded figure.

    .venv/bin/python benchmarks/eval_counts.py [--limit N] [--errors K] [--seed S]

Reads ``../shared/eval/dev/acled_dev.{docs,gold}.jsonl`` at run time (evaluation-only material:
nothing of it is copied into the repository) and exits 0 with a message when it is absent. Every
sentence of a note is treated as describing the note's one event; the gold is
``events[0].fatalities``. About 994 notes share their text with another event whose fatalities
ACLED split between them, so roughly 0.95 is the ceiling.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from eventscope.extract.counts import find_counts, merge_counts
from eventscope.nlp import load_nlp, parse

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEV = SHARED / "eval" / "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N notes (0: all)")
    ap.add_argument("--errors", type=int, default=0, help="print K random errors (id, gold, predicted)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    docs_path, gold_path = DEV / "acled_dev.docs.jsonl", DEV / "acled_dev.gold.jsonl"
    if not docs_path.exists() or not gold_path.exists():
        print(f"skipped: {DEV} not available")
        return 0
    with docs_path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    with gold_path.open(encoding="utf-8") as fh:
        gold = {g["id"]: g for g in map(json.loads, fh)}
    if args.limit:
        docs = docs[: args.limit]

    t0 = time.perf_counter()
    nlp = load_nlp()
    hits = 0
    hits_single = n_single = 0
    errors: list[tuple[str, int, int, str]] = []
    confusion: Counter[str] = Counter()
    for doc, doc_id in parse(((d["text"], d["id"]) for d in docs), nlp, batch_size=64):
        per_sentence = [find_counts(s) for s in doc.sents]
        fatalities, _ = merge_counts(per_sentence)
        predicted = fatalities.best if fatalities is not None else 0
        g = gold[doc_id]
        expected = int(g["events"][0].get("fatalities") or 0)
        ok = predicted == expected
        hits += ok
        if g.get("same_text_events", 1) == 1:
            n_single += 1
            hits_single += ok
        if not ok:
            confusion[
                "missed (pred 0)"
                if predicted == 0
                else "spurious (gold 0)"
                if expected == 0
                else "under"
                if predicted < expected
                else "over"
            ] += 1
            errors.append((doc_id, expected, predicted, fatalities.text if fatalities else ""))
    n = len(docs)
    elapsed = time.perf_counter() - t0

    if args.errors:
        rng = random.Random(args.seed)
        texts = {d["id"]: d["text"] for d in docs}
        for doc_id, expected, predicted, text in rng.sample(errors, min(args.errors, len(errors))):
            print(f"{doc_id}\tgold={expected}\tpred={predicted}\t[{text}]\t{texts[doc_id][:300]}")
        print()
    print("errors by type:", dict(confusion.most_common()))
    print(f"notes with a single coded event: fatal_exact {hits_single / max(n_single, 1):.4f} (n={n_single})")
    print(f"counts acled_dev: fatal_exact {hits / max(n, 1):.4f} (n={n}, {elapsed:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
