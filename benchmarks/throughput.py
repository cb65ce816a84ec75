"""Throughput and memory against raw spaCy, in one run: `make bench`.

    .venv/bin/python benchmarks/throughput.py [--n 200] [--mix news conflict] [--workers 2]
                                              [--out eval-runs/throughput.json] [--acled]

For each mix of generated articles (``throughput_corpus.py``: 400-900 words; "news" is 20%
conflict and 80% sport, business, politics and science; "conflict" is all conflict) it measures,
each in a fresh process so that peak RSS is that configuration's own:

(a) raw spaCy: ``nlp.pipe`` with the full pipeline over the same texts (the baseline), with spaCy's
    default batch size; (a32) the same with batches of 32 documents, the extractor's batch size;
(b) ``Extractor.extract`` end to end on one process (the default path: the screen, then parsing);
(b0) the same with ``screen=False`` (every word parsed: the reference path of ``--full-parse``);
(c) (b) on ``--workers`` processes (``scale.extract_chunk`` in a spawn ProcessPoolExecutor, the
    mechanism of ``eventscope ingest --workers``), timed once the workers have loaded the model
    and the gazetteer; the cold time including start-up is reported too.

Model and gazetteer loading are excluded from (a), (b) and (b0) and reported apart. Reported:
articles/s, words/s, the ratios b/a and c/b, peak RSS per process (MB), the screen's verdicts,
and whether (b), (b0) and (c) gave the same events. ``--acled`` also scores acled_dev (read from
``../shared`` at run time) with both paths through the shared scorer and reports both summaries.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput_corpus  # noqa: E402 - benchmarks/ is put on the path just above

CHUNK = int(os.environ.get("THROUGHPUT_CHUNK", "16"))  # documents per task: scale's default chunk size


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _docs(mix: str, n: int, seed: int) -> list[Any]:
    return throughput_corpus.to_documents(throughput_corpus.generate(n, mix, seed=seed))


def _words(docs: Sequence[Any]) -> int:
    return sum(len(d.text.split()) for d in docs)


def _raw(mix: str, n: int, seed: int, batch_size: int | None = None) -> dict[str, Any]:
    from eventscope.extract.pipeline import text_for_parsing
    from eventscope.nlp import load_nlp

    docs = _docs(mix, n, seed)
    texts = [text_for_parsing(d.text) for d in docs]
    t0 = time.perf_counter()
    nlp = load_nlp()
    load = time.perf_counter() - t0
    list(nlp.pipe(texts[:4]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    secs = time.perf_counter() - t0
    return {"seconds": secs, "load_seconds": load, "peak_rss_mb": _peak_mb()}


def _extract(mix: str, n: int, seed: int, screen: bool) -> dict[str, Any]:
    from eventscope.extract.pipeline import ExtractOptions, Extractor

    docs = _docs(mix, n, seed)
    t0 = time.perf_counter()
    ex = Extractor(ExtractOptions(screen=screen))
    list(ex.extract(_docs("conflict", 2, seed + 1)))  # gazetteer connection, lexicons, caches
    load = time.perf_counter() - t0
    ex.plans.clear()
    t0 = time.perf_counter()
    events = [[e.to_json() for e in evs] for _d, evs in ex.extract(docs)]
    secs = time.perf_counter() - t0
    return {"seconds": secs, "load_seconds": load, "peak_rss_mb": _peak_mb(), "events": events,
            "plans": dict(ex.plans)}


def _warm(seed: int) -> int:
    from eventscope import scale

    time.sleep(0.5)  # keep this worker busy so the pool's other worker takes the next warm-up
    scale.extract_chunk(_docs("conflict", 2, seed), scale.WorkOptions())  # model, gazetteer, screen
    return os.getpid()


def _task(docs: list[Any]) -> tuple[list[list[dict[str, Any]]], int, float]:
    from eventscope import scale

    out = scale.extract_chunk(docs, scale.WorkOptions())
    return [[e.to_json() for e in evs] for evs in out], os.getpid(), _peak_mb()


def _workers(mix: str, n: int, seed: int, workers: int) -> dict[str, Any]:
    docs = _docs(mix, n, seed)
    chunks = [docs[i : i + CHUNK] for i in range(0, len(docs), CHUNK)]
    t_cold = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pids = set(pool.map(_warm, [seed + 1000 + k for k in range(workers * 2)]))
        warm_at = time.perf_counter()
        results = list(pool.map(_task, chunks))
        done = time.perf_counter()
    events = [evs for part, _pid, _mb in results for evs in part]
    peak: dict[int, float] = {}
    for _part, pid, mb in results:
        peak[pid] = max(peak.get(pid, 0.0), mb)
    return {"seconds": done - warm_at, "cold_seconds": done - t_cold, "workers_started": len(pids),
            "peak_rss_mb_per_worker": sorted(peak.values()), "events": events}


def _in_child(fn: Any, *args: Any) -> dict[str, Any]:
    """Run one measurement in a fresh process (its own peak RSS, nothing shared)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        result: dict[str, Any] = pool.submit(fn, *args).result()
        return result


def _rates(secs: float, articles: int, words: int) -> dict[str, float]:
    return {"articles_per_s": round(articles / secs, 2), "words_per_s": round(words / secs, 1),
            "seconds": round(secs, 2)}


def measure(mix: str, n: int, seed: int, workers: int) -> dict[str, Any]:
    docs = _docs(mix, n, seed)
    words = _words(docs)
    print(f"[{mix}] {n} articles, {words} words: raw spaCy ...", file=sys.stderr, flush=True)
    raw = _in_child(_raw, mix, n, seed)
    raw32 = _in_child(_raw, mix, n, seed, 32)
    print(f"[{mix}] extract (screen) ...", file=sys.stderr, flush=True)
    fast = _in_child(_extract, mix, n, seed, True)
    print(f"[{mix}] extract (full parse) ...", file=sys.stderr, flush=True)
    full = _in_child(_extract, mix, n, seed, False)
    print(f"[{mix}] extract on {workers} workers ...", file=sys.stderr, flush=True)
    par = _workers(mix, n, seed, workers)
    a, b, b0, c = raw["seconds"], fast["seconds"], full["seconds"], par["seconds"]
    return {
        "mix": mix,
        "articles": n,
        "words": words,
        "a_raw_spacy": {**_rates(a, n, words), "peak_rss_mb": raw["peak_rss_mb"],
                        "load_seconds": round(raw["load_seconds"], 2)},
        "a32_raw_spacy_batch_32": {**_rates(raw32["seconds"], n, words), "peak_rss_mb": raw32["peak_rss_mb"]},
        "b_extract": {**_rates(b, n, words), "peak_rss_mb": fast["peak_rss_mb"],
                      "load_seconds": round(fast["load_seconds"], 2), "screen": fast["plans"]},
        "b0_extract_full_parse": {**_rates(b0, n, words), "peak_rss_mb": full["peak_rss_mb"]},
        "c_extract_workers": {**_rates(c, n, words), "workers": workers,
                              "cold_seconds_with_startup": round(par["cold_seconds"], 2),
                              "peak_rss_mb_per_worker": par["peak_rss_mb_per_worker"]},
        "ratio_b_over_a": round(a / b, 2),
        "ratio_b0_over_a": round(a / b0, 2),
        "ratio_b_over_a32": round(raw32["seconds"] / b, 2),
        "ratio_c_over_b": round(b / c, 2),
        "events": sum(len(e) for e in fast["events"]),
        "same_events_screen_vs_full_parse": fast["events"] == full["events"],
        "articles_differing_screen_vs_full_parse": sum(x != y for x, y in zip(fast["events"], full["events"],
                                                                              strict=True)),
        "same_events_workers_vs_one_process": par["events"] == fast["events"],
    }


def _acled(full_parse: bool) -> str:
    """The shared scorer's summary line for acled_dev with one path (``run.sh`` with EXTRACT_CMD)."""
    flag = " --full-parse" if full_parse else ""
    env = dict(os.environ, EXTRACT_CMD="eventscope -q extract {docs} -o {pred}" + flag,
               PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["bash", str(SHARED / "eval" / "run.sh"), "acled_dev"], cwd=tmp, env=env,
                             capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400, help="articles per mix")
    ap.add_argument("--mix", nargs="+", default=["news", "conflict"], choices=["news", "conflict"])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=REPO / "eval-runs" / "throughput.json")
    ap.add_argument("--acled", action="store_true", help="also score acled_dev with both paths (slow)")
    args = ap.parse_args(argv)

    result: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "mixes": [measure(m, args.n, args.seed, args.workers) for m in args.mix],
    }
    if args.acled:
        if (SHARED / "eval" / "run.sh").exists():
            print("acled_dev with the screen, then with --full-parse ...", file=sys.stderr, flush=True)
            result["acled_dev"] = {"screen": _acled(False), "full_parse": _acled(True)}
        else:
            result["acled_dev"] = "skipped: ../shared/eval is absent"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
