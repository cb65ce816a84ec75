"""`eventscope evaluate`: score extraction against an analyst's own coded ACLED export.

The metrics follow the definitions of the shared evaluation kit's ``acled`` kind, so figures are
comparable with it (this is our own implementation):

* the primary event of a note = its predicted event with the highest confidence (first on ties);
* field metrics are end to end: a note without a predicted event counts as a miss;
* detect, ev_per_doc, type_acc, subtype_acc, subtype_wF1 (per-label F1 weighted by support, a note
  without an event labelled NONE), subtype_mF1, fatal_exact (null = 0), country (ISO3, else name),
  admin1 (fuzzy >= 0.85), loc25 (within 25 km), date (exact, only time_precision 1), actor1_type,
  actor1 (token-set Jaccard >= 0.5 after dropping parenthesised parts).

With ``cv`` the notes are split in k folds grouped by note text (identical notes never straddle
train and test); the rules run once over all notes (``run_rules``), and each fold's model, trained on
the other folds' notes *and the rules' output on them* (stacking, see ``learn``), revises its test
notes. Everything a fold's model learns (weights, margins chosen by inner CV) comes from its
training folds only.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ingest.acled_csv import CodedEvent
from .learn import Example, TypingModel, example_for, model_text, train_model
from .records import Document, Event

if TYPE_CHECKING:
    from .extract.pipeline import Extractor
    from .progress import Progress

NONE = "NONE"


def notes_as_documents(rows: Sequence[CodedEvent]) -> list[Document]:
    """Each note as a document. ACLED notes are written days after the event: publication is taken
    as event date + 3 days (the convention of the shared dev suite), so relative dates resolve."""
    docs = []
    for i, r in enumerate(rows):
        pub = r.event_date + dt.timedelta(days=3) if r.event_date else None
        docs.append(Document(id=f"row{i}", text=r.notes, published=pub))
    return docs


def _actor_tokens(name: str) -> set[str]:
    return set(re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", name).lower()))


def actor_match(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    a, b = _actor_tokens(pred), _actor_tokens(gold)
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


def _fuzzy(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.85


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def primary(events: Sequence[Event]) -> Event | None:
    best: Event | None = None
    for ev in events:
        if best is None or ev.confidence > best.confidence:
            best = ev
    return best


def _f1_table(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, dict[str, tuple[int, float]]]:
    support = Counter(gold)
    tp: Counter[str] = Counter()
    pc: Counter[str] = Counter(pred)
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
    per: dict[str, tuple[int, float]] = {}
    for label, n in support.items():
        prec = tp[label] / pc[label] if pc[label] else 0.0
        rec = tp[label] / n
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[label] = (n, f1)
    total = sum(support.values())
    weighted = sum(n * f for n, f in per.values()) / total if total else 0.0
    macro = sum(f for _, f in per.values()) / len(per) if per else 0.0
    return weighted, macro, per


@dataclass
class Report:
    n: int
    metrics: dict[str, float | None]
    per_subtype: dict[str, tuple[int, float]] = field(default_factory=dict)

    def summary(self) -> str:
        keys = ("detect", "ev_per_doc", "type_acc", "subtype_acc", "subtype_wF1", "subtype_mF1",
                "fatal_exact", "country", "admin1", "loc25", "date", "actor1_type", "actor1")
        parts = [f"n={self.n}"]
        for k in keys:
            v = self.metrics.get(k)
            parts.append(f"{k}={'n/a' if v is None else f'{v:.3f}'}")
        return "acled: " + " ".join(parts)


def score(rows: Sequence[CodedEvent], predicted: Sequence[Sequence[Event]]) -> Report:
    """Score predictions (one list of events per row) against the coded rows."""
    hits: dict[str, list[bool]] = defaultdict(list)
    gold_sub: list[str] = []
    pred_sub: list[str] = []
    n_events = 0
    for row, events in zip(rows, predicted, strict=True):
        n_events += len(events)
        ev = primary(events)
        hits["detect"].append(ev is not None)
        if row.event_type:
            hits["type_acc"].append(ev is not None and ev.event_type == row.event_type)
        if row.sub_event_type:
            got = ev.sub_event_type if ev is not None else NONE
            hits["subtype_acc"].append(got == row.sub_event_type)
            gold_sub.append(row.sub_event_type)
            pred_sub.append(got)
        if row.fatalities is not None:
            got_f = ev.fatalities.best if ev is not None and ev.fatalities is not None else 0
            hits["fatal_exact"].append(ev is not None and got_f == row.fatalities)
        loc = ev.location if ev is not None else None
        if row.iso3 or row.country:
            if loc is not None and row.iso3 and loc.iso3:
                ok = loc.iso3 == row.iso3
            else:
                ok = loc is not None and (loc.country or "").casefold() == (row.country or "").casefold()
            hits["country"].append(ok)
        if row.admin1:
            hits["admin1"].append(loc is not None and _fuzzy(loc.admin1, row.admin1))
        if row.lat is not None and row.lon is not None:
            ok = loc is not None and loc.lat is not None and loc.lon is not None and (
                _km(loc.lat, loc.lon, row.lat, row.lon) <= 25)
            hits["loc25"].append(ok)
        if row.time_precision == 1 and row.event_date:
            hits["date"].append(ev is not None and ev.date is not None and ev.date.best == row.event_date)
        if row.inter1:
            got_type = ev.actor1.type if ev is not None and ev.actor1 is not None else None
            hits["actor1_type"].append(got_type == row.inter1)
        if row.actor1:
            hits["actor1"].append(ev is not None and ev.actor1 is not None and actor_match(ev.actor1.name,
                                                                                         row.actor1))
    metrics: dict[str, float | None] = {k: (sum(v) / len(v) if v else None) for k, v in hits.items()}
    metrics["ev_per_doc"] = n_events / len(rows) if rows else None
    weighted, macro, per = _f1_table(gold_sub, pred_sub)
    metrics["subtype_wF1"] = weighted if gold_sub else None
    metrics["subtype_mF1"] = macro if gold_sub else None
    return Report(n=len(rows), metrics=metrics, per_subtype=per)


Cues = tuple[str, ...]


@dataclass(frozen=True)
class RuleRun:
    """The rules' output on a batch of documents: per document its events and, aligned with them,
    each event's ``classify.mention_cues`` (the model's stacking input)."""

    events: tuple[tuple[Event, ...], ...]
    cues: tuple[tuple[Cues, ...], ...]


def run_rules(extractor: Extractor, docs: Sequence[Document], progress: Progress | None = None) -> RuleRun:
    """Parse once and run the rules, keeping the cue names of each event's merged mentions.

    The events are the rules' own (``Extractor.rule_events``), whatever model the extractor has."""
    events: list[tuple[Event, ...]] = []
    cues: list[tuple[Cues, ...]] = []
    for doc, spdoc in extractor.parse(docs):
        found = [] if spdoc is None else extractor.rule_events(doc, spdoc)
        events.append(tuple(ev for ev, _ in found))
        cues.append(tuple(c for _, c in found))
        if progress:
            progress.update()
    return RuleRun(events=tuple(events), cues=tuple(cues))


def training_examples(docs: Sequence[Document], rules: RuleRun) -> list[Example]:
    """One example per coded note: its primary rule event (the one scored) with that event's
    ``model_text``; a note where the rules found nothing still teaches the text (whole note, "none")."""
    out = []
    for doc, evs, cues in zip(docs, rules.events, rules.cues, strict=True):
        ev = primary(evs)
        if ev is None:
            out.append(example_for(None, doc.text))
        else:
            out.append(example_for(ev, model_text(doc.text, ev), cues[evs.index(ev)]))
    return out


def grouped_folds(rows: Sequence[CodedEvent], k: int, *, seed: int = 13) -> list[list[int]]:
    """k folds of row indices; rows with identical notes always share a fold."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[" ".join(r.notes.split()).casefold()].append(i)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    folds: list[list[int]] = [[] for _ in range(k)]
    for key in keys:  # greedy: next group into the currently smallest fold
        min(folds, key=len).extend(groups[key])
    return folds


def model_targets(rows: Sequence[CodedEvent]) -> dict[str, list[str | None]]:
    return {
        "sub_event_type": [r.sub_event_type for r in rows],
        "inter1": [r.inter1 for r in rows],
        "inter2": [r.inter2 for r in rows],
    }


def train_on(
    rows: Sequence[CodedEvent], docs: Sequence[Document], rules: RuleRun, *, margin: float | None = None
) -> TypingModel:
    """The model of ``eventscope train``: stacked on the rules' output for the same notes."""
    return train_model(training_examples(docs, rules), dict(model_targets(rows)), margin=margin)


def apply_model(model: TypingModel, docs: Sequence[Document], rules: RuleRun) -> list[list[Event]]:
    return [
        model.revise(evs, [model_text(d.text, e) for e in evs], cues)
        for d, evs, cues in zip(docs, rules.events, rules.cues, strict=True)
    ]


def cross_validate(
    rows: Sequence[CodedEvent],
    docs: Sequence[Document],
    rules: RuleRun,
    k: int,
    *,
    margin: float | None = None,
) -> tuple[Report, list[Report]]:
    """k-fold figures of rules + a model trained on the other folds. Returns (pooled, per fold)."""
    examples = training_examples(docs, rules)
    targets = model_targets(rows)
    revised: list[list[Event]] = [list(evs) for evs in rules.events]
    per_fold = []
    for fold in grouped_folds(rows, k):
        test = set(fold)
        train_idx = [i for i in range(len(rows)) if i not in test]
        model = train_model([examples[i] for i in train_idx],
                            {name: [vals[i] for i in train_idx] for name, vals in targets.items()},
                            margin=margin)
        for i in fold:
            evs = rules.events[i]
            revised[i] = model.revise(evs, [model_text(docs[i].text, e) for e in evs], rules.cues[i])
        per_fold.append(score([rows[i] for i in fold], [revised[i] for i in fold]))
    return score(rows, revised), per_fold
