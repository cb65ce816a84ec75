"""Evaluate event detection and ACLED typing (``eventscope.extract.classify``) on the dev suites.

    python benchmarks/eval_classify.py [--limit N] [--cache DIR] [--errors K] [--suite acled|muc|both]

1. read ``../shared/eval/dev/{acled,muc}_dev.docs.jsonl`` and the gold (skips cleanly when the
   shared directory is absent);
2. parse in batches with ``nlp.pipe`` (mostly upper-case texts, i.e. MUC wire copy, are
   lower-cased first: the tagger and parser degrade badly on ALL CAPS); with ``--cache`` the
   parses are kept as DocBin files so rule changes can be re-measured in seconds;
3. run ``detect_mentions`` + ``merge_mentions``; one event per merged group, the primary
   mention's score as confidence;
4. ACLED: detect, type_acc, subtype_acc, subtype weighted F1 ("NONE" for a doc without events),
   events per doc, top confusions (primary event = highest score, as the scorer does);
   MUC: relevance P/R/F1 (relevant = at least one asserted or claimed event);
5. write contract-shaped prediction lines and run ``shared/eval/score.py`` on them, so the
   summary line printed last is the official scorer's.

Reads evaluation data at run time only; nothing from it is stored in the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from devsuite import DEV, SHARED, parsed, read_jsonl
from eventscope.extract.classify import detect_mentions, merge_mentions
from eventscope.records import EventMention


def normalize_case(text: str) -> str:
    """Lower-case a text that is mostly upper case (wire copy), keeping character offsets."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        low = text.lower()
        if len(low) == len(text):  # some characters change length when lower-cased
            return low
    return text


@dataclass(frozen=True)
class DocResult:
    id: str
    events: tuple[EventMention, ...]  # primary mention of each merged group

    @property
    def primary(self) -> EventMention | None:
        return max(self.events, key=lambda m: m.score) if self.events else None


def run(suite: str, docs: Sequence[dict[str, object]], cache: Path | None) -> list[DocResult]:
    out = []
    for d, doc in zip(docs, parsed(suite, docs, cache, normalize_case), strict=True):
        groups = merge_mentions(detect_mentions(doc), doc)
        out.append(DocResult(str(d["id"]), tuple(p for p, _ in groups)))
    return out


def write_pred(results: Sequence[DocResult], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in results:
            for k, m in enumerate(r.events):
                fh.write(
                    json.dumps(
                        {
                            "doc_id": r.id,
                            "event_id": f"{r.id}-{k}",
                            "event_type": m.event_type,
                            "sub_event_type": m.sub_event_type,
                            "status": m.status,
                            "confidence": m.score,
                            "evidence": [m.sentence.to_json()],
                            "trigger": None,
                        }
                    )
                    + "\n"
                )


def weighted_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    labels = Counter(gold)
    total = 0.0
    for lab, support in labels.items():
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        npred = sum(1 for p in pred if p == lab)
        prec = tp / npred if npred else 0.0
        rec = tp / support
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        total += f1 * support
    return total / len(gold)


def eval_acled(limit: int | None, cache: Path | None, n_errors: int, docs_by_id: dict[str, str]) -> None:
    docs = read_jsonl(DEV / "acled_dev.docs.jsonl", limit)
    gold = {str(g["id"]): g for g in read_jsonl(DEV / "acled_dev.gold.jsonl", None)}
    results = run("acled", docs, cache)
    g_sub, p_sub, g_typ, p_typ = [], [], [], []
    confusion: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    for r in results:
        ge = gold[r.id]["events"][0]  # type: ignore[index]
        gs, gt = str(ge["sub_event_type"]), str(ge["event_type"])
        p = r.primary
        ps = p.sub_event_type if p else "NONE"
        pt = p.event_type if p else "NONE"
        g_sub.append(gs)
        p_sub.append(ps)
        g_typ.append(gt)
        p_typ.append(pt)
        if gs != ps:
            confusion[(gs, ps)] += 1
            examples.setdefault((gs, ps), []).append(r.id)
    n = len(results)
    detect = sum(1 for r in results if r.events) / n
    print(
        f"acled (n={n}): detect={detect:.3f} "
        f"type_acc={sum(a == b for a, b in zip(g_typ, p_typ, strict=True)) / n:.3f} "
        f"subtype_acc={sum(a == b for a, b in zip(g_sub, p_sub, strict=True)) / n:.3f} "
        f"subtype_wF1={weighted_f1(g_sub, p_sub):.3f} "
        f"ev_per_doc={sum(len(r.events) for r in results) / n:.2f}"
    )
    by_source: dict[str, list[bool]] = {}
    for r, gt, pt in zip(results, g_typ, p_typ, strict=True):
        by_source.setdefault(str(gold[r.id].get("dataset", "?")), []).append(gt == pt)
    print("type_acc by source: " + " ".join(f"{k}={sum(v) / len(v):.3f}" for k, v in sorted(by_source.items())))
    print("top confusions (gold -> predicted):")
    for (gs, ps), c in confusion.most_common(15):
        print(f"  {c:5d}  {gs} -> {ps}")
    if n_errors:
        for (gs, ps), _c in confusion.most_common(8):
            print(f"\n== {gs} -> {ps}")
            for i in examples[(gs, ps)][:n_errors]:
                print(f"  [{i}] {docs_by_id.get(i, '')[:240]}")
    official("acled", results, limit)


def eval_muc(limit: int | None, cache: Path | None) -> None:
    docs = read_jsonl(DEV / "muc_dev.docs.jsonl", limit)
    gold = {str(g["id"]): bool(g["relevant"]) for g in read_jsonl(DEV / "muc_dev.gold.jsonl", None)}
    results = run("muc", docs, cache)
    tp = fp = fn = 0
    for r in results:
        pred = any(m.status in ("asserted", "claimed") for m in r.events)
        g = gold[r.id]
        tp += pred and g
        fp += pred and not g
        fn += g and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"muc (n={len(results)}): rel_P={p:.3f} rel_R={rc:.3f} rel_F1={f1:.3f}")
    official("muc", results, limit)


def official(kind: str, results: Sequence[DocResult], limit: int | None) -> None:
    """Run the shared scorer (only on the full suite: it scores every gold document)."""
    scorer = SHARED / "eval" / "score.py"
    if limit is not None or not scorer.exists():
        return
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        write_pred(results, pred)
        proc = subprocess.run(
            [
                sys.executable,
                str(scorer),
                kind,
                "--gold",
                str(DEV / f"{kind}_dev.gold.jsonl"),
                "--pred",
                str(pred),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = proc.stdout.strip().splitlines()
        print("scorer:", lines[-1] if lines else proc.stderr.strip()[-500:])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--suite", choices=("acled", "muc", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only (iteration)")
    ap.add_argument("--cache", type=Path, default=None, help="directory for cached parses (DocBin)")
    ap.add_argument("--errors", type=int, default=0, help="print K example ids+texts per top confusion")
    args = ap.parse_args(argv)
    if not DEV.exists():
        print(f"skipped: {DEV} not found (evaluation data is not shipped with the repository)")
        return 0
    if args.suite in ("acled", "both"):
        texts = {str(d["id"]): str(d["text"]) for d in read_jsonl(DEV / "acled_dev.docs.jsonl", args.limit)}
        eval_acled(args.limit, args.cache, args.errors, texts)
    if args.suite in ("muc", "both"):
        eval_muc(args.limit, args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
