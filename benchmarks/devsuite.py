"""What the benchmarks share: where ``../shared``'s suites are, reading their JSON Lines, reading
the team's own written sets (``written_set``), and parsing a suite once (kept as a spaCy DocBin
with ``--cache``, so rule changes re-measure in seconds). Importable from the scripts beside it
(``python benchmarks/x.py`` puts this folder first on ``sys.path``); nothing here is shipped."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc, DocBin

from eventscope.nlp import load_nlp
from eventscope.records import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "eval" / "dev"


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, object]]:
    """The first ``limit`` lines of a JSON Lines file (all with None)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, limit)]


def written_set(folder: Path) -> list[tuple[Document, dict[str, object]]]:
    """A set the team wrote (``docs.jsonl`` in the contract's input format, ``gold.jsonl`` keyed by
    ``id``): each document with its gold row, in the order of ``docs.jsonl``."""
    gold = {str(row["id"]): row for row in read_jsonl(folder / "gold.jsonl")}
    return [(doc := Document.from_json(d), gold[doc.id]) for d in read_jsonl(folder / "docs.jsonl")]


def parsed(
    suite: str, docs: Sequence[dict[str, object]], cache: Path | None, prepare: Callable[[str], str]
) -> Iterator[Doc]:
    """Parses of ``docs`` (a suite's documents, in order) with ``prepare`` applied to each text.
    The cache holds the whole suite: a ``--limit`` run reads its first N parses, and a partial
    suite is never written to it."""
    nlp = load_nlp()
    path = cache / f"{suite}.spacy" if cache else None
    if path is not None and path.exists():
        yield from itertools.islice(DocBin().from_disk(path).get_docs(nlp.vocab), len(docs))
        return
    if len(docs) < sum(1 for _ in (DEV / f"{suite}_dev.docs.jsonl").open(encoding="utf-8")):
        path = None
    db = DocBin()
    texts = ((prepare(str(d["text"])), str(d["id"])) for d in docs)
    for doc, _id in nlp.pipe(texts, as_tuples=True, batch_size=64):
        if path is not None:
            db.add(doc)
        yield doc
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
