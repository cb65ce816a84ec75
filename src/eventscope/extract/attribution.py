"""Who says so: the reporting chain behind an event sentence.

1. Find reporting cues in the sentence: a reporting verb ("police said", "X told Y", "the FT
   reported") or a prepositional cue ("according to X", "citing X").
2. The speaker is the cue's subject (or the object of "according to"/"citing"); its phrase is typed
   with ``resources/attribution.toml`` (media, official, military, armed group, monitor, activist,
   witness, unnamed, other).
3. Relays become ``via``: in "the FT reported, citing an activist", the activist is the source and
   the FT a relay; in "X told Reuters", Reuters is a relay. The publishing outlet from the article's
   metadata is the last link of every chain.
4. ``claim_status``: an event whose every claim comes from a party to the conflict is "claimed";
   a denial by the speaker makes it "denied".
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..nlp import doc_text
from ..records import Claim, ClaimKind, Status


@dataclass(frozen=True)
class AttributionLexicon:
    verbs: frozenset[str]
    relay_verbs: frozenset[str]
    prepositional: tuple[str, ...]
    blame_objects: frozenset[str]
    kinds: tuple[tuple[ClaimKind, tuple[re.Pattern[str], ...]], ...]
    party_kinds: frozenset[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> AttributionLexicon:
    raw = tomllib.loads(
        (resources.files("eventscope") / "resources" / "attribution.toml").read_text(encoding="utf-8")
    )
    kinds: list[tuple[ClaimKind, tuple[re.Pattern[str], ...]]] = []
    for kind, words in raw["kinds"].items():
        pats = tuple(re.compile(r"(?<![\w-])" + re.escape(w) + r"s?(?![\w-])") for w in words)
        kinds.append((kind, pats))
    return AttributionLexicon(
        verbs=frozenset(raw["cues"]["verbs"]),
        relay_verbs=frozenset(raw["cues"]["relay_verbs"]),
        prepositional=tuple(raw["cues"]["prepositional"]),
        blame_objects=frozenset(raw["cues"]["blame_objects"]),
        kinds=tuple(kinds),
        party_kinds=frozenset(raw["party"]["kinds"]),
    )


def speaker_kind(phrase: str) -> ClaimKind:
    """Type a speaker phrase ("a police spokesman" -> official)."""
    low = phrase.lower()
    for kind, pats in lexicon().kinds:
        if any(p.search(low) for p in pats):
            return kind
    return "other"


_TOLL_NOUNS = frozenset({"toll", "number", "figure"})
_DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "their", "its"}


def _phrase(tok: Token) -> tuple[str, int, int]:
    """The noun phrase headed by ``tok`` without trailing clauses ("an activist who said ...")."""
    keep = [t for t in tok.subtree if t.i <= tok.i or t.dep_ in ("compound", "amod", "poss", "nmod",
                                                                  "prep", "pobj", "flat", "appos")]
    # stop at a relative clause or a participle clause after the head
    cut = [t for t in tok.subtree if t.i > tok.i and t.dep_ in ("relcl", "acl", "punct", "cc")]
    if cut:
        first_cut = min(t.i for t in cut)
        keep = [t for t in keep if t.i < first_cut]
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t) for t in keep)
    text = doc_text(tok.doc)[start:end]
    return text, start, end


def _normalise_source(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words) or text


@dataclass(frozen=True)
class _Cue:
    verb: Token | None
    source: Token
    relays: tuple[Token, ...]
    denial: bool


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _cues(sent: SpacySpan) -> list[_Cue]:
    lex = lexicon()
    found: list[_Cue] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex.verbs:
            subj = _subject(tok)
            if subj is None or subj.pos_ == "PRON":  # "who said", "he had verified": the speaker is
                continue  # named elsewhere in the sentence, usually by the cue that governs this one
            relays: list[Token] = []
            source = subj
            # "X told Reuters": the listener relays X's account
            for child in tok.children:
                if child.dep_ in ("dative", "dobj") and lemma == "tell" and child.pos_ in ("PROPN", "NOUN"):
                    relays.append(child)
            # "the FT reported, citing an activist": the cited party is the source, the FT a relay
            for child in tok.children:
                if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("advcl", "xcomp", "conj"):
                    cited = next((c for c in child.children if c.dep_ == "dobj"), None)
                    if cited is not None:
                        relays.append(subj)
                        source = cited
            found.append(_Cue(tok, source, tuple(relays), lemma == "deny" and not _refusal(tok)))
        elif (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in ("put", "place", "estimate")
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS for c in tok.children)
            and (subj := _subject(tok)) is not None
            and subj.pos_ != "PRON"
        ):
            found.append(_Cue(tok, subj, (), False))  # "the monitor put the toll at 116"
        elif tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                found.append(_Cue(None, obj, (), False))
        elif tok.lower_ in ("citing", "quoting") and tok.dep_ not in ("advcl", "xcomp", "conj"):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                found.append(_Cue(None, obj, (), False))
    return found


def _cue_text(cue: _Cue) -> str:
    """The words of the attribution itself: "police said", "the FT reported, citing an activist"."""
    toks = [cue.source, *cue.relays]
    starts = [_phrase(t)[1] for t in toks]
    ends = [_phrase(t)[2] for t in toks]
    if cue.verb is not None:
        starts.append(cue.verb.idx)
        ends.append(cue.verb.idx + len(cue.verb))
    doc = cue.source.doc
    start, end = min(starts), max(ends)
    if cue.verb is None:  # "according to X": include the cue words before X
        start = max(0, doc[max(cue.source.i - 3, 0)].idx if cue.source.i >= 2 else 0)
        for t in doc[max(cue.source.i - 4, 0) : cue.source.i]:
            if t.lower_ in ("according", "citing", "quoting"):
                start = t.idx
                break
    return doc_text(doc)[start:end].strip(" ,;")


def find_claims(sents: Sequence[SpacySpan], *, outlet: str | None = None) -> tuple[tuple[Claim, ...], bool]:
    """Claims in the event's sentences, and whether one of them is a denial.

    ``outlet`` (the publisher, from the article metadata) is appended as the last ``via`` link."""
    claims: list[Claim] = []
    denial = False
    seen: set[tuple[str, str]] = set()
    for sent in sents:
        for cue in _cues(sent):
            if cue.verb is not None and cue.verb.lemma_.lower() == "deny" and denies_blame(cue.verb):
                # "the rebels denied responsibility for the killing": a party rejecting blame is
                # not the source of the report
                continue
            text, _, _ = _phrase(cue.source)
            source = _normalise_source(text)
            kind = speaker_kind(text)
            via = [_normalise_source(_phrase(r)[0]) for r in cue.relays]
            if outlet and outlet not in via:
                via.append(outlet)
            cue_text = _cue_text(cue)
            key = (source.lower(), kind)
            if key in seen:
                continue
            seen.add(key)
            claims.append(Claim(source=source, kind=kind, via=tuple(via), text=cue_text))
            denial = denial or cue.denial
    return tuple(claims), denial


def denies_blame(verb: Token) -> bool:
    """ "denied responsibility for the killing", "denied involvement": "deny" rejecting blame
    (an object of ``blame_objects``), not the report; the event still happened."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon().blame_objects for c in verb.children)


def _refusal(verb: Token) -> bool:
    """ "denied the candidate a certificate", "was denied entry": "deny" as refusing something to
    someone (two objects, or a passive with an object), or as rejecting blame ("denied
    responsibility"), not as rejecting a report."""
    if denies_blame(verb):
        return True
    deps = [c.dep_ for c in verb.children]
    return "dative" in deps or deps.count("dobj") >= 2 or ("nsubjpass" in deps and "dobj" in deps)


def claim_status(claims: Sequence[Claim], denial: bool, current: Status) -> Status:
    """Status once attribution is known: denial wins; only-party sources make it "claimed"."""
    if current != "asserted":
        return current
    if denial:
        return "denied"
    if claims and all(c.kind in lexicon().party_kinds for c in claims):
        return "claimed"
    return current
