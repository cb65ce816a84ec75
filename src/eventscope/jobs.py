"""The jobs behind the commands: each reads inputs, runs a stage, writes results, and returns a
``RunSummary``. The CLI only parses arguments and calls one of these; tests call them directly.

Inputs are read with ``ingest.sources``; a bad input becomes a ``Rejection`` (reported, counted,
stored when there is a database) and the batch goes on. ``ingest``, ``watch`` and ``load`` run in
``eventscope.scale`` (process pools, Dask, Parquet shards).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .errors import NotFound
from .progress import Progress
from .records import Document, Rejection


@dataclass
class RunSummary:
    """What a job did: shown to the user at the end, and the basis of the exit code."""

    read: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    with_events: int = 0
    events: int = 0
    written: int = 0
    skipped_existing: int = 0
    # articles the screen left unparsed: no word could be a trigger, or certainly out of scope
    # (sport, business, ...); rerun with --full-parse to parse them anyway
    screened_out: int = 0

    def line(self) -> str:
        parts = [f"read {self.read}", f"rejected {len(self.rejected)}"]
        if self.events or self.with_events:
            parts += [f"articles with events {self.with_events}", f"events {self.events}"]
        if self.screened_out:
            parts.append(f"not parsed, no possible event {self.screened_out} (--full-parse parses them)")
        if self.skipped_existing:
            parts.append(f"already stored {self.skipped_existing}")
        return ", ".join(parts)


def _json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def split_inputs(
    items: Iterable[Document | Rejection], summary: RunSummary, on_reject: Callable[[Rejection], None]
) -> Iterator[Document]:
    """Documents pass through; rejections are counted and handed to ``on_reject``."""
    for item in items:
        if isinstance(item, Rejection):
            summary.rejected.append(item)
            on_reject(item)
        else:
            summary.read += 1
            yield item


def report_rejection(r: Rejection, err: TextIO | None = None) -> None:
    detail = f": {r.detail}" if r.detail else ""
    print(f"eventscope: skipped {r.source} ({r.reason}){detail}", file=err or sys.stderr)


def read_documents(inputs: Sequence[str], summary: RunSummary) -> Iterator[Document]:
    from .ingest.sources import iter_documents

    return split_inputs(iter_documents(inputs, stdin=sys.stdin), summary, report_rejection)


def extract_job(
    inputs: Sequence[str],
    out: TextIO,
    *,
    options: Any = None,
    progress: Progress | None = None,
    explain: TextIO | None = None,
) -> RunSummary:
    """``eventscope extract``: contract documents in, contract events out (JSON Lines).

    ``explain``, when given, receives one line per trigger word the rules left out, with the
    rule that left it out (``Dropped.to_json``)."""
    from dataclasses import replace

    from .extract.pipeline import ExtractOptions, Extractor

    summary = RunSummary()
    options = options or ExtractOptions()
    if explain is not None:
        options = replace(options, explain=True)
    extractor = Extractor(options)
    docs = read_documents(inputs, summary)
    for doc, events in extractor.extract(docs):
        if progress:
            progress.update()
        if events:
            summary.with_events += 1
        for ev in events:
            out.write(_json_line(ev.to_json()))
            summary.events += 1
        if explain is not None:
            for d in extractor.take_dropped():
                explain.write(_json_line(d.to_json(doc.text)))
    summary.screened_out = extractor.plans["skip"]
    return summary


def clean_job(inputs: Sequence[str], out: TextIO, *, progress: Progress | None = None) -> RunSummary:
    """``eventscope clean``: HTML pages to ``{id, text, title, published, outlet, url}`` lines."""
    from .ingest.sources import iter_pages

    summary = RunSummary()
    for doc in split_inputs(iter_pages(inputs), summary, report_rejection):
        if progress:
            progress.update()
        out.write(_json_line(doc.to_json()))
        summary.written += 1
    return summary


def timex_job(inputs: Sequence[str], out: TextIO, *, progress: Progress | None = None) -> RunSummary:
    """``eventscope timex``: time expressions with TIMEX3 values, one line per expression."""
    from .extract.dates import find_timexes

    summary = RunSummary()
    for doc in read_documents(inputs, summary):
        if progress:
            progress.update()
        for t in find_timexes(doc.text, doc.published):
            out.write(_json_line({"doc_id": doc.id, "start": t.start, "end": t.end, "text": t.text,
                                  "value": t.value}))
            summary.written += 1
    return summary


def geoparse_job(
    inputs: Sequence[str], out: TextIO, *, gazetteer: Path | None = None, progress: Progress | None = None
) -> RunSummary:
    """``eventscope geoparse``: place mentions resolved against the gazetteer."""
    from .extract.places import geoparse_documents
    from .geo.gazetteer import Gazetteer
    from .nlp import load_nlp

    summary = RunSummary()
    gaz = Gazetteer.open(gazetteer)
    for doc, mentions in geoparse_documents(read_documents(inputs, summary), gaz, load_nlp()):
        if progress:
            progress.update()
        for m in mentions:
            out.write(_json_line(m.to_json(doc.id)))
            summary.written += 1
    return summary


def train_job(
    csv_paths: Sequence[str],
    out: Path,
    *,
    threshold: float | None = None,
    options: Any = None,
    progress: Progress | None = None,
) -> str:
    """``eventscope train``: fit the optional typing model on the user's coded ACLED exports.

    The model is stacked on the rules, so the rules run over the notes first (one parse).
    ``threshold``: the margin by which the model must beat the rules' label (None: chosen per head
    by inner cross-validation on these notes)."""
    import dataclasses

    from .evaluate import notes_as_documents, run_rules, train_on
    from .extract.pipeline import ExtractOptions, Extractor
    from .ingest.acled_csv import read_acled_csv

    rows = list(read_acled_csv(csv_paths))
    docs = notes_as_documents(rows)
    extractor = Extractor(dataclasses.replace(options or ExtractOptions(), typing_model=None))
    model = train_on(rows, docs, run_rules(extractor, docs, progress), margin=threshold)
    model.save(out)
    heads = ", ".join(f"{k} ({len(h.classes)} classes, margin {h.margin:g})" for k, h in model.heads.items())
    return f"trained on {len(rows)} coded notes: {heads} -> {out}"


def evaluate_job(
    csv_paths: Sequence[str], *, options: Any = None, cv: int | None = None, progress: Progress | None = None
) -> list[str]:
    """``eventscope evaluate``: score extraction against coded ACLED exports; with ``cv``, k-fold
    figures for rules + a model trained on the other folds. Returns the lines to print.

    The rules run once with no model; a ``--model`` is applied afterwards with the rules' cues, as
    in training."""
    import dataclasses

    from .evaluate import apply_model, cross_validate, notes_as_documents, run_rules, score
    from .extract.pipeline import ExtractOptions, Extractor
    from .ingest.acled_csv import read_acled_csv
    from .learn import TypingModel

    opts = options or ExtractOptions()
    model = TypingModel.load(opts.typing_model) if opts.typing_model is not None else None
    rows = list(read_acled_csv(csv_paths))
    docs = notes_as_documents(rows)
    rules = run_rules(Extractor(dataclasses.replace(opts, typing_model=None)), docs, progress)
    lines = []
    if cv:
        pooled, folds = cross_validate(rows, docs, rules, cv)
        for i, rep in enumerate(folds, 1):
            lines.append(f"fold {i}: {rep.summary()}")
        lines.append(f"cv={cv} pooled: {pooled.summary()}")
    elif model is not None:
        lines.append(score(rows, apply_model(model, docs, rules)).summary())
    else:
        lines.append(score(rows, [list(evs) for evs in rules.events]).summary())
    return lines


def incidents_job(db: str, out: TextIO, *, fmt: str = "table", full: bool = False) -> int:
    """``eventscope incidents --db``: cluster stored events into incidents (new events join the
    stored incidents unless ``full``; analysts' split/merge decisions always apply) and list them."""
    from .incidents import write_incidents
    from .store.db import Store
    from .store.incidents import IncidentStore

    store = Store.open(db)
    try:
        incidents = IncidentStore(store.engine).update(full=full)
    finally:
        store.close()
    return write_incidents(incidents, fmt, out)


def incident_decision_job(
    db: str, action: str, ids: Sequence[str], *, analyst: str | None, note: str | None
) -> str:
    """``eventscope incident split INCIDENT EVENT...`` / ``merge INCIDENT INCIDENT...``: store the
    analyst's decision (kept across any later re-clustering) and re-cluster."""
    from .incidents import merge_decision, split_decision
    from .store.db import Store
    from .store.incidents import IncidentStore

    store = Store.open(db)
    try:
        istore = IncidentStore(store.engine)
        known = {inc.incident_id: inc for inc in istore.load()}
        if action == "split":
            incident_id, *event_ids = ids
            if incident_id not in known:
                raise NotFound(f"no incident {incident_id!r} in {db}")
            try:
                decision = split_decision(known[incident_id], event_ids, analyst=analyst, note=note)
            except ValueError as exc:
                raise NotFound(str(exc)) from exc
        else:
            missing = [i for i in ids if i not in known]
            if missing:
                raise NotFound(f"no incident {', '.join(missing)} in {db}")
            decision = merge_decision([known[i] for i in ids], analyst=analyst, note=note)
        istore.add_decision(decision)
        istore.update(full=True)
    finally:
        store.close()
    return f"{action} recorded as decision {decision.decision_id}"
