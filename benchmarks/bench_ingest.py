"""Ingest throughput on one generated archive: 1 process, a pool of 2, and Dask with 2 workers.

    .venv/bin/python benchmarks/bench_ingest.py [--articles 520] [--out eval-runs/bench_ingest.json]

The archive comes from ``tests/newsgen.py`` (made-up articles, syndicated copies, non-article and
broken records; no evaluation data). Each executor ingests it into a fresh SQLite file; the
figure is stored articles per second of wall time for the whole ``scale.ingest`` call, so worker
start-up and model loading are included (they are part of what a user waits for). The three
databases are compared: the benchmark fails if they differ.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from eventscope.progress import Progress  # noqa: E402
from eventscope.scale import IngestOptions, ingest  # noqa: E402
from newsgen import write_archive  # noqa: E402 - tests/ is put on the path just above


class _Clock(Progress):
    """A silent progress counter that remembers when each item finished."""

    def __init__(self) -> None:
        super().__init__("bench", enabled=False)
        self.times: list[float] = []

    def update(self, n: int = 1) -> None:
        super().update(n)
        self.times.extend([time.perf_counter()] * n)

    def steady_rate(self) -> float:
        """Items per second after the first 10% finished: without worker start-up and model loading."""
        k = len(self.times) // 10
        span = self.times[-1] - self.times[k]
        return (len(self.times) - 1 - k) / span if span > 0 else float("nan")


def _dump(db: Path) -> tuple[dict[str, str], dict[str, str | None]]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT event_id, event_json FROM events")), dict(
            conn.execute("SELECT doc_id, duplicate_of FROM ingest_log"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=520)
    parser.add_argument("--out", type=Path, default=REPO / "eval-runs" / "bench_ingest.json")
    args = parser.parse_args(argv)

    runs: dict[str, Any] = {}
    dumps = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        info = write_archive(folder / "news.warc.gz", articles=args.articles, seed=7)
        setups = {
            "1 process": IngestOptions(),
            "2 processes": IngestOptions(workers=2),
            "dask 2 workers": IngestOptions(workers=2, dask="local"),
        }
        for name, options in setups.items():
            db = folder / f"{name.replace(' ', '_')}.db"
            clock = _Clock()
            t0 = time.perf_counter()
            summary = ingest([str(info.path)], str(db), options=options, progress=clock)
            wall = time.perf_counter() - t0
            runs[name] = {
                "seconds": round(wall, 2),
                "articles_per_s": round(summary.stored / wall, 2),
                # Records (articles, skips, rejections) per second once the workers are warm.
                "steady_records_per_s": round(clock.steady_rate(), 2),
                "stored": summary.stored,
                "events": summary.events,
                "near_duplicates": summary.duplicates,
                "rejected": len(summary.rejected),
            }
            dumps[name] = _dump(db)
            print(f"{name:>15}: {runs[name]['articles_per_s']:7.2f} articles/s "
                  f"({summary.stored} articles in {wall:.1f} s; warm {clock.steady_rate():.1f} records/s)"
                  f" | {summary.line()}", file=sys.stderr)
    differ = [name for name, d in dumps.items() if d != dumps["1 process"]]
    identical = not differ
    if differ:
        print(f"results differ from 1 process: {', '.join(differ)}", file=sys.stderr)
    result = {
        "archive": {"articles": info.html_records, "copies": len(info.copies),
                    "other_records": info.other_records, "broken_records": info.broken},
        "cpus": os.cpu_count(),
        "runs": runs,
        "identical_results": identical,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
