"""Scoring of incident clustering against ``gold.jsonl`` (shared by the test and the benchmark).

An extracted event is aligned with the gold incident its article reports; when the article reports
several (a round-up), with the one whose place spellings appear in the event's location or evidence.
An event that aligns with nothing (a spurious extraction) is its own gold singleton, so it can
only cost precision. Pairwise precision/recall are over all pairs of aligned events.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventscope.geo.build import normalize_name
from eventscope.incidents import Incident
from eventscope.records import Document, Event

HERE = Path(__file__).resolve().parent


def load_gold(path: Path = HERE / "gold.jsonl") -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def align(
    events: Iterable[Event], docs: Mapping[str, Document], gold: Sequence[Mapping[str, Any]]
) -> dict[str, str]:
    """event_id -> gold incident id (``noise:<event_id>`` when the event reports no gold incident)."""
    by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc_id"]].append(g)
    out: dict[str, str] = {}
    for ev in events:
        links = by_doc.get(ev.doc_id, [])
        label = f"noise:{ev.event_id}"
        if len(links) == 1:
            label = links[0]["incident_id"]
        elif links:
            text = docs[ev.doc_id].text if ev.doc_id in docs else ""
            loc = ev.location
            where = normalize_name(" ".join(x for x in (loc.name, loc.text) if x)) if loc else ""
            said = normalize_name(" ".join(text[s.start : s.end] for s in ev.evidence))
            for field in (where, said):
                hits = [g for g in links if any(normalize_name(p) in field for p in g["places"])]
                if len(hits) > 1 and ev.date is not None:
                    # Same place twice (a round-up of two incidents in one town): the date decides.
                    hits = [g for g in hits if g["date"] == ev.date.best.isoformat()]
                if len(hits) == 1:
                    label = hits[0]["incident_id"]
                    break
        out[ev.event_id] = label
    return out


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> PairScores:
    """Pairwise precision/recall of a clustering (item -> cluster id) against gold (item -> id)."""
    items = sorted(set(predicted) & set(gold))
    pp = gp = ok = 0
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            same_p = predicted[a] == predicted[b]
            same_g = gold[a] == gold[b]
            pp += same_p
            gp += same_g
            ok += same_p and same_g
    return PairScores(ok / pp if pp else 1.0, ok / gp if gp else 1.0, pp, gp, ok)


def predicted_labels(incidents: Iterable[Incident]) -> dict[str, str]:
    return {eid: inc.incident_id for inc in incidents for eid in inc.event_ids}
