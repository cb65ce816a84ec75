"""Actor coding on the ACLED dev suite: actor1 type accuracy and actor1 name match.

Reads ``../shared/eval/dev/acled_dev.{docs,gold}.jsonl`` at run time (evaluation-only data: nothing
of it is copied into the repository) and skips cleanly when that directory is absent.

For each document the gold sub-event type and gold country are given (this isolates the actor
stage from event typing and geoparsing); the trigger is found with a crude lemma list per event
type below, and its sentence is handed to ``assign_actors``. Name matching is the scorer's rule
(``shared/eval/score.py``): drop parenthesised parts, case-fold, word-token sets, Jaccard >= 0.5.

    .venv/bin/python benchmarks/eval_actors.py [--limit N] [--errors K] [--seed S]

Parsed documents are cached as a DocBin in /tmp so that reruns only time the actor stage.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from eventscope import nlp as nlp_mod
from eventscope.extract.actors import assign_actors
from eventscope.records import SUBTYPE_PARENT, Span

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
CACHE = Path("/tmp/eventscope_eval_actors_{n}.spacy")

# Crude trigger lemmas per event type: good enough to pick the sentence and the verb whose
# arguments name the actors. The real trigger finder is extract/classify.py.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "Battles": tuple(
        "clash fight attack ambush battle exchange repel retake recapture capture seize overrun raid engage"
        " kill shoot storm take".split()
    ),
    "Explosions/Remote violence": tuple(
        "explode detonate strike bomb hit shell fire launch throw hurl plant blast explosion airstrike"
        " grenade attack kill target".split()
    ),
    "Violence against civilians": tuple(
        "kill shoot attack abduct kidnap rape murder behead hack stab injure wound beat torture execute"
        " assault raid burn lynch defile abduction kidnapping seize find ambush slaughter strangle"
        " take".split()
    ),
    "Protests": tuple(
        "protest demonstrate march demonstration rally strike picket petition hold stage storm block sit"
        " boycott demand gather".split()
    ),
    "Riots": tuple(
        "riot lynch attack burn torch beat kill clash block pelt stone loot destroy demonstrate protest set"
        " stab injure lynching".split()
    ),
    "Strategic developments": tuple(
        "arrest detain seize recover defuse loot torch burn destroy sign agree deploy withdraw establish"
        " release surrender defect steal announce close attack ban take kill raid set vandalize"
        " pillage".split()
    ),
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def name_tokens(name: str | None) -> set[str]:
    """The scorer's actor-name tokens (score.py ``name_tokens``)."""
    name = re.sub(r"\([^)]*\)", " ", str(name or ""))
    return set(re.findall(r"\w+", name.casefold()))


def names_match(pred: str | None, gold: str | None) -> bool:
    a, b = name_tokens(pred), name_tokens(gold)
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def parsed_docs(texts: list[str], n: int) -> list[Doc]:
    nlp = nlp_mod.load_nlp()
    cache = Path(str(CACHE).format(n=n))
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts, strict=True)):
            return docs
    docs = list(nlp.pipe(texts, batch_size=64))
    DocBin(docs=docs).to_disk(cache)
    return docs


def find_trigger(doc: Doc, sub_event_type: str, *, lexicon: bool = True) -> tuple[Span, Span]:
    """(sentence, trigger) character spans: first word of the event type's lemma list (or, with
    ``lexicon=False``, the root of the first sentence: a robustness check)."""
    lemmas = set(TRIGGERS.get(SUBTYPE_PARENT.get(sub_event_type, ""), ())) if lexicon else set()
    candidates = [t for t in doc if t.lemma_.lower() in lemmas]
    tok = (candidates or [None])[0]
    if tok is None:
        sent = next(iter(doc.sents))
        tok = sent.root
    sent = tok.sent
    return Span(sent.start_char, sent.end_char), Span(tok.idx, tok.idx + len(tok))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N documents (0: all)")
    ap.add_argument("--errors", type=int, default=0, help="print K random actor1 errors")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--root-trigger", action="store_true", help="use the first sentence's root as trigger")
    ap.add_argument(
        "--classify",
        action="store_true",
        help="take the trigger of the best extract.classify mention (the pipeline's), crude finder if none",
    )
    args = ap.parse_args(argv)
    if not DEV.is_dir():
        print(f"skipped: {DEV} not found (evaluation data is not shipped with the repository)")
        return 0
    docs_in = read_jsonl(DEV / "acled_dev.docs.jsonl")
    gold = {g["id"]: g["events"][0] for g in read_jsonl(DEV / "acled_dev.gold.jsonl")}
    if args.limit:
        docs_in = docs_in[: args.limit]
    texts = [d["text"] for d in docs_in]
    spdocs = parsed_docs(texts, len(texts))

    t0 = time.perf_counter()
    type_hits = name_hits = a2_hits = a2_n = 0
    per_type: Counter[tuple[str, bool]] = Counter()
    per_sub: Counter[tuple[str, bool]] = Counter()
    per_source: Counter[tuple[str, bool]] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    for d, spdoc in zip(docs_in, spdocs, strict=True):
        g = gold[d["id"]]
        sent_span, trig = find_trigger(spdoc, g["sub_event_type"], lexicon=not args.root_trigger)
        if args.classify:
            from eventscope.extract.classify import detect_mentions

            mentions = detect_mentions(spdoc)
            if mentions:
                best = max(mentions, key=lambda m: m.score)
                sent_span, trig = best.sentence, best.trigger
        sent = spdoc.char_span(sent_span.start, sent_span.end, alignment_mode="expand")
        assert sent is not None
        roles = assign_actors(
            sent, trig, g["sub_event_type"], country_iso3=g["iso3"], country_name=g["country"]
        )
        a1 = roles.actor1
        ok_type = a1 is not None and a1.type == g["inter1"]
        ok_name = a1 is not None and names_match(a1.name, g["actor1"])
        type_hits += ok_type
        name_hits += ok_name
        per_type[(g["inter1"], ok_type)] += 1
        per_sub[(g["sub_event_type"], ok_name)] += 1
        per_source[(re.sub(r"\d+$", "", d["id"]), ok_name)] += 1
        if not ok_type:
            confusion[(g["inter1"], a1.type if a1 else "None")] += 1
        if g.get("actor2"):
            a2_n += 1
            a2_hits += roles.actor2 is not None and names_match(roles.actor2.name, g["actor2"])
        if not ok_name:
            errors.append(
                f"{d['id']} [{g['sub_event_type']}] gold={g['actor1']!r} pred={a1.name if a1 else None!r}"
                f" text={a1.text if a1 else None!r} trig={spdoc.text[trig.start : trig.end]!r}"
            )
    elapsed = time.perf_counter() - t0
    n = len(docs_in)
    print("actor1 type accuracy per gold type:")
    for t in sorted({k[0] for k in per_type}):
        tot = per_type[(t, True)] + per_type[(t, False)]
        print(f"  {t:24s} {per_type[(t, True)] / tot:.3f}  (n={tot})")
    print("actor1 name match per document-id prefix (source country):")
    for src in sorted({k[0] for k in per_source}):
        tot = per_source[(src, True)] + per_source[(src, False)]
        print(f"  {src:24s} {per_source[(src, True)] / tot:.3f}  (n={tot})")
    print("actor1 name errors per gold sub-event type (most first):")
    subs = sorted({k[0] for k in per_sub}, key=lambda t: -per_sub[(t, False)])
    for t in subs[:8]:
        tot = per_sub[(t, True)] + per_sub[(t, False)]
        print(
            f"  {t:36s} errors={per_sub[(t, False)]:4d}  name acc={per_sub[(t, True)] / tot:.3f}  (n={tot})"
        )
    print("top type confusions (gold -> predicted):")
    for (gt, pt), c in confusion.most_common(8):
        print(f"  {gt} -> {pt}: {c}")
    if args.errors:
        random.Random(args.seed).shuffle(errors)
        print(f"sample of actor1 name errors ({len(errors)} in all):")
        for line in errors[: args.errors]:
            print("  " + line)
    print(f"actor stage: {1000 * elapsed / max(n, 1):.2f} ms/doc")
    print(
        f"actors: n={n} actor1_type={type_hits / n:.3f} actor1={name_hits / n:.3f} "
        f"actor2={a2_hits / max(a2_n, 1):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
