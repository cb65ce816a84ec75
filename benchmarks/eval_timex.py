"""Score ``find_timexes`` on the TimeBank/AQUAINT dev suite (``../shared/eval/dev/timex_dev``).

Writes ``eval-runs/timex_dev/pred.jsonl`` (one ``{"doc_id","start","end","text","value"}`` line per
expression), runs the shared scorer and prints its output. Skips cleanly (exit 0) when the shared
evaluation directory is absent. Usage: ``python benchmarks/eval_timex.py [--limit N] [--errors N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from eventscope.extract.dates import find_timexes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
DOCS = SHARED / "dev" / "timex_dev.docs.jsonl"
GOLD = SHARED / "dev" / "timex_dev.gold.jsonl"
OUT = ROOT / "eval-runs" / "timex_dev"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--errors", type=int, default=0, help="print N value errors and N missed spans")
    args = ap.parse_args()
    if not DOCS.exists():
        print(f"skipped: {DOCS} not found")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [json.loads(line) for line in DOCS.read_text("utf-8").splitlines() if line.strip()]
    if args.limit:
        docs = docs[: args.limit]
    preds: dict[str, list[dict[str, object]]] = {}
    with (OUT / "pred.jsonl").open("w", encoding="utf-8") as fh:
        for doc in docs:
            pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
            rows = [
                {"doc_id": doc["id"], "start": t.start, "end": t.end, "text": t.text, "value": t.value}
                for t in find_timexes(doc["text"], pub)
            ]
            preds[doc["id"]] = rows
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    gold_path = GOLD
    if args.limit:
        ids = {d["id"] for d in docs}
        gold_path = OUT / "gold.subset.jsonl"
        gold_lines = [ln for ln in GOLD.read_text("utf-8").splitlines() if json.loads(ln)["id"] in ids]
        gold_path.write_text("\n".join(gold_lines) + "\n", "utf-8")
    cmd = [
        sys.executable,
        str(SHARED / "score.py"),
        "timex",
        "--gold",
        str(gold_path),
        "--pred",
        str(OUT / "pred.jsonl"),
        "--json",
        str(OUT / "scores.json"),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(done.stdout, end="")
    print(done.stderr, end="", file=sys.stderr)
    if args.errors:
        _print_errors(gold_path, preds, args.errors)
    return done.returncode


def _print_errors(gold_path: Path, preds: dict[str, list[dict[str, object]]], n: int) -> None:
    """Local error listing for development (reads the evaluation data at run time only)."""
    wrong, missed, spurious = [], [], []
    for line in gold_path.read_text("utf-8").splitlines():
        g = json.loads(line)
        ps = preds.get(g["id"], [])
        used: set[int] = set()
        for t in g["timexes"]:
            hit = next((i for i, p in enumerate(ps) if p["start"] < t["end"] and t["start"] < p["end"]), None)
            if hit is None:
                missed.append((g["id"], t["text"], t["value"]))
                continue
            used.add(hit)
            if str(ps[hit]["value"]).upper() != str(t["value"]).upper():
                wrong.append((g["id"], t["text"], t["value"], ps[hit]["text"], ps[hit]["value"]))
        ign = g.get("ignore") or []
        for i, p in enumerate(ps):
            if i not in used and not any(p["start"] < x["end"] and x["start"] < p["end"] for x in ign):
                spurious.append((g["id"], p["text"], p["value"]))
    for title, rows in (("value errors", wrong), ("missed", missed), ("spurious", spurious)):
        print(f"--- {title}: {len(rows)}")
        for row in rows[:n]:
            print("  ", row)


if __name__ == "__main__":
    raise SystemExit(main())
