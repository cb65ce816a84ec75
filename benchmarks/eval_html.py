"""Score the HTML cleaner on the html_dev suite (Zyte article-extraction benchmark pages).

    python benchmarks/eval_html.py [--limit N] [--out eval-runs/html_dev]

Reads ``../shared/eval/dev/html_dev.docs.jsonl`` (relative to the repository root) at run time,
cleans every page with the same reader the ``eventscope clean`` command uses
(``ingest.iter_pages``), writes ``{"id", "text"}`` lines to ``<out>/pred.jsonl`` and prints the
official scorer's summary. Exits 0 with a message when ``../shared`` is not there. With
``--limit`` the gold file is cut to the same pages so the figures stay comparable.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from eventscope.ingest import iter_pages
from eventscope.records import Document

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
SUITE = "html_dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    parser.add_argument("--out", type=Path, default=REPO / "eval-runs" / SUITE)
    args = parser.parse_args(argv)

    docs = EVAL / "dev" / f"{SUITE}.docs.jsonl"
    gold = EVAL / "dev" / f"{SUITE}.gold.jsonl"
    if not (docs.is_file() and gold.is_file() and (EVAL / "score.py").is_file()):
        print(f"skipped: {EVAL} is not available (evaluation data lives outside the repository)")
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    pred = args.out / "pred.jsonl"
    if args.limit:
        docs, gold = _cut(docs, args.out, args.limit), _cut(gold, args.out, args.limit)

    start = time.perf_counter()
    n_docs = n_rejected = 0
    with pred.open("w", encoding="utf-8") as out:
        for item in iter_pages([str(docs)]):
            if isinstance(item, Document):
                n_docs += 1
                out.write(json.dumps({"id": item.id, "text": item.text}, ensure_ascii=False) + "\n")
            else:
                # The scorer counts a page without a line as empty text; list why it was refused.
                n_rejected += 1
                print(f"rejected {item.source}: {item.reason} ({item.detail})", file=sys.stderr)
    took = time.perf_counter() - start
    print(f"cleaned {n_docs} pages, rejected {n_rejected}, {took:.1f} s")

    cmd = [sys.executable, str(EVAL / "score.py"), "html", "--gold", str(gold), "--pred", str(pred)]
    cmd += ["--json", str(args.out / "scores.json")]
    return subprocess.run(cmd, check=False).returncode


def _cut(path: Path, out_dir: Path, limit: int) -> Path:
    """First ``limit`` lines of ``path``, written next to the predictions."""
    target = out_dir / path.name.replace(".jsonl", f".first{limit}.jsonl")
    with path.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return target


if __name__ == "__main__":
    sys.exit(main())
