"""`make bench`: throughput of `extract` on the bundled examples against raw spaCy, in one run.

Baseline stated in the same run: (a) spaCy's full pipeline via nlp.pipe over the same texts;
(b) eventscope extraction end to end (parse + dates + places + typing + actors + counts).
Reports articles/s, words/s, the ratio b/a and peak RSS, and writes eval-runs/bench.json.
The news/conflict mixes, workers and the screen's equivalence are measured by ``throughput.py``.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from eventscope.extract.pipeline import Extractor
from eventscope.ingest.sources import iter_documents
from eventscope.nlp import load_nlp
from eventscope.records import Document

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    docs = [d for d in iter_documents([str(REPO / "examples" / "pages")]) if isinstance(d, Document)]
    docs = docs * 5  # enough work for stable timings
    words = sum(len(d.text.split()) for d in docs)
    nlp = load_nlp()
    extractor = Extractor()
    list(extractor.extract(docs[:3]))  # warm caches (gazetteer connection, lexicons)

    t0 = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=32):
        pass
    raw = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = sum(len(evs) for _, evs in extractor.extract(docs))
    full = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(docs),
        "words": words,
        "raw_spacy": {"articles_per_s": len(docs) / raw, "words_per_s": words / raw},
        "extract": {"articles_per_s": len(docs) / full, "words_per_s": words / full, "events": n_events},
        "ratio_extract_over_raw": raw / full,
        "peak_rss_mb": round(peak_mb, 1),
    }
    out = REPO / "eval-runs" / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
