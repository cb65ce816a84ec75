"""Evaluate toponym recognition/resolution on the shared dev suites (skips when they are absent).

    python benchmarks/eval_geo.py geo   [--limit N]   # geo_dev: spans + coordinates, scored by score.py
    python benchmarks/eval_geo.py acled [--limit N] [--every K] [--show N]
                                                      # ACLED notes: country / admin1 / within 25 km

``geo`` writes ``{"doc_id","start","end","text","lat","lon","geonameid"}`` lines and runs
``../shared/eval/score.py geo``. ``acled`` runs ``find_places`` + ``choose_event_location`` with
the whole text as evidence and compares with the gold event's location, using score.py's
definitions (fuzzy admin1: difflib ratio >= 0.85; haversine, R = 6371.0088 km); it writes
per-document predictions to ``OUT/acled_pred.jsonl`` for error analysis (``eval-runs/`` is
git-ignored). ``--every K`` takes every K-th note, a slice spread over the three sources.
The evaluation data is read at run time only; nothing of it is copied into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import math
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from eventscope.extract.places import choose_event_location, geoparse_documents
from eventscope.geo.gazetteer import Gazetteer
from eventscope.nlp import load_nlp
from eventscope.records import Document, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"


def read_docs(path: Path, limit: int | None, every: int = 1) -> Iterator[Document]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            if n % every:
                continue
            d = json.loads(line)
            try:
                pub = dt.date.fromisoformat(d["published"]) if d.get("published") else None
            except ValueError:  # a few sources give "7:58 AM ET" and the like
                pub = None
            yield Document(id=d["id"], text=d["text"], published=pub, title=d.get("title"))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def run_geo(args: argparse.Namespace, gaz: Gazetteer) -> None:
    out = Path(args.out) / "geo_pred.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for doc, mentions in geoparse_documents(read_docs(DEV / "geo_dev.docs.jsonl", args.limit), gaz,
                                                load_nlp()):
            n += 1
            for m in mentions:
                p = m.place
                f.write(json.dumps({"doc_id": doc.id, "start": m.start, "end": m.end, "text": m.text,
                                    "lat": p.lat if p else None, "lon": p.lon if p else None,
                                    "geonameid": p.geonameid if p else None}) + "\n")
    print(f"geo: {n} docs in {time.monotonic() - t0:.1f} s -> {out}", file=sys.stderr)
    gold = DEV / "geo_dev.gold.jsonl"
    if args.limit is not None:
        sub = Path(args.out) / "geo_gold_slice.jsonl"
        with open(gold, encoding="utf-8") as src, open(sub, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= args.limit:
                    break
                dst.write(line)
        gold = sub
    subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "geo", "--gold", str(gold),
                    "--pred", str(out)], check=True)


def run_acled(args: argparse.Namespace, gaz: Gazetteer) -> None:
    golds: dict[str, dict[str, object]] = {}
    with open(DEV / "acled_dev.gold.jsonl", encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            golds[g["id"]] = {**g["events"][0], "dataset": g.get("dataset")}
    t0 = time.monotonic()
    hits: dict[str, list[int]] = defaultdict(list)
    per_ds: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = read_docs(DEV / "acled_dev.docs.jsonl", args.limit, args.every)
    # per-document predictions, for error analysis (eval-runs/ is git-ignored)
    with open(out_dir / "acled_pred.jsonl", "w", encoding="utf-8") as pred_f:
        for doc, mentions in geoparse_documents(docs, gaz, load_nlp(), country_cues=True):
            g = golds[doc.id]
            loc = choose_event_location(mentions, [Span(0, len(doc.text))], gaz=gaz)
            ds = str(g.get("dataset"))
            country = int(loc is not None and loc.iso3 == g["iso3"])
            hits["country"].append(country)
            if g.get("admin1"):
                a1 = (loc.admin1 or "") if loc else ""
                ok = difflib.SequenceMatcher(None, a1.casefold(), str(g["admin1"]).casefold()).ratio() >= 0.85
                hits["admin1"].append(int(ok))
                per_ds[ds]["admin1"] += int(ok)
                per_ds[ds]["n_admin1"] += 1
            near = 0
            if loc is not None and loc.lat is not None and loc.lon is not None:
                near = int(haversine_km(loc.lat, loc.lon, float(g["lat"]), float(g["lon"])) <= 25.0)  # type: ignore[arg-type]
            hits["loc25"].append(near)
            pred_f.write(json.dumps({"id": doc.id, "loc": loc.to_json() if loc else None, "country": country,
                                     "near": near, "mentions": [m.to_json(doc.id) for m in mentions]}) + "\n")
            hits[f"loc25_gp{g.get('geo_precision')}"].append(near)
            per_ds[ds]["n"] += 1
            per_ds[ds]["country"] += country
            per_ds[ds]["loc25"] += near
            if not near and len(misses) < args.show:
                misses.append((doc.id, doc.text[:160], g.get("location"), g.get("admin1"),
                               loc.name if loc else None, loc.admin1 if loc else None,
                               loc.precision if loc else None))
    dt_s = time.monotonic() - t0
    for doc_id, text, gl, ga1, pl, pa1, pp in misses:
        print(f"MISS {doc_id}: gold={gl}/{ga1} pred={pl}/{pa1}/{pp} | {text}")
    for ds, c in sorted(per_ds.items()):
        print(f"  {ds}: n={c['n']} country={c['country'] / c['n']:.3f} "
              f"admin1={c['admin1'] / max(1, c['n_admin1']):.3f} loc25={c['loc25'] / c['n']:.3f}")
    summary = " ".join(f"{k}={sum(v) / len(v):.3f}" for k, v in sorted(hits.items()) if v)
    print(f"acled-geo: n={len(hits['country'])} {summary} ({dt_s:.0f} s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("suite", choices=["geo", "acled"])
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--gazetteer", type=Path, default=None, help="index path (default: cache dir)")
    ap.add_argument("--out", default=str(ROOT / "eval-runs" / "geo"), help="output directory")
    ap.add_argument("--every", type=int, default=1, help="every K-th document only (acled; a spread slice)")
    ap.add_argument("--show", type=int, default=0, help="print N misses (acled)")
    args = ap.parse_args()
    if not DEV.exists():
        print(f"skipped: {DEV} not found", file=sys.stderr)
        return 0
    gaz = Gazetteer.open(args.gazetteer)
    (run_geo if args.suite == "geo" else run_acled)(args, gaz)
    return 0


if __name__ == "__main__":
    sys.exit(main())
