"""Cross-validated figures of rules + trainable typing model on the dev ACLED exports (issue 3).

    python benchmarks/eval_train_cv.py [--cv 5] [--cache DIR] [--limit N] [--rules-only]

1. read the three dev exports from ``../shared/data/raw/acled_extracts/`` (skips cleanly, exit 0,
   when the shared directory is absent);
2. run the extractor once over every note (the parse is the cost); with ``--cache`` the rule events
   are pickled there, so model changes can be re-measured in seconds (delete the file after a rule
   change);
3. ``evaluate.cross_validate``: k folds grouped by note text, a model trained on the other folds
   revises each test fold; prints one line per fold, the pooled line, and the wall time of the model
   part (the same numbers ``eventscope evaluate --acled ... --cv K`` prints).

Reads evaluation data at run time only; nothing from it is stored in the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path

from eventscope.evaluate import RuleRun, cross_validate, notes_as_documents, run_rules, score
from eventscope.ingest.acled_csv import read_acled_csv
from eventscope.records import Document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
EXPORTS = SHARED / "data" / "raw" / "acled_extracts"
FILES = (
    "acled_kenya_2004-2019__Carol0128.csv",
    "acled_burkina_faso_1997-2020__ElliottMess.csv",
    "acled_afghanistan_2020-03__dkoban.csv",
)


def rules_for(docs_key: str, docs: list[Document], cache: Path | None) -> RuleRun:
    path = cache / f"rules-{docs_key}.pkl" if cache else None
    if path is not None and path.exists():
        with path.open("rb") as fh:
            cached: RuleRun = pickle.load(fh)
        return cached
    from eventscope.extract.pipeline import Extractor

    t0 = time.perf_counter()
    out = run_rules(Extractor(), docs)
    print(f"rules: {len(docs)} notes in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            pickle.dump(out, fh)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=None, help="directory for the pickled rule events")
    ap.add_argument("--limit", type=int, default=None, help="first N notes only (while iterating)")
    ap.add_argument("--rules-only", action="store_true", help="score the rules alone, no model")
    args = ap.parse_args()
    paths = [EXPORTS / f for f in FILES]
    if not all(p.exists() for p in paths):
        print(f"skipped: {EXPORTS} not found (the shared evaluation data is not here)")
        return 0
    rows = list(read_acled_csv(paths))[: args.limit]
    docs = notes_as_documents(rows)
    key = hashlib.sha1("\n".join(r.notes for r in rows).encode()).hexdigest()[:12]
    rules = rules_for(key, docs, args.cache)
    print(f"rules only: {score(rows, [list(e) for e in rules.events]).summary()}")
    if args.rules_only:
        return 0
    t0 = time.perf_counter()
    pooled, folds = cross_validate(rows, docs, rules, args.cv)
    took = time.perf_counter() - t0
    for i, rep in enumerate(folds, 1):
        print(f"fold {i}: {rep.summary()}")
    print(f"cv={args.cv} pooled: {pooled.summary()}")
    print(f"model part: {took:.0f}s for {args.cv} folds ({took / args.cv:.1f}s per fold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
