"""Counts of people killed, injured, arrested, abducted, displaced or taking part, from parsed text.

    find_counts(sent)            one parsed sentence -> Count records
      1. quantities: numerals ("1,200", "eleven", "1.2 million", "a dozen") with their modifiers
         ("at least", "up to", "between 5 and 7"), vague words ("dozens"), singular person
         phrases ("a man", "his son"), singular pronouns, and negatives ("no one", "no deaths")
      2. for each quantity, the noun it counts (a person noun, or a count noun such as "deaths",
         "bodies", "dead"; numbers of anything else are dropped: ages, years, km, money, raids)
      3. the predicate that says what happened to those people, read from the dependency parse:
         object of an active victim verb ("gunmen killed five"), subject of a passive or of an
         intransitive one ("five were killed", "five died"), result words ("shot dead", "left 3
         dead"), "the death toll rose to 12", "the bodies of 7"; never the active subject
      4. quantities coordinated under the same predicate are summed ("three soldiers and two
         civilians were killed" -> 5); subsets ("including two children") are not added
    merge_counts(per_sentence)   the sentences of one event -> fatalities Count + one Count per kind

Vocabulary and conventions (number words, ACLED's conservative vague quantities, victim verbs)
live in ``resources/quantities.toml``.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from ..nlp import PLACE_TOKENS, bracketed_tokens, doc_text
from ..records import Count, CountKind

RESOURCE = "quantities.toml"

# Order used to pick one kind when several cues fire on the same predicate ("shot and killed" is a
# killing, "shot" alone an injury) and to order merged counts.
KIND_ORDER: tuple[CountKind, ...] = (
    "killed",
    "injured",
    "abducted",
    "arrested",
    "displaced",
    "other",
    "participants",
)

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_AGENT_NOUN = re.compile(r"[a-z]{2}(?:er|or|ist|ian)s?$|[a-z]{2}(?:man|men|woman|women)$")
_NOUNS = frozenset({"NOUN", "PROPN"})
_AGE_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "yr"})
_NOT_PEOPLE_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "FAC", "EVENT"})
_ARG_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "oprd", "conj", "ROOT", "npadvmod", "meta", "dep"}
)


@dataclass(frozen=True)
class Lexicon:
    """The contents of ``quantities.toml``, normalised for lookup."""

    numbers: Mapping[str, int]
    multipliers: Mapping[str, int]
    vague: Mapping[str, int]
    modifiers: Mapping[str, tuple[tuple[str, ...], ...]]  # floor/over/ceiling/approx -> phrases
    people: frozenset[str]
    collective: frozenset[str]
    not_people: frozenset[str]
    labels: frozenset[str]
    people_labels: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    plural_pronoun_nouns: frozenset[str]
    negative: tuple[tuple[str, ...], ...]
    verbs: Mapping[str, CountKind]
    intransitive: Mapping[str, CountKind]
    verb_object: Mapping[tuple[str, str], CountKind]
    phrasal: Mapping[tuple[str, str], CountKind]
    result: Mapping[str, CountKind]
    alive_verbs: frozenset[str]
    spared_verbs: frozenset[str]
    spared_nouns: frozenset[str]
    nouns: Mapping[str, CountKind]
    of_nouns: Mapping[str, CountKind]
    tolls: Mapping[str, CountKind]
    blockers: frozenset[str]
    subset_preps: frozenset[str]
    partitive_pronouns: frozenset[str]
    additive: frozenset[str]
    attackers: frozenset[str]
    background: frozenset[str]
    background_below_root: frozenset[str]
    background_relative: frozenset[str]
    background_preps: frozenset[str]
    earlier: frozenset[str]
    near_miss: frozenset[str]
    background_marks: frozenset[str]
    war_causes: frozenset[str]


def _kinds(table: Mapping[str, Any]) -> dict[str, CountKind]:
    return {k: cast(CountKind, v) for k, v in table.items()}


def _pairs(table: Mapping[str, Any]) -> dict[tuple[str, str], CountKind]:
    out: dict[tuple[str, str], CountKind] = {}
    for key, kind in table.items():
        verb, obj = key.split(" ", 1)
        out[(verb, obj)] = cast(CountKind, kind)
    return out


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``resources/quantities.toml`` once per process."""
    path = importlib.resources.files("eventscope") / "resources" / RESOURCE
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    kinds = data["kinds"]
    return Lexicon(
        numbers=dict(data["numbers"]),
        multipliers=dict(data["multipliers"]),
        vague=dict(data["vague"]),
        modifiers={
            name: tuple(tuple(p.split()) for p in phrases) for name, phrases in data["modifiers"].items()
        },
        people=frozenset(data["people"]["nouns"]),
        collective=frozenset(data["people"]["collective"]),
        not_people=frozenset(data["not_people"]["nouns"]),
        labels=frozenset(data["labels"]["nouns"]),
        people_labels=frozenset(data["people_entities"]["labels"]),
        pronouns=frozenset(data["pronouns"]["singular"]),
        plural_pronouns=frozenset(data["pronouns"]["plural"]),
        plural_pronoun_nouns=frozenset(data["pronouns"]["plural_nouns"]),
        negative=tuple(tuple(p.split()) for p in data["pronouns"]["negative"]),
        verbs=_kinds(kinds["verbs"]),
        intransitive=_kinds(kinds["intransitive"]),
        verb_object=_pairs(kinds["verb_object"]),
        phrasal=_pairs(kinds["phrasal"]),
        result=_kinds(kinds["result"]),
        alive_verbs=frozenset(kinds["alive"]["verbs"]),
        spared_verbs=frozenset(kinds["spared"]["verbs"]),
        spared_nouns=frozenset(kinds["spared"]["nouns"]),
        nouns=_kinds(kinds["nouns"]),
        of_nouns=_kinds(kinds["of_nouns"]),
        tolls=_kinds(kinds["tolls"]),
        blockers=frozenset(data["blockers"]["heads"]),
        subset_preps=frozenset(data["blockers"]["subset_preps"]),
        partitive_pronouns=frozenset(data["blockers"]["partitive_pronouns"]),
        additive=frozenset(data["blockers"]["additive"]),
        attackers=frozenset(data["blockers"]["attackers"]),
        background=frozenset(data["blockers"]["background"]),
        background_below_root=frozenset(data["blockers"]["background_below_root"]),
        background_relative=frozenset(data["blockers"]["background_relative"]),
        background_preps=frozenset(data["blockers"]["background_preps"]),
        earlier=frozenset(data["blockers"]["earlier"]),
        near_miss=frozenset(data["blockers"]["near_miss"]),
        background_marks=frozenset(data["blockers"]["background_marks"]),
        war_causes=frozenset(data["blockers"]["war_causes"]),
    )


def kind_vocabulary() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The words that give a count its kind (every ``[kinds.*]`` key but the vetoes ``alive`` and
    ``spared``): one-word keys, and multi-word keys ("lose life", "take hostage") as word tuples.
    The screen before parsing (``extract.screen``) reads them to keep toll sentences for the parser."""
    lex = load_lexicon()
    keys = [*lex.verbs, *lex.intransitive, *lex.result, *lex.nouns, *lex.of_nouns, *lex.tolls,
            *(" ".join(pair) for pair in lex.verb_object), *(" ".join(pair) for pair in lex.phrasal)]
    single: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    for key in keys:
        words = tuple(key.lower().split())
        if len(words) == 1:
            single.add(words[0])
        elif words:
            multi.add(words)
    return frozenset(single), tuple(sorted(multi))


# Step 1: quantities ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Quantity:
    """A number of people stated in the sentence, before we know what happened to them."""

    first: int  # doc token index where the phrase starts (modifiers included)
    anchor: Token  # the token of the quantity whose head lies outside it
    low: int
    best: int
    high: int | None
    last: int  # doc token index of the quantity's last token (before the noun)
    pronoun: bool = False


def _is_numeral(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower_
    return bool(_DIGITS.match(tok.text)) or low in lex.numbers


def _numeral_run(tokens: Sequence[Token], i: int, lex: Lexicon, *, after_article: bool = False) -> int:
    """End (exclusive) of the run of number tokens starting at ``tokens[i]``."""
    j = i
    while j < len(tokens):
        tok = tokens[j]
        low = tok.lower_
        if _is_numeral(tok, lex) or (low in lex.multipliers and (j > i or after_article)):
            j += 1
        elif (
            low in ("-", "and")
            and j > i
            and j + 1 < len(tokens)
            and tokens[j + 1].lower_ in lex.numbers
            and tokens[j + 1].lower_ != "zero"
            and _joins_words(tokens[j - 1].lower_, tokens[j + 1].lower_, low, lex)
        ):
            j += 1  # "twenty-five", "one hundred and fifty": one number, not a range
        else:
            break
    return j


def _joins_words(left: str, right: str, sep: str, lex: Lexicon) -> bool:
    if sep == "-":
        return lex.numbers.get(left, 0) in range(20, 100, 10) and 0 < lex.numbers.get(right, 0) < 10
    return left in lex.multipliers and left != "dozen"


def _value(tokens: Sequence[Token], lex: Lexicon) -> int | None:
    """Numeric value of a run: "1,200" 1200, "1.2 million", "two hundred and five", "a dozen"."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        low = tok.lower_
        if _DIGITS.match(tok.text):
            current += float(tok.text.replace(",", ""))
            seen = True
        elif low in lex.numbers:
            current += lex.numbers[low]
            seen = True
        elif low in ("a", "an"):
            current = max(current, 1.0)
            seen = True
        elif low in lex.multipliers:
            mult = lex.multipliers[low]
            if mult >= 1000:
                total += max(current, 1.0) * mult
                current = 0.0
            else:
                current = max(current, 1.0) * mult
            seen = True
    if not seen:
        return None
    return round(total + current)


def _modifier(tokens: Sequence[Token], start: int, lex: Lexicon) -> tuple[str, int]:
    """The modifier phrase ending just before ``tokens[start]`` and where it begins."""
    best: tuple[str, int] = ("", start)
    for name, phrases in lex.modifiers.items():
        for phrase in phrases:
            n = len(phrase)
            if start - n < 0:
                continue
            words = tuple(t.lower_ for t in tokens[start - n : start])
            if words == phrase and start - n < best[1]:
                best = (name, start - n)
    return best


_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)


def _next_to_month(tokens: Sequence[Token], i: int) -> bool:
    # Capitalised only: "may" and "march" are also a modal and a verb ("5 may have died").
    for k, far in ((i - 1, i - 2), (i + 1, i + 2)):
        if not 0 <= k < len(tokens):
            continue
        n = tokens[k].text.rstrip(".")
        if not (n[:1].isupper() and n.lower() in _MONTHS):
            continue
        if k < i and 0 <= far < len(tokens) and tokens[far].text[:1].isdigit() and tokens[far].text.isdigit():
            continue  # "01 Oct. 7 people killed": the month has its day; this number counts
        return True
    return False


def _bounds(kind: str, value: int) -> tuple[int, int, int | None]:
    """(low, best, high) for a stated figure and its modifier; see [modifiers] in the TOML."""
    if kind in ("floor", "over"):
        return value, value, None
    if kind == "ceiling":
        return min(1, value), value, value
    return value, value, value


def _anchor(tokens: Sequence[Token]) -> Token:
    """The token of a multi-token quantity whose head lies outside it."""
    ids = {t.i for t in tokens}
    outside = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return outside[-1] if outside else tokens[-1]


def _numeral_quantities(tokens: Sequence[Token], lex: Lexicon) -> list[_Quantity]:
    out: list[_Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower_
        starts_number = _is_numeral(tok, lex) or (
            low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].lower_ in lex.multipliers
        )
        if not starts_number or (low == "one" and i > 0 and tokens[i - 1].lower_ in ("no", "every", "any")):
            i += 1
            continue
        if tok.text[:1].isdigit() and _next_to_month(tokens, i):
            i += 1
            continue  # "25 Aug.", "March 3": a date
        if i > 0 and _is_label_number(tok, lex) and low not in ("a", "an"):
            i = _numeral_run(tokens, i, lex)
            continue  # "a form four student", "Ward 3": a name
        article = low in ("a", "an")
        j = _numeral_run(tokens, i + 1 if article else i, lex, after_article=article)
        run = tokens[i:j]
        value = _value(run, lex)
        if value is None:
            i = j
            continue
        mod, first = _modifier(tokens, i, lex)
        low_v, best_v, high_v = _bounds(mod, value)
        last = j - 1
        updated = False
        # Ranges: "between 5 and 7", "5 to 7", "5-7", "5 or 6" -> low=best=5, high=7.
        if (
            j + 1 < len(tokens)
            and tokens[j].lower_ in ("to", "-", "–", "and", "or")
            and _is_numeral(tokens[j + 1], lex)
        ):
            k = _numeral_run(tokens, j + 1, lex)
            upper = _value(tokens[j + 1 : k], lex)
            is_between = (first > 0 and tokens[first - 1].lower_ == "between") or (
                i > 0 and tokens[i - 1].lower_ == "between"
            )
            if upper is not None and upper > value and (tokens[j].lower_ != "and" or is_between):
                if i > 0 and tokens[i - 1].lower_ == "from":
                    # "rose from 5 to 12": an update; the later figure is the count.
                    low_v, best_v, high_v = upper, upper, upper
                    updated = True
                else:
                    low_v, best_v, high_v = value, value, upper
                if is_between and mod == "":
                    first = i - 1
                run = tokens[i:k]
                last = k - 1
                j = k
        anchor = _anchor(run)
        if updated:
            # "was raised from 1 to 4": the phrase hangs on the verb through "from"
            anchor = next((t for t in run if t.dep_ == "pobj" and t.head.lower_ == "from"), anchor)
        out.append(
            _Quantity(
                first=tokens[first].i,
                anchor=anchor,
                low=low_v,
                best=best_v,
                high=high_v,
                last=tokens[last].i,
            )
        )
        i = j
    return out


def _vague_quantities(tokens: Sequence[Token], lex: Lexicon, taken: set[int]) -> list[_Quantity]:
    """ "dozens of people", "several soldiers", "a few", "a number of", "hundreds"."""
    out: list[_Quantity] = []
    for n, tok in enumerate(tokens):
        low = tok.lower_
        if tok.i in taken or low not in lex.vague:
            continue
        prev = tokens[n - 1].lower_ if n > 0 else ""
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if nxt is not None and _is_numeral(nxt, lex):
            continue  # "some 200": an approximation, the numeral is the quantity
        if low in ("few", "couple", "number") and prev not in ("a", "an"):
            continue  # bare "few" means hardly any; "the number of" is not a quantity
        if low in ("couple", "number") and (nxt is None or nxt.lower_ != "of"):
            continue  # "a couple" alone is two people only as a collective noun: ambiguous
        if low in ("many",) and prev in ("as", "how", "so", "too"):
            continue
        if low == "some" and not (tok.dep_ == "det" and tok.head.tag_ in ("NNS", "NNPS")):
            continue
        if low == "both" and not (
            tok.dep_ in ("det", "predet", "nummod") and tok.head.tag_ in ("NNS", "NNPS") and tok.head.i == tok.i + 1
            and not any(c.dep_ == "cc" for c in tok.head.children)  # "both soldiers and civilians"
        ):
            continue
        value = lex.vague[low]
        first = n - 1 if prev in ("a", "an") else n
        mod, mfirst = _modifier(tokens, first, lex)
        low_v, best_v, high_v = _bounds(mod, value)
        out.append(
            _Quantity(first=tokens[mfirst].i, anchor=tok, low=low_v, best=best_v, high=high_v, last=tok.i)
        )
    return out


def _is_person(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma in lex.not_people or low in lex.not_people:
        return False
    if lemma in lex.people or low in lex.people:
        return True
    if tok.ent_type_ in lex.people_labels:
        return True
    # Agent nouns ("herders", "a rider", "pastoralists", "Ethiopians") are people unless listed
    # under [not_people] as things.
    return tok.pos_ == "NOUN" and bool(_AGENT_NOUN.search(low))


def is_person(tok: Token) -> bool:
    """Does ``tok`` name a person or people ("a student", "herders", a PERSON name)?"""
    return _is_person(tok, load_lexicon())


def _may_be_people(tok: Token, lex: Lexicon) -> bool:
    """Looser test for a noun that is the argument of a victim verb ("killed 3 clerks").

    What the verb does to it already says it is a living being; only things and animals listed in
    [not_people] are turned away (numbers of cattle, houses, vehicles, km, years).
    """
    if _is_person(tok, lex):
        return True
    lemma = tok.lemma_.lower()
    if lemma in lex.not_people or tok.lower_ in lex.not_people:
        return False
    return tok.pos_ == "NOUN" and tok.ent_type_ not in _NOT_PEOPLE_ENTS


def _has_number(noun: Token, lex: Lexicon) -> bool:
    return any(
        (c.dep_ in ("nummod", "quantmod") and not _is_label_number(c, lex)) or c.lower_ in lex.vague or c.lower_ == "no"
        for c in noun.children
    )


def _is_label_number(tok: Token, lex: Lexicon) -> bool:
    """ "four" in "a form four student": a number that names (see [labels]), not a count."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in lex.labels


def _singular_quantities(tokens: Sequence[Token], lex: Lexicon) -> list[_Quantity]:
    """ "a man", "his son", "the driver", a named person, "him": one person each."""
    out: list[_Quantity] = []
    for tok in tokens:
        low = tok.lower_
        if tok.pos_ == "PRON" and low in lex.pronouns and tok.dep_ in ("nsubjpass", "dobj", "nsubj"):
            out.append(_Quantity(first=tok.i, anchor=tok, low=1, best=1, high=1, last=tok.i, pronoun=True))
            continue
        if tok.dep_ in ("nsubjpass", "dobj", "nsubj") and (
            (tok.pos_ == "PRON" and low in lex.plural_pronouns)
            or (
                tok.lemma_.lower() in lex.plural_pronoun_nouns
                and tok.tag_ == "NNS"
                and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
            )
        ):
            size = _antecedent_size(tok, lex)
            if size is not None and not _nearer_plural_subject(tok, lex):
                first = min([tok.i, *(c.i for c in tok.lefts)])  # "their bodies"
                out.append(
                    _Quantity(first=first, anchor=tok, low=size, best=size, high=size, last=tok.i, pronoun=True)
                )
            continue
        if tok.dep_ in ("nsubjpass", "nsubj", "dobj") and tok.tag_ == "NNS":
            size = _captives_size(tok, lex)
            if size is not None:
                # "abducted three teachers ... The teachers were found dead": the captives again
                first = min([tok.i, *(c.i for c in tok.lefts)])
                out.append(_Quantity(first=first, anchor=tok, low=size, best=size, high=size, last=tok.i,
                                     pronoun=True))
                continue
        if low == "another" and tok.dep_ in ("nsubjpass", "nsubj", "dobj"):
            out.append(_Quantity(first=tok.i, anchor=tok, low=1, best=1, high=1, last=tok.i))
            continue
        # Headlines drop the article: "Gunmen kill civilian", "Raiders kill Kenyan".
        bare_object = (
            tok.dep_ == "dobj"
            and not any(c.dep_ in ("det", "poss") for c in tok.children)
            and tok.head.lemma_.lower() in lex.verbs
        )
        with_article = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        if (
            tok.pos_ == "ADJ"
            and tok.dep_ in ("nsubjpass", "dobj", "nsubj")
            and (with_article or bare_object)
            and (
                tok.lemma_.lower() in lex.people
                or _is_age_noun(tok)
                # "a paramedic" tagged as an adjective: with an article, an argument is a noun
                or (with_article and tok.lower_ not in lex.not_people and tok.lower_ not in lex.result)
            )
        ):
            # "killed a civilian" (tagged as an adjective), "shot dead a 21-year-old": one person.
            out.append(_Quantity(first=tok.left_edge.i, anchor=tok, low=1, best=1, high=1, last=tok.i))
            continue
        if tok.pos_ not in _NOUNS or tok.dep_ == "compound" or _has_number(tok, lex):
            continue
        if (
            low in _DEAD_DOWN_VERBS
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ in ("dead", "down")
            and not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.people for c in tok.lefts)
        ):
            continue  # "in a rage shot dead 10 people": the verb taken for a noun ("a herder shot dead" counts)
        if (suffix := _hyphen_part(tok, 1)) is not None and _is_person(suffix, lex):
            continue  # "a sub-officer" split by the tokenizer: the person is the last part
        if (
            tok.dep_ == "dobj"
            and tok.lower_ in ("hostage", "captive", "prisoner")
            and not any(c.dep_ in ("det", "poss") for c in tok.children)
            and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)
        ):
            continue  # "took 12 passengers hostage": what the object became, not another person
        if any(c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and _has_number(c, lex) for c in tok.children):
            continue  # "12 herders hostage" parsed as one phrase: the counted plural names the people
        lemma = tok.lemma_.lower()
        # (a name the gazetteer placed is a town the small parser took for a person: "captured Goma")
        named = (tok.ent_type_ == "PERSON" and tok.ent_iob_ in ("B", "I") and tok.dep_ != "compound"
                 and tok.i not in tok.doc.user_data.get(PLACE_TOKENS, ()))
        # "Lawyer killed at her home": headlines capitalise common nouns.
        headline_noun = tok.tag_ == "NNP" and not tok.ent_type_ and lemma not in lex.not_people
        # "A Kipsigis was killed", "an Ethiopian": an article before a name of a people is one person.
        headline_noun = headline_noun or (
            tok.tag_ == "NNP"
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
            and tok.ent_type_ in ("NORP", "ORG")
            and (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
                 or (bare_object and tok.ent_type_ == "NORP"))
        )
        if tok.tag_ != "NN" and not named and not headline_noun:
            continue  # plural nouns without a number are not a count
        if lemma in lex.collective or low in lex.collective:
            continue
        if (lemma == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to"
                and tok.head.head.lemma_.lower() in ("fight", "battle", "struggle", "duel")):
            continue  # "a fight to the death": an idiom, no one's death ("leading to her death" is one)
        left = [c for c in tok.lefts if c.dep_ in ("det", "poss", "amod", "compound", "nmod")]
        # A determined singular noun may name a victim ("a detective", "the lawyer"): only victim
        # predicates make it a count, and things and animals are listed in [not_people]. Bare
        # nouns ("gunfire", "Al Shabaab") must be known person nouns.
        determined = any(c.dep_ in ("det", "poss") for c in left)
        if not (named or headline_noun or _is_person(tok, lex) or (determined and _may_be_people(tok, lex))):
            continue
        first = min([c.i for c in left] + [tok.i])
        if (prefix := _hyphen_part(tok, -1)) is not None:
            mods = [c.i for c in prefix.lefts if c.dep_ in ("det", "poss", "amod", "compound")]
            first = min([first, prefix.i, *mods])  # "A KDF sub-officer": the phrase starts at "A"
        if named:
            first = min(first, _ent_start(tok))
        out.append(_Quantity(first=first, anchor=tok, low=1, best=1, high=1, last=tok.i))
    return out


def _hyphen_part(tok: Token, step: int) -> Token | None:
    """The other half of a word the tokenizer split at a hyphen ("sub - officer"): the word after
    ``tok`` (step 1) or before it (step -1), when the hyphen touches both."""
    doc = tok.doc
    dash, other = tok.i + step, tok.i + 2 * step
    if not (0 <= other < len(doc)) or doc[dash].text != "-":
        return None
    left, right = (tok, doc[other]) if step > 0 else (doc[other], tok)
    if left.whitespace_ or doc[dash].whitespace_ or not (left.is_alpha and right.is_alpha):
        return None
    return doc[other]


def _latter_quantities(tokens: Sequence[Token]) -> list[_Quantity]:
    """ "the latter was shot dead", "the former died": one person already named, as a pronoun."""
    return [
        _Quantity(first=tok.i - 1, anchor=tok, low=1, best=1, high=1, last=tok.i, pronoun=True)
        for tok in tokens
        if tok.lower_ in ("latter", "former") and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
        and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
    ]


def _is_age_noun(tok: Token) -> bool:
    """ "a 21-year-old", "a 14 year old": an age used as a noun names one person."""
    return tok.lower_ == "old" and any(c.lemma_.lower() in _AGE_UNITS for c in tok.children)


def _start_back(tok: Token, sentences: int) -> int:
    """Token index where the sentence ``sentences`` before ``tok``'s own begins (or the text does)."""
    start = tok.sent.start
    for _ in range(sentences):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    return start


def _antecedent_size(pron: Token, lex: Lexicon) -> int | None:
    """Size of the numbered group of people a plural pronoun stands for: the last one before it in
    its sentence or the one before ("arrested five men and executed them", "three miners were
    abducted; their bodies were found")."""
    window = list(pron.doc[_start_back(pron, 1) : pron.i])
    found: list[tuple[int, int]] = []  # (position, size)
    numbered = _numeral_quantities(window, lex)
    for q in reversed(numbered):
        head = q.anchor.head
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            continue  # "detained by three officers. Their bodies ...": the agents are not meant
        if q.anchor.dep_ == "nummod" and head.i > q.anchor.i and head.tag_ in ("NNS", "NNPS") and _is_person(head, lex):
            # "seized two farmers and four herders and killed them": the whole list
            listed = {head.i, *(c.i for c in head.conjuncts)}
            size = sum(x.best for x in numbered
                       if x.anchor.dep_ == "nummod" and x.anchor.head.i in listed and _is_person(x.anchor.head, lex))
            found.append((head.i, max(size, q.best)))
            break
    for tok in reversed(window):
        # "A lawyer and a taxi driver were detained ... Their bodies": a list of single people
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.tag_ == "NN" and _is_person(tok, lex):
            items = [t for t in tok.subtree if t.dep_ == "conj" and t.tag_ == "NN" and _is_person(t, lex)]
            if items:
                found.append((tok.i, 1 + len(items)))
                break
    if not found:
        return None
    size = max(found)[1]
    return size if size > 1 else None


def _nearer_plural_subject(pron: Token, lex: Lexicon) -> bool:
    """ "killed in an attack by two militants. The gunmen fled to a house, where they were killed":
    a plural subject without a number between the numbered group and "they" is its antecedent."""
    if pron.lower_ != "they":
        return False
    doc = pron.doc
    for t in doc[pron.sent.start : pron.i]:
        if (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.tag_ in ("NNS", "NNPS")
            and _is_person(t, lex)
            and not _has_number(t, lex)
            and not any(_is_numeral(x, lex) for x in doc[t.i : pron.i])
        ):
            return True
    return False


def _captives_size(noun: Token, lex: Lexicon) -> int | None:
    """Size of the numbered group of captives a definite plural stands for ("Gunmen abducted three
    teachers. The teachers were found dead.", "abducting two others ... the captured policemen"):
    the last numbered people taken by an abduction verb in this sentence or the two before. Only
    captives: a definite plural after a toll ("Three soldiers were killed. The soldiers ...") is
    not counted again."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return None
    if _has_number(noun, lex) or not _is_person(noun, lex):
        return None
    window = list(noun.doc[_start_back(noun, 2) : noun.sent.start])
    for q in reversed(_numeral_quantities(window, lex)):
        head = q.anchor.head if q.anchor.dep_ == "nummod" else q.anchor
        verb = head.head
        while verb.dep_ in ("conj",) and verb.pos_ != "VERB":
            verb = verb.head
        if verb.pos_ == "VERB" and lex.verbs.get(verb.lemma_.lower()) == "abducted" and head.dep_ in (
            "dobj", "nsubjpass", "conj"
        ):
            return q.best if q.best > 0 else None
    return None


def _ent_start(tok: Token) -> int:
    i = tok.i
    while i > 0 and tok.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _negative_quantities(tokens: Sequence[Token], lex: Lexicon) -> list[_Quantity]:
    """ "no one", "nobody", "none", and "no" on a person or count noun ("no casualties")."""
    out: list[_Quantity] = []
    for n, tok in enumerate(tokens):
        for phrase in lex.negative:
            words = tuple(t.lower_ for t in tokens[n : n + len(phrase)])
            if words == phrase:
                last = tokens[n + len(phrase) - 1]
                out.append(_Quantity(first=tok.i, anchor=last, low=0, best=0, high=0, last=last.i))
        if tok.lower_ == "no" and tok.dep_ == "det":
            noun = tok.head
            if noun.lemma_.lower() in lex.nouns or _is_person(noun, lex):
                out.append(_Quantity(first=tok.i, anchor=tok, low=0, best=0, high=0, last=tok.i))
    return out


# Steps 2 and 3: what is counted, and what happened to it --------------------------------------


def _counted_noun(q: _Quantity, lex: Lexicon) -> tuple[Token | None, Token] | None:
    """(noun counted, token carrying the syntactic role), or None when this is not a head count."""
    a = q.anchor
    if a.pos_ in _NOUNS and a.i == q.last and not _is_quantity_word(a, lex):
        return a, a  # singular phrases: the noun is the quantity
    if a.pos_ == "PROPN" and a.lower_ in lex.result and a.i == q.last:
        return None, a  # "KIA" parsed as a proper noun
    if any(c.dep_ in ("acl", "amod") and c.i > a.i and c.lower_ in lex.result for c in a.children) or any(
        c.dep_ == "acl" and c.i == a.i + 1 and c.lemma_.lower() in lex.verbs for c in a.children
    ):
        return None, a  # "5 killed during the raid", "3 dead": the number carries its own participle
    head = a.head
    if (
        a.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod")
        and head.dep_ == "amod"
        and head.i == q.last + 1
        and head.head.i > head.i
        and head.head.pos_ in _NOUNS
    ):
        # "two presumed Malian refugees were killed": the parser made the number the subject of
        # the participle; it counts the noun the participle describes.
        return head.head, head.head
    if a.dep_ in ("nummod", "quantmod", "amod", "det", "nmod", "compound", "advmod") and head.i != a.i:
        if head.i > q.last and _separated(q.last, head):
            # "killing 2 - DETAILS NOT GIVEN", "killing three and stealing weapons", "6 killed/ 70
            # houses": a dash, slash or conjunction ends the phrase; the number stands alone.
            return None, a
        if head.i < a.i:
            # "Route 7", "page 12": the number names the thing. Also the parser's way of getting
            # "kills 4" or "the tribe - 8 people were killed" wrong: only word order can tell.
            return None, a
        if head.lemma_.lower() in _AGE_UNITS:
            return None  # "a 27-year-old man": an age, not a head count
        while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i and head.head.pos_ in _NOUNS:
            # "Forty Jie warriors", "Two Kenya Defence Forces (KDF) soldiers", "Seven Kenyan fishermen"
            head = head.head
        after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if (head.pos_ in ("VERB", "AUX") and head.is_upper and len(head.text) <= 5 and after is not None
                and after.pos_ == "NOUN" and _is_person(after, lex)):
            # "killed 12 IS fighters": a group's acronym the tagger took for a verb ("IS" = "is")
            return after, head
        if head.pos_ in _NOUNS or head.pos_ in ("ADJ", "VERB", "NUM"):
            return head, head
        return None
    for child in a.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                obj = objs[0]
                if obj.lower_ in lex.partitive_pronouns:
                    # "killed two of them": the quantity itself is the argument. As an aside
                    # ("five died, two of them children") it has no argument role and is dropped.
                    return None, a
                return obj, a
    if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lemma_.lower() in lex.people:
        if a.head.head.lemma_.lower() not in lex.collective:
            return None  # "a father of four": his children, not a head count
    if a.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") and q.best != 0:
        if not (a.ent_type_ == "DATE" and not _looks_like_year(a)):
            return None
    return None, a


_BREAKS = frozenset({"-", "–", "—", "/", ":", ";", ","})


def _separated(last: int, head: Token) -> bool:
    """A break between a number and the noun the parser gave it: a conjunction, a spaced dash, a
    slash or a colon. Hyphens inside a word ("27-year-old") do not break."""
    doc = head.doc
    for k in range(last + 1, head.i):
        tok = doc[k]
        if tok.pos_ == "CCONJ" and tok.head.i != head.i:
            return True
        if tok.text in _BREAKS and (doc[k - 1].whitespace_ or tok.whitespace_ or tok.text in "/:;,"):
            if tok.text == "," and any(t.pos_ == "NUM" for t in doc[k + 1 : head.i]):
                continue  # "5,000" is one token; "2, 3 or 4 soldiers" lists figures
            return True
    return False


def _is_quantity_word(tok: Token, lex: Lexicon) -> bool:
    low = tok.lower_
    return low in lex.vague or low in lex.multipliers or _is_numeral(tok, lex)


def _looks_like_year(tok: Token) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", tok.text))


def _blocked(verb: Token, lex: Lexicon) -> bool:
    """A victim verb that reports no harm done: "threatened to kill", "nearly lynched", "had killed"."""
    if any(c.dep_ == "advmod" and c.lower_ in lex.near_miss for c in verb.children):
        return True
    node = verb
    for _ in range(3):
        if (
            node.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl")
            and node.head.lemma_ in lex.blockers
            # "sought revenge, killing nine": a participle clause tells what was done, not intended
            and not (node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "aux" for c in node.children))
        ):
            return True
        if node.dep_ != "conj":
            break
        node = node.head
    # Past perfect in a relative clause ("a man who had killed his father") tells the background of
    # a person in the story, not the event being reported.
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _strongest(kinds: Sequence[CountKind]) -> CountKind | None:
    for kind in KIND_ORDER:
        if kind in kinds:
            return kind
    return None


def _verb_kind(verb: Token, lex: Lexicon, *, passive: bool, depth: int = 0) -> CountKind | None:
    """Kind of harm a predicate reports on its object (or passive subject)."""
    if _blocked(verb, lex):
        return None
    found: list[CountKind] = []
    lemma = verb.lemma_.lower()
    if lemma in lex.verbs:
        found.append(lex.verbs[lemma])
    for child in verb.children:
        clow = child.lemma_.lower()
        if child.dep_ == "prt" and (lemma, clow) in lex.phrasal:
            found.append(lex.phrasal[(lemma, clow)])
        elif child.dep_ in ("acomp", "oprd", "advmod", "advcl", "xcomp", "ccomp", "conj", "dobj") and (
            child.lower_ in lex.result or clow in lex.result
        ):
            # A conjoined result with its own subject ("..., and one protester was killed")
            # speaks about someone else.
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
            if (child.dep_ != "dobj" or passive) and not own_subject:
                found.append(lex.result.get(child.lower_) or lex.result[clow])
        elif child.lower_ == "alive" and lemma in lex.alive_verbs and child.dep_ != "nsubj":
            found.append("killed")  # "burnt alive"; "found alive" is no harm (see [kinds.alive])
        elif child.dep_ == "prep" and child.lower_ == "to":
            if any(g.lemma_.lower() == "death" for g in child.children):
                found.append("killed")  # "hacked to death", "burnt to death"
        elif child.dep_ in ("xcomp", "conj", "advcl", "oprd") and child.pos_ == "VERB" and depth < 2:
            # "were shot and killed", "were shot, hacked and decapitated", "were reported killed";
            # a conjoined verb with its own object ("killing 4 and injuring 7") speaks about
            # someone else.
            if child.dep_ == "advcl" and child.tag_ != "VBN" and not (
                child.tag_ == "VBD"
                and any(g.dep_ in ("oprd", "acomp") and g.lower_ in lex.result for g in child.children)
            ):
                continue  # (but "left the son of a trader shot dead": "shot" tagged as a past tense)
            if not any(g.dep_ in ("dobj", "nsubj", "nsubjpass", "mark") for g in child.children):
                sub = _verb_kind(child, lex, passive=passive, depth=depth + 1)
                if sub is None and passive and child.dep_ == "xcomp" and clow in lex.intransitive:
                    sub = lex.intransitive[clow]  # "two people were reported to have died"
                if sub is not None:
                    found.append(sub)
        elif child.dep_ == "dobj" and not passive and (lemma, clow) in lex.verb_object:
            found.append(lex.verb_object[(lemma, clow)])
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and lex.result.get(nxt.lower_) == "killed" and verb.pos_ == "VERB":
        found.append("killed")  # "shot dead", however the parser attached "dead"
    if (
        not passive
        and depth < 2
        and verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and lemma not in lex.verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.head.children)
        and any(c.dep_ == "dobj" and (c.pos_ == "PRON" or _is_person(c, lex)) for c in verb.children)
    ):
        # "killing and robbing him": the object hangs on the last verb of the coordination.
        shared = _verb_kind(verb.head, lex, passive=False, depth=depth + 1)
        if shared is not None:
            found.append(shared)
    if passive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.verbs:
        found.append(lex.verbs[verb.head.lemma_.lower()])
    if found and any(c.dep_ == "conj" and _alternative(verb, c) for c in verb.children):
        return max(found, key=KIND_ORDER.index)  # "killed or wounded": the conservative reading
    return _strongest(found)


def _alternative(head: Token, conj: Token) -> bool:
    """ "killed or wounded": the coordinator between ``head`` and ``conj`` is "or"."""
    return any(c.dep_ == "cc" and c.lower_ == "or" and head.i < c.i < conj.i for c in head.children)


def _subject_kind(verb: Token, lex: Lexicon) -> CountKind | None:
    """Kind for the subject of an active verb: "five died", "12 injured" (headline), "were dead"."""
    if _blocked(verb, lex):
        return None
    head = verb.head
    if (
        verb.lemma_ == "be"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
    ):
        return _verb_kind(head, lex, passive=True)  # "three were killed, as was one of the attackers"
    lemma = verb.lemma_.lower()
    if lemma in lex.intransitive:
        return lex.intransitive[lemma]
    # "3 killed (machetes) in the violence": a bracketed aside is no object.
    objects = [c for c in verb.children if c.dep_ == "dobj" and not (c.i > 0 and c.doc[c.i - 1].text == "(")]
    for obj in objects:
        if (lemma, obj.lemma_.lower()) in lex.verb_object:
            return lex.verb_object[(lemma, obj.lemma_.lower())]
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return _verb_kind(verb, lex, passive=True)  # parser took a passive subject for nsubj
    has_aux = any(c.dep_ == "aux" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    adjacent = subject is not None and all(
        t.pos_ in ("ADV", "PUNCT") and t.text != "-" for t in verb.doc[subject.right_edge.i + 1 : verb.i]
    )
    # "A soldier shot and killed a driver": the object hangs on the conjoined verb.
    # (A clause after a semicolon is another sentence: "Suspect found dead; had links with ...".)
    shared_object = any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children)
                        and not any(t.text == ";" for t in verb.doc[verb.i : c.i]) for c in verb.children)
    if verb.tag_ in ("VBN", "VBD") and not objects and not has_aux and adjacent and not shared_object:
        # Headline style: "3 killed in attack", "4 civilians hacked to death": a transitive victim
        # verb without an object reports what happened to its subject.
        return _verb_kind(verb, lex, passive=True)
    if verb.pos_ == "ADJ" and (verb.lower_ in lex.result) and not objects:
        # "12 injured" parsed as an adjective predicate; with an object ("gunmen shot dead a man",
        # "dead" taken for the verb) the subject is the killer
        return lex.result[verb.lower_]
    if lemma in ("be", "remain", "lie", "lay", "go", "end", "become", "feel"):
        for child in verb.children:
            if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in lex.result:
                return lex.result[child.lower_]
    return None


# "the monitor put the toll at 116": a source stating a toll, the toll as the object.
_TOLL_SETTING_VERBS = frozenset({"put", "place", "estimate", "set", "give"})


def _toll_role(subj: Token, verb: Token) -> bool:
    if subj.lemma_.lower() not in ("toll", "number", "tally", "total"):
        return False
    return subj.dep_ in ("nsubj", "nsubjpass") or (
        subj.dep_ == "dobj" and verb.lemma_.lower() in _TOLL_SETTING_VERBS
    )


def _toll_subject(verb: Token) -> Token | None:
    for subj in verb.children:
        if _toll_role(subj, verb):
            return subj
    return None


def _toll_kind(verb: Token, lex: Lexicon) -> CountKind | None:
    """ "the death toll rose to 12", "the toll stands at 12", "the death toll is 12",
    "the monitor put the toll at 116"."""
    for subj in verb.children:
        if not _toll_role(subj, verb):
            continue
        for mod in subj.children:
            mlow = mod.lemma_.lower()
            if mod.dep_ in ("compound", "amod") and mlow in lex.tolls:
                return lex.tolls[mlow]
            if mod.dep_ == "prep" and mod.lower_ == "of":
                for obj in mod.children:
                    if obj.lemma_.lower() in lex.nouns:
                        return lex.nouns[obj.lemma_.lower()]  # "the number of deaths rose to 12"
        if subj.lemma_.lower() == "toll":
            return lex.tolls["toll"]
    return None


def _is_list_item(node: Token) -> bool:
    """ "Three militants, five fighters, and two civilians": the parser often makes the middle
    items appositions. An apposition with its own number next to a numbered phrase is a list item;
    without one ("two people, a man and his son") it is a gloss."""

    def numbered(t: Token) -> bool:
        return t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)

    if any(t.lower_ in ("each", "per") for t in node.subtree):
        return False  # "eight were killed, four at each site": a breakdown, not more people
    if (
        node.dep_ == "appos"
        and node.i > node.head.i
        and node.head.tag_ == "NN"  # a name with a gloss ("Zongo, a journalist, and ...") is one
        and not numbered(node.head)
        and not numbered(node)
        and any(c.dep_ == "cc" and c.lower_ == "and" and c.i > node.i for t in (node, node.head) for c in t.children)
    ):
        # "a boy, a pregnant woman, and a teacher": the middle item of a list of single people
        # ("two people, a trader and his wife" is a gloss on a figure)
        return True
    return node.dep_ == "appos" and numbered(node) and numbered(node.head)


def _role(top: Token) -> Token:
    """Climb coordination: "three soldiers and two civilians" take the role of "soldiers"."""
    lex = load_lexicon()
    node = top
    while (node.dep_ == "conj" or _is_list_item(node)) and node.head.pos_ in (
        "NOUN",
        "PROPN",
        "NUM",
        "PRON",
        "ADJ",
    ):
        first = node.head
        if any(
            c.dep_ in ("acl", "amod") and first.i < c.i < node.i
            and (c.lower_ in lex.result or c.lemma_.lower() in lex.verbs)
            for c in first.children
        ):
            break  # "one assailant killed, and two assailants and a policeman wounded": its own fate
        node = first
    return node


def _predicate_kind(role: Token, lex: Lexicon) -> CountKind | None:
    dep = role.dep_
    gov = role.head
    if dep == "nsubjpass":
        return _strongest([k for k in (_verb_kind(gov, lex, passive=True), _shared_subject_kind(gov, lex)) if k])
    if dep == "nsubj":
        return _strongest([k for k in (_subject_kind(gov, lex), _shared_subject_kind(gov, lex)) if k])
    if dep in ("dobj", "oprd"):
        while gov.dep_ == "conj" and gov.i in bracketed_tokens(gov.sent):
            gov = gov.head  # "wounded [possibly killed] several militants": the aside is no predicate
        return _verb_kind(gov, lex, passive=False)
    if dep == "pobj":
        prep = gov
        plow = prep.lower_
        target = prep.head
        if plow == "of" and target.lemma_.lower() in lex.of_nouns:
            return lex.of_nouns[target.lemma_.lower()]
        if (
            plow == "at"
            and prep.i + 2 < role.i
            and [t.lower_ for t in prep.doc[prep.i + 1 : prep.i + 3]] == ["the", "least"]
            and target.pos_ == "VERB"
            and prep.i > target.i
            and (role.pos_ == "NUM" or _has_number(role, lex))
        ):
            # "killed at the least eight fighters": the floor modifier parsed as a preposition
            return _verb_kind(target, lex, passive=False)
        if plow in ("to", "at") and target.pos_ in ("VERB", "AUX"):
            return _toll_kind(target, lex)
        if plow == "from" and target.pos_ in ("VERB", "AUX"):
            return _toll_kind(target, lex)  # "the death toll rose from two to five" (one range token)
        if plow == "to" and target.dep_ == "pobj" and target.head.lower_ == "from" \
                and target.head.head.pos_ in ("VERB", "AUX"):
            return _toll_kind(target.head.head, lex)  # "the death total was raised from 1 to 4"
        if (
            (plow == "with" and target.lower_ == "along")
            or (plow == "to" and target.lower_ == "addition")
            or (plow == "as" and target.lower_ == "well")
        ):
            # "shot dead along with two bodyguards", "in addition to 3 of his guards": the same
            # harm as the clause's own victims, summed with them under the same predicate.
            verb = _predicate(target)
            if verb.pos_ == "VERB":
                return _verb_kind(verb, lex, passive=any(c.dep_ == "auxpass" for c in verb.children))
        if plow == "between" and target.pos_ == "VERB" and (role.pos_ == "NUM" or _has_number(role, lex)):
            return _verb_kind(target, lex, passive=False)  # "executed between 15 and 25 men"
        if (
            plow in ("over", "about", "around", "nearly", "almost", "some")
            and prep.i == role.i - 1
            and target.pos_ == "VERB"
            and prep.i > target.i
            and (role.pos_ == "NUM" or _has_number(role, lex))
        ):
            # "killing 166 people and injuring over 300": the parser made the modifier a preposition
            return _verb_kind(target, lex, passive=False)
        if plow == "of" and target.lemma_.lower() in ("total", "tally"):
            return _toll_kind(target.head, lex) if target.dep_ == "pobj" else None
        return None
    if dep == "conj" and gov.pos_ == "VERB" and role.pos_ in _NOUNS:
        return _verb_series_kind(gov, role, lex)
    if dep == "attr":
        return _toll_kind(gov, lex)
    if dep in ("npadvmod", "meta", "dep") and role.pos_ == "NUM" and gov.pos_ == "VERB":
        # Loosely attached bare numbers next to a victim verb: "7 killed." (meta), "shooting dead
        # 3" (npadvmod). Before the verb it is what happened to them, after it whom it was done to.
        return _verb_kind(gov, lex, passive=role.i < gov.i)
    return None


def _stray_head(role: Token, lex: Lexicon) -> bool:
    """ "shoot out ensues and three police officers ...", "in the town and a herdsman ...": the
    parser coordinated counted people with a thing or a place, which cannot share their fate."""
    return role.pos_ in _NOUNS and not _is_person(role, lex) and not _has_number(role, lex)


def _orphan_passive(top: Token, lex: Lexicon) -> tuple[CountKind, Token] | None:
    """A passive victim verb with no subject of its own right after a counted phrase the parse
    put elsewhere: "shoot out ensues and three police officers and one raider were killed", "in
    the town and a herdsman, 16-year-old X, was killed". The phrase is that verb's subject.
    Returns the kind and the verb."""
    doc = top.doc
    if any(t.dep_ == "appos" and t.i > top.i and (t.pos_ == "NUM" or _has_number(t, lex)) for t in top.subtree):
        return None  # "in the area of X, four militants and a hunter were killed": the list is the subject
    start = top.right_edge.i + 1
    k = start
    while k < top.sent.end and k < start + 6 and (
        doc[k].text == "," or doc[k].pos_ == "ADV" or doc[k].dep_ in ("aux", "auxpass")
    ):
        k += 1
    if k >= top.sent.end:
        return None
    verb = doc[k]
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    between = doc[start:k]
    # Telegraphic notes drop the auxiliary: "attacked by militants, 4 guards and a chief killed,
    # assailants withdrew" (a bare participle heading its own clause, right after the phrase).
    bare = (
        k == start
        and verb.dep_ in ("conj", "ccomp", "ROOT", "parataxis")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )
    if not bare and not any(t.dep_ == "auxpass" and t.head.i == verb.i for t in between):
        return None
    if any(t.dep_ in ("aux", "auxpass") and t.head.i != verb.i for t in between):
        return None
    # (A clause before it may pass for its subject: "shoot out ensues" parsed as "csubjpass".)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "neg") for c in verb.children):
        return None
    kind = _verb_kind(verb, lex, passive=True)
    return (kind, verb) if kind is not None else None


def _subject_gloss_kind(app: Token, lex: Lexicon) -> CountKind | None:
    """A counted apposition on an uncounted subject, right before its verb: "the passengers, three
    women and a child, were killed"; also a comma splice the parser read that way ("the house
    sheltered a cell, three militants and a gendarme were killed", with "cell" the subject). The
    apposition says how many the verb is about. A subject with a figure of its own ("Three people,
    two women and a child, were killed") keeps it."""
    head = app.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.i > app.i:
        return None
    if head.pos_ == "NUM" or _has_number(head, lex) or _singular_quantities([head], lex):
        return None
    verb = head.head
    if verb.pos_ != "VERB" or verb.i < app.i:
        return None
    between = app.doc[app.right_edge.i + 1 : verb.i]
    if not all(
        t.text == "," or t.pos_ == "ADV" or (t.dep_ in ("aux", "auxpass") and t.head.i == verb.i) for t in between
    ):
        return None
    return _predicate_kind(head, lex)


# Count nouns that make a tally on their own after a comma: "..., one death, two injuries".
_TALLY_NOUNS = frozenset({"death", "fatality", "injury"})


def _tally_aside(q: _Quantity, top: Token, lex: Lexicon) -> bool:
    """ "Gunmen attacked a bus near X, one death, two injuries", "Police shoot protesters; two
    deaths": a numbered death or injury noun after a comma or semicolon that the parser hung on
    the clause's last noun. With no figure on that noun, the tally is the event's own."""
    doc = top.doc
    if not _is_numeral(q.anchor, lex):
        return False  # "some fatalities likely": a vague aside, not a tally
    if top.lemma_.lower() not in _TALLY_NOUNS or top.dep_ not in ("appos", "conj"):
        return False
    first = top  # the first item of the tally ("three injuries and one death")
    while first.head.lemma_.lower() in _TALLY_NOUNS and first.dep_ in ("appos", "conj"):
        first = first.head
    start = first.left_edge.i
    if first.dep_ not in ("appos", "conj") or start < 1 or doc[start - 1].text not in (",", ";"):
        return False
    head = first.head
    if head.pos_ == "NUM" or _has_number(head, lex):
        return False
    return not any(t.lower_ in lex.subset_preps for t in doc[min(head.i, start) : q.first])


def _verb_series_kind(verb: Token, noun: Token, lex: Lexicon) -> CountKind | None:
    """ "abducted, executed, and booby-trapped a fighter": the shared object of a series of verbs
    parsed as one more conjunct of them. Read only when no verb of the series has its own object."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    series = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "VERB" and t.i < noun.i)]
    if len(series) < 2 or first.i > noun.i or any(c.dep_ in ("dobj", "nsubjpass") for v in series for c in v.children):
        return None
    if any(c.dep_ in ("acl", "relcl") for t in (noun, *noun.conjuncts) for c in t.children):
        return None  # "..., and two attackers and a constable wounded": their own fate
    return _strongest([k for v in series if (k := _verb_kind(v, lex, passive=False)) is not None])


def _modifier_kind(noun: Token, lex: Lexicon) -> CountKind | None:
    """Kinds carried inside the noun phrase: "5 people dead", "5 people killed in the raid"."""
    for child in noun.children:
        clow = child.lower_
        if child.dep_ in ("amod", "acl") and clow in lex.result:
            return lex.result[clow]
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            if _told_as_earlier(child, noun, lex):
                continue  # "the journalist, who was killed in 1998": an earlier case
            lemma = child.lemma_.lower()
            if child.dep_ == "acl" and (
                child.tag_ == "VBN"
                or (
                    child.tag_ == "VBD"
                    and child.i == _phrase_end(noun) + 1
                    and not any(g.dep_ == "dobj" for g in child.children)
                )
            ):
                # "4 civilians shot dead by ...", "..., 15 killed in a village" (tagged as a past tense)
                return _verb_kind(child, lex, passive=True)

            if child.dep_ == "relcl" and any(
                g.dep_ == "nsubjpass" and g.lower_ in ("who", "that") for g in child.children
            ):
                return _verb_kind(child, lex, passive=True)
            if (
                child.dep_ == "relcl"
                and lemma in lex.intransitive
                and any(g.dep_ == "nsubj" and g.lower_ in ("who", "that") for g in child.children)
            ):
                return lex.intransitive[lemma]
    return _relative_fate(noun, lex)


_RELATIVE_WORDS = frozenset({"who", "whom", "that"})


def _relative_fate(noun: Token, lex: Lexicon) -> CountKind | None:
    """What a relative clause on a person says happened to them, beyond the plain passive: the
    relative word as the object ("a suspect who the mob lynched to death"), as the subject of a
    clause whose own participle or conjunct is the harm ("the gunman who opened fire before being
    shot dead"), or a relative clause the parser hung elsewhere ("arrested a trader at the market
    who after his arrest was executed")."""
    if not _is_person(noun, lex):
        return None
    found: list[CountKind] = []
    for child in noun.children:
        if child.dep_ != "relcl" or child.pos_ != "VERB":
            continue
        wh = next((g for g in child.children if g.lower_ in _RELATIVE_WORDS), None)
        if wh is None:
            continue
        if (
            wh.dep_ == "dobj"
            and not any(g.dep_ == "nsubjpass" for g in child.children)
            and not _told_as_earlier(child, noun, lex)
        ):
            kind = _verb_kind(child, lex, passive=False)
        elif wh.dep_ == "nsubj":
            kind = _shared_subject_kind(child, lex)
        else:
            kind = None
        if kind is not None:
            found.append(kind)
    if not found:
        found += [k for k in (_detached_relative(noun, lex),) if k is not None]
    return _strongest(found)


def _detached_relative(noun: Token, lex: Lexicon) -> CountKind | None:
    """ "arrested a civilian at the market in X who after his arrest was executed": the parser hung
    the relative clause on the main verb. The person noun is the antecedent when only a
    prepositional phrase (no other person, no verb) stands between it and "who"."""
    doc = noun.doc
    end = noun.sent.end
    k = noun.i + 1
    while k < end and k <= noun.i + 8:
        tok = doc[k]
        if tok.lower_ in ("who", "whom"):
            break
        if tok.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"):
            return None
        if tok.pos_ == "NOUN" and _is_person(tok, lex):
            return None  # a nearer person is the antecedent
        k += 1
    else:
        return None
    wh = doc[k]
    verb = wh.head
    if verb.pos_ != "VERB" or verb.i < wh.i or (verb.dep_ == "relcl" and _is_person(verb.head, lex)):
        return None  # a relative clause the parser placed on a person is read from that noun
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return None  # "a man who had killed ...": backstory
    if wh.dep_ == "nsubjpass":
        return _verb_kind(verb, lex, passive=True)
    if wh.dep_ == "nsubj":
        return _shared_subject_kind(verb, lex)
    return None


def _shared_subject_kind(verb: Token, lex: Lexicon, depth: int = 0) -> CountKind | None:
    """Harm told of the subject of ``verb`` by a clause that shares it: a conjoined passive or death
    verb ("tried to flee and was shot dead", "was shot and later died in hospital"), also below a
    subjectless complement ("attempted to take a weapon while detained and was shot dead"), or a
    participle after "before"/"after" ("opened fire before being shot dead")."""
    found: list[CountKind | None] = []
    for child in verb.children:
        if (
            child.dep_ in ("xcomp", "advcl")
            and depth < 2
            and child.pos_ == "VERB"
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children)
        ):
            found.append(_shared_subject_kind(child, lex, depth + 1))
        elif (
            # a subjectless passive complement is the same subject's fate: "One woman detained was
            # executed" parsed as "woman detained (that) was executed"
            (child.dep_ == "conj" or (child.dep_ == "ccomp" and any(g.dep_ == "auxpass" for g in child.children)))
            and child.pos_ == "VERB"
            and not _alternative(verb, child)
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children)
        ):
            if any(g.dep_ == "auxpass" for g in child.children):
                found.append(_verb_kind(child, lex, passive=True))
            elif lex.intransitive.get(child.lemma_.lower()) == "killed" and not _blocked(child, lex):
                found.append("killed")
        elif (
            child.dep_ == "ccomp"
            and child.pos_ == "VERB"
            and child.tag_ == "VBN"
            and child.i == verb.i + 1
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "dobj") for g in child.children)
        ):
            # "..., four reported killed": a telegraphic passive with "were" dropped
            found.append(_verb_kind(child, lex, passive=True))
        elif child.dep_ == "prep" and child.lower_ in ("before", "after", "until"):
            found += [
                _verb_kind(sub, lex, passive=True)
                for sub in child.children
                if sub.dep_ == "pcomp" and sub.pos_ == "VERB"
                and any(g.dep_ == "auxpass" and g.lower_ == "being" for g in sub.children)
            ]
    return _strongest([k for k in found if k is not None])


def _shared_participle(noun: Token, lex: Lexicon) -> CountKind | None:
    """ "one officer and three suspects killed during the clash": a participle after the last of
    coordinated phrases says what happened to all of them."""
    last = noun
    while True:
        nxt = [c for c in last.children if c.dep_ == "conj" and c.pos_ in _NOUNS]
        if not nxt:
            break
        last = nxt[-1]
    if last is noun:
        return None
    kind = _modifier_kind(last, lex)
    if kind is None:
        return None
    doc = noun.doc
    right_after = any(
        c.dep_ in ("acl", "amod") and c.i > last.i and all(t.pos_ == "ADV" for t in doc[last.i + 1 : c.i])
        for c in last.children
    )
    return kind if right_after else None


def _phrase_end(noun: Token) -> int:
    """Last token of a noun with its prepositional phrases: "12 people of the X community"."""
    ends = [t.i for c in noun.children if c.dep_ == "prep" and c.i > noun.i for t in c.subtree]
    return max([noun.i, *ends])


def _victim_word(tok: Token, lex: Lexicon) -> CountKind | None:
    """Kind of a victim verb form, upgraded by a result word right after it ("shot dead")."""
    lemma = tok.lemma_.lower()
    kind = lex.verbs.get(lemma) or (lex.result.get(tok.lower_) if tok.pos_ in ("ADJ", "VERB") else None)
    if kind is None or _blocked(tok, lex):
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in lex.result:
        return _strongest([kind, lex.result[nxt.lower_]])
    return kind


def _surface_kind(q: _Quantity, end: int, lex: Lexicon) -> CountKind | None:
    """Word-order fallback when the parse attached the count badly (frequent in telegraphic text).

    "killing 2 - DETAILS ..." / "killed about 20 ISGS militants": a victim verb right before the
    count; "Two men were in the evening hours shot dead": the count, an auxiliary, a short adjunct
    and a victim participle. Nothing else is read this way.
    """
    doc = q.anchor.doc
    sent = q.anchor.sent
    before = q.first - 1
    headline = _headline_verb_before(doc, before, sent.start, lex) or _to_death_after(q, end)
    if headline is not None:
        return headline
    if before >= sent.start:
        prev = doc[before]
        if prev.lower_ in lex.result and prev.lemma_.lower() not in lex.verbs and before - 1 >= sent.start:
            prev = doc[before - 1]  # "shooting dead 3"
        if (
            prev.pos_ == "VERB"
            and prev.tag_ in ("VBD", "VBG", "VBZ", "VBP")
            and prev.lemma_.lower() in lex.verbs
        ):
            return _victim_word(prev, lex)
    i = end + 1
    seen_aux = False
    while i < sent.end and i <= end + 7:
        tok = doc[i]
        if tok.pos_ == "AUX" or tok.lower_ in ("were", "was", "are", "is", "been", "have", "has", "had"):
            seen_aux = True
        elif (
            tok.tag_ == "VBN"
            or (tok.pos_ == "ADJ" and tok.lower_ in lex.result)
            or (seen_aux and tok.tag_ == "VBD")
        ):
            if any(c.dep_ == "dobj" for c in tok.children):
                return None  # "a militant killed a rider": active, the count is the killer
            if tok.dep_ in ("acl", "relcl") and _told_as_earlier(tok, tok.head, lex):
                return None  # "Zongo was a journalist killed in 12/98": an earlier case
            return _victim_word(tok, lex) if (seen_aux or i == end + 1) else None
        elif tok.pos_ == "ADV" or (seen_aux and tok.pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ")):
            pass
        else:
            return None
        i += 1
    return None


def _to_death_after(q: _Quantity, end: int) -> CountKind | None:
    """ "Youth stone suspected thief to death": a word before the counted phrase and "to death"
    right after it; the headline's verb, whatever the tagger made of it, killed them. Not a
    sentence: "sentenced two men to death" reports no death."""
    doc = q.anchor.doc
    sent = q.anchor.sent
    if end + 2 >= sent.end or [t.lower_ for t in doc[end + 1 : end + 3]] != ["to", "death"]:
        return None
    if q.first - 1 < sent.start or q.anchor.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = doc[q.first - 1]
    if verb.pos_ in ("DET", "ADP", "PUNCT", "AUX", "PRON", "NUM", "CCONJ", "SCONJ", "PART"):
        return None
    if verb.lemma_.lower() in ("sentence", "condemn") or verb.lower_.startswith(("sentenc", "condemn")):
        return None
    return "killed"


def _surface_lemma(tok: Token, lex: Lexicon, table: Mapping[str, Any]) -> str | None:
    """The lemma of a word read as a verb whatever its tag: headlines in the present tense
    ("Mob lynches thief", "Youths stone ...") are often tagged as nouns."""
    low = tok.lower_
    cands = [tok.lemma_.lower(), low]
    if low.endswith("es"):
        cands.append(low[:-2])
    if low.endswith("s"):
        cands.append(low[:-1])
    if low.endswith("ed"):
        cands += [low[:-2], low[:-1]]
    return next((c for c in cands if c in table), None)


# Verb forms that "dead" or "down" right after turn into a killing ("shoot dead", "guns down").
_DEAD_DOWN_VERBS = frozenset(
    {"shoot", "shoots", "shot", "gun", "guns", "gunned", "mow", "mows", "mowed", "cut", "cuts"}
)


def _headline_verb_before(doc: Doc, before: int, start: int, lex: Lexicon) -> CountKind | None:
    """A victim verb right before the counted phrase, read from the words when the parse failed:
    "guns down two officers", "stone to death two drivers", "shoot dead two", "lynches a thief"."""
    k = before
    if k < start:
        return None
    found: list[CountKind] = []
    if doc[k].lower_ == "death" and k - 1 >= start and doc[k - 1].lower_ == "to":
        found.append("killed")  # "stone to death two drivers": the result says it all
        k -= 2
    elif doc[k].lower_ == "dead" or doc[k].lower_ == "down":
        k -= 1
        if k >= start and doc[k].lower_ in _DEAD_DOWN_VERBS:
            found.append("killed")  # "shoot dead two", "guns down three"
    else:
        lemma = _surface_lemma(doc[k], lex, lex.verbs)
        if lemma is None or doc[k].pos_ == "VERB":
            return None  # a verb tagged as one is read by the parse (and _surface_kind)
        found.append(lex.verbs[lemma])  # "Mob lynches two suspects" with "lynches" tagged a noun
    if k < start:
        return None
    verb = doc[k]
    if verb.pos_ in ("DET", "ADP", "PUNCT", "NUM", "PRON", "AUX") or (
        k - 1 >= start and doc[k - 1].dep_ in ("det", "poss") and doc[k - 1].head.i == k
    ):
        return None  # "the shot dead", "a death": not a verb
    return _strongest(found)


def _is_subset(role: Token, lex: Lexicon) -> bool:
    """ "..., including two children", "among them three women": part of a count already given."""
    node = role
    for _ in range(4):
        if node.dep_ == "appos" and _modifier_kind(node, lex) is None and not _is_list_item(node):
            return True  # an aside ("two people, a man and his son"), unless it says what happened
        if node.dep_ == "pobj" and node.head.lower_ in lex.subset_preps:
            return True
        if node.dep_ == "prep" and node.lower_ in lex.subset_preps:
            return True
        if _last_of_subset_list(node, lex):
            return True
        if node.head.i == node.i or node.dep_ not in ("conj", "pobj", "prep"):
            break
        node = node.head
    return False


def _last_of_subset_list(node: Token, lex: Lexicon) -> bool:
    """ "three civilians, including the village chief, the mayor, and a merchant": the parser hangs
    the last item of the "including" list on the figure as a conjunct. An unnumbered conjunct after
    a subset preposition of its head is still one of the list."""
    if node.dep_ != "conj" or node.pos_ == "NUM" or _has_number(node, lex):
        return False
    head = node.head
    return any(c.dep_ == "prep" and c.lower_ in lex.subset_preps and head.i < c.i < node.i for c in head.children)


def _predicate(role: Token) -> Token:
    """The clause predicate that reports what happened to ``role`` (the nearest verb above it)."""
    node = role
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _told_as_earlier(verb: Token, role: Token, lex: Lexicon) -> bool:
    """A time phrase in the victim clause that puts it before the event: "two weeks before"."""
    for child in verb.children:
        if child.i == role.i or child.dep_ not in ("advmod", "npadvmod", "prep"):
            continue
        words = [t for t in child.subtree if t.i != role.i]
        if any(t.lower_ in lex.earlier for t in words) and not any(t.lower_ in ("than", "after") for t in words):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            _looks_like_year(t) or _MONTH_YEAR.fullmatch(t.text) for t in words
        ):
            return True  # "the journalist, who was killed in 1998": a past case named in the story
    return False


def _contact_relative(verb: Token, lex: Lexicon) -> bool:
    """ "a man they believed had killed a child": a relative clause with no wh-word that reports
    what someone believes or says a person did. The small parser rarely sees the relative clause,
    so this reads the words: person noun, subject, reporting verb, optional auxiliary, ``verb``."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].lower_ in ("had", "has", "have", "'d"):
        k -= 1
    if k < 2 or doc[k].lemma_.lower() not in lex.background_relative or doc[k].tag_ not in ("VBD", "VBP", "VBZ"):
        return False
    subj, noun = doc[k - 1], doc[k - 2]
    return subj.pos_ in ("PRON", "NOUN", "PROPN") and subj.lower_ not in ("which", "who", "that") and (
        noun.pos_ in ("NOUN", "PROPN") and _is_person(noun, lex)
    )


def is_war_noun(tok: Token) -> bool:
    """Does ``tok`` name a war as a whole ("the war", "the civil conflict", "the insurgency")?"""
    return _is_war_noun(tok, load_lexicon())


def _is_war_noun(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ != "NOUN":
        return False  # "Warring between two clans causes ...": a local fight, told as a verb
    low = tok.lower_
    mods = " ".join(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i)
    return low in lex.war_causes or f"{mods} {low}".strip() in lex.war_causes


def _coordinated_with(verb: Token) -> Token | None:
    """The verb a subjectless conjunct really shares its subject with, when the parser hung it
    elsewhere: in "linked the cut to the talks to end a war that has lasted a decade and left
    72,000 dead" the "and" before "left" belongs to "lasted", while "left" was made a conjunct of
    "linked". The coordinator right before the verb tells which clause it continues."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    cc = verb.doc[verb.i - 1]
    if cc.dep_ == "cc" and cc.head.i != verb.head.i and cc.head.pos_ == "VERB" and cc.head.i < verb.i:
        return cc.head
    return None


def war_tally(tok: Token) -> bool:
    """Is ``tok`` (a victim phrase or a trigger) in a clause whose cause is a war rather than an
    incident: "a war that has lasted a decade and left 72,000 people killed", "the conflict, which
    has claimed almost 70,000 lives", "the insurgency has killed more than 300 people"? Walks up
    the trigger's own clause to its verb's subject, or to the noun a relative clause is on."""
    lex = load_lexicon()
    node = tok
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "nsubj" and _is_war_noun(c, lex) for c in node.children):
                return True
            shared = _coordinated_with(node)
            if shared is not None:
                node = shared  # "a war that has lasted a decade and left 72,000 dead", misattached
                continue
            if node.dep_ == "relcl":
                return _is_war_noun(node.head, lex)
            if node.dep_ not in ("conj", "acl", "xcomp"):
                return False
        elif node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.dep_ == "relcl":
            # "the war, which has resulted in 70,000 deaths"
            node = node.head.head
            continue
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _main_clause_conjunct(verb: Token) -> bool:
    """ "The police opened fire on protesters who were marching against the plan to close the road
    and killed two of them": the parser conjoined the finite "killed" with the infinitive "to close"
    deep inside a background phrase. A finite past verb with no subject or auxiliary of its own
    cannot share an infinitive's form; its only possible subject is the main clause's, so it
    reports the event itself."""
    head = verb.head
    root = verb.sent.root
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children)
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and root.pos_ == "VERB"
        and root.tag_ == "VBD"
        and root.i < head.i
        and any(c.dep_ == "nsubj" for c in root.children)
    )


def _is_background(role: Token, lex: Lexicon) -> bool:
    """Harm told as the cause or backstory of the reported event, not the event itself."""
    if war_tally(role):
        return True
    node = role
    for _ in range(5):
        if node is not role and _main_clause_conjunct(node):
            return False
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in lex.background_preps
            and node.head.head.lemma_.lower() != "responsibility"
            and (node.lemma_.lower() in lex.of_nouns or lex.nouns.get(node.lemma_.lower()) == "killed")
        ):
            return True  # "protested against the murder of a student", "in retaliation for the killing of"
        if node.dep_ in ("relcl", "acl") and node.pos_ == "VERB" and _told_as_earlier(node, role, lex):
            return True  # "the attack which killed one woman several days earlier"
        if (
            node is not role
            and node.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children)
            and _told_as_earlier(node, role, lex)
        ):
            return True  # "as five patients had died at the hospital in the previous month"
        if (
            node.dep_ == "pcomp"
            and node.head.head.lemma_.lower() in lex.background_below_root
            and _told_as_earlier(node, role, lex)
        ):
            return True  # "the victim was suspected of killing two officers last month"
        if node is not role and node.pos_ == "VERB" and _contact_relative(node, lex):
            return True  # "lynched a man they believed had killed a child"
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lex.background_marks for c in node.children
        ):
            return True
        if node.head.i == node.i:
            return False
        # Over a clausal complement the parser often hangs the whole report on a participle:
        # "suspected militants killed two" comes out as "suspected" + ccomp "killed".
        via_ccomp = node.dep_ == "ccomp"
        own_verb = node is role and role.dep_ == "nsubj"  # "Hundreds demonstrated": the event itself
        # "by" + gerund is the act itself ("retaliated by lynching the thief").
        own_verb = own_verb or _means(node)
        node = node.head
        if node.i == role.i - 1 and role.pos_ == "NUM" and node.lower_ in ("over", "about", "around"):
            continue  # "injuring over 300": the number's own modifier, parsed as a preposition
        if (
            not via_ccomp
            and not own_verb
            and node.pos_ != "PROPN"  # "13 March: 3 people killed" is a date, not a march
            and (node.lemma_.lower() in lex.background or node.lower_ in lex.background)
        ):
            return True
        if not via_ccomp and not own_verb and node.dep_ != "ROOT" and node.lemma_.lower() in lex.background_below_root:
            return True
    return False


# "in 12/98", "in 04/2018": a month and year, like a bare year, dates a relative clause to the past.
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])/(?:\d\d|(?:19|20)\d\d)")
# "two months later", "a year later": a span long enough to be another incident ("days later" is
# often the same victim dying of the wounds).
_LONG_SPANS = frozenset({"month", "year"})
# Participles that report what someone says, not what the reporter tells: "joined the march,
# saying many of their colleagues have died".
_SAYING = frozenset({"saying", "claiming", "alleging", "complaining", "lamenting"})


def _later_span(verb: Token) -> bool:
    """ "He died in a second attack two months later": the harm is put long after the event."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "later":
            if any(g.dep_ == "npadvmod" and g.lemma_.lower() in _LONG_SPANS for g in child.children):
                return True
    return False


def _earlier_victim_clause(noun: Token, lex: Lexicon) -> bool:
    """ "Thomas Sankara, who was assassinated in 1987", "the late mayor assassinated in April 2018":
    a person whose own death clause is dated before the event."""
    for child in noun.children:
        if child.dep_ not in ("relcl", "acl") or child.pos_ != "VERB":
            continue
        if "killed" not in (_victim_word(child, lex), lex.intransitive.get(child.lemma_.lower())):
            continue  # "a teacher who was abducted earlier": not an earlier death
        if _told_as_earlier(child, noun, lex):
            return True
    return False


def _gloss_on_background(q: _Quantity, lex: Lexicon) -> bool:
    """ "justice for the death of their colleague, the union official X, who was found dead": a
    person named right after a background death phrase is the same background victim, however the
    parser attached the gloss."""
    doc = q.anchor.doc
    k = q.first - 1
    if k < 1 or doc[k].text != "," or q.best != 1:
        return False
    prev = doc[k - 1]
    if prev.dep_ != "pobj" or prev.head.lower_ != "of" or prev.head.head.lemma_.lower() not in lex.of_nouns:
        return False
    return _is_background(prev, lex)


def _reported_saying(role: Token) -> bool:
    """ "joined the demonstration, saying many of their colleagues have died on the road": harm
    in what protesters say, in the present perfect or present, is their grievance, not the event."""
    node = role
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and node.head.lower_ in _SAYING and node.head.dep_ == "advcl":
            perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in node.children)
            return perfect or node.tag_ in ("VBP", "VBZ")
        node = node.head
    return False


def _told_apart(q: _Quantity, role: Token, lex: Lexicon) -> bool:
    """Harm told apart from the event: dated earlier in its own clause, long after it, or named as
    the grievance behind it (see the helpers above)."""
    noun = q.anchor
    if noun.pos_ in _NOUNS and _earlier_victim_clause(noun, lex):
        return True
    if _gloss_on_background(q, lex) or _reported_saying(role):
        return True
    pred = _predicate(role)
    if role.dep_ in ("nsubj", "nsubjpass") and pred.pos_ == "VERB" and _later_span(pred):
        return True
    # "the killing of a cleric earlier in the week": a death noun dated before the event
    if role.dep_ == "pobj" and role.head.lower_ == "of":
        harm = role.head.head
        if harm.lemma_.lower() in lex.of_nouns and any(
            c.dep_ == "advmod" and c.lower_ in lex.earlier for c in harm.children
        ):
            return True
    return False


def _means(node: Token) -> bool:
    """Is ``node`` "by" + gerund, the means of its head, or "before" + gerund, the next act: the
    head's meaning ("retaliated by lynching the thief", "demanded money before shooting him dead")
    then says nothing of the gerund's harm being backstory."""
    return node.dep_ == "prep" and node.lower_ in ("by", "before") and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in node.children
    )


@dataclass(frozen=True)
class _Found:
    kind: CountKind
    group: int  # token index of the coordination's role token: same group = same predicate
    q: _Quantity
    end: int  # doc token index (inclusive) where the counted phrase ends
    predicate: int = -1  # doc token index of the clause predicate
    token: int = -1  # doc token index of the counted phrase's top token (see _classify)


def _spared(q: _Quantity, lex: Lexicon) -> bool:
    """People who came out alive: "rescuers pulled four children alive", "two hostages were freed",
    "five survivors". Whatever kill word stands near them, they are not victims killed."""
    counted = _counted_noun(q, lex)
    if counted is None:
        return False
    noun, top = counted
    if noun is not None and noun.lemma_.lower() in lex.spared_nouns:
        return True
    role = _role(top)
    pred = _predicate(role)
    if pred.lemma_.lower() in lex.spared_verbs and role.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos"):
        return True
    return pred.lemma_.lower() not in lex.alive_verbs and any(
        c.lower_ == "alive" for t in (pred, noun or top) for c in t.children
    )


def _classify(q: _Quantity, lex: Lexicon) -> _Found | None:
    found = _classify_harm(q, lex)
    if found is not None and found.kind == "killed" and _spared(q, lex):
        return None
    counted = _counted_noun(q, lex)
    if found is not None and counted is not None:
        found = dataclasses.replace(found, token=counted[1].i)
    return found


def _alternatives(found: Sequence[_Found], doc: Doc) -> set[int]:
    """Positions in ``found`` of phrases given as alternatives to an earlier one ("a JNIM or ISGS
    militant", "a soldier or a gendarme"): the same people, not more."""
    tokens = {f.token: n for n, f in enumerate(found) if f.token >= 0}
    out: set[int] = set()
    for n, f in enumerate(found):
        if f.token < 0:
            continue
        tok = doc[f.token]
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            continue
        ccs = [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.left_edge.i]
        if not ccs or ccs[-1].lower_ not in ("or", "nor", "and/or") or ccs[-1].i < tok.left_edge.i - 2:
            continue
        head = tok.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.i in tokens or any(c.i in tokens for c in head.subtree if c.i < tok.i):
            out.add(n)
    return out


def _second_subjects(found: Sequence[_Found], doc: Doc) -> set[int]:
    """Positions in ``found`` of a single person parsed as a second subject of the same verb:
    "Driver of MP John Doe was killed", "An attorney defending the area Senator is assassinated".
    A verb has one subject; two people meant as two victims come coordinated ("X and Y")."""
    out: set[int] = set()
    subjects: dict[int, int] = {}
    for n, f in enumerate(found):
        role = doc[f.group]
        if role.dep_ not in ("nsubj", "nsubjpass") or role.head.i == role.i:
            continue
        first = subjects.setdefault(role.head.i, role.i)
        between = doc[min(first, role.i) : max(first, role.i)]
        if (
            first != role.i
            and f.q.best == 1
            and f.q.anchor.pos_ == "PROPN"  # a name or title hung on the verb: "... MP John Doe was"
            and not any(t.pos_ == "CCONJ" for t in between)  # "A, B, and C were killed": a list
        ):
            out.add(n)
    return out


def _title_conjuncts(found: Sequence[_Found], doc: Doc) -> set[int]:
    """Positions in ``found`` of a single person parsed as a conjunct of another with no
    conjunction between them, under a singular verb: "MP, John Doe of the party was killed" is a
    title and a name, one person ("A, B and C were killed" is a list)."""
    tokens = {f.token for f in found if f.token >= 0}
    out: set[int] = set()
    for n, f in enumerate(found):
        tok = doc[f.token] if f.token >= 0 else None
        if tok is None or tok.dep_ != "conj" or tok.head.i not in tokens or f.q.best != 1:
            continue
        if f.q.anchor.pos_ == "NUM" or any(t.pos_ == "CCONJ" for t in doc[tok.head.i : tok.i]):
            continue
        head = tok.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in ("was", "is", "has") for c in auxes) or (not auxes and verb.tag_ == "VBZ") or (
            verb.lower_ in ("was", "is")
        ):
            out.add(n)
    return out


def _surface_killers(found: Sequence[_Found], doc: Doc) -> set[int]:
    """Positions in ``found`` of the active subject of "shot dead N" when the parser lost the verb:
    "A soldier in a rage shot dead 10 people" (with "shot" taken for a noun, "soldier" becomes the
    root and "dead" its modifier). The phrase before "shot dead" + a counted victim is the killer."""
    out: set[int] = set()
    for n, f in enumerate(found):
        sent = f.q.anchor.sent
        for k in range(f.end + 1, sent.end - 2):
            tok = doc[k]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":"):
                break
            if tok.lower_ in _DEAD_DOWN_VERBS and doc[k + 1].lower_ in ("dead", "down"):
                if any(g is not f and g.kind == "killed" and k + 2 <= g.q.first <= k + 3 for g in found):
                    out.add(n)
                break
    return out


def _classify_harm(q: _Quantity, lex: Lexicon) -> _Found | None:
    counted = _counted_noun(q, lex)
    if counted is None:
        return None
    noun, top = counted
    doc = q.anchor.doc
    if noun is None and top.dep_ not in _ARG_DEPS and _modifier_kind(top, lex) is None:
        # No usable attachment: read word order only ("kills 4", "shooting dead 2").
        if _is_background(top, lex) or q.best == 0:
            return None
        end = q.last
        while (
            end + 1 < top.sent.end
            and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ")
            and doc[end + 1].lower_ not in lex.result
        ):
            end += 1  # "8 people were killed": the counted noun lies between
        loose = _surface_kind(q, end, lex)
        if loose is None or (end > q.last and not _may_be_people(doc[end], lex)):
            return None
        return _Found(kind=loose, group=top.i, q=q, end=end, predicate=_predicate(top).i)
    role = _role(top)
    count_noun = noun is not None and noun.i != q.anchor.i and noun.lemma_.lower() in lex.nouns
    # A count noun ("one death, one injury") states its own figure; only its own attachment can
    # make it an aside.
    if role.dep_ == "pobj" and role.head.dep_ == "agent" and role.i != top.i and not _is_background(role, lex):
        # "attacked by militants, 4 guards and a chief killed": people conjoined with the agents,
        # with a victim verb of their own
        orphan = _orphan_passive(top, lex)
        if orphan is not None:
            return _Found(kind=orphan[0], group=role.i, q=q, end=q.last, predicate=orphan[1].i)
        own = _modifier_kind(top, lex) or (_shared_participle(top, lex) if top.pos_ in _NOUNS else None)
        if own is not None:  # "..., 3 guards and a chief killed" with "killed" on the last of them
            return _Found(kind=own, group=role.i, q=q, end=q.last, predicate=role.i)
    if _is_background(role, lex) or (role.dep_ == "pobj" and role.head.dep_ == "agent"):
        return None  # background harm, or the perpetrators ("killed by 200 raiders")
    if _told_apart(q, role, lex):
        return None
    if role.dep_ in ("npadvmod", "appos") and any(t.lower_ in ("each", "per") for t in role.subtree):
        return None  # "eight were killed, four at each site": a breakdown of a figure already given
    if _is_subset(top, lex) or (not count_noun and _is_subset(role, lex)):
        # A comma splice parsed as an apposition: "attacked the village of X, four militants and
        # one soldier were killed". Word order shows the phrase is the subject of its own clause.
        if role.dep_ == "appos" and (direct := _headline_verb_before(doc, q.first - 1, top.sent.start, lex)):
            # "Militia stone to death two drivers": the object parsed as an apposition
            return _Found(kind=direct, group=role.i, q=q, end=max(q.last, role.i), predicate=_predicate(role).i)
        if role.dep_ == "appos" and (glossed := _subject_gloss_kind(role, lex)) is not None:
            # "the passengers, three women and a child, were killed": the gloss gives the figure
            return _Found(kind=glossed, group=role.i, q=q, end=max(q.last, role.i), predicate=role.head.head.i)
        if count_noun and noun is not None and _tally_aside(q, top, lex):
            # "attacked a bus near X, one death, two injuries": a telegraphic tally
            return _Found(kind=lex.nouns[noun.lemma_.lower()], group=role.i, q=q, end=max(q.last, noun.i))
        if role.dep_ != "appos" or role.head.pos_ != "PROPN":
            return None
        spliced = _surface_kind(q, role.right_edge.i, lex)
        if spliced is None:
            return None
        return _Found(kind=spliced, group=role.i, q=q, end=max(q.last, role.i), predicate=_predicate(role).i)
    if q.first > 0 and doc[q.first - 1].text in ("(", "[") and top.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None  # "a civilian [a child]": a gloss on a phrase already counted
    end = max(q.last, noun.i if noun is not None and noun.i > q.last else q.last)
    # Keep "more"/"other" in the phrase ("two more", "two other soldiers") and the subject of a
    # toll ("the death toll rose to 12"): merge_counts reads them.
    extra = [c.i for t in (q.anchor, noun) if t is not None for c in t.children if c.lower_ in lex.additive]
    pred = _predicate(role)
    if role.dep_ in ("pobj", "attr") and (toll := _toll_subject(pred)) is not None:
        extra.append(toll.left_edge.i)
    if pred.i > end and any(c.dep_ == "advmod" and c.lower_ in lex.additive for c in pred.children):
        extra.append(pred.i)  # "3 militants were also killed": keep "also" in the phrase
    first = min([q.first, *extra])
    end = max([end, *extra])
    if first != q.first:
        q = _Quantity(
            first=first, anchor=q.anchor, low=q.low, best=q.best, high=q.high, last=q.last, pronoun=q.pronoun
        )
    kind: CountKind | None
    singular_count = (
        noun is not None
        and noun.i == q.anchor.i
        and (q.best == 1 or q.pronoun)  # "his body", "their bodies were found"
        and lex.nouns.get(noun.lemma_.lower()) in ("killed", "injured", "arrested", "abducted")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )
    if singular_count and noun is not None:
        # "his body was found", "one death": the noun says what happened ("the body of a man" is
        # left to "a man").
        return _Found(
            kind=lex.nouns[noun.lemma_.lower()], group=role.i, q=q, end=end, predicate=_predicate(role).i
        )
    if noun is not None and noun.i != q.anchor.i and noun.lemma_.lower() in lex.nouns:
        noun_kind = lex.nouns[noun.lemma_.lower()]
        if noun_kind != "participants":
            return _Found(kind=noun_kind, group=role.i, q=q, end=end)
    elif noun is not None and noun.lower_ in lex.nouns and noun.pos_ in ("ADJ", "VERB"):
        return _Found(kind=lex.nouns[noun.lower_], group=role.i, q=q, end=end)  # "3 dead"
    elif noun is not None and noun.i != q.anchor.i and not _may_be_people(noun, lex):
        # A counted proper noun is a people's or group's name ("seven Pokot", "three KDF"); a
        # place, date or facility is not.
        # Names of peoples are often tagged as places ("3 Kalenjin"): right after the number, a
        # proper noun is the people counted.
        if noun.pos_ != "PROPN" or (
            noun.ent_type_ not in ("", "ORG", "NORP", "PERSON")
            and not (noun.ent_type_ == "GPE" and noun.i == q.last + 1)
        ):
            return None
    elif noun is None and role.dep_ not in _ARG_DEPS and _modifier_kind(q.anchor, lex) is None:
        return None
    # Words inside the noun phrase are the most specific cue: "shot dead two herders" (dead
    # parsed on the noun), "leaves one dead", "Twenty dead and 300 displaced", "Five killed".
    inner = _modifier_kind(noun if noun is not None else q.anchor, lex)
    if inner is None and noun is not None:
        inner = _shared_participle(noun, lex)
    if inner is not None and (role.i != top.i or role.dep_ in ("npadvmod", "meta", "dep", "appos")):
        kind = inner  # a conjoined phrase with its own participle: "seven killed, ten wounded"
    else:
        if inner is None and role.i != top.i:
            inner = _modifier_kind(role, lex)  # "shot dead one boy and two men": "dead" is on "boy"
        kind = _strongest([k for k in (inner, _predicate_kind(role, lex)) if k is not None])
    person = q.anchor.pos_ == "NUM" or _is_person(noun if noun is not None else q.anchor, lex)
    if person and (kind is None or (role.i != top.i and _stray_head(role, lex))):
        orphan = _orphan_passive(top, lex)
        if orphan is not None:
            return _Found(kind=orphan[0], group=role.i, q=q, end=end, predicate=orphan[1].i)
    outer = role.head.head
    nested = (
        role.dep_ == "pobj"
        and role.head.dep_ == "prep"
        and outer.i < role.i
        and (outer.pos_ == "NUM" or _has_number(outer, lex))
    )
    if kind is None and not q.pronoun and q.best > 0 and not nested:
        # Word order only for phrases with no place in the parse; "5 people in Ruaraka were shot"
        # names a place (or person) inside another counted phrase.
        kind = _surface_kind(q, end, lex)
        if kind is None and role.i < top.i and top.dep_ == "conj" and role.left_edge.i < q.first:
            # "shot dead a policeman and an interpreter" (with "shot" taken for a noun): the
            # conjuncts share the verb read before the first of them
            kind = _surface_kind(dataclasses.replace(q, first=role.left_edge.i), end, lex)
    if kind is None and noun is not None and lex.nouns.get(noun.lemma_.lower()) == "participants":
        kind = "participants"
    if kind is None:
        return None
    return _Found(kind=kind, group=role.i, q=q, end=end, predicate=_predicate(role).i)


# Step 4: one Count per predicate --------------------------------------------------------------


def _to_count(found: Sequence[_Found], sent: Span) -> Count:
    doc = sent.doc
    start_tok = min(f.q.first for f in found)
    end_tok = max(f.end for f in found)
    start = doc[start_tok].idx
    end = doc[end_tok].idx + len(doc[end_tok].text)
    highs = [f.q.high for f in found]
    return Count(
        kind=found[0].kind,
        best=sum(f.q.best for f in found),
        low=sum(f.q.low for f in found),
        high=None if any(h is None for h in highs) else sum(h for h in highs if h is not None),
        text=doc_text(doc)[start:end],
        start=start,
        end=end,
    )


def _own_body(tok: Token) -> bool:
    """ "his body", "her corpse": a single body with a possessive pronoun."""
    return (
        tok.lemma_.lower() in ("body", "corpse")
        and tok.tag_ == "NN"
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)
        and tok.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in tok.children)  # "his body and the body of a woman"
    )


_TELEGRAPHIC_NUMBER = re.compile(r"^[-–]?((?:\d{1,3}(?:,\d{3})+|\d+))$")


def _telegraphic_counts(tokens: Sequence[Token], lex: Lexicon) -> list[_Found]:
    """Slash-separated lists in telegraphic notes, which the tokenizer leaves glued: "attacks -5
    killed/ shopping centre razed/ 1,400 people displaced", "- 6 killed/ 70 houses razed": a number
    and a victim word carrying the slash."""
    out: list[_Found] = []
    for n in range(len(tokens) - 1):
        tok, nxt = tokens[n], tokens[n + 1]
        match = _TELEGRAPHIC_NUMBER.match(tok.text)
        word = nxt.lower_
        if match is None or len(word) < 4 or not word.endswith("/") or _next_to_month(tokens, n):
            continue
        word = word[:-1]
        stems = [word, word[:-2], word[:-1]] if word.endswith("ed") else [word]
        kind = lex.result.get(word) or next(
            (k for w in stems if (k := lex.verbs.get(w) or lex.intransitive.get(w)) is not None), None
        )
        if kind not in ("killed", "injured"):
            continue
        value = int(match.group(1).replace(",", ""))
        q = _Quantity(first=tok.i, anchor=tok, low=value, best=value, high=value, last=tok.i)
        out.append(_Found(kind=kind, group=tok.i, q=q, end=nxt.i, token=tok.i))
    return out


_COUNTS_KEY = "eventscope:sentence-counts"


def sentence_counts(sent: Span) -> tuple[Count, ...]:
    """``find_counts(sent)``, computed once per sentence of a parsed document: typing, merging and
    event assembly all read the counts of the same sentences (kept in ``Doc.user_data``)."""
    memo = sent.doc.user_data.setdefault(_COUNTS_KEY, {})
    key = (sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(find_counts(sent))
    return cast(tuple[Count, ...], found)


def find_counts(sent: Span) -> list[Count]:
    """Counts of people killed, injured, arrested, abducted, displaced or taking part in ``sent``.

    ``sent`` is a sentence of a parsed spaCy Doc (``doc.sents``); offsets in the returned Counts
    are character offsets into the whole document.
    """
    lex = load_lexicon()
    tokens = list(sent)
    quantities = _numeral_quantities(tokens, lex)
    taken = {t for q in quantities for t in range(q.first, q.last + 1)}
    quantities += _vague_quantities(tokens, lex, taken)
    quantities += _negative_quantities(tokens, lex)
    taken = {t for q in quantities for t in range(q.first, q.last + 1)}
    quantities += [q for q in _singular_quantities(tokens, lex) if q.anchor.i not in taken]
    quantities += _latter_quantities(tokens)

    found: list[_Found] = _telegraphic_counts(tokens, lex)
    seen: set[int] = {f.q.anchor.i for f in found}
    for q in sorted(quantities, key=lambda q: q.first):
        if q.anchor.i in seen:
            continue
        f = _classify(q, lex)
        if f is not None:
            found.append(f)
            seen.add(q.anchor.i)
    # One Count per predicate and kind: conjoined noun phrases ("three soldiers and two civilians")
    # and conjoined clauses ("3 soldiers were killed and 2 civilians died") are summed; counts under
    # other predicates of the sentence stay separate for merge_counts to weigh.
    doc = sent.doc
    alternatives = _alternatives(found, doc) | _second_subjects(found, doc) | _title_conjuncts(found, doc)
    alternatives |= _surface_killers(found, doc)
    found = [f for n, f in enumerate(found) if n not in alternatives]
    groups: dict[tuple[int, str], list[_Found]] = {}
    for f in found:
        pred = doc[f.predicate] if f.predicate >= 0 else doc[f.group]
        while (
            pred.dep_ in ("conj", "parataxis", "ccomp")
            and pred.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "mark" for c in pred.children)
        ):
            pred = pred.head
        if pred.head.i == pred.i:
            # Main clauses of one sentence are one report: "two assailants were killed, three
            # civilians were killed" (comma splice), "3 died and 2 were killed".
            pred = sent.root
        groups.setdefault((pred.i, f.kind), []).append(f)
    # A figure in brackets next to one outside them is an aside on it ("At least 20 (some reports
    # 30) were killed", "12 killed [mortuary count: 6]"): another estimate, never a part to add.
    # Likewise a plural pronoun beside a counted phrase repeats it ("killed two men, they were ...").
    bracketed = bracketed_tokens(tokens)
    for key, members in groups.items():
        outside = [f for f in members if f.q.anchor.i not in bracketed]
        if outside and len(outside) < len(members):
            members = outside
        named = [f for f in members if not (f.q.pronoun and f.q.best > 1)]
        # "X was killed and his body dumped": the body of someone already counted, not another dead.
        named = [f for f in named if not _own_body(f.q.anchor)] or named
        if not named and len(members) > 1:
            # "executed them and dumped their bodies": pronouns standing for the same earlier group
            # ("three village chiefs"), counted once
            named = [max(members, key=lambda f: f.q.best)]
        groups[key] = named or members
    counts = [_to_count(g, sent) for g in groups.values()]
    return sorted(counts, key=lambda c: c.start)


# Merging across the sentences of one event ------------------------------------------------------


def _is_pronoun(count: Count) -> bool:
    lex = load_lexicon()
    words = count.text.lower().split()
    if len(words) == 2 and words[0] == "their":
        return words[1].rstrip("s") in lex.plural_pronoun_nouns or words[1] == "corpses"
    return count.text.lower() in lex.pronouns or count.text.lower() in lex.plural_pronouns


def _is_vague(count: Count) -> bool:
    lex = load_lexicon()
    words = count.text.lower().split()
    return not any(_DIGITS.match(w) or w in lex.numbers for w in words) and any(w in lex.vague for w in words)


def _is_additive(count: Count) -> bool:
    lex = load_lexicon()
    words = count.text.lower().split()
    if words and words[0] not in lex.additive and re.search(r"\b(?:and|,) another\b", count.text.lower()):
        return False  # "One man was killed ... and another was beaten": "another" is the second of these
    return any(w in lex.additive for w in words)


def _part_of_total(running: Count, parts: int, new: Count) -> bool:
    """ "At least fifteen people are feared dead ... Eight were killed at A ... another six were
    killed at B": figures told after a total that together stay within it are its parts."""
    return parts > 0 and new.best > 0 and parts + new.best <= running.best and not _is_update(new)


def _add(a: Count, b: Count) -> Count:
    return Count(
        kind=a.kind,
        best=a.best + b.best,
        low=a.low + b.low,
        high=None if a.high is None or b.high is None else a.high + b.high,
        text=f"{a.text}; {b.text}",
        start=min(a.start, b.start),
        end=max(a.end, b.end),
    )


# Nouns that can name either side's dead ("two people", "the victims").
_EITHER_SIDE = frozenset({"people", "person", "individual", "other", "victim", "casualtie", "casualty"})


def _side(count: Count) -> str | None:
    """ "attackers" or "others" for a count naming only one side's people, else None."""
    lex = load_lexicon()
    words = re.findall(r"[a-z]+", count.text.lower())
    if not words or words[0] in ("the", "this", "that", "these", "those") or _is_pronoun(count):
        return None  # "the perpetrator", "the suspect": a retelling of someone already counted
    sides: set[str] = set()
    for word in words:
        stem = word[:-1] if word.endswith("s") else word
        if stem in _EITHER_SIDE:
            continue
        if word in lex.attackers or stem in lex.attackers:
            sides.add("attackers")
        elif word in lex.people or stem in lex.people:
            sides.add("others")
    return sides.pop() if len(sides) == 1 else None


def _is_update(count: Count) -> bool:
    return any(w in ("toll", "tally", "total") for w in count.text.lower().split())


def _update(current: Count | None, new: Count) -> Count:
    """Combine a later figure (same kind, text order) with the running one.

    * A figure marked as additional ("two more", "another civilian") adds to the running one.
    * A stated toll ("the death toll rose to 12") replaces it: it is the source's own total.
    * An exact figure replaces a vague one ("dozens", then "27 people").
    * Otherwise the first figure stands. Later figures in a report mostly retell part of the
      story ("a man was shot ..."), report the other side's claim, or give a figure for an earlier
      incident; keeping the first is also the conservative choice when sources disagree. (Measured
      on the ACLED dev notes, fatal_exact: this rule 0.8682; plain highest 0.8630, lowest 0.8647,
      latest 0.8611, sum of all 0.8539.)
    * Singular pronouns ("shot him dead") only count when nothing else was counted.
    """
    if current is None:
        return new
    if _is_pronoun(new):
        return current
    if _is_pronoun(current):
        return new
    if _is_additive(new) and new.best > 0:
        return _add(current, new)
    if _is_update(new):
        return new
    if _is_vague(current) and not _is_vague(new):
        return new
    sides = (_side(current), _side(new))
    if None not in sides and sides[0] != sides[1] and "; " not in current.text and new.best > 0:
        return _add(current, new)
    return current


def _captives_killed(count: Count, taken: set[int]) -> bool:
    """Is ``count`` the captives of an earlier sentence found or reported dead: a definite plural
    ("the captured policemen", "the hostages") the size of a group abducted before it?"""
    words = count.text.lower().split()
    return len(words) >= 2 and words[0] in ("the", "these", "those") and count.best in taken


def merge_counts(
    per_sentence: Sequence[Sequence[Count]],
) -> tuple[Count | None, tuple[Count, ...]]:
    """The fatalities Count and one Count per kind for an event told across several sentences.

    ``per_sentence`` holds ``find_counts`` results in text order. Returns ``(fatalities, counts)``
    where ``fatalities`` is the merged ``killed`` Count (None when no sentence gave one) and
    ``counts`` has one merged Count per kind, in ``KIND_ORDER``.
    """
    merged: dict[str, Count] = {}
    for kind in KIND_ORDER:
        running: Count | None = None
        taken: set[int] = set()  # sizes of groups abducted so far
        parts = 0  # sum of the later figures that retold part of the running total
        for counts in per_sentence:
            for count in counts:
                if count.kind == kind:
                    if kind == "killed" and running is not None and _part_of_total(running, parts, count):
                        parts += count.best
                    elif kind == "killed" and running is not None and _captives_killed(count, taken):
                        # "killing an officer and abducting two others ... the captured policemen
                        # were found dead": the captives are more dead, not a retelling
                        running = _add(running, count)
                        taken.discard(count.best)  # "... It is believed the policemen were killed by": once
                    else:
                        before = running
                        running = _update(running, count)
                        if running is not before:
                            parts = 0
                        elif 0 < count.best < running.best and not _is_pronoun(count):
                            parts += count.best
            if kind == "killed":
                taken |= {c.best for c in counts if c.kind == "abducted" and c.best > 0}
        if running is not None:
            merged[kind] = running
    return merged.get("killed"), tuple(merged.values())
