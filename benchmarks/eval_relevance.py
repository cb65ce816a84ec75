"""Measure what ``extract.salience`` does to over-reporting: MUC relevance, ACLED detection, examples.

    python benchmarks/eval_relevance.py [--suite muc|acled|examples|all] [--limit N]
                                        [--cache DIR] [--off] [--reasons] [--errors K]

1. MUC (``../shared/eval/dev/muc_dev``) and ACLED (``acled_dev``) docs are parsed in batches (the
   pipeline's ``text_for_parsing``: all-caps wire copy is lower-cased, offsets kept); with
   ``--cache`` the parses are kept as DocBin files so rule changes re-measure in seconds;
2. the detection step of ``extract.pipeline`` is replicated: ``classify.detect_mentions``,
   ``classify.merge_mentions``, then ``salience.filter_groups`` (skipped with ``--off``, the
   baseline); one contract-shaped event per merged incident (primary mention's
   sub-type, status and score), scored by ``shared/eval/score.py`` (its summary line is printed);
3. ``--reasons``: how often each salience rule fired on mentions of gold-relevant and
   gold-irrelevant MUC documents, and which rules turned documents from relevant to not;
4. examples: the full ``Extractor`` on ``examples/pages`` with ``filter_groups`` hooked in
   right after merging (``SalientExtractor`` below), events per page against the
   hand-coded ``examples/expected`` and pages without expected events that still get events.

Reads the evaluation data at run time only and skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from devsuite import DEV, SHARED, parsed, read_jsonl
from eventscope.extract import classify, dates, salience
from eventscope.extract.pipeline import Extractor, text_for_parsing
from eventscope.records import Document, Event, EventMention

REPO = Path(__file__).resolve().parents[1]
REPORTED = ("asserted", "claimed")
Group = tuple[EventMention, list[EventMention]]


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


@dataclass(frozen=True)
class DocResult:
    id: str
    events: tuple[EventMention, ...]  # primary mention of each merged incident
    verdicts: tuple[tuple[EventMention, salience.Salience], ...]  # every raw mention's verdict


def run(
    suite: str, docs: Sequence[dict[str, object]], cache: Path | None, use: bool, rank: bool = False
) -> list[DocResult]:
    out = []
    for d, spdoc in zip(docs, parsed(suite, docs, cache, text_for_parsing), strict=True):
        published = _date(d.get("published"))
        timexes = dates.find_timexes(str(d["text"]), published)
        mentions = classify.detect_mentions(spdoc)
        verdicts = tuple(
            (m, salience.assess(m, spdoc, published=published, timexes=timexes)) for m in mentions
        )
        groups = classify.merge_mentions(mentions, spdoc)
        if use:
            kept = salience.filter_groups(groups, spdoc, published=published, timexes=timexes)
            if rank:
                kept = salience.rank_events(kept, spdoc, timexes=timexes)
            out.append(DocResult(str(d["id"]), tuple(p for p, _ in kept), verdicts))
        else:
            out.append(DocResult(str(d["id"]), tuple(p for p, _ in groups), verdicts))
    return out


def write_pred(results: Sequence[DocResult], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in results:
            for k, m in enumerate(r.events):
                row = {
                    "doc_id": r.id,
                    "event_id": f"{r.id}-{k}",
                    "event_type": m.event_type,
                    "sub_event_type": m.sub_event_type,
                    "status": m.status,
                    "confidence": m.score,
                    "evidence": [m.sentence.to_json()],
                }
                fh.write(json.dumps(row) + "\n")


def official(kind: str, results: Sequence[DocResult], limit: int | None) -> None:
    """The shared scorer's summary line (full suite only: it scores every gold document)."""
    scorer = SHARED / "eval" / "score.py"
    if limit is not None or not scorer.exists():
        return
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        write_pred(results, pred)
        gold = DEV / f"{kind}_dev.gold.jsonl"
        cmd = [sys.executable, str(scorer), kind, "--gold", str(gold), "--pred", str(pred)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        lines = proc.stdout.strip().splitlines()
        print("scorer:", lines[-1] if lines else proc.stderr.strip()[-500:])


def _rule(reason: str) -> str:
    return ":".join(reason.split(":")[:2])


def eval_muc(args: argparse.Namespace) -> None:
    docs = read_jsonl(DEV / "muc_dev.docs.jsonl", args.limit)
    gold = {str(g["id"]): bool(g["relevant"]) for g in read_jsonl(DEV / "muc_dev.gold.jsonl", None)}
    results = run("muc", docs, args.cache, not args.off, args.rank)
    tp = fp = fn = 0
    for r in results:
        pred = any(m.status in REPORTED for m in r.events)
        g = gold[r.id]
        tp += pred and g
        fp += pred and not g
        fn += g and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(
        f"muc (n={len(results)}, salience {'off' if args.off else 'on'}): "
        f"rel_P={p:.3f} rel_R={rc:.3f} rel_F1={f1:.3f} tp={tp} fp={fp} fn={fn}"
    )
    if args.reasons:
        _reasons(results, gold, {str(d["id"]): str(d["text"]) for d in docs}, args.errors)
    official("muc", results, args.limit)


def _reasons(results: Sequence[DocResult], gold: dict[str, bool], texts: dict[str, str], k: int) -> None:
    """Per rule: mentions it removed or re-statused in relevant / irrelevant documents, and the
    documents where it was the last reported mention to go (it decided the document)."""
    on_rel: Counter[str] = Counter()
    on_irr: Counter[str] = Counter()
    decided_rel: Counter[str] = Counter()
    decided_irr: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    for r in results:
        reported = [(m, s) for m, s in r.verdicts if m.status in REPORTED]
        changed = [
            (m, s) for m, s in reported if not s.keep or (s.status is not None and s.status not in REPORTED)
        ]
        for m, s in changed:
            (on_rel if gold[r.id] else on_irr)[_rule(s.reason)] += 1
            if gold[r.id] and len(samples.setdefault(_rule(s.reason), [])) < k:
                sent = texts[r.id][m.sentence.start : m.sentence.end].replace("\n", " ")
                trig = texts[r.id][m.trigger.start : m.trigger.end]
                samples[_rule(s.reason)].append(f"[{r.id}] <{trig}> {s.reason} | {sent[:260]}")
        if reported and len(changed) == len(reported):
            rules = {_rule(s.reason) for _, s in changed}
            for rule in rules:
                (decided_rel if gold[r.id] else decided_irr)[rule] += 1
    print(f"{'rule':32s} {'ment_rel':>8s} {'ment_irr':>8s} {'doc_rel':>8s} {'doc_irr':>8s}")
    for rule in sorted(set(on_rel) | set(on_irr), key=lambda x: -(on_rel[x] + on_irr[x])):
        print(f"{rule:32s} {on_rel[rule]:8d} {on_irr[rule]:8d} {decided_rel[rule]:8d} {decided_irr[rule]:8d}")
    for rule, lines in samples.items():
        print(f"\n== {rule} on gold-relevant documents")
        for line in lines:
            print("  " + line)


def eval_acled(args: argparse.Namespace) -> None:
    docs = read_jsonl(DEV / "acled_dev.docs.jsonl", args.limit)
    results = run("acled", docs, args.cache, not args.off, args.rank)
    n = len(results)
    detect = sum(1 for r in results if r.events) / n
    per_doc = sum(len(r.events) for r in results) / n
    print(
        f"acled (n={n}, salience {'off' if args.off else 'on'}): detect={detect:.3f} ev_per_doc={per_doc:.2f}"
    )
    if args.errors:
        lost = [r for r in results if not r.events and any(s.keep is False for _, s in r.verdicts)]
        texts = {str(d["id"]): str(d["text"]) for d in docs}
        print(f"documents left without events by salience: {len(lost)}")
        rules = Counter(_rule(s.reason) for r in lost for _, s in r.verdicts if not s.keep)
        print("  rules that fired on them:", ", ".join(f"{k}={v}" for k, v in rules.most_common()))
        for r in lost[: args.errors]:
            why = ", ".join(s.reason for _, s in r.verdicts if not s.keep)
            print(f"  [{r.id}] {why} | {texts[r.id][:240]}")
    official("acled", results, args.limit)


class SalientExtractor(Extractor):
    """The pipeline's ``Extractor`` with ``salience.filter_groups`` right after merging
    (what the lead wires into ``pipeline.py``); ``use=False`` gives the unchanged pipeline."""

    def __init__(self, use: bool, rank: bool = False) -> None:
        super().__init__()
        self.use = use
        self.rank = rank

    def extract_parsed(self, doc: Document, spdoc: Doc) -> list[Event]:
        if not self.use:
            return super().extract_parsed(doc, spdoc)
        timexes = dates.find_timexes(doc.text, doc.published)
        merge: Callable[[Sequence[EventMention], Doc], list[Group]] = classify.merge_mentions

        def hooked(mentions: Sequence[EventMention], sp: Doc) -> list[Group]:
            groups = salience.filter_groups(merge(mentions, sp), sp, published=doc.published, timexes=timexes)
            return salience.rank_events(groups, sp, timexes=timexes) if self.rank else groups

        setattr(classify, "merge_mentions", hooked)  # noqa: B010  (a temporary hook, restored below)
        try:
            return super().extract_parsed(doc, spdoc)
        finally:
            setattr(classify, "merge_mentions", merge)  # noqa: B010


def eval_examples(args: argparse.Namespace) -> None:
    from eventscope.ingest.clean import clean_html

    pages = sorted((REPO / "examples" / "pages").glob("*.html"))
    docs = [clean_html(p.read_bytes(), source=str(p), doc_id=p.stem) for p in pages]
    expected = {
        p.stem: json.loads((REPO / "examples" / "expected" / f"{p.stem}.json").read_text(encoding="utf-8"))
        for p in pages
    }
    ex = SalientExtractor(not args.off, rank=args.rank)
    n_pred = n_exp = type_hit = 0
    spurious: list[str] = []
    for doc, events in ex.extract(docs):
        reported = [e for e in events if e.status in REPORTED]
        exp = expected[doc.id]["events"]
        n_pred += len(reported)
        n_exp += len(exp)
        pool = [e.event_type for e in reported]
        for e in exp:
            if e["event_type"] in pool:
                pool.remove(e["event_type"])
                type_hit += 1
        if not exp and reported:
            spurious.append(doc.id)
        if args.errors:
            got = ", ".join(f"{e.sub_event_type}<{e.trigger}>" for e in reported)
            want = ", ".join(str(e["sub_event_type"]) for e in exp)
            print(f"  {doc.id:40s} expected [{want}] got [{got}]")
    n = len(docs)
    print(
        f"examples (n={n}, salience {'off' if args.off else 'on'}): events/page={n_pred / n:.2f} "
        f"expected/page={n_exp / n:.2f} type_recall={type_hit / max(n_exp, 1):.3f} "
        f"no-event pages with events={len(spurious)} {spurious}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--suite", choices=("muc", "acled", "examples", "all"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only (iteration)")
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached parses (DocBin)")
    ap.add_argument("--off", action="store_true", help="baseline: without salience")
    ap.add_argument("--rank", action="store_true", help="also keep only the main incidents (rank_events)")
    ap.add_argument("--reasons", action="store_true", help="MUC: per-rule effect table")
    ap.add_argument("--errors", type=int, default=0, help="print K samples per rule / lost document")
    args = ap.parse_args(argv)
    if args.suite in ("examples", "all"):
        eval_examples(args)
    if args.suite == "examples":
        return 0
    if not DEV.exists():
        print(f"skipped: {DEV} not found (evaluation data is not shipped with the repository)")
        return 0
    if args.suite in ("muc", "all"):
        eval_muc(args)
    if args.suite in ("acled", "all"):
        eval_acled(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
