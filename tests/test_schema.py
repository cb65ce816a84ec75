"""Every line `extract` writes validates against the JSON Schema written from EVENTS.md."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from eventscope.extract.pipeline import Extractor
from eventscope.ingest.sources import iter_documents
from eventscope.records import Document
from eventscope.schema import check_event
from support import EXAMPLES, shared_or_skip


def _check_all(extractor: Extractor, docs: list[Document]) -> int:
    n = 0
    for doc, events in extractor.extract(docs):
        for ev in events:
            line = json.loads(json.dumps(ev.to_json()))
            assert check_event(line, doc.text) == [], (doc.id, line)
            n += 1
    return n


def test_schema_rejects_a_wrong_record() -> None:
    bad = {"doc_id": "x", "event_id": "1", "event_type": "Battles", "sub_event_type": "Attack",
           "date": None, "location": None, "actor1": None, "actor2": None, "fatalities": None,
           "counts": [], "claims": [], "status": "asserted", "evidence": [{"start": 0, "end": 5}],
           "confidence": 0.5}
    assert any("not under" in p for p in check_event(bad))
    bad["status"] = "rumoured"
    assert check_event(bad)


def test_examples_validate(extractor: Extractor) -> None:
    docs = [d for d in iter_documents([str(EXAMPLES / "pages")]) if isinstance(d, Document)]
    assert len(docs) >= 30
    assert _check_all(extractor, docs) > 0


@pytest.mark.shared
def test_acled_dev_slice_validates(extractor: Extractor) -> None:
    path: Path = shared_or_skip("eval", "dev", "acled_dev.docs.jsonl")
    docs = [d for d in itertools.islice(iter_documents([str(path)]), 300) if isinstance(d, Document)]
    assert _check_all(extractor, docs) >= 250
