"""Score the extractor on ACLED-style notes from countries the dev suite does not cover.

    python benchmarks/eval_acledlike.py [--out DIR] [--scorer PATH/score.py]

``acledlike/docs.jsonl`` holds terse coder summaries that the team wrote in the style of ACLED
notes (Nigeria, Cameroon, Niger, Mali, Somalia, Ethiopia, Sudan, South Sudan, DR Congo, Mozambique,
Yemen, Syria, Iraq, Pakistan, India, Myanmar, the Philippines, Mexico, Colombia, Brazil, Ukraine and
a few protests and riots in Europe, Latin America and South Asia); ``acledlike/gold.jsonl`` codes
each as ACLED would (see ``acledlike/README.md``). The dev suite covers only Kenya, Burkina Faso and
Afghanistan, so this set checks state-force names, regional groups, actor types and "X (Admin)"
places elsewhere.

The script runs the extractor over the notes, writes contract-shaped events to
``OUT/acledlike.pred.jsonl`` and runs the shared scorer (``../shared/eval/score.py acled``) on them.
The texts are our own; only the scorer is read from ``../shared``, and the script skips cleanly
(exit 0) when it is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from devsuite import read_jsonl
from eventscope.extract.pipeline import Extractor
from eventscope.records import Document

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks" / "acledlike"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load(path: Path = HERE / "docs.jsonl") -> list[Document]:
    return [Document.from_json(d) for d in read_jsonl(path)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "eval-runs", help="where the predictions go")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="the shared score.py")
    args = ap.parse_args()
    if not args.scorer.exists():
        print(f"skip: {args.scorer} not found (the shared evaluation kit is absent)")
        return
    args.out.mkdir(parents=True, exist_ok=True)
    pred = args.out / "acledlike.pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for _doc, events in Extractor().extract(load()):
            for e in events:
                fh.write(json.dumps(e.to_json()) + "\n")
    cmd = [sys.executable, str(args.scorer), "acled", "--gold", str(HERE / "gold.jsonl"), "--pred", str(pred)]
    sys.exit(subprocess.run(cmd, check=False).returncode)


if __name__ == "__main__":
    main()
