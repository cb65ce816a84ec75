"""A cheap first reading of an article, before the parser: what needs parsing at all.

Most news is not about political violence, and most paragraphs of a conflict report (reactions,
background, the humanitarian situation) carry no event of their own. Parsing them is the cost every
spaCy pipeline starts from. The screen reads only the tokenizer's output (about 3% of a full parse)
and decides, per article:

``skip``
    no word that any trigger could match; or the article is certainly out of scope in
    ``classify.article_scope``'s sense (at least ``min_hits`` distinct words of one domain, no
    possible sign of political violence). ``classify.detect_mentions`` would return nothing.
``full``
    the domain count is high enough that ``article_scope`` could go either way, or the article is
    short, or every sentence would be parsed anyway: parse everything, as the full-parse path does.
``partial``
    the article is certainly in scope and long enough to split. Sentences (the small ``senter``
    model's boundaries) that hold a possible trigger or casualty word are parsed with the whole
    pipeline, runs of them together so the parser sees the context it would in the whole document;
    the other sentences get sentence boundaries only (``LIGHT_COMPONENTS``).

The decisions are conservative bounds rather than guesses: a word form is a possible trigger when
any lemma the lemmatizer could give it (its own exception and suffix tables, every part of speech)
is in the lexicon; domain words are counted only by their exact spelling away from date words (a
lower bound), signs of violence by every possible lemma (an upper bound). They rest on two working
assumptions about the tagger, that a word capitalised inside a sentence is a proper noun (kept as it
is) and that a lower-case word of a domain list is read as that word, so they are checked, not
proved: ``tests/extract/test_screen.py`` compares the events of this path and of the full parse, and
``benchmarks/throughput.py`` reports the ACLED dev figures of both.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import doc_text
from . import classify, counts
from .actors import find_actor_mentions

Verdict = Literal["skip", "full", "partial"]
T = TypeVar("T")

# Words that a date or time entity may contain: a domain word next to one may be inside "the
# second half", "the third quarter", "this season" and then does not count in article_scope.
_DATEISH = frozenset(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today "
    "yesterday tomorrow tonight day days week weeks weekend month months year years decade quarter quarters "
    "half season seasons time times hour hours minute minutes night morning afternoon evening ago annual "
    "annually quarterly first second third fourth last next previous this early late end start".split()
)
_DATE_WINDOW = 3
# Shorter articles are parsed whole: splitting a few sentences saves little, and a sentence parsed
# apart from its neighbours can come out slightly differently.
MIN_PARTIAL_TOKENS = 250
# What the sentences without an event word get: sentence boundaries. Adding "ner" (its own
# embeddings) keeps their places for country context: on 200 generated conflict reports it halved the
# articles whose events differ from the full parse (11 -> 5) and cost about 6% of the time.
LIGHT_COMPONENTS: tuple[str, ...] = ("senter",)


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences, ``text[start:end]``; ``parse`` says which pipeline reads it."""

    start: int
    end: int
    parse: bool


@dataclass(frozen=True)
class Plan:
    verdict: Verdict
    reason: str
    chunks: tuple[Chunk, ...] = ()
    tokens: int = 0  # the tokenizer's count, which a stitched parse must reproduce

    @property
    def parsed_chars(self) -> int:
        return sum(c.end - c.start for c in self.chunks if c.parse)


class _Lemmas:
    """Every lemma a word form could get from the pipeline's rule lemmatizer or attribute ruler."""

    def __init__(self, nlp: Language) -> None:
        self.rules: list[tuple[str, str]] = []
        self.exc: dict[str, set[str]] = {}
        if "lemmatizer" in nlp.component_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
            if lookups.has_table("lemma_rules"):
                for rules in lookups.get_table("lemma_rules").values():
                    self.rules.extend((str(old), str(new)) for old, new in rules)
            if lookups.has_table("lemma_exc"):
                for table in lookups.get_table("lemma_exc").values():
                    for form, lemmas in table.items():
                        self.exc.setdefault(str(form), set()).update(str(x) for x in lemmas)
        if "attribute_ruler" in nlp.component_names:
            for pat in nlp.get_pipe("attribute_ruler").patterns:  # type: ignore[attr-defined]
                lemma = pat["attrs"].get("LEMMA")
                if not lemma:
                    continue
                for seq in pat["patterns"]:
                    for tok in seq:
                        form = tok.get("LOWER") or tok.get("ORTH") if isinstance(tok, dict) else None
                        if isinstance(form, str):
                            self.exc.setdefault(form.lower(), set()).add(str(lemma).lower())
        self.rules = sorted(set(self.rules))

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance per process, word forms repeat
    def of(self, low: str) -> frozenset[str]:
        out = {low}
        out.update(self.exc.get(low, ()))
        for old, new in self.rules:
            if low.endswith(old) and len(low) > len(old):
                out.add(low[: len(low) - len(old)] + new)
        out.update(classify.verb_stems(low))
        return frozenset(out)


def _phrases(lex: classify.Lexicon, names: Container[str]) -> dict[str, list[tuple[str, ...]]]:
    """The lexicon's phrases of the entries ``names`` ("T:kill", "C:protester"), by first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for first, entries in lex.phrase_index.items():
        found = [phrase for name, phrase in entries if name in names]
        if found:
            out[first] = found
    return out


class Screen:
    """Built once per process next to the model (``Extractor``)."""

    def __init__(self, nlp: Language) -> None:
        lex = classify.load_lexicon()
        self.nlp = nlp
        self.lemmas = _Lemmas(nlp)
        self.trigger_words: frozenset[str] = frozenset().union(*(r.entries.words for r in lex.triggers))
        self.trigger_phrases = _phrases(lex, {f"T:{r.name}" for r in lex.triggers})
        # a sentence can carry a toll without a trigger word ("Another monitor put the toll at 116")
        self.count_words, self.count_multi = counts.kind_vocabulary()
        self.sign_words: frozenset[str] = frozenset().union(*(lex.cues[n].words for n in classify.SIGN_CUE_NAMES))
        self.sign_phrases = _phrases(lex, {f"C:{n}" for n in classify.SIGN_CUE_NAMES})
        # one-word armed-group entries that are also English words ("is" for the Islamic State):
        # article_scope drops them when tagged as a lower-case verb or auxiliary
        self.armed_words = lex.cues["armed_group"].words
        self.domains = {d: lex.cues[f"domain_{d}"] for d in classify.DOMAINS if f"domain_{d}" in lex.cues}
        self.any_domain_word = frozenset(w for cs in self.domains.values() for w in cs.words)
        self.domain_of_word: dict[str, tuple[str, ...]] = {}
        self.domain_phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for d, cs in self.domains.items():
            for w in cs.words:
                self.domain_of_word[w] = (*self.domain_of_word.get(w, ()), d)
            for first, found in _phrases(lex, {f"C:domain_{d}"}).items():
                self.domain_phrases.setdefault(first, []).extend((d, ph) for ph in found)
        settings = classify.scope_settings()
        self.min_hits = settings.min_hits
        self.ratios = {"fiction": settings.fiction_ratio, "history": settings.history_ratio,
                       "disaster": settings.disaster_ratio}

    # -- decisions ------------------------------------------------------------------------------

    def plan(self, text: str) -> Plan:
        doc = self.nlp.make_doc(text)
        if len(doc) == 0:
            return Plan("skip", "screen:empty")
        v = _View(doc, self.lemmas)
        trigger_tok = self._marks(v, self.trigger_words, self.trigger_phrases)
        if not any(trigger_tok):
            return Plan("skip", "screen:no-trigger")
        low, high = self._domain_bounds(v)
        possible = self._possible_signs(doc, v)
        if possible == 0 and max(low.values(), default=0) >= self.min_hits:
            domain = max(low, key=lambda d: low[d])
            return Plan("skip", f"screen:article-{domain}")
        whole = (Chunk(0, len(text), True),)
        in_scope = max(high.values(), default=0) < self.min_hits
        if not in_scope:
            sure = self._sure_signs(v)
            in_scope = sure > 0 and all(high.get(d, 0) < r * sure for d, r in self.ratios.items())
        if not in_scope:
            return Plan("full", "screen:scope-uncertain", whole)
        if len(doc) < MIN_PARTIAL_TOKENS:
            return Plan("full", "screen:short", whole)
        count_tok = self._marks(v, self.count_words, {})
        event_tok = [a or b for a, b in zip(trigger_tok, count_tok, strict=True)]
        chunks = self._chunks(doc, v, text, event_tok)
        if all(c.parse for c in chunks):
            return Plan("full", "screen:all-sentences", whole)
        return Plan("partial", "screen:partial", chunks, len(doc))

    def _marks(self, v: _View, words: frozenset[str], phrases: dict[str, list[tuple[str, ...]]]) -> list[bool]:
        """Per token: may a lexicon word match here (by any lemma), or a whole phrase start here."""
        out = []
        for i, forms in enumerate(v.forms):
            hit = not forms.isdisjoint(words) or any(
                v.phrase_at(i, ph, broad=True) for f in forms for ph in phrases.get(f, ())
            )
            out.append(hit)
        return out

    def _chunks(self, doc: Doc, v: _View, text: str, event_tok: Sequence[bool]) -> tuple[Chunk, ...]:
        """Sentences (the small ``senter`` model's boundaries) marked for parsing when they hold a
        possible trigger or casualty word, or every word of a multi-word casualty phrase ("lost
        their lives"), merged into runs of the same kind."""
        if "senter" in self.nlp.component_names:
            self.nlp.get_pipe("senter")(doc)
        else:
            return (Chunk(0, len(text), True),)
        out: list[Chunk] = []
        # A sentence starts at its first word: line breaks go with the sentence before, as the
        # parser attaches them (the senter may open a sentence with them).
        sents: list[tuple[int, int]] = []
        for sent in doc.sents:
            first = next((t.i for t in sent if not t.is_space), sent.end)
            if sents and first > sent.start:
                sents[-1] = (sents[-1][0], first)
            if first < sent.end:
                sents.append((first, sent.end))
            elif sents:
                sents[-1] = (sents[-1][0], sent.end)
        if not sents:
            return (Chunk(0, len(text), True),)
        for k, (s0, s1) in enumerate(sents):
            start = 0 if k == 0 else v.idx[s0]
            end = len(text) if k + 1 == len(sents) else v.idx[sents[k + 1][0]]
            need = any(event_tok[s0:s1])
            if not need and self.count_multi:
                forms = set().union(*v.forms[s0:s1])
                need = any(all(w in forms for w in key) for key in self.count_multi)
            if out and out[-1].parse == need:
                out[-1] = Chunk(out[-1].start, end, need)
            else:
                out.append(Chunk(start, end, need))
        return tuple(out)

    def _domain_bounds(self, v: _View) -> tuple[dict[str, int], dict[str, int]]:
        """Per domain: distinct lemmas article_scope will certainly count (exact spellings away
        from date words, forms that could share a lemma counted once) and at most could count."""
        n = len(v.lower)
        sure: dict[str, list[frozenset[str]]] = {d: [] for d in self.domains}
        possible: dict[str, set[str]] = {d: set() for d in self.domains}  # every lemma a match could carry
        matching = dict.fromkeys(self.domains, 0)
        for i, forms in enumerate(v.forms):
            for d in {d for f in forms for d in self.domain_of_word.get(f, ())}:
                matching[d] += 1
                possible[d] |= forms
            for f in forms:
                for d, ph in self.domain_phrases.get(f, ()):
                    if v.phrase_at(i, ph, broad=True):
                        matching[d] += 1
                        possible[d].add(f"phrase@{i}")
            for d in self.domain_of_word.get(v.lower[i], ()):
                lo, hi = max(0, i - _DATE_WINDOW), min(n, i + _DATE_WINDOW + 1)
                if not any(v.lower[j] in _DATEISH or v.like_num[j] for j in range(lo, hi)):
                    sure[d].append(forms)
        low = {d: _disjoint_classes(sure[d]) for d in self.domains}
        high = {d: min(matching[d], len(possible[d])) for d in self.domains}
        return low, high

    def _possible_signs(self, doc: Doc, v: _View) -> int:
        """Tokens that may be a sign of political violence (cue words by any lemma, whole cue
        phrases, named armed groups of the actor dictionary), minus those that are surely a domain
        word, a lower-case verb read as an abbreviation ("is"), or the month of March in a date."""
        n = 0
        for i, forms in enumerate(v.narrow):
            low = v.lower[i]
            if low in self.any_domain_word or (v.is_lower[i] and not forms.isdisjoint(self.any_domain_word)):
                continue  # read as a domain word ("strikers" of a match report): never a sign
            hit = forms & self.sign_words
            if hit and v.is_lower[i] and v.is_stop[i] and hit <= self.armed_words:
                hit = frozenset()  # "is", "let": classify skips them as verbs
            if hit == {"march"} and v.is_title[i] and v.near_date_word(i):
                hit = frozenset()  # "in March", "on 3 March": a DATE entity, skipped by classify
            if hit or any(v.phrase_at(i, ph) for f in forms for ph in self.sign_phrases.get(f, ())):
                n += 1
        for _where, actor in find_actor_mentions(doc):
            if classify.armed_side(actor) is not None:
                n += 1
        return n

    def _sure_signs(self, v: _View) -> int:
        """Tokens article_scope will certainly count as signs: spelled as a sign word, with no
        domain or month reading, not a common word that doubles as a group's abbreviation, and
        unable to be the source of the report as classify's ``_speaks`` reads it: no speech verb
        in the sentence ("police said", "said the army"), no speaker noun just after ("a police
        spokesman") and no "according to" just before."""
        n = 0
        size = len(v.lower)
        for a, b in v.rough_sentences():
            if any(not v.forms[i].isdisjoint(classify.SPEECH_VERBS) for i in range(a, b)):
                continue
            for i in range(a, b):
                low = v.lower[i]
                if low not in self.sign_words or low == "march":
                    continue
                if not v.forms[i].isdisjoint(self.any_domain_word):
                    continue
                if low in self.armed_words and (v.is_stop[i] or (v.is_lower[i] and len(low) <= 4)):
                    continue  # "is", "ola", "gang": a verb or common word the tagger may see
                if any(not v.forms[j].isdisjoint(classify.SPEAKER_NOUNS) for j in range(i + 1, min(size, i + 4))):
                    continue
                if "according" in v.lower[max(0, i - 5) : i]:
                    continue
                n += 1
        return n


class _View:
    """The token attributes the screen reads, taken from the tokenizer's Doc once (spaCy builds a
    Token object on every access)."""

    def __init__(self, doc: Doc, lemmas: _Lemmas) -> None:
        self.lower: list[str] = []
        self.text: list[str] = []
        self.idx: list[int] = []
        self.is_title: list[bool] = []
        self.is_lower: list[bool] = []
        self.is_stop: list[bool] = []
        self.like_num: list[bool] = []
        self.newline: list[bool] = []
        for t in doc:
            self.lower.append(t.lower_)
            self.text.append(t.text)
            self.idx.append(t.idx)
            self.is_title.append(t.is_title)
            self.is_lower.append(t.is_lower)
            self.is_stop.append(t.is_stop)
            self.like_num.append(t.like_num)
            self.newline.append("\n" in t.text or "\n" in t.whitespace_)
        self.forms = [lemmas.of(x) for x in self.lower]
        # A capitalised word inside a sentence is a proper noun, which the lemmatizer leaves as it
        # is ("Aires" is not the plural of "aire").
        self.narrow = [
            frozenset({self.lower[i]}) if self.is_title[i] and i > 0 and not self.sentence_start(i) else self.forms[i]
            for i in range(len(self.lower))
        ]

    def sentence_start(self, i: int) -> bool:
        prev = self.text[i - 1]
        return prev.isspace() or self.newline[i - 1] or (bool(prev) and all(c in _OPENERS for c in prev))

    def near_date_word(self, i: int) -> bool:
        lo, hi = max(0, i - 2), min(len(self.lower), i + 3)
        return any(self.like_num[j] or self.lower[j] in _MONTH_CONTEXT for j in range(lo, hi) if j != i)

    def phrase_at(self, i: int, phrase: tuple[str, ...], *, broad: bool = False) -> bool:
        """Whether ``phrase`` may match from token ``i`` (hyphens skipped, as classify does)."""
        forms = self.forms if broad else self.narrow
        j, k = i, 0
        while k < len(phrase) and j < len(self.lower):
            if self.text[j] == "-" and k > 0:
                j += 1
                continue
            if phrase[k] not in forms[j]:
                return False
            j += 1
            k += 1
        return k == len(phrase)

    def rough_sentences(self) -> list[tuple[int, int]]:
        """Token ranges split after ".", "!", "?" and line breaks, except after a short or
        capitalised word ("Lt.", "U.S.", "Gen."): never shorter than the parser's sentences in
        practice, so a word looked for in a piece is looked for in at least the whole sentence."""
        bounds = [0]
        for i, text in enumerate(self.text):
            if self.newline[i]:
                bounds.append(i + 1)
            elif text in (".", "!", "?") and i > 0:
                prev = self.text[i - 1]
                if len(prev) > 3 and not self.is_title[i - 1] and not prev.isupper():
                    bounds.append(i + 1)
        bounds.append(len(self.text))
        return [(a, b) for a, b in itertools.pairwise(sorted(set(bounds))) if b > a]


_OPENERS = frozenset(".!?:;\"'‘’“”()-–—")
_MONTH_CONTEXT = frozenset({"in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "from"})


def _disjoint_classes(form_sets: Sequence[frozenset[str]]) -> int:
    """How many of these tokens surely have different lemmas: tokens whose possible lemmas overlap
    are merged (union-find), so the count never exceeds the number of distinct real lemmas."""
    parent = list(range(len(form_sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, forms in enumerate(form_sets):
        for f in forms:
            j = owner.setdefault(f, i)
            if j != i:
                parent[find(i)] = find(j)
    return len({find(i) for i in range(len(form_sets))})


# Parsing by plan ------------------------------------------------------------------------------


def _light(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """The ``LIGHT_COMPONENTS`` only (sentence boundaries), each sentence given a flat tree (every
    token attached to the sentence's first word, label ``dep``) so the boundaries survive
    ``Doc.from_docs`` next to parsed chunks, and lemmas equal to the lower-cased words."""
    docs = [nlp.make_doc(t) for t in texts]
    for name in LIGHT_COMPONENTS:
        if name in nlp.component_names:
            docs = list(nlp.get_pipe(name).pipe(docs))  # type: ignore[attr-defined]
    dep = nlp.vocab.strings.add("dep")
    root = nlp.vocab.strings.add("ROOT")
    for doc in docs:
        offsets = numpy.zeros(len(doc), dtype="int64")  # head minus token, stored as uint64 as spaCy does
        labels = numpy.full(len(doc), dep, dtype="uint64")
        for sent in doc.sents:
            offsets[sent.start : sent.end] = sent.start - numpy.arange(sent.start, sent.end)
            labels[sent.start] = root
        doc.from_array([HEAD, DEP], numpy.stack([offsets.astype("uint64"), labels], axis=1))  # type: ignore[arg-type]
        for t in doc:
            t.lemma_ = t.lower_
    return docs


def parse_planned(
    nlp: Language, screen: Screen, items: Iterable[tuple[str, T]], *, batch_size: int = 32
) -> Iterator[tuple[Doc | None, Plan, T]]:
    """Parse ``(text, context)`` pairs as their plans say, in input order: ``None`` for skipped
    articles, a whole-pipeline parse for ``full``, a stitched document for ``partial`` (falling back
    to the full parse whenever the stitched text or tokens differ from the tokenizer's)."""
    window: list[tuple[str, T, Plan]] = []
    for text, ctx in items:
        window.append((text, ctx, screen.plan(text)))
        if len(window) >= batch_size:
            yield from _parse_window(nlp, window, batch_size)
            window = []
    if window:
        yield from _parse_window(nlp, window, batch_size)


def _parse_window(
    nlp: Language, window: Sequence[tuple[str, T, Plan]], batch_size: int
) -> Iterator[tuple[Doc | None, Plan, T]]:
    full_keys: list[tuple[int, int]] = []
    full_texts: list[str] = []
    light_keys: list[tuple[int, int]] = []
    light_texts: list[str] = []
    for k, (text, _ctx, plan) in enumerate(window):
        for j, c in enumerate(plan.chunks):
            (full_keys if c.parse else light_keys).append((k, j))
            (full_texts if c.parse else light_texts).append(text[c.start : c.end])
    parsed: dict[tuple[int, int], Doc] = dict(zip(full_keys, nlp.pipe(full_texts, batch_size=batch_size), strict=True))
    parsed.update(zip(light_keys, _light(nlp, light_texts), strict=True))
    for k, (text, ctx, plan) in enumerate(window):
        if plan.verdict == "skip":
            yield None, plan, ctx
        elif plan.verdict == "full":
            yield parsed[(k, 0)], plan, ctx
        else:
            doc = Doc.from_docs([parsed[(k, j)] for j in range(len(plan.chunks))], ensure_whitespace=False,
                                exclude=["tensor"])  # type: ignore[call-arg]
            if len(doc) != plan.tokens or doc_text(doc) != text:
                doc, plan = nlp(text), Plan("full", "screen:stitch-mismatch", (Chunk(0, len(text), True),))
            else:
                doc.user_data[classify.SCOPE_IN] = True
            yield doc, plan, ctx
