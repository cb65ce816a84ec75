"""End to end on the bundled example pages: HTML in, events out, compared with hand coding.

A quality gate in the manner of trafilatura's eval_gate: the measured figures must not fall below
the floors in ``baselines/examples.json``. Raise the floors when the extractor improves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventscope.extract.pipeline import Extractor
from eventscope.ingest.clean import clean_html
from eventscope.records import Document, Event
from support import EXAMPLES

BASELINE = Path(__file__).parent / "baselines" / "examples.json"
COUNTED = ("asserted", "claimed")


@dataclass
class Tally:
    expected: int = 0
    type_hit: int = 0
    subtype_hit: int = 0
    fatal_hit: int = 0
    date_hit: int = 0
    country_hit: int = 0
    predicted: int = 0
    spurious_on_empty: int = 0
    empty_pages: int = 0

    def figures(self) -> dict[str, float]:
        e = max(self.expected, 1)
        return {
            "type_recall": self.type_hit / e,
            "subtype_recall": self.subtype_hit / e,
            "fatalities_exact": self.fatal_hit / e,
            "date_exact": self.date_hit / e,
            "country": self.country_hit / e,
            "type_precision": self.type_hit / max(self.predicted, 1),
            "empty_pages_clean": 1 - self.spurious_on_empty / max(self.empty_pages, 1),
        }


def _load_examples() -> list[tuple[Document, dict[str, Any]]]:
    out = []
    for html in sorted((EXAMPLES / "pages").glob("*.html")):
        expected = json.loads((EXAMPLES / "expected" / f"{html.stem}.json").read_text(encoding="utf-8"))
        doc = clean_html(html.read_bytes(), source=str(html), doc_id=html.stem)
        out.append((doc, expected))
    return out


def _match(expected: list[dict[str, Any]], predicted: list[Event], t: Tally) -> None:
    pool = list(predicted)
    for exp in expected:
        t.expected += 1
        same_type = [p for p in pool if p.event_type == exp["event_type"]]
        if not same_type:
            continue
        best = next((p for p in same_type if p.sub_event_type == exp["sub_event_type"]), same_type[0])
        pool.remove(best)
        t.type_hit += 1
        t.subtype_hit += best.sub_event_type == exp["sub_event_type"]
        got_fatal = best.fatalities.best if best.fatalities else None
        t.fatal_hit += (got_fatal or 0) == (exp.get("fatalities") or 0)
        t.date_hit += best.date is not None and best.date.best.isoformat() == exp.get("date")
        t.country_hit += best.location is not None and best.location.iso3 == exp.get("iso3")


@pytest.fixture(scope="module")
def measured(extractor: Extractor) -> dict[str, float]:
    examples = _load_examples()
    t = Tally()
    results = dict(extractor.extract(doc for doc, _ in examples))
    for doc, expected in examples:
        events = [e for e in results[doc] if e.status in COUNTED]
        t.predicted += len(events)
        if not expected["events"]:
            t.empty_pages += 1
            t.spurious_on_empty += bool(events)
        _match(expected["events"], events, t)
    figures = t.figures()
    print("examples:", json.dumps({k: round(v, 3) for k, v in figures.items()}))
    return figures


def test_examples_meet_the_quality_floors(measured: dict[str, float]) -> None:
    floors = {k: v for k, v in json.loads(BASELINE.read_text()).items() if not k.startswith("_")}
    below = {k: (round(measured[k], 3), v) for k, v in floors.items() if measured[k] < v}
    assert not below, f"below the floors in {BASELINE.name} (measured, floor): {below}"
