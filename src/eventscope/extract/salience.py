"""Salience: does an event mention report a specific incident, or something else?

News articles talk about violence in many ways that are not a new incident. ``assess`` looks at
one typed mention in its parsed sentence and decides, in this order:

1. denial and negation the classifier missed ("denied that troops killed", "reports of a
   massacre were false")                                    -> status "denied" / "negated";
2. threats, plans, goals, fears, orders, conditions, purposes, requests and questions ("vowed to
   crush", "to prevent attacks", "if they attack", "in case of a clash", "a plan to bomb",
   "requested the arrest", "a warrant for his arrest", "who bombed the bridge?"), and the
   statements of speeches and communiques: demands ("4. Suspend conscription"), rules of conduct
   ("the operation must be suspended"), conditions ("when taxes are stolen, no one will pay"),
   counterfactuals ("far from achieving a truce") and claims branded as lies ("they resort to
   lies and say they control the city")        -> status "threatened" / "hypothetical" / "negated";
3. history: a time expression of the trigger's own clause that ended more than ``history_days``
   before publication, or an undated past-tense clause right after an old month or year
   ("in March 2012 ... The men were shot"), funerals, trials, anniversaries      -> dropped;
4. aggregates over a long period ("since the war began", "over 40 days", "have since fought",
   "more than 6,000 people have died")                                           -> dropped;
5. figures of speech ("like a bomb", "the mood was explosive", "described as an 'assault'",
   "harsh attacks on the government", "an attack on the judicial branch")       -> dropped;
6. generic or habitual statements: habitual adverbs and adjectives, a trend or class of events
   ("attacks have increased", "a wave of killings"), a speaker's present-tense rhetoric and, in
   a past-tense story, present-simple verbs of generic subjects and gerunds of manner or topic
   ("justice by burning people", "an interest in fighting")                      -> dropped;
7. opinion and accusation about non-specific events ("accused the army of massacres") -> dropped.

A mention that is specific (a number, a date or place of its own, a definite singular noun, a
past-tense verb with a concrete subject) survives rules 6 and 7: a condemnation of "the bombing
of the embassy on Monday" still reports the bombing.

``filter_groups`` applies ``assess`` to the incidents ``classify.merge_mentions`` built, and
drops an incident that only echoes one kept before it ("the group claimed the attack", "leaders
condemned the bombing": a definite event noun under a claim or reaction, without a count, place
or date of its own); ``rank_events`` is the article-level helper that keeps an article's main incidents.

The cue lists live in ``resources/salience.toml``; this module holds the decision rules.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..nlp import doc_text, neighbour, trigger_root
from ..records import EventMention, Status, TimeExpr
from .attribution import denies_blame
from .counts import is_war_noun as _is_war_noun
from .counts import war_tally

SALIENCE_FILE = "salience.toml"

# The statuses the classifier already set that mean "not an occurrence": left alone.
_NOT_ASSERTED = frozenset({"denied", "negated", "hypothetical", "threatened"})
_PRESENT = frozenset({"VBZ", "VBP"})
_PLURAL_NOUN = frozenset({"NNS", "NNPS"})
_VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_CORE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
# entity labels that pin an event phrase to one place, time or count (names of people and groups
# do not: "the army of Kenya" is as generic as "the army")
_CONCRETE_ENTS = frozenset({"GPE", "LOC", "FAC", "CARDINAL", "DATE", "TIME"})


@dataclass(frozen=True)
class Salience:
    """Verdict on one mention: keep it (possibly with a new status) or drop it, and why."""

    keep: bool
    status: Status | None  # a status to set instead of the mention's own; None: unchanged
    reason: str  # rule name, e.g. "specific", "history:dated", "generic:habitual"


@dataclass(frozen=True)
class Cues:
    """The contents of ``resources/salience.toml``."""

    history_days: int
    history_lemmas: frozenset[str]
    tributes: frozenset[str]
    history_phrases: re.Pattern[str]
    aggregate_phrases: re.Pattern[str]
    habitual: frozenset[str]
    placed_habitual: frozenset[str]
    class_adjectives: frozenset[str]
    trend: frozenset[str]
    procedures: frozenset[str]
    speaker: frozenset[str]
    rhetoric: frozenset[str]
    echo: frozenset[str]
    hypothetical: frozenset[str]
    requests: frozenset[str]
    threat: frozenset[str]
    marks: frozenset[str]
    implicative: frozenset[str]
    protest_purposes: frozenset[str]
    intentions: frozenset[str]
    simile: frozenset[str]
    characterise: frozenset[str]
    habitual_adjectives: frozenset[str]
    denied: frozenset[str]
    alive_refutes: frozenset[str]
    negated: frozenset[str]
    epistemic: frozenset[str]
    instruments: frozenset[str]
    instrument_acts: frozenset[str]
    agreement_verbs: frozenset[str]
    agreement_kinds: frozenset[str]
    seizure_verbs: frozenset[str]
    seizure_objects: frozenset[str]
    control_gain: frozenset[str]
    control_abstract: frozenset[str]
    class_quantifiers: frozenset[str]
    many_adjectives: frozenset[str]
    modified_heads: frozenset[str]
    accident_vehicles: frozenset[str]
    accident_nouns: frozenset[str]
    accident_impacts: frozenset[str]
    accident_deliberate: frozenset[str]
    campaign_words: frozenset[str]
    campaign_objects: frozenset[str]
    campaign_causes: frozenset[str]
    target_nouns: frozenset[str]
    copulas: frozenset[str]
    abstract_targets: frozenset[str]
    verbal: frozenset[str]
    diplomatic_parties: frozenset[str]
    diplomatic_envoys: frozenset[str]
    diplomatic_kinds: frozenset[str]
    shown_protest: frozenset[str]
    deontic: frozenset[str]
    when_marks: frozenset[str]
    until_marks: frozenset[str]
    destroyed_abstracts: frozenset[str]
    battles_of: frozenset[str]
    fire_verbs: frozenset[str]
    rights: frozenset[str]
    feelings: frozenset[str]
    reporting: frozenset[str]
    lie_words: frozenset[str]
    trend_transitive: frozenset[str]
    state_verbs: frozenset[str]


def _words(table: object, key: str) -> frozenset[str]:
    assert isinstance(table, dict)
    raw = table.get(key, [])
    assert isinstance(raw, list)
    return frozenset(str(w).lower() for w in raw)


def _phrase_re(phrases: frozenset[str]) -> re.Pattern[str]:
    # longest first so that "since the war began" is reported rather than a shorter overlap
    alts = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)" if alts else r"(?!x)x")


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read ``resources/salience.toml`` once per process."""
    text = (resources.files("eventscope") / "resources" / SALIENCE_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Cues(
        history_days=int(data["settings"]["history_days"]),
        history_lemmas=_words(data["history"], "lemmas"),
        tributes=_words(data["history"], "tributes"),
        history_phrases=_phrase_re(_words(data["history"], "phrases")),
        aggregate_phrases=_phrase_re(_words(data["aggregate"], "phrases")),
        habitual=_words(data["generic"], "adverbs"),
        placed_habitual=_words(data["generic"], "placed_adverbs"),
        class_adjectives=_words(data["generic"], "class_adjectives"),
        trend=_words(data["generic"], "trend"),
        procedures=_words(data["procedure"], "nouns"),
        speaker=_words(data["generic"], "speaker"),
        rhetoric=_words(data["rhetoric"], "lemmas"),
        echo=_words(data["rhetoric"], "echo"),
        hypothetical=_words(data["hypothetical"], "lemmas"),
        requests=_words(data["hypothetical"], "requests"),
        threat=_words(data["hypothetical"], "threat"),
        marks=_words(data["hypothetical"], "marks"),
        implicative=_words(data["hypothetical"], "implicative"),
        protest_purposes=_words(data["hypothetical"], "protest_purposes"),
        intentions=_words(data["hypothetical"], "lemmas") | _words(data["hypothetical"], "threat")
        | _words(data["hypothetical"], "mobilising"),
        simile=_words(data["figurative"], "simile"),
        characterise=_words(data["figurative"], "characterise"),
        habitual_adjectives=_words(data["generic"], "adjectives"),
        denied=_words(data["negation"], "denied"),
        alive_refutes=_words(data["negation"], "alive_refutes"),
        negated=_words(data["negation"], "negated"),
        epistemic=_words(data["negation"], "epistemic"),
        instruments=_words(data["instrument"], "nouns"),
        instrument_acts=_words(data["instrument"], "acts"),
        agreement_verbs=_words(data["agreement"], "verbs"),
        agreement_kinds=_words(data["agreement"], "other_kinds"),
        seizure_verbs=_words(data["seizure"], "verbs"),
        seizure_objects=_words(data["seizure"], "objects"),
        control_gain=_words(data["control"], "gain"),
        control_abstract=_words(data["control"], "abstract_objects"),
        class_quantifiers=_words(data["generic"], "class_quantifiers"),
        many_adjectives=_words(data["generic"], "many_adjectives"),
        modified_heads=_words(data["modifier"], "heads"),
        accident_vehicles=_words(data["accident"], "vehicles"),
        accident_nouns=_words(data["accident"], "nouns"),
        accident_impacts=_words(data["accident"], "impacts"),
        accident_deliberate=_words(data["accident"], "deliberate"),
        campaign_words=_words(data["campaign"], "words"),
        campaign_objects=_words(data["campaign"], "objects"),
        campaign_causes=_words(data["campaign"], "causes"),
        target_nouns=_words(data["target"], "nouns"),
        copulas=_words(data["target"], "copulas"),
        abstract_targets=_words(data["figurative"], "abstract_targets"),
        verbal=_words(data["figurative"], "verbal"),
        diplomatic_parties=_words(data["diplomatic"], "parties"),
        diplomatic_envoys=_words(data["diplomatic"], "envoys"),
        diplomatic_kinds=_words(data["diplomatic"], "kinds"),
        shown_protest=_words(data["diplomatic"], "shown_protest"),
        deontic=_words(data["statement"], "deontic"),
        when_marks=_words(data["statement"], "when_marks"),
        until_marks=_words(data["statement"], "until_marks"),
        destroyed_abstracts=_words(data["figurative"], "destroyed_abstracts"),
        battles_of=_words(data["figurative"], "battles_of"),
        fire_verbs=_words(data["figurative"], "fire_verbs"),
        rights=_words(data["figurative"], "rights"),
        feelings=_words(data["figurative"], "feelings"),
        reporting=_words(data["statement"], "reporting"),
        lie_words=_words(data["statement"], "lie_words"),
        trend_transitive=_words(data["statement"], "trend_transitive"),
        state_verbs=_words(data["statement"], "state_verbs"),
    )


# Parse helpers --------------------------------------------------------------------------------


def _is(t: Token, words: frozenset[str]) -> bool:
    return t.lower_ in words or t.lemma_.lower() in words


def _trigger_token(doc: Doc, mention: EventMention) -> Token | None:
    return trigger_root(doc, mention.trigger.start, mention.trigger.end)


def _governors(t: Token) -> list[Token]:
    """The words the trigger is said under: its ancestors up to the sentence root, stopping at a
    coordination or side clause of a finite verb ("farmers accused X and destroyed houses":
    "destroyed" is not under "accused")."""
    out: list[Token] = []
    cur = t
    procedures = load_cues().procedures
    while cur.head.i != cur.i:
        if cur.dep_ in ("conj", "parataxis") and cur.head.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            break
        if _semicolon_between(cur, cur.head):
            break  # "Grenade attack outside a mosque; police blame militants": two statements
        cur = cur.head
        out.append(cur)
        if cur.pos_ == "NOUN" and cur.lower_ in procedures:
            break  # "asked him to order an investigation into the murder": the order is the probe's
    return out


def _semicolon_between(x: Token, head: Token) -> bool:
    """A semicolon (the headline writer's full stop) stands between ``x`` and the word the parser
    hung it on: the parser joins the two statements, the text does not."""
    lo, hi = sorted((x.i, head.i))
    return any(x.doc[k].lower_ == ";" for k in range(lo + 1, hi))


def _attached(x: Token, t: Token, head: Token, inside: Iterable[Token] = ()) -> bool:
    """Does the word ``x`` (part of the phrase ``inside``) modify the trigger's own clause (the
    trigger, its clause head, or their subject or object), not another noun or verb inside it
    ("demanded pay after their 2015 dismissals": the year dates the dismissals, not the protest)?"""
    own = {t.i, head.i}
    allowed = {y.i for y in inside} | {x.i}
    for a in (x, *x.ancestors):
        if a.i in own:
            return True
        if a.i in allowed:
            continue
        if a.pos_ in ("NOUN", "PROPN") and a.head.i in own and a.dep_ in _CORE_ARGS:
            return True  # "more than 6,000 people have died": the count of the subject
        if a.tag_ == "VBN" and a.dep_ == "acl" and a.head.i == t.i and t.pos_ in ("NOUN", "PROPN"):
            continue  # "the accord signed in May 2001": a participle of the event noun dates it
        if a.pos_ in ("NOUN", "PROPN", "VERB", "AUX"):
            return False
    return False


def _phrase_in_clause(pattern: re.Pattern[str], t: Token, head: Token) -> str | None:
    """The first match of ``pattern`` in the trigger's sentence whose first word is attached to
    the trigger's clause."""
    sent = t.sent
    low = sent.text.lower()
    doc = t.doc
    for m in pattern.finditer(low):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None and len(span) and any(_attached(x, t, head, span) for x in span):
            return m.group(0)
    return None


def _clause_head(t: Token) -> Token:
    """The verb whose clause the trigger belongs to (the trigger itself when it is a verb)."""
    for a in (t, *t.ancestors):
        if a.pos_ in ("VERB", "AUX"):
            return a
    return t.sent.root


def _is_finite_past(v: Token) -> bool:
    if v.tag_ == "VBD":
        return True
    # "was killed", "were attacked": passive with a past auxiliary
    return v.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD" for c in v.children)


def _present_simple(v: Token) -> bool:
    """ "attacks", "kill", "are killed": present tense without a progressive or perfect reading."""
    if v.tag_ in _PRESENT:
        return True
    if v.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in v.children) and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in v.children
        )
    return False


def _subject(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ in _SUBJ:
            return c
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return v.head  # "terrorists who kill peasants": the noun the clause describes
    if v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
        return _subject(v.head)
    return None


def _definite(n: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
        for c in n.children
    )


def _present_perfect(v: Token) -> bool:
    return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in v.children)


def _bare_plural(n: Token) -> bool:
    """A plural noun without determiner, number or possessor: a class, not particular ones."""
    if n.tag_ not in _PLURAL_NOUN:
        return False
    return not any(
        c.dep_ in ("det", "nummod", "poss", "predet") or c.like_num or c.ent_type_ in ("CARDINAL",)
        for c in n.children
    )


def _specific(t: Token, doc: Doc, timexes_in_clause: bool) -> bool:
    """Does the trigger's own phrase pin down one incident (a number, a date, a place, a
    definite singular noun, a past-tense verb with a concrete argument)?"""
    if timexes_in_clause:
        return True
    scope = list(t.subtree)
    if t.pos_ not in ("NOUN", "PROPN"):
        # arguments of a verb trigger: their whole phrases, not the clauses hanging off it
        scope = [
            x for c in t.children if c.dep_ not in ("advcl", "ccomp", "conj", "relcl") for x in c.subtree
        ]
    for x in scope:
        if x.ent_type_ in _CONCRETE_ENTS:
            return True
        if x.like_num and x.i != t.i:
            return True
    if t.pos_ in ("NOUN", "PROPN"):
        if t.tag_ in _PLURAL_NOUN:
            return False
        return any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "yesterday", "today"))
            or c.dep_ == "poss"
            for c in t.children
        )
    if _is_finite_past(t):
        subj = _subject(t)
        return subj is None or not _bare_plural(subj)
    return False


# Rules ----------------------------------------------------------------------------------------


def _negation(t: Token, govs: Sequence[Token], sent: SpacySpan, cues: Cues) -> Salience | None:
    for g in govs:
        if _is(g, cues.denied) and not denies_blame(g):
            return Salience(True, "denied", f"denied:{g.lemma_.lower()}")
    clause = _clause_head(t)
    for v in {t, clause}:
        if v is not t and _is(v, cues.epistemic):
            continue  # "riots - details not specified", "the date of the protest is not known"
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                return Salience(True, "negated", "negated:not")
    # "rocked the city without causing any damage", "took the town without firing a shot": the
    # object of a gerund under "without"
    for g in govs[:2]:
        if g.tag_ == "VBG" and g.dep_ == "pcomp" and g.head.lower_ == "without" and t.dep_ in ("dobj", "obj"):
            return Salience(True, "negated", "negated:without")
    # "it is not by blowing up pipelines that peace will come": a means denied in a cleft
    for g in (t, *govs[:2]):
        if g.tag_ == "VBG" and g.dep_ == "pcomp" and g.head.lower_ == "by" and g.head.head.lemma_.lower() == "be" \
                and any(c.dep_ == "neg" for c in g.head.head.children) \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in g.head.head.children):
            return Salience(True, "negated", "negated:cleft-means")
    # "reports of the massacre were false": the trigger sits in the subject of a false claim
    for g in govs:
        if g.pos_ in ("AUX", "VERB") and any(
            c.dep_ in ("acomp", "attr") and _is(c, cues.negated) for c in g.children
        ):
            return Salience(True, "negated", "negated:false-report")
    if _said_alive(t, govs, cues):
        return Salience(True, "negated", "negated:alive")
    return None


def _said_alive(t: Token, govs: Sequence[Token], cues: Cues) -> bool:
    """A death refuted by the sentence itself: "the pilot who was reportedly killed is alive and
    well", "the mayor said to have died is alive". The killing word sits in the subject of a
    present "be" whose complement is "alive"; "the hostage who was kidnapped is alive" keeps the
    kidnapping (only the death words of [negation] alive_refutes are refuted)."""
    if not _is(t, cues.alive_refutes):
        return False
    for g in _over_subject(govs)[-1:]:
        if g.dep_ in _SUBJ and g.head.lemma_.lower() in ("be", "remain") and g.head.tag_ in _PRESENT:
            return any(c.dep_ in ("acomp", "attr") and c.lower_ == "alive" for c in g.head.children)
    return False


def _over_subject(govs: Sequence[Token]) -> list[Token]:
    """The governors up to the noun phrase the trigger describes when that phrase is a subject:
    in "the bandits, who kill farmers, are feared" the fear is about the bandits, it does not
    make the killing hypothetical."""
    out: list[Token] = []
    for g in govs:
        out.append(g)
        if g.dep_ in _SUBJ:
            break
    return out


def _hypothesis(t: Token, govs: Sequence[Token], sent: SpacySpan, cues: Cues) -> Salience | None:
    govs = _over_subject(govs)
    if sent.text.rstrip().endswith("?"):
        return Salience(True, "hypothetical", "hypothetical:question")
    for a in (t, *govs):
        for c in a.children:
            if (c.dep_ == "mark" and c.lower_ in cues.marks and a.dep_ in ("advcl", "ccomp")) or (
                c.dep_ == "mark" and c.lower_ in ("if", "unless") and a.i == t.i
            ):
                return Salience(True, "hypothetical", f"hypothetical:{c.lower_}")
        if a.pos_ in ("VERB", "AUX") and a.i != t.i and _is_finite_past(a) and a.dep_ in ("ROOT",):
            break
    inf = _infinitive(t, govs, cues)
    if inf is not None:
        return inf
    cond = "demand-item" if _demand_item(t) else _future_condition(t, govs)
    if cond is not None:
        return Salience(True, "hypothetical", f"hypothetical:{cond}")
    # "requested the arrest", "a warrant for his arrest": the event is what is asked for, the
    # request's object or the object of its preposition
    direct = govs[1] if govs and govs[0].pos_ == "ADP" and len(govs) > 1 else govs[0] if govs else None
    if direct is not None and _is(direct, cues.requests):
        return Salience(True, "hypothetical", f"hypothetical:{direct.lemma_.lower()}")
    for g in govs:
        if g.lower_ == "case" and g.head.lower_ == "in" and not any(c.dep_ == "det" for c in g.children):
            # "in case of a confrontation, we are ready": a condition ("in the case of the
            # murder" names a real case)
            return Salience(True, "hypothetical", "hypothetical:in-case")
        if _is(g, cues.threat):
            return Salience(True, "threatened", f"threatened:{g.lemma_.lower()}")
        if _is(g, cues.hypothetical) and not _feared_dead(g):
            return Salience(True, "hypothetical", f"hypothetical:{g.lemma_.lower()}")
        if g.pos_ in ("VERB", "AUX") and g.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"):
            break  # above the trigger's own finite clause: a governor there is a reporting verb
    # a future auxiliary on the clause head: "will attack", "are going to bomb"
    head = _clause_head(t)
    for c in head.children:
        if c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo"):
            return Salience(True, "hypothetical", "hypothetical:future")
    return None


def _feared_dead(g: Token) -> bool:
    """ "Eight people are feared dead", "were feared killed": the casualty wording of a report
    whose victims are missing, presumed dead (ACLED counts them), not a fear that it may happen."""
    return g.lemma_.lower() == "fear" and any(c.dep_ == "auxpass" for c in g.children)


def _protest_purpose(inf: Token, cues: Cues) -> bool:
    """Is ``inf`` ("to protest") the purpose clause of a finite act that is no intention (see
    ``protest_purposes`` in salience.toml)?"""
    if inf.lemma_.lower() not in cues.protest_purposes or inf.dep_ not in ("advcl", "xcomp"):
        return False
    head = inf.head
    return head.tag_ in ("VBD", "VBZ", "VBP") and head.lemma_.lower() not in cues.intentions \
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _infinitive(t: Token, govs: Sequence[Token], cues: Cues) -> Salience | None:
    """ "to massacre the people", "an operation to kidnap him": an infinitive is a purpose or a
    possibility unless an implicative verb governs it ("went on to kill", "began to shell"). A
    noun counts only as the indefinite object of such an infinitive ("to launch an attack");
    "to investigate the attack" presupposes the attack."""
    chain = [t, *govs]
    if t.pos_ in ("NOUN", "PROPN"):
        if t.dep_ not in ("dobj", "obj") or _definite(t):
            return None
        chain = list(govs)
    for a in chain:
        if a.pos_ == "ADP" or a.dep_ == "pcomp":
            continue  # "a way to detect stress by firing lasers": through the preposition
        if a.pos_ not in ("VERB", "AUX"):
            return None
        if a.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children):
            if _is(a.head, cues.implicative) or (_is(a, cues.implicative) and not _purpose(a)):
                return None
            if _protest_purpose(a, cues):
                return None
            return Salience(True, "hypothetical", "hypothetical:infinitive")
        if a.dep_ not in ("xcomp", "conj", "pcomp", "pobj"):
            return None
    return None


def _purpose(inf: Token) -> bool:
    """ "aid to continue murdering", "the strength to continue destroying them": an infinitive
    that is a purpose clause or describes a noun; "to continue" there is wanted, not done."""
    return (inf.dep_ == "acl" and inf.head.pos_ in ("NOUN", "PROPN")) or (
        inf.dep_ == "advcl" and inf.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("dobj", "obj") for c in inf.head.children)
    )


def _dated_history(
    t: Token, sent: SpacySpan, published: dt.date | None, timexes: Sequence[TimeExpr], cues: Cues
) -> tuple[Salience | None, bool]:
    """(verdict, whether the clause has a time expression of its own)."""
    clause = _clause_head(t)
    own = {x.i for x in clause.subtree} | {x.i for x in t.subtree}
    doc = sent.doc
    attached: list[TimeExpr] = []
    for tx in timexes:
        if not (sent.start_char <= tx.start < sent.end_char):
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if any(x.i in own and _attached(x, t, clause, span) for x in span) and _real_date(span):
            attached.append(tx)
        elif clause.dep_ in ("relcl", "advcl", "acl") and span.start <= clause.head.i < span.end:
            attached.append(tx)  # "in 2017, when the army cracked down": the clause dates by its head
    if published is None:
        return None, bool(attached)
    horizon = published - dt.timedelta(days=cues.history_days)
    dated = [tx for tx in attached if tx.last is not None]
    if dated and all(tx.last is not None and tx.last < horizon for tx in dated):
        return Salience(False, None, f"history:dated:{dated[0].value}"), True
    if not dated and _is_finite_past(clause) and not _present_perfect(clause):
        # an undated past-tense clause right after an old date goes on telling that story ("in
        # March 2012 soldiers detained nine herders. The men were shot at a well.")
        prev = _previous_date(t, sent, timexes)
        if prev is not None and prev.last is not None and prev.last < horizon and prev.precision != "day":
            return Salience(False, None, f"history:context:{prev.value}"), False
    return None, bool(dated)


def _previous_date(t: Token, sent: SpacySpan, timexes: Sequence[TimeExpr]) -> TimeExpr | None:
    """The last calendar date before the trigger, in its sentence or the one before it."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    found = None
    for tx in timexes:
        if start <= tx.start < t.idx and tx.first is not None:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and len(span) and _real_date(span) and not _names_a_noun(span) \
                    and not _in_noun_modifier(span, t):
                found = tx
    return found


def _names_a_noun(span: SpacySpan) -> bool:
    """ "last year's mutinies", "the 2017 election", "the 2011 mutiny": the date tells which thing
    is meant, not when the sentence's own event happened."""
    root = span.root
    return root.dep_ in ("poss", "compound", "nmod", "nummod", "amod") and root.head.pos_ in ("NOUN", "PROPN")


def _in_noun_modifier(span: SpacySpan, t: Token) -> bool:
    """The date sits in a clause of the trigger's sentence that describes a noun ("policemen
    dismissed in 2012 demonstrated", "traders, evicted after the 2016 fire, held a sit-in"), a
    clause without the trigger: it dates that person's or thing's past, not the story being told.
    (Only in the trigger's own sentence: the one before may have been left unparsed by
    ``extract.screen``, and must read the same either way.)"""
    if span.sent.start != t.sent.start:
        return False
    for a in span.root.ancestors:
        if a.dep_ in ("acl", "relcl") and a.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return not (a.left_edge.i <= t.i <= a.right_edge.i)
    return False


def _real_date(span: SpacySpan) -> bool:
    """Guard against numbers the date rules misread: a clock time ("at 1830", "1745 GMT") taken
    for a year, a count after a day and month ("on 23 September 28 bodies") taken for the year."""
    last = span[-1]
    nxt = neighbour(last, 1)
    for x in span:
        if x.like_num and len(x.text) == 4 and x.text.isdigit() and int(x.text) < 1900 and len(span) == 1:
            return False  # "at approximately 1700": wire copy gives clock times as bare numbers
        if x.like_num and len(x.text) == 4:
            prev = neighbour(x, -1)
            after = neighbour(x, 1)
            if (prev is not None and prev.lower_ in ("at", "around", "about", "until", "by")) or (
                after is not None and after.lower_ in ("gmt", "hours", "hrs", "local", "utc", "est")
            ):
                return False
    if last.like_num and len(last.text) <= 2 and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN"):
        return False
    return True


def _history(t: Token, govs: Sequence[Token], sent: SpacySpan, has_date: bool, cues: Cues) -> Salience | None:
    for g in govs:
        if _is(g, cues.history_lemmas):
            return Salience(False, None, f"history:{g.lemma_.lower()}")
        tribute = next((c for c in g.children if c.dep_ in ("dobj", "obj") and c.lower_ in cues.tributes), None)
        if g.pos_ == "VERB" and tribute is not None and not has_date:
            # "we pay homage to the soldiers killed in combat", "paid tribute to the victims"; a
            # harm dated in its own clause ("shot dead on Monday") is news
            return Salience(False, None, f"history:{tribute.lemma_.lower()}")
    if not has_date:
        m = _phrase_in_clause(cues.history_phrases, t, _clause_head(t))
        if m and not _short_span(m, sent):
            return Salience(False, None, f"history:{m}")
    return None


# "in the last week", "over the past six days", "in the past 24 hours": one incident or a few,
# dated loosely, as the notes and short news do; longer spans stay tallies or background
_SHORT_SPAN_RE = re.compile(
    r"(?<!\w)(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:few|couple\s+of|[1-7]|one|two|three|four|five|six|"
    r"seven)\s+days|(?:24|48|72)\s*-?\s*(?:hours|hrs)|(?:few\s+|\d+\s+)?(?:hours|hrs)|day|week|weekend|night)(?!\w)"
)


def opens_short_span(text: str) -> bool:
    """Does ``text`` open with a span of a week or less ("in the last week ...")? Shared with
    ``classify``'s scope rules, so that both stages read such spans alike."""
    return bool(_SHORT_SPAN_RE.match(text.lower()))


def _short_span(phrase: str, sent: SpacySpan) -> bool:
    return phrase.strip() in ("in the past", "over the past", "in the last", "over the last") and bool(
        _SHORT_SPAN_RE.search(sent.text.lower())
    )


# "over 40 days", "during the past three years", "in nearly 30 years": a tally over a period. Days
# and weeks count only from 10 days / 2 weeks on: "in two days of fighting" is one battle.
_PERIOD_RE = re.compile(
    r"(?<!\w)(?:during|in|over|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    r"(?:nearly\s+|almost\s+|more\s+than\s+|some\s+|about\s+)?(?:(?P<num>\d+)|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many)\s+(?P<unit>years|months|decades|weeks|days)(?!\w)"
)


# "a war that has lasted a decade and killed ...", "violence lasting ten years", "70,000 deaths
# over a 9-year period": the clause says how long a whole conflict has gone on, so its toll is a
# tally over that time.
_LASTED_RE = re.compile(
    r"(?<!\w)(?:(?:lasted|lasting)\s+(?:for\s+)?(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|some\s+|about\s+)?"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years?|decades?|months)"
    r"|(?:during|in|over|throughout)\s+(?:a|the)\s+(?:\d+|[a-z]+)-(?:year|month|decade)\s+(?:period|span))(?!\w)"
)


def _lasted(t: Token, head: Token) -> str | None:
    """The trigger's clause, or the clause it is coordinated with ("has lasted 10 years and killed
    70,000"), says the harm went on for months or years."""
    for v in {head, head.head if head.dep_ == "conj" else head}:
        m = _phrase_in_clause(_LASTED_RE, t, v)
        if m:
            return m
    return None


# A present-perfect toll at or above this is a tally over a conflict, not one incident's toll.
# No single incident in the ACLED dev notes reaches it; war tolls in background paragraphs do.
_TALLY = 1000


def _number(x: Token) -> float:
    try:
        return float(x.text.replace(",", ""))
    except ValueError:
        return {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6}.get(x.lower_, 0.0)


# A plural event noun counted at or above this ("45 battles", "some 2,000 air raids", "dozens of
# attacks") is a tally of incidents, not one: ACLED codes each incident, never the tally.
_MANY_EVENTS = 10
_VAGUE_MANY = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})
# nouns that name incidents ("fought 45 battles", "2,000 air raids"), not people ("killed 45
# people", "50 protesters") or their remains ("106 bodies")
_EVENT_NOUNS = frozenset({"attack", "raid", "strike", "airstrike", "battle", "clash", "bombing",
                          "ambush", "assault", "operation", "offensive", "incident", "skirmish",
                          "shelling", "explosion", "protest", "demonstration", "sortie", "mission", "bomb"})


_CASE_NOUNS = frozenset({"case", "incident", "instance"})


def _many_events(t: Token) -> Salience | None:
    if t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.pos_ == "VERB" and t.head.i < t.i:
        # "have set off more than 260 bombs, killing at least 190 people": the toll of the tally
        verdict = _many_events(t.head)
        if verdict is not None:
            return verdict
    if t.pos_ == "VERB":
        # "soldiers fought 45 battles", "carried out dozens of raids": the verb's object is the tally
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in _VAGUE_MANY:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.lemma_.lower() not in _EVENT_NOUNS:
            return None
        t = obj
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _CASE_NOUNS:
        # "26 cases of assault in March": crime statistics count incidents, none of them told
        cases = t.head.head
        if any(c.dep_ == "nummod" and c.like_num and _number(c) >= _MANY_EVENTS for c in cases.children):
            return Salience(False, None, "aggregate:many-events")
    if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.lemma_.lower() not in _EVENT_NOUNS:
        return None  # "50 protesters", "106 bodies": people, not incidents
    for c in t.children:
        if c.dep_ == "nummod" and c.like_num and _number(c) >= _MANY_EVENTS:
            return Salience(False, None, "aggregate:many-events")
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _VAGUE_MANY:
        return Salience(False, None, "aggregate:many-events")
    for rel in (c for c in t.children if c.dep_ == "relcl"):
        # "2,000 air raids that killed more than 500 people over 40 days"
        if _PERIOD_RE.search(" ".join(x.lower_ for x in rel.subtree)):
            return Salience(False, None, "aggregate:period")
    return None


def _aggregate(t: Token, sent: SpacySpan, cues: Cues) -> Salience | None:
    if war_tally(t):
        return Salience(False, None, "aggregate:war-tally")  # "a war that has left 72,000 dead"
    head = _clause_head(t)
    m = _phrase_in_clause(cues.aggregate_phrases, t, head)
    if m and not _short_span(m, sent):
        return Salience(False, None, f"aggregate:{m}")
    m = _lasted(t, head)
    if m:
        return Salience(False, None, f"aggregate:{m}")
    m = _phrase_in_clause(_PERIOD_RE, t, head)
    if m:
        period = _PERIOD_RE.search(m)
        assert period is not None
        n = int(period.group("num")) if period.group("num") else 2
        unit = period.group("unit")
        if unit not in ("days", "weeks") or (unit == "days" and n >= 10) or (unit == "weeks" and n >= 2):
            return Salience(False, None, f"aggregate:{m}")
    if _present_perfect(head) or _present_perfect(t):
        # "there have been 4 murders since he took office", "groups have since fought the army",
        # "more than 6,000 people have died": a tally up to now
        own_tally = t.i == head.i or (t.head.i == head.i and t.dep_ in _SUBJ)
        for x in head.subtree if own_tally else ():
            if x.like_num and _number(x) >= _TALLY and _attached(x, t, head):
                return Salience(False, None, "aggregate:large-count")
            if x.lower_ in _UNCOUNTED_MANY and x.dep_ in ("amod", "nsubj", "nsubjpass") and _attached(x, t, head):
                # "many soldiers have been killed, but they are heroes", "hundreds have died in the
                # war": an untold number up to now, told with no incident ("in the blast") or place
                if all(_is_war_noun(p) for p in _pobjs(head)):
                    return Salience(False, None, "aggregate:many")
        for v in (head, t):
            for c in v.children:
                if c.lower_ == "since" and c.dep_ in ("prep", "advmod"):
                    return Salience(False, None, "aggregate:since")
                if c.dep_ == "advcl" and any(g.lower_ == "since" and g.dep_ == "mark" for g in c.children):
                    return Salience(False, None, "aggregate:since")
    return None


def _pobjs(v: Token) -> list[Token]:
    return [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


# words for an uncounted multitude on the subject of a present-perfect harm
_UNCOUNTED_MANY = frozenset({"many", "countless", "numerous", "hundreds", "thousands", "scores"})

_NOTE_MAX_SENTENCES = 6


@functools.lru_cache(maxsize=8)
def _narrative_present(doc: Doc) -> bool:
    """Is the document told in the present tense (headline and coder-note style: "Protesters
    block the highway")? There a present-tense verb reports an event, so the present-tense
    generic rules stay off. Counted over finite lexical verbs, leaving out auxiliaries and
    reporting verbs ("says", "said"), which follow the outlet's style rather than the story's."""
    present = past = 0
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_ in ("say", "tell", "add", "report", "state"):
            continue
        if tok.tag_ in _PRESENT:
            present += 1
        elif tok.tag_ == "VBD":
            past += 1
    # A long text in the present is commentary, not a note in headline style: news reports of
    # that length tell their events in the past ("Air strikes kill fighters, but they also kill
    # farmers" in an opinion piece is a generalisation).
    return present >= past and sum(1 for _ in doc.sents) <= _NOTE_MAX_SENTENCES


def _generic(
    t: Token, govs: Sequence[Token], sent: SpacySpan, specific: bool, anchors: frozenset[str], cues: Cues
) -> Salience | None:
    head = _clause_head(t)
    anchored = bool(anchors & {"count", "place", "date"})
    if t.tag_ == "NNS":
        # a class word on the first of coordinated plurals covers them all: "all these violent
        # incidents and deaths", "similar attacks and killings"
        first = t.head if t.dep_ == "conj" and t.head.tag_ == "NNS" else t
        for c in [*t.children, *(first.children if first is not t else ())]:
            if c.dep_ in ("amod", "det", "predet") and c.lower_ in cues.class_adjectives:
                if c.lower_ == "all" and any(d.dep_ == "nummod" for d in c.head.children):
                    continue  # "all three attacks took place on Monday": counted incidents
                return Salience(False, None, f"generic:class:{c.lower_}")
            if c.dep_ == "prep" and c.lower_ == "as" and any(d.lower_ == "such" for d in c.children):
                return Salience(False, None, "generic:class:such")  # "murders such as that of the bishop"
        verdict = _event_set(t, anchors, cues)
        if verdict is not None:
            return verdict
    if not anchors & {"count", "date"} and _grievance_list(t):
        return Salience(False, None, "aggregate:list")
    word = _habitual_relative(t, cues) if t.pos_ == "NOUN" and not anchors & {"count", "date"} else None
    if word is not None:
        return Salience(False, None, f"generic:habitual:{word}")  # (a place of its own keeps a habit)
    if not anchored or not anchors & {"count", "date"}:
        habitual = cues.habitual if not anchored else cues.placed_habitual
        for v in {t, head}:
            for c in v.children:
                if c.dep_ in ("advmod", "npadvmod") and c.lower_ in habitual:
                    return Salience(False, None, f"generic:habitual:{c.lower_}")
    if not anchored:
        if t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ == "amod" and c.lower_ in cues.habitual_adjectives:
                    return Salience(False, None, f"generic:habitual:{c.lower_}")
    trend = _trend(t, cues)
    if trend is not None:
        return trend
    if specific or anchored:
        return None
    subj = _subject(head)
    if (
        subj is not None
        and subj.lower_ in cues.speaker
        and (_present_simple(head) or head.tag_ in ("VB", "VBG"))
    ):
        return Salience(False, None, "generic:speaker")
    if _state_relative(t, sent, cues):
        return Salience(False, None, "generic:relative")
    if _narrative_present(sent.doc) or sent.start == 0:
        return None  # present-tense story, or a headline / lead, where the present reports events
    if t.pos_ in ("VERB", "AUX") and _present_simple(t):
        subj = _subject(t)
        if t.dep_ == "relcl" or subj is None or _bare_plural(subj) or subj.lower_ in cues.speaker \
                or subj.lower_ in ("they", "we", "you"):  # "they also kill farmers": a habit
            return Salience(False, None, "generic:present")
    if t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "can" for c in t.children):
        return Salience(False, None, "generic:ability")  # "armed groups can be beaten in a town"
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could") for c in t.head.children
    ):
        return Salience(False, None, "generic:ability")  # "missiles that can carry chemical weapons"
    if t.pos_ in ("NOUN", "PROPN") and (_bare_plural(t) or _their_plural(t)) and _present_simple(head):
        return Salience(False, None, "generic:plural-present")
    rel = head
    if t.pos_ in ("VERB", "AUX") or _bare_plural(t) or not any(c.dep_ in ("det", "poss") for c in t.children):
        while rel.dep_ == "conj" and rel.head.pos_ in ("VERB", "AUX"):
            rel = rel.head  # "terrorists who attack students, engage in kidnapping and place bombs"
    if t.dep_ == "relcl" or rel.dep_ == "relcl":
        # "the murderers who have killed judges", "groups that attack villages": a description
        # of who someone is, in the present or present perfect
        v = t if t.dep_ == "relcl" else head
        if _present_simple(v) or _present_perfect(v):
            return Salience(False, None, "generic:relative")
    if _idle_gerund(t):
        return Salience(False, None, "generic:gerund")
    return None


def _habitual_relative(t: Token, cues: Cues) -> str | None:
    """ "the murders and disappearances that have become a daily occurrence", "attacks, which are
    frequent here": a relative clause on the event noun (or on the first of its conjuncts) says
    it is a habit (a relative clause on the last conjunct describes them all). Returns the
    habitual word."""
    first = t
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    for rel in (c for n in {t, first, *first.conjuncts} for c in n.children if c.dep_ == "relcl"):
        for x in rel.subtree:
            if x.lower_ in cues.habitual_adjectives or (x.dep_ == "advmod" and x.lower_ in cues.habitual):
                return x.lower_
    return None


def _event_set(t: Token, anchors: frozenset[str], cues: Cues) -> Salience | None:
    """A plural noun of incidents taken as a set: after a quantifier's "of" ("most of the murders
    of leftist leaders", "all of these attacks"), or with an adjective of an unnumbered many and
    no count or date ("has helped clear up many deaths", "numerous attacks on the population")."""
    if t.lemma_.lower() not in _TALLY_NOUNS:
        return None
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in cues.class_quantifiers:
        return Salience(False, None, f"generic:class:{t.head.head.lower_}")
    if not anchors & {"count", "date"} and any(
        c.dep_ == "amod" and c.lower_ in cues.many_adjectives for c in t.children
    ):
        return Salience(False, None, "aggregate:many")
    return None


def _of_a_class(t: Token) -> bool:
    """ "the kidnapping of stockbreeders", "the murder of peasants": the noun's "of" names a bare
    plural (no article, number or possessive), a class of people rather than particular ones."""
    return any(
        o.tag_ in _PLURAL_NOUN and not any(c.dep_ in ("det", "nummod", "poss") or c.like_num for c in o.children)
        for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobj_heads(c)
    )


# harms named in such catalogues besides the incident nouns of a tally; gatherings are not harms
_LISTED_HARMS = frozenset({"rape", "torture", "arrest", "harassment", "persecution", "repression"})
_GATHERINGS = frozenset({"protest", "demonstration"})


def _grievance_list(t: Token) -> bool:
    """A noun of incidents as one item of a list of three or more things ("the increase
    in violations, the arrests, the bombings and the harassment of the press"; "missing persons,
    murders and arrests", "torture, murder, rape and disappearances were methods"): a catalogue of
    grievances, not a report. The noun is plural, has no article, or is "the" harm done to a
    class of people ("as well as the kidnapping of stockbreeders, smuggling and trafficking"); no
    item carries a number."""
    if t.pos_ != "NOUN" or t.dep_ == "ROOT" or t.lemma_.lower() not in _LISTED_HARMS | _TALLY_NOUNS - _GATHERINGS:
        return False  # (a list at the root is a headline's verbs: "authorities assault, drug and deport")
    if t.tag_ not in _PLURAL_NOUN and any(
        c.dep_ == "poss" or (c.dep_ == "det" and not (c.lower_ == "the" and _of_a_class(t))) for c in t.children
    ):
        return False  # ("the kidnapping of stockbreeders" names a harm to a class of people)
    items = [x for x in (t, *t.conjuncts) if x.pos_ in ("NOUN", "PROPN")]
    if t.dep_ == "appos":  # "faced raids, the kidnapping of ranchers, smuggling and extortion"
        items += [x for x in (t.head, *t.head.conjuncts) if x.pos_ in ("NOUN", "PROPN")]
    if len(items) < 3:
        return False
    return not any(c.like_num or c.ent_type_ in ("DATE", "TIME", "CARDINAL") for x in items for c in x.children)


# plural nouns that count incidents or their deaths ("many deaths", "most of the murders"), not
# the people or things involved ("many civilians", "numerous casualties" of one battle)
_TALLY_NOUNS = _EVENT_NOUNS | frozenset({"death", "murder", "killing", "assassination", "kidnapping",
                                         "massacre", "abduction", "disappearance", "execution",
                                         "homicide", "crime", "atrocity", "bombardment"})


def _state_relative(t: Token, sent: SpacySpan, cues: Cues) -> bool:
    """ "the FMLN criminals who attack the civilian population are without ammunition": a
    present-simple relative clause in a sentence whose main verb states what someone is or has
    (``state_verbs``) describes them, even in an article's first sentence or in a present-tense
    note (where the present of "Police arrest men who attack tourists" may report the arrest)."""
    root = sent.root
    return (
        t.dep_ == "relcl"
        and t.pos_ in ("VERB", "AUX")
        and _present_simple(t)
        and root.i != t.i
        and root.lemma_.lower() in cues.state_verbs
        and root.tag_ in _PRESENT
    )


def _their_plural(t: Token) -> bool:
    """ "they still cause problems with their incursions": a plural event noun whose only
    determiner is a possessive pronoun is a group's kind of act, like a bare plural."""
    if t.tag_ not in _PLURAL_NOUN:
        return False
    dets = [c for c in t.children if c.dep_ in ("det", "nummod", "poss", "predet") or c.like_num]
    return bool(dets) and all(c.dep_ == "poss" and c.tag_ == "PRP$" for c in dets)


def _idle_gerund(t: Token) -> bool:
    """A gerund after a preposition, with no subject of its own, that hangs off a noun, an
    adjective or a verb not in the past ("providing its own justice by burning people", "an
    interest in fighting in the cities", "tantamount to dismantling it"): a manner or a topic.
    Under a past-tense verb it reports the act ("dispersed the crowd by firing tear gas")."""
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or any(c.dep_ in _SUBJ for c in t.children):
        return False
    h = t.head.head
    if h.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    if h.pos_ not in ("VERB", "AUX") or h.lemma_ == "be":
        return False  # ("the units will be in fighting spirit": a misread adjective)
    return not (
        _is_finite_past(h)
        or _present_perfect(h)
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in h.children)
    )


def _act(x: Token, cues: Cues) -> bool:
    """Is ``x`` a word of an act of violence ("fired", "explosion", "went off")?"""
    if x.lower_ in cues.instruments:
        return False  # "bombs", "rockets": the equipment again, not its use
    if _is(x, cues.instrument_acts):
        return True
    # "a bomb went off", "bombs were set off"
    return x.lemma_.lower() in ("go", "set") and any(c.dep_ == "prt" and c.lower_ == "off" for c in x.children)


# adjectives of an unnumbered many: "countless Colombians" ("many civilians have been wounded"
# still reports the incident at hand)
_MANY = frozenset({"countless", "untold", "innumerable"})


def _many(n: Token) -> bool:
    """ "many judges", "countless people"; a bare plural ("judges") only as the object of a
    speaker's "they have murdered judges" (the caller decides)."""
    if n.tag_ not in _PLURAL_NOUN:
        return False
    return any(c.lower_ in _MANY for c in n.children) or (n.dep_ != "nsubjpass" and _bare_plural(n))


def _reference(t: Token, anchors: frozenset[str]) -> Salience | None:
    """Mentions that describe a person or a record by an event, without a count, place or date:

    * a relative clause about someone ("the minister, who was murdered", "the spot where he was
      kidnapped"): who the person is, not an incident the article reports;
    * a present-perfect record of an unnumbered many ("they have murdered judges", "countless
      people have been killed in this struggle"): a tally, not one incident."""
    if t.pos_ not in ("VERB", "AUX") or anchors & {"count", "place", "date"}:
        return None
    passive = any(c.dep_ == "auxpass" for c in t.children)
    about_someone = any(
        c.lower_ in ("who", "whom", "whose") or any(d.lower_ == "whose" for d in c.children)
        for c in t.children
    )
    if (
        t.dep_ == "relcl"
        and passive
        and about_someone
        and (_is_finite_past(t) or _present_perfect(t))
        # "a man who was killed had his eyes gouged out": the subject of the story is its victim
        and not (t.head.dep_ in _SUBJ and t.head.head.dep_ == "ROOT")
        and not _np_anchored(t.head)
    ):
        return Salience(False, None, "reference:relative")
    if _present_perfect(t):
        args = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
        speaker = any(c.dep_ == "nsubj" and c.lower_ in ("they", "we", "you") for c in t.children)
        if any(_many(a) for a in args if speaker or a.dep_ != "nsubj"):
            return Salience(False, None, "generic:perfect-many")
    return None


_WRECK = frozenset({"destruction", "damage", "destroy", "damaged", "destroyed"})
_CRASH = frozenset({"crash", "collide", "plunge", "overturn", "derail", "capsize"})


def _accident(mention: EventMention, t: Token, cues: Cues) -> bool:
    """A death or injury a vehicle caused by accident (see ``[accident]`` in salience.toml). A
    toll with no cause of its own ("two of the injured later died") after an accident sentence
    belongs to that accident. Damage or destruction an accident caused ("the crashes brought
    destruction") is no property destruction either."""
    wreck = mention.sub_event_type == "Looting/property destruction" and t.lemma_.lower() in _WRECK and (
        (t.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "by" for c in t.children))
        or any(c.dep_ == "nsubj" and (c.lower_ in cues.accident_nouns or c.lower_ in cues.accident_vehicles)
               for c in t.children)
        or (t.tag_ == "VBG" and any(a.lemma_.lower() in _CRASH for a in list(t.ancestors)[:4]))  # "crashed, destroying"
        or (t.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in t.children)
            and not any(c.dep_ == "agent" for c in t.children))  # "the plane was badly damaged" (by nobody named)
    )  # "the crashes brought destruction", "the bus crash damaged shops"; "troops destroyed" is no wreck
    if mention.event_type not in ("Violence against civilians", "Battles") and not wreck:
        return False
    sent = t.sent
    verdict = _accident_sentence(sent, cues)
    if verdict is not None:
        return verdict
    if any(c.dep_ in ("agent", "nsubj") and c.pos_ in ("NOUN", "PROPN") for c in t.children) \
            and not any(c.dep_ == "nsubjpass" for c in t.children):
        return False  # an act with its own actor
    doc = t.doc
    k = sent.start - 1
    for _ in range(2):  # the two sentences before
        if k < 0:
            break
        before = doc[k].sent
        verdict = _accident_sentence(before, cues)
        if verdict is not None:
            return verdict
        k = before.start - 1
    return False


def _accident_sentence(sent: SpacySpan, cues: Cues) -> bool | None:
    """True: the sentence tells of a road accident; False: of violence done on purpose; None:
    neither."""
    if any(_is(x, cues.accident_deliberate) for x in sent):
        return False
    if any(x.lower_ in cues.accident_nouns for x in sent):
        return True
    for x in sent:  # a vehicle that hit, struck, knocked down or ran over someone
        if x.lower_ not in cues.accident_vehicles:
            continue
        verb = x.head.head if x.dep_ == "pobj" and x.head.dep_ == "agent" else x.head if x.dep_ == "nsubj" else None
        if verb is not None and _is(verb, cues.accident_impacts):
            return True
    return None


def _seized_evidence(t: Token, cues: Cues) -> bool:
    """Is what was seized evidence or contraband: the object of "seized documents", the subject
    of "the documents were seized", the noun "the seized documents" / "documents seized in the
    raid" describe, or what follows "seizure of"?"""
    things = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if t.dep_ in ("amod", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
        things.append(t.head)
    things += [x for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobj_heads(c)]
    things += [x for th in things for x in th.conjuncts]
    things = [x for th in things for x in _measured(th)]
    return bool(things) and all(_is(x, cues.seizure_objects) or _stolen_goods(x) for x in things)


def _measured(n: Token, depth: int = 0) -> list[Token]:
    """What a measure or quantity noun measures: "500 kg of cocaine" -> cocaine, "an average of
    2 tons of marijuana" -> marijuana; any other noun is itself."""
    words = _section_words("seizure", "measures")
    if depth > 3 or not _is(n, words):
        return [n]
    inner = [x for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobj_heads(c)]
    return [y for x in inner for y in _measured(x, depth + 1)] or [n]


def _stolen_goods(n: Token) -> bool:
    """Goods the police recover from thieves ("30 stolen cars were seized"): stolen property
    taken back, not looting."""
    return any(c.dep_ in ("amod", "compound") and _is(c, _section_words("seizure", "stolen")) for c in n.children)


def _recovered_loot(t: Token, cues: Cues) -> bool:
    """ "Stolen" describing goods the police seize or recover ("agents recovered 30 stolen cars"):
    the report is of the recovery, the theft is an earlier deed with no time or place of its own.
    "Gunmen stole 30 cars" stays."""
    if t.dep_ != "amod" or not _is(t, _section_words("seizure", "stolen")):
        return False
    v = t.head.head if t.head.dep_ in ("dobj", "obj", "nsubjpass") else None
    return v is not None and (_is(v, cues.seizure_verbs) or _is(v, _section_words("seizure", "recovery")))


@functools.lru_cache(maxsize=8)
def _section_words(section: str, key: str) -> frozenset[str]:
    """A word list of ``[section]`` in ``resources/salience.toml`` read on first use (``[seizure]``
    measures, stolen, recovery; ``[diplomatic]`` boycott_imposers)."""
    text = (resources.files("eventscope") / "resources" / SALIENCE_FILE).read_text(encoding="utf-8")
    return _words(tomllib.loads(text).get(section, {}), key)


def _np_anchored(n: Token) -> bool:
    """Does the noun phrase (with its clauses) carry a number or a named place ("46 crew members
    who were held captive")?"""
    return any(
        (x.like_num and x.ent_type_ not in ("DATE", "TIME")) or x.ent_type_ in ("GPE", "LOC", "FAC")
        for x in n.subtree
    )


def _existential(t: Token) -> bool:
    """ "there has been much fighting", "there have been many deaths": the noun is what an
    existential "there is/has been" clause says exists, in the present or present perfect."""
    head = _clause_head(t)
    if head.lemma_ != "be" or not any(c.dep_ == "expl" for c in head.children):
        return False
    return head.tag_ in ("VBZ", "VBP") or any(c.lower_ in ("has", "have") for c in head.children)


def _bare_existential_past(t: Token) -> bool:
    """ "there was some fighting", "there were incursions and murders": the noun of a past-tense
    existential clause with no article, number or possessor ("there was an attack on the post"
    and "there were two explosions" name occurrences and are left alone)."""
    head = _clause_head(t)
    if head.lemma_ != "be" or head.tag_ != "VBD" or not any(c.dep_ == "expl" for c in head.children):
        return False
    first = t
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    for n in {t, first}:
        for c in n.children:
            if c.dep_ in ("nummod", "poss", "predet") or c.like_num:
                return False
            if c.dep_ == "det" and c.lower_ not in ("some", "any"):
                return False
    return True


def _diplomatic_protest(t: Token, cues: Cues) -> bool:
    """A protest one government lodges with another ("the foreign minister protested to the
    ambassador", "the government strongly protests the fact that...", "lodged a formal protest
    with the embassy"): a diplomatic note, not a demonstration (see ``[diplomatic]``)."""
    if t.lemma_.lower() != "protest" and t.lower_ not in ("protest", "protests", "protested", "protesting"):
        return False

    def party(n: Token | None, words: frozenset[str]) -> bool:
        if n is None:
            return False
        # the noun with its own compounds: "foreign office", "state department"
        parts = sorted((*(c for c in n.children if c.dep_ == "compound"), n), key=lambda x: x.i)
        name = " ".join(x.lower_ for x in parts)
        return n.lower_ in words or n.lemma_.lower() in words or name in words

    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "before") and any(
            party(o, cues.diplomatic_envoys) for o in _pobj_heads(c)
        ):
            return True  # "protested to the Israeli ambassador"
    if t.pos_ == "VERB":
        subject = _subject(t)
        if subject is None and t.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
            subject = _subject(t.head)  # "the ministry issued a note to protest the remarks"
        return party(subject, cues.diplomatic_parties)
    if any(c.dep_ == "amod" and c.lower_ in cues.diplomatic_kinds for c in t.children):
        return True  # "a formal protest", "a diplomatic protest"
    head = t.head
    if t.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
        # "the ministry lodged a protest with the embassy"
        if party(_subject(head), cues.diplomatic_parties):
            return True
        return any(
            c.dep_ == "prep" and c.lower_ in ("to", "with")
            and any(party(o, cues.diplomatic_envoys) for o in _pobj_heads(c))
            for c in head.children
        )
    return False


def _imposed_boycott(t: Token) -> bool:
    """A boycott a state or an armed group imposes ("the U.S. boycott was in effect", "the result
    of a terrorist boycott", "the rebel boycott of the elections"): an embargo or a ban enforced by
    threat, not people refusing in protest. Workers, students or traders who boycott stay."""
    if t.lemma_.lower() != "boycott" or t.pos_ != "NOUN":
        return False
    owners = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    words = _section_words("diplomatic", "boycott_imposers")
    return any(_is(c, words) or c.ent_type_ in ("GPE", "NORP") for c in owners)


def demonstrates_against(t: Token) -> bool:
    """ "residents demonstrate against the county officers", "demonstrated over the arrest":
    people protest, whatever the parser makes an object of."""
    return any(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in t.children)


def _shown(t: Token, cues: Cues) -> bool:
    """ "the courage demonstrated by the leaders", "the army demonstrated its strength": the verb
    "demonstrate" with something shown is "show", not a street protest. A shown feeling of
    protest ("demonstrated their anger") stays (see ``[diplomatic] shown_protest``)."""
    if t.lemma_.lower() != "demonstrate" or t.pos_ != "VERB" or demonstrates_against(t):
        return False
    if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ == "NOUN":
        return t.head.lemma_.lower() not in cues.shown_protest  # "the courage demonstrated by"
    if t.tag_ == "VBN" and any(c.dep_ in ("agent", "auxpass") for c in t.children):
        return True  # a passive: something was shown ("was demonstrated by"); people are not
    return any(
        c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp") and c.lemma_.lower() not in cues.shown_protest
        for c in t.children
    )


def _predicate_protest(t: Token) -> bool:
    """A protest noun as the predicate of "be", with no count or place in its own phrase: it says
    what the subject amounts to ("the visit is the clearest demonstration that the war is over",
    "that is the essential protest of the movement"), not that people gathered. A demonstration
    with its crowd, place or target ("the rally was a demonstration of 5,000 farmers against the
    dam") stays; a gathering reported as such is coded from its own word."""
    if t.pos_ != "NOUN" or t.dep_ != "attr" or t.head.lemma_.lower() != "be":
        return False
    if any(c.dep_ == "expl" for c in t.head.children):
        return False  # "there were riots at the polling stations": an existential reports them
    if t.tag_ in _PLURAL_NOUN or not any(c.dep_ == "det" for c in t.children):
        return False  # a singular with its article, "is the clearest demonstration"; a bare plural may be a misparse
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children):
        return False
    phrase = [x for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp") for x in c.subtree]
    return not any(x.like_num or x.ent_type_ in ("GPE", "LOC", "FAC") for x in phrase)


def _speaker_relative(t: Token, cues: Cues) -> bool:
    """ "you people, who stormed the palace, are now protected", "we, who have fought for this
    country": a relative clause about the speaker or the person addressed says who they are, it
    does not report an incident."""
    v = t
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    if t.pos_ not in ("VERB", "AUX") or v.dep_ != "relcl":
        return False
    ante = v.head
    return ante.lower_ in cues.speaker or any(
        c.lower_ in cues.speaker and c.dep_ in ("det", "nmod", "appos", "poss") for c in ante.children
    ) or (ante.dep_ == "appos" and ante.head.lower_ in cues.speaker)


def _modifies(x: Token, noun: Token) -> bool:
    """Is ``x`` a modifier of ``noun``, or a conjunct of one ("combat and reconnaissance aircraft")?"""
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    return x.head.i == noun.i and x.dep_ in ("compound", "amod", "nmod")


_AIRCRAFT = frozenset({"jet", "jets", "plane", "planes", "warplane", "warplanes", "aircraft", "helicopter",
                       "helicopters", "bomber", "bombers"})


def _shared_head(t: Token) -> Token | None:
    """The noun that a modifier coordinated with another one describes: "the right-wing death,
    or terror, squads" (the parser makes "death" the head; "squads" follows the coordination)."""
    if not any(c.dep_ == "conj" for c in t.children):
        return None
    for x in t.doc[t.i + 1 : t.i + 6]:
        if not (x.is_punct or x.dep_ == "cc" or (x.dep_ == "conj" and x.head.i == t.i)):
            return x if x.pos_ in ("NOUN", "PROPN") and x.i > t.i + 2 else None
    return None


def _not_an_event(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> Salience | None:
    """Words that name equipment, a standing state or a topic, not an occurrence:

    * a weapon or aircraft noun in a sentence without any act of violence ("before boarding his
      aircraft", "the artillery battalion took part in the parade", "the plane carried missiles");
    * an abstract word of violence with no count, place or date ("violence has no place in a
      democracy", "reject the group's violence");
    * an agreement noun that is not signed, reached, broken or begun ("we will respect the
      agreements", "a follow-up to the accord"), or one between governments or firms rather
      than the sides of a conflict ("a military aid agreement", "a trade accord");
    * a seizure of evidence or contraband ("police seized documents", "the seized cocaine",
      "500 kg of cocaine were confiscated", "agents recovered 30 stolen cars"), which is not
      looting;
    * "control" as a standing state ("the army has full control over the region", "border
      controls", "the situation is being controlled") rather than a change of hands;
    * a bare noun of a past existential clause ("there was some confrontation");
    * a diplomatic protest ("protested to the ambassador"), a boycott a state or an armed group
      imposes ("the U.S. boycott"), "demonstrate" meaning "show" ("the courage demonstrated by
      the leaders") and a protest noun as the predicate of "be" ("the visit is the clearest
      demonstration that ...");
    * a relative clause about the speaker or the addressee ("you people, who stormed the
      palace, are now protected");
    * a strategic development or an arrest that is talk or a state, not a step taken now
      (``_misread_development``: "willing to reach accords", "their operations", "suspended the
      talks", "remain in custody")."""
    sub = mention.sub_event_type
    noun = t.pos_ in ("NOUN", "PROPN")
    if noun and t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("NOUN", "PROPN"):
        if _is(t.head, cues.modified_heads):
            return Salience(False, None, f"idle:modifier:{t.head.lower_}")
    shared = _shared_head(t) if noun else None
    if shared is not None and _is(shared, cues.modified_heads):
        return Salience(False, None, f"idle:modifier:{shared.lower_}")
    # one word only: a phrase ("car bomb", "explosive device") names a weapon put in place
    word = doc_text(t.doc)[mention.trigger.start : mention.trigger.end]  # Doc.text is rebuilt per call
    # ... except an aircraft ("fighter jets flew over the parade" names planes, not a strike)
    single = not any(c in word for c in " -\n") or t.lower_ in _AIRCRAFT
    if single and noun and t.lower_ in cues.instruments and sub != "Disrupted weapons use":
        # (an act word that only modifies the noun names a kind: "combat and reconnaissance aircraft")
        if not any(x.i != t.i and _act(x, cues) and not _modifies(x, t) for x in t.sent):
            return Salience(False, None, "idle:instrument")
    if "trigger:generic" in mention.cues and noun and t.sent.start > 0 and not _narrative_present(t.doc):
        # (a lead or a present-tense note uses the word for the incident: "ethnic violence in ...")
        if not anchors & {"count", "place", "date"}:
            return Salience(False, None, "idle:abstract")
    if noun and _existential(t) and not anchors & {"count", "place", "date"}:
        # "There has been plenty of war, many deaths.": a state of affairs, not an occurrence
        return Salience(False, None, "idle:existential")
    if noun and _bare_existential_past(t) and not anchors & {"count", "place", "date"} \
            and t.sent.start > 0 and not _narrative_present(t.doc):
        # "There was some confrontation with him", "there were incursions, murder and other
        # activities": a kind of thing that went on, with no incident named
        return Salience(False, None, "idle:existential-past")
    if mention.event_type in ("Protests", "Riots") and (_diplomatic_protest(t, cues) or _imposed_boycott(t)):
        return Salience(False, None, "idle:diplomatic-protest")
    if mention.event_type in ("Protests", "Riots") and (_shown(t, cues) or _predicate_protest(t)):
        return Salience(False, None, "idle:demonstrate-shown")
    if _speaker_relative(t, cues):
        return Salience(False, None, "reference:speaker")
    if sub == "Agreement" and noun and any(
        c.dep_ in ("compound", "amod", "nmod") and _is(c, cues.agreement_kinds) for c in t.children
    ):
        return Salience(False, None, "idle:agreement-kind")
    if sub == "Agreement" and noun and t.lower_ not in cues.agreement_verbs:
        if "date" not in anchors and not _is(_clause_head(t), cues.agreement_verbs):
            return Salience(False, None, "idle:agreement")
    misread = _misread_development(mention, t, anchors, cues)
    if misread is not None:
        return misread
    if sub == "Looting/property destruction" and _is(t, cues.seizure_verbs) and _seized_evidence(t, cues):
        return Salience(False, None, "idle:seizure")
    if sub == "Looting/property destruction" and _recovered_loot(t, cues):
        return Salience(False, None, "idle:seizure")
    if _accident(mention, t, cues):
        return Salience(False, None, "accident")
    ref = _reference(t, anchors)
    if ref is not None:
        return ref
    if t.lemma_.lower() == "control" or t.lower_ in ("controls", "controlled", "controlling"):
        if not noun and any(c.dep_ in ("dobj", "obj", "nsubjpass") and _is(c, cues.control_abstract)
                            for c in t.children):
            return Salience(False, None, "idle:control")  # "have controlled the situation"
        if noun and t.lower_ == "controls":
            return Salience(False, None, "idle:control")  # "investment controls", "border controls"
        if noun:
            gov = _clause_head(t)
            if not _is(gov, cues.control_gain):
                return Salience(False, None, "idle:control")
        elif not (_is_finite_past(t) or _present_perfect(t) or _narrative_present(t.doc)):
            return Salience(False, None, "idle:control")
    return None


@functools.lru_cache(maxsize=4)
def _topic_words(key: str) -> frozenset[str]:
    """A word list of ``[topic]`` in ``resources/salience.toml`` (frames, abstract_objects,
    suspended_politics)."""
    text = (resources.files("eventscope") / "resources" / SALIENCE_FILE).read_text(encoding="utf-8")
    return _words(tomllib.loads(text).get("topic", {}), key)


def _recent_date_in(n: Token, published: dt.date | None, timexes: Sequence[TimeExpr], days: int) -> bool:
    """Does a time expression inside the noun phrase ``n`` date it within ``days`` of publication
    (or is the publication date unknown)?"""
    lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge)
    for tx in timexes:
        if lo <= tx.start < hi and tx.last is not None:
            if published is None or tx.last >= published - dt.timedelta(days=days):
                return True
    return False


# the title of a court case in a list of cases: 'case no. 1430 entitled "X and others, on murder"'
_CASE_TITLE_RE = re.compile(r"^\W*(?:case|cause|file)s?\s+(?:no|number)\b|\bentitled\s*[:\"“]")


def _case_topic(
    t: Token, published: dt.date | None, timexes: Sequence[TimeExpr], cues: Cues
) -> Salience | None:
    """An event noun that is only what a case, an accusation, a controversy, a ruling or a
    pardon is about ("accused of the assassination of the leader", "the controversy regarding
    the kidnapping of the minister's son", "a case on murder and torture", "the ruling on the
    kidnappers"): background to the story, not an incident it reports. The noun (or the first
    of its conjuncts) must be the frame word's object, the object of its preposition, or a
    compound on it ("the murder case"), and carry no count, named place or recent date of its
    own (see ``[topic]``). Every event noun in the title of a listed court case goes too."""
    if t.pos_ != "NOUN":
        return None
    if _CASE_TITLE_RE.search(t.sent.text.lower()):
        return Salience(False, None, "history:topic:case-title")  # 'case no. 12 entitled "X, on murder"'
    n = t
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i:
        n = n.head
    if n.dep_ == "pobj":
        frame = n.head.head  # "accused of the murder", "the controversy regarding the kidnapping"
    elif n.dep_ in ("dobj", "obj", "compound", "nmod"):
        frame = n.head  # "investigate the murder", "the murder case"
    else:
        return None
    words = _topic_words("frames")
    if not _is(frame, words) or frame.i == n.i:
        return None
    if frame.lemma_.lower() == "case" and (frame.tag_ == "NNS" or any(c.dep_ == "nummod" for c in frame.children)):
        return None  # "two cases of kidnapping on Monday": instances, not a lawsuit
    if _np_anchored(n) or _recent_date_in(n, published, timexes, cues.history_days):
        return None
    return Salience(False, None, f"history:topic:{frame.lemma_.lower()}")


# auxiliaries of an infinitive or a modal verb
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "to"})
# prepositions before a gerund that make the agreement a goal or a topic: "a matter of reaching
# agreements", "obstacles to reaching an accord", "conditions for signing", "far from achieving"
_GOAL_PREPS = frozenset({"of", "to", "for", "toward", "towards", "on", "about", "from", "at"})
# verbs of keeping or breaking an agreement that already exists
_KEPT_OR_BROKEN = frozenset({"violate", "breach", "break", "respect", "honour", "honor", "uphold", "abide",
                             "comply", "observe"})


def _under_agreement(v: Token, cues: Cues) -> bool:
    """Is the verb the infinitive or conjunct of a finite agreement verb ("the parties agreed to
    sign a ceasefire", "the clans agreed to respect the truce")?"""
    above = v
    while above.dep_ in ("conj", "xcomp") and above.head.i != above.i:
        above = above.head
        if _is(above, cues.agreement_verbs) and (_is_finite_past(above) or _present_perfect(above)):
            return True
    return False


def _unconcluded_agreement(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> bool:
    """An agreement talked about, not concluded in the story: its verb ("reach", "sign", "come
    to") is an infinitive or under a modal ("willing to reach accords", "could come to an
    agreement", "for agreements to be reached"), a gerund after a preposition of goal or topic
    ("a matter of reaching agreements", "far from achieving a truce"), a relative clause that
    says who a person is ("the president, who signed the agreement"), a "since" clause that
    makes an earlier signing the reference point ("since the accord was signed, ..."), or a
    charge that an existing agreement is being broken ("the front has violated the agreements it
    signed"; the violation is coded as what was done, not as an agreement). An agreement signed,
    reached or declared in a finite clause ("the two sides signed a truce") stays, and so does an
    infinitive under a finite agreement verb ("the parties agreed to sign a ceasefire")."""
    if mention.sub_event_type != "Agreement":
        return False
    v = t if t.pos_ in ("VERB", "AUX") else _clause_head(t)
    if "date" in anchors:
        return False
    if t.pos_ == "NOUN" and v.lemma_.lower() in _KEPT_OR_BROKEN and not _under_agreement(v, cues):
        return True
    if not _is(v, cues.agreement_verbs):
        return False
    if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ in _GOAL_PREPS:
        return True
    if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in v.children):
        return True  # "since the Geneva agreement was signed, ...": the signing is a reference point
    first = v
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.tag_ == "VB":
        first = first.head  # "willing to negotiate and come to an agreement"
    if v.tag_ in ("VB", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in (*v.children, *first.children)
    ):
        return not _under_agreement(v, cues)  # "agreed to sign a ceasefire" stays
    if v.dep_ == "relcl" and not anchors & {"count", "place"} and (
        v.head.ent_type_ == "PERSON" or any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)
    ):
        return True  # "Ortega, who signed the agreement", "a spy who had surrendered": who he is
    return False


_LAUNCH = frozenset({"launch", "begin", "start", "step", "intensify"})
_QUANTIFIERS = frozenset({"several", "many", "some", "numerous", "various", "multiple", "few", "two", "three"})


def _idle_operations(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> bool:
    """ "Operations" as a standing activity, not a step taken: a plural with no count or date
    ("the guerrillas have conducted their operations in the south", "antisubversive operations
    have forced the groups to retreat", "death squad operations"), or the word inside a unit's
    name ("the special operations group"). A security operation under way ("troops are carrying
    out large-scale operations in the countryside") or a launched, named or counted one stays."""
    if mention.sub_event_type != "Change to group/activity" or t.lemma_.lower() != "operation":
        return False
    if t.pos_ != "NOUN":
        return False
    if t.dep_ == "compound" and t.head.pos_ == "NOUN":
        return True  # "the special operations group": a unit ("Operation Pineapple" is a name)
    if t.tag_ not in _PLURAL_NOUN or anchors & {"count", "date"}:
        return False
    if any(c.dep_ == "amod" and c.lower_ in cues.habitual_adjectives for c in t.children):
        return False  # "frequent operations": the habitual rule says why
    head = _clause_head(t)
    if _progressive(head) or head.tag_ == "VBG" or head.lemma_.lower() in _LAUNCH:
        return False
    # "their operations", "operations have forced ...", "death squad operations"; "carried out
    # several operations, including a raid" counts them and stays
    possessed = any(c.dep_ == "poss" for c in t.children)
    counted = any(c.dep_ in ("det", "predet") or c.lower_ in _QUANTIFIERS for c in t.children)
    return possessed or t.dep_ in _SUBJ or not counted


# a numbered item of a list ("3.", "4)"), the way a communique sets out its demands
_LIST_ITEM_RE = re.compile(r"\s*\d{1,2}\s*[.)]\s+")


_FUTURE_AUX = frozenset({"will", "would", "'ll", "must", "shall"})


def _future_condition(t: Token, govs: Sequence[Token]) -> str | None:
    """A clause of condition under a future or a must: "once arrested, he will have to explain",
    "when taxes are stolen, no one will pay them", "the proposal to stop fighting provided the
    congress suspends aid", or an event noun that is the subject of an "if" clause ("if a curfew
    is discussed, it is to protect you"), or a present "until" clause ("until the rebels surrender
    their arms"): the event is a supposition. A past "when" clause ("when the rebels attacked, the
    guards fled") reports."""
    for g in govs[:2]:
        if g.lower_ in ("provided", "providing") and g.dep_ in ("advcl", "mark", "prep", "acl", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in g.children
        ):
            return "provided"  # ("have provided no figures on the injured" is the verb "provide")
    n = t
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i:
        n = n.head
    if n.dep_ in _SUBJ and n.head.dep_ == "advcl":
        for c in n.head.children:  # "if a state of siege and a curfew are discussed"
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return c.lower_
    clause = _clause_head(t)
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "when taxes are squandered, misused or stolen"
    if clause.dep_ != "advcl":
        return None
    markers = ("when", "once", "whenever", "until", "till")
    marker = next((c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in markers), None)
    if marker is None or _is_finite_past(clause) or _present_perfect(clause) or clause.tag_ == "VBD":
        return None
    if marker in ("until", "till") and clause.tag_ in ("VBP", "VBZ"):
        return marker  # "aid will go on until the rebels surrender their arms": not yet
    main = clause.head
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in main.children) or (
        main.lemma_ == "have" and any(c.dep_ == "xcomp" for c in main.children)
        and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in main.children)
    ):
        return marker
    return None


def _demand_item(t: Token) -> bool:
    """A numbered item that opens with a bare verb ("4. Suspend conscription", "2. Release the
    political prisoners"): an item of a list of demands, not a report."""
    sent = t.sent
    head = _clause_head(t)
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head.tag_ != "VB" or head.dep_ != "ROOT" or _subject(head) is not None:
        return False
    text = doc_text(t.doc)
    line = text.rfind("\n", 0, head.idx) + 1  # the parser may make "4." a sentence of its own
    return any(
        _LIST_ITEM_RE.fullmatch(text[start : head.idx] + " ") is not None
        for start in (sent.start_char, line)
    )


def _abstract_loot(mention: EventMention, t: Token) -> bool:
    """A verb of looting or destruction whose object is not property ("destroying the possibility
    of planting", "to regain tranquility", "withdrew from the talks", "a burning issue"): a figure
    of speech or a political step. Burned houses, a looted shop, a destroyed pylon stay."""
    if mention.sub_event_type != "Looting/property destruction":
        return False
    words = _topic_words("abstract_objects")
    if t.dep_ == "amod" and t.head.pos_ == "NOUN":
        return _is(t.head, words)  # "a burning issue"
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [x for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for x in _pobj_heads(c)]
    if t.pos_ == "NOUN":
        return False
    return bool(objs) and all(_is(o, words) for o in objs)


def _cause_of_old_step(
    t: Token, sent: SpacySpan, published: dt.date | None, timexes: Sequence[TimeExpr], cues: Cues
) -> Salience | None:
    """An event noun after "following", "after" or "since" whose phrase hangs on a step the
    sentence dates before the history horizon ("the government decided to carry out extraditions
    on 18 August, following the assassinations of the colonel and the senator"): what came before
    an old step is older still."""
    if published is None:
        return None
    n = t
    if n.dep_ in ("amod", "compound") and n.head.pos_ == "NOUN":
        n = n.head  # "following a dynamite attack": the weapon word names the attack
    if n.pos_ != "NOUN":
        return None
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i:
        n = n.head
    if n.dep_ != "pobj" or n.head.lower_ not in ("following", "after", "since"):
        return None
    prep = n.head
    host = prep.head
    inside = {x.i for x in prep.subtree}
    scope = {x.i for x in host.subtree} - inside
    horizon = published - dt.timedelta(days=cues.history_days)
    dated = []
    for tx in timexes:
        if not (sent.start_char <= tx.start < sent.end_char) or tx.last is None:
            continue
        span = sent.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is not None and len(span) and all(x.i in scope for x in span) and _real_date(span):
            dated.append(tx)
    if dated and all(tx.last is not None and tx.last < horizon for tx in dated):
        return Salience(False, None, f"history:before:{dated[0].value}")
    return None


def _suspended_politics_step(mention: EventMention, t: Token) -> bool:
    """ "Suspend" said of talks, relations, aid or membership ("the talks were suspended
    indefinitely", "suspended all relations with its neighbour", "suspended from the group"): a
    diplomatic or political step, not a change in what armed groups or the police do. Suspended
    classes, traffic or patrols stay."""
    if mention.sub_event_type != "Change to group/activity" or t.lemma_.lower() not in ("suspend", "suspension"):
        return False
    things = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    things += [x for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for x in _pobj_heads(c)]
    if t.dep_ in ("relcl", "acl", "amod") and t.head.pos_ in ("NOUN", "PROPN"):
        things.append(t.head)  # "the dialogue that was suspended", "the suspended talks"
    things += [x for th in list(things) for c in th.children if c.dep_ == "prep" and c.lower_ == "of"
               for x in _pobj_heads(c)]  # "suspended all types of relations"
    words = _topic_words("suspended_politics")
    return any(_is(x, words) for x in things)


# nouns of acts that a participle can qualify without describing people: "a thwarted attack"
_ACT_NOUNS = frozenset({"attack", "attempt", "plot", "coup", "raid", "ambush", "assault", "offensive",
                        "operation", "bombing", "plan", "escape"})


def _descriptive_participle(mention: EventMention, t: Token, anchors: frozenset[str]) -> bool:
    """A participle that says what people or things are, not what was done to them now
    ("camps of disarmed former combatants", "the committee for displaced families"): an
    adjective on a noun, with no count, place or date of its own. Only for strategic developments
    of a group's state (a looted shop or a detained man still tells of an act)."""
    if mention.sub_event_type not in ("Change to group/activity", "Disrupted weapons use"):
        return False
    if t.dep_ != "amod" or t.tag_ not in ("VBN", "JJ") or t.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # people or groups ("disarmed combatants", "displaced Salvadorans"); "a thwarted attack" is one
    people = t.head.tag_ in _PLURAL_NOUN or t.head.ent_type_ in ("NORP", "PERSON")
    return people and t.head.lemma_.lower() not in _ACT_NOUNS and not anchors & {"count", "place", "date"}


def _custody_before_release(v: Token) -> bool:
    """ "The militant, held in custody for the attempt, was set free", "the journalist, who had
    been kept in prison, was released": a clause about the custody of the person released; the
    story is the release, the custody its background."""
    if v.dep_ not in ("acl", "relcl") or v.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if v.lemma_.lower() not in ("hold", "keep", "jail", "imprison"):
        return False  # "the student, who was arrested in Kisumu, was released on bail": an arrest
    if any(c.dep_ == "npadvmod" or c.ent_type_ in ("DATE", "TIME") for c in v.subtree):
        return False  # "detained on Monday, released on Wednesday": the arrest is dated news
    main = v.head.head
    return main.lemma_.lower() in ("release", "free") or (
        main.lemma_.lower() == "set" and any(c.lower_ == "free" for c in main.children)
    )


def _standing_detention(mention: EventMention, t: Token) -> bool:
    """Custody as a standing state, not an arrest: "4,000 people remain in custody awaiting
    rulings", "the leader is currently in custody and facing trial", "those who are now under
    arrest". A present "be", "remain" or "stay" with "currently", "now", "still" or a wait for
    trial, or the custody of someone the sentence says was released; "was taken into custody" and
    "is in custody after his arrest on Monday" stay."""
    if mention.sub_event_type != "Arrests":
        return False
    head = _clause_head(t)
    if _custody_before_release(head):
        return True
    if head.lemma_.lower() not in ("be", "remain", "stay") or head.tag_ not in _PRESENT:
        return False
    if head.lemma_.lower() in ("remain", "stay"):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in ("currently", "now", "still") for c in head.children) or any(
        c.lemma_.lower() in ("await", "face") for c in head.children if c.dep_ in ("conj", "advcl", "xcomp")
    )


def _misread_development(
    mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues
) -> Salience | None:
    """Strategic developments and arrests that are talk or a state, not a step taken now: an
    agreement talked about or said to be broken, "operations" as a standing activity, looting of
    an abstract thing, a suspension of talks or relations, security measures as the circumstance
    of another act ("arrived under strict security measures"), a participle that describes
    people, custody as a standing state."""
    if _unconcluded_agreement(mention, t, anchors, cues):
        return Salience(False, None, "idle:agreement-talk")
    if _idle_operations(mention, t, anchors, cues):
        return Salience(False, None, "idle:operations")
    if _abstract_loot(mention, t):
        return Salience(False, None, "figurative:abstract-object")
    if _suspended_politics_step(mention, t):
        return Salience(False, None, "idle:suspended-politics")
    if mention.sub_event_type == "Change to group/activity" and t.lemma_.lower() in ("measure", "security") \
            and t.dep_ == "pobj" and t.head.lower_ in ("under", "amid", "amidst"):
        return Salience(False, None, "idle:circumstance")  # ("amid the curfew imposed in X" names the curfew)
    if _descriptive_participle(mention, t, anchors):
        return Salience(False, None, "idle:participle")
    if _standing_detention(mention, t):
        return Salience(False, None, "idle:custody")
    return None


def _talk(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> Salience | None:
    """Words of violence in talk about a conflict rather than in a report of one incident:

    * a campaign against a crime, a scourge or an idea ("the fight against drug trafficking",
      "those who fight terrorism");
    * a copula with "the target of attacks" ("the country has been the target of terrorist
      attacks", "we are the target of attacks"): what a place suffers, not one attack;
    * a violent verb in the present progressive in a relative clause ("the government, which is
      fighting the rebels", "an army that is killing our people"): who someone is. A main clause
      ("rebels are shelling the town") reports an ongoing incident, and so does an ongoing protest
      or occupation ("drivers who are protesting against fuel prices");

    A count, a named place or a date of the mention's own clause keeps the last two (a campaign
    stays one wherever it is waged)."""
    campaign = _campaign(t, cues)
    if campaign is not None:
        return campaign
    if not anchors & {"count", "date"} and _target_of(t, cues):
        # (a named place is what suffers: "Peru has been the target of terrorist attacks")
        return Salience(False, None, "generic:target")
    if _progressive_state(t, cues) and mention.event_type in _VIOLENT_TYPES and not anchors & {"count", "place"}:
        # ("currently", "now" restate the progressive: no date of an incident)
        return Salience(False, None, "generic:progressive")
    if anchors & {"count", "place", "date"}:
        return None
    if _progressive(t) and t.dep_ in ("relcl", "acl") and mention.event_type in _VIOLENT_TYPES:
        return Salience(False, None, "generic:progressive")
    return None


def _progressive_state(t: Token, cues: Cues) -> bool:
    """An ongoing war told as a state in a side clause: "Colombia, which is currently fighting
    against drug syndicates", "now that the government is fighting a guerrilla force that
    threatens democracy" (a progressive word of campaign, ``[campaign] words``, in a relative or
    adverbial clause). A main clause ("troops are fighting rebels") reports fighting under way."""
    side = t.dep_ in ("relcl", "acl", "advcl") or (t.dep_ == "ccomp" and t.head.pos_ not in ("VERB", "AUX"))
    return side and _progressive(t) and _is(t, cues.campaign_words)


def _campaign(t: Token, cues: Cues) -> Salience | None:
    if not _is(t, cues.campaign_words):
        return None
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj")]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "on"):
            objs.extend(_pobj_heads(c))
    for o in objs:
        if _is(o, cues.campaign_objects):
            return Salience(False, None, f"campaign:{o.lower_}")
    return _cause(t, cues)


def _cause(t: Token, cues: Cues) -> Salience | None:
    """A campaign for a cause: "fighting for human rights", "the battle to preserve democracy and
    defeat violence" (``[campaign] causes``, after "for" or as the object of a purpose infinitive)."""
    wanted = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for o in _pobj_heads(c)]
    for inf in (c for c in t.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VB"):
        wanted += [o for v in (inf, *inf.conjuncts) for o in v.children if o.dep_ in ("dobj", "obj")]
    for o in wanted:
        if _is(o, cues.campaign_causes):
            return Salience(False, None, f"campaign:{o.lower_}")
    return None


def _pobj_heads(prep: Token) -> list[Token]:
    out = [c for c in prep.children if c.dep_ == "pobj"]
    return out + [x for o in out for x in o.conjuncts]


def _target_of(t: Token, cues: Cues) -> bool:
    """ "has been the target of attacks", "we are the victims of attacks": the target noun, or the
    plural event noun after its "of", under a present or present-perfect copula."""
    noun = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in cues.target_nouns:
        noun = t.head.head
    elif t.lower_ not in cues.target_nouns:
        return False
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() not in cues.copulas:
        return False
    if not (_present_simple(cop) or _present_perfect(cop)):
        return False  # "the embassy was the target of attacks last week": an occasion
    events = [x for c in noun.children if c.lower_ == "of" for x in _pobj_heads(c)]
    return any(x.tag_ in _PLURAL_NOUN and not _np_anchored(x) for x in events)


def _progressive(t: Token) -> bool:
    """ "who are fighting the rebels", "which is bombing villages": a verb trigger in the present
    progressive."""
    if t.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in t.children)


def _figurative(t: Token, cues: Cues) -> Salience | None:
    """Words of violence used as images: in scare quotes ("an 'assault' on reefs"), as a
    predicate adjective ("the atmosphere was explosive"), in a simile ("hit us like a bomb")."""
    doc = t.doc
    before = doc[t.i - 1] if t.i > 0 else None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if (
        before is not None
        and after is not None
        and before.is_quote
        and after.is_quote
        and any(_is(g, cues.characterise) for g in _governors(t)[:3])
    ):
        return Salience(False, None, "figurative:quoted")  # "described the heatwave as an 'assault'"
    if (
        t.pos_ == "ADJ"
        and t.dep_ in ("acomp", "attr")
        and t.head.lemma_.lower() in ("be", "seem", "become", "remain", "look", "sound", "feel")
        and t.lemma_.lower() not in ("dead", "injured", "wounded", "hurt", "missing", "killed")
    ):
        return Salience(False, None, "figurative:predicate")
    if t.dep_ == "pobj" and t.head.lower_ in cues.simile:
        return Salience(False, None, f"figurative:{t.head.lower_}")
    image = _abstract_damage(t, cues)
    if image is not None:
        return Salience(False, None, f"figurative:{image}")
    if t.pos_ == "NOUN" and t.lemma_.lower() in ("attack", "assault", "onslaught", "offensive"):
        # "harsh attacks on the government", "an attack on the judicial branch": words, not arms
        if any(c.dep_ == "amod" and c.lower_ in cues.verbal for c in t.children):
            return Salience(False, None, "figurative:verbal")
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon"):
                if any(o.lemma_.lower() in cues.abstract_targets or o.lower_ in cues.abstract_targets
                       for o in _pobj_heads(c)):
                    return Salience(False, None, "figurative:abstract-target")
    return None


def _abstract_damage(t: Token, cues: Cues) -> str | None:
    """Words of destruction, battle and fire said of what no weapon reaches: "destroying the
    possibility of planting", "the destruction of the system", "a battle of words", "putting out
    the fire in the region", "adding fuel to the fire", "freedom of expression and mobilization"
    (a right), "an explosion of freedom" (a feeling or an ideal bursting out), "the government is
    hostage to the army" (a dependence). Returns the rule's name."""
    lemma = t.lemma_.lower()
    if lemma in ("destroy", "destruction", "wreck", "ruin", "shatter"):
        objs = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objs += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobj_heads(c)]
        if objs and all(
            _is(o, cues.destroyed_abstracts) or o.lower_ in cues.abstract_targets for o in objs
        ):
            return "abstract-target"
    if lemma in ("battle", "war", "fight") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in cues.battles_of for o in _pobj_heads(c))
        for c in t.children
    ):
        return "battle-of-words"
    if t.lower_ in ("fire", "fires", "bonfire"):
        h = t.head.head if t.dep_ == "pobj" else t.head
        if t.dep_ in ("dobj", "obj", "pobj") and h.lemma_.lower() in cues.fire_verbs:
            return "fire"
    if lemma in ("explosion", "outburst", "eruption") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            _is(o, cues.destroyed_abstracts) or o.lower_ in cues.abstract_targets or _is(o, cues.feelings)
            for o in _pobj_heads(c))
        for c in t.children
    ):
        return "outburst"  # "this explosion of freedom", "an explosion of joy"
    if t.lower_ == "hostage" and t.dep_ in ("attr", "acomp") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "of") for c in t.children
    ):
        return "hostage-to"  # "the government is still hostage to the high command"
    first = t
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in ("of", "to") and first.head.head.lower_ in cues.rights:
        return "right"
    return None


def _trend(t: Token, cues: Cues) -> Salience | None:
    """ "a wave of killings", "the number of kidnappings" (the trigger under "of" of a trend noun),
    "attacks have increased" (the trigger is the subject of a trend verb). A later conjunct is
    read as its first: "a wave of kidnapping and murder of students"."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    h = t.head
    # "a number of demonstrators broke in" counts people; "the number of kidnappings" is a trend
    quantity = h.head.lemma_.lower() == "number" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.head.children
    )
    if (
        t.dep_ == "pobj"
        and h.lower_ == "of"
        and h.head.pos_ == "NOUN"
        and _is(h.head, cues.trend)
        and not quantity
    ):
        return Salience(False, None, f"generic:trend:{h.head.lemma_.lower()}")
    if t.dep_ in ("nsubj", "nsubjpass") and h.pos_ == "VERB" and _is(h, cues.trend):
        return Salience(False, None, f"generic:trend:{h.lemma_.lower()}")
    if t.dep_ in ("dobj", "obj") and h.pos_ == "VERB" and _is(h, cues.trend_transitive):
        return Salience(False, None, f"generic:trend:{h.lemma_.lower()}")  # "increased their attacks"
    return None


def _rhetoric(t: Token, govs: Sequence[Token], specific: bool, cues: Cues) -> Salience | None:
    if specific:
        return None
    for k, g in enumerate(_over_subject(govs)):
        if g.lemma_.lower() == "charge" and t.lower_ in cues.instruments and t.head.head.i == g.i:
            continue  # "placed a charge of dynamite": the explosive charge, not a charge against someone
        below = govs[k - 1] if k else t
        if below.dep_ in ("nsubj", "csubj") and g.pos_ == "VERB":
            # "a protest blaming the governor", "the sit-in accused the county of neglect": the
            # event is who accuses, not what it is accused of
            continue
        if _is(g, cues.rhetoric):
            return Salience(False, None, f"rhetoric:{g.lemma_.lower()}")
    return None


# Statement rules ------------------------------------------------------------------------------
# Speeches, communiques, interviews and editorials: rules of conduct, demands, conditions, claims
# branded as lies (see ``[statement]`` in salience.toml).


def _statement(t: Token, govs: Sequence[Token], sent: SpacySpan, cues: Cues) -> Salience | None:
    """A mention said as a counterfactual, a branded lie, a demand, a rule or a condition."""
    if _no_subject(t):
        return Salience(True, "negated", "negated:no-subject")
    if _counterfactual(t, govs):
        return Salience(True, "negated", "negated:counterfactual")
    if _branded_lie(govs, cues):
        return Salience(True, "negated", "negated:lie")
    chain = _asserted_chain(t, govs)
    if chain is None:
        return None
    if _imperative(chain[-1]) and sent.start != 0 and not _narrative_present(sent.doc):
        # (a note or headline opens with a noun the parser may take for a verb: "Post poll unrest
        # near the market")
        return Salience(True, "hypothetical", "hypothetical:imperative")
    if any(_deontic(v, cues) for v in chain):
        return Salience(True, "hypothetical", "hypothetical:must")
    if not _narrative_present(sent.doc) and sent.start != 0:
        if _when_present(chain, cues):
            return Salience(True, "hypothetical", "hypothetical:when")
        if _until_present(chain, cues):
            return Salience(True, "hypothetical", "hypothetical:until")
    return None


def _until_present(chain: Sequence[Token], cues: Cues) -> bool:
    """ "will go on helping the regime until the rebels surrender their arms": a present-simple
    clause under "until" in a past-tense story has not happened yet."""
    return any(
        v.pos_ in ("VERB", "AUX") and v.dep_ == "advcl" and _present_simple(v)
        and any(c.dep_ == "mark" and c.lower_ in cues.until_marks for c in v.children)
        for v in chain
    )


def _asserted_chain(t: Token, govs: Sequence[Token]) -> list[Token] | None:
    """The trigger and its governors up to the sentence root, or None when a finite past or
    present-perfect verb stands on the way (from the trigger up to, not including, the root):
    "the government must explain why soldiers killed five peasants" asserts the killing whatever
    is demanded above it."""
    chain = [t, *_over_subject(govs)]  # ("anybody with information on the murder should...")
    for v in chain[:-1]:
        if v.pos_ in ("VERB", "AUX") and (_is_finite_past(v) or _present_perfect(v)):
            return None
        if v.dep_ == "ccomp" and _progressive(v):
            return None  # "should bear in mind that the attacks are taking place at the university"
    return chain


def _no_subject(t: Token) -> bool:
    """ "no priest has ever been imprisoned, murdered or exiled", "nobody was hurt": the verb's
    subject (or its first conjunct's) is "no one"; what it says happened to nobody."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    v = t
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in ("nobody", "none", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children
            )
    return False


def _counterfactual(t: Token, govs: Sequence[Token]) -> bool:
    """ "far from achieving a truce", "instead of attacking the post", "rather than fighting": the
    gerund (or its object) names what did not happen."""
    for g in (t, *govs[:1]):
        if g.tag_ != "VBG" or g.dep_ != "pcomp" or (g is not t and t.dep_ not in ("dobj", "obj")):
            continue
        prep = g.head
        if (prep.lower_, prep.head.lower_) in (("from", "far"), ("of", "instead"), ("than", "rather")):
            return True
    return False


def _branded_lie(govs: Sequence[Token], cues: Cues) -> bool:
    """The trigger is reported by a verb of saying that the text brands as a lie: "they resort to
    lies and say they control the city", "they lie and claim...", "falsely claimed that", or it
    sits under the noun "lie" ("the lie that the army bombed the town")."""
    for g in govs[:4]:
        if g.pos_ == "NOUN" and g.lemma_.lower() in cues.lie_words:
            return True
        if not _is(g, cues.reporting) or g.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in cues.lie_words for c in g.children):
            return True
        h = g.head
        if g.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
            if h.lemma_.lower() == "lie" and not any(c.dep_ == "prep" for c in h.children):
                return True  # "they lie and say" ("bodies lie in the street" has a place)
            for c in h.children:
                if c.dep_ == "prep" and any(o.lower_ in cues.lie_words for o in _pobj_heads(c)):
                    return True  # "resort to lies and say"
        break
    return False


def _imperative(root: Token) -> bool:
    """A sentence that opens with a bare verb without subject or auxiliary, perhaps after a list
    number ("4. Suspend conscription", "Stop the bombing of villages"): a demand."""
    if root.tag_ != "VB" or root.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in root.children):
        return False
    for x in root.sent:
        if x.i == root.i:
            return True
        if not (x.is_punct or x.is_space or x.tag_ in ("LS", "CD") or x.like_num or x.is_bracket):
            return False
    return False


def _deontic(v: Token, cues: Cues) -> bool:
    """ "must cease", "should be suspended", "ought to stop": an obligation on the verb (not "must
    have fled", an inference about the past)."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    for c in v.children:
        if c.dep_ == "aux" and c.lower_ in cues.deontic:
            after = neighbour(c, 1)
            if after is not None and after.lower_ in ("have", "'ve"):
                return False
            return True
    return False


def _when_present(chain: Sequence[Token], cues: Cues) -> bool:
    """A present-simple clause under "when" that depends on a present-simple or imperative clause,
    or a present (simple or progressive) one under a modal clause ("when taxes are stolen, no one
    will pay them", "be at home when the curfew goes into effect", "I cannot sit with them when
    they are killing our people"): a condition or a habit."""
    for v in chain:
        if v.pos_ not in ("VERB", "AUX") or v.dep_ != "advcl":
            continue
        if not any(c.lower_ in cues.when_marks and c.dep_ in ("advmod", "mark") for c in v.children):
            continue
        head = v.head
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        if modal and (_present_simple(v) or _progressive(v)):
            return True  # "I cannot sit with them when they are killing our people"
        if not _present_simple(v):
            return False
        return _present_simple(head) or (head.tag_ == "VB" and head.dep_ == "ROOT")
    return False


# Public API -----------------------------------------------------------------------------------


def assess(
    mention: EventMention,
    doc: Doc,
    *,
    published: dt.date | None,
    timexes: Sequence[TimeExpr],
) -> Salience:
    """Keep, re-status or drop one event mention (see the module docstring for the rules).

    ``doc`` is the parse of the document text the mention's offsets index; ``timexes`` are that
    text's time expressions (``dates.find_timexes``) resolved against ``published``."""
    cues = load_cues()
    t = _trigger_token(doc, mention)
    if t is None:
        return Salience(True, None, "no-parse")
    sent = t.sent
    govs = _governors(t)
    if mention.status in _NOT_ASSERTED:
        return Salience(True, None, f"status:{mention.status}")
    verdict = _negation(t, govs, sent, cues) or _hypothesis(t, govs, sent, cues)
    if verdict is not None:
        return verdict
    anchors = _anchors(t, timexes)  # read once: most rules below look at them
    verdict = (
        _not_an_event(mention, t, anchors, cues) or _talk(mention, t, anchors, cues)
        or _case_topic(t, published, timexes, cues)
        or _statement(t, govs, sent, cues)  # (after the rules that drop: a dropped word stays dropped)
    )
    if verdict is not None:
        return verdict
    dated, has_date = _dated_history(t, sent, published, timexes, cues)
    if dated is not None:
        return dated
    before = _cause_of_old_step(t, sent, published, timexes, cues)
    if before is not None:
        return before
    specific = _specific(t, doc, has_date)
    verdict = (
        _history(t, govs, sent, has_date, cues)
        or _many_events(t)
        or (None if has_date else _aggregate(t, sent, cues))
        or _figurative(t, cues)
        or _generic(t, govs, sent, specific, anchors, cues)
        or _rhetoric(t, govs, specific, cues)
    )
    if verdict is not None:
        return verdict
    return Salience(True, None, "specific" if specific else "kept")


def filter_mentions(
    mentions: Sequence[EventMention],
    doc: Doc,
    *,
    published: dt.date | None,
    timexes: Sequence[TimeExpr],
) -> list[EventMention]:
    """``assess`` every mention: drop the ones it rejects, re-status the others, keep the order.
    The rule that re-statused a mention is appended to its ``cues``."""
    out: list[EventMention] = []
    for m in mentions:
        s = assess(m, doc, published=published, timexes=timexes)
        if s.keep:
            out.append(_restatus(m, s))
    return out


def filter_groups(
    groups: Sequence[tuple[EventMention, Sequence[EventMention]]],
    doc: Doc,
    *,
    published: dt.date | None,
    timexes: Sequence[TimeExpr],
    dropped: list[tuple[EventMention, str]] | None = None,
) -> list[tuple[EventMention, list[EventMention]]]:
    """``assess`` the mentions of each merged incident (``classify.merge_mentions`` output).

    Meant to run right after ``merge_mentions``: filtering before merging would split incidents
    (a dropped mention no longer links its neighbours), so that weak mentions the incident used
    to absorb ("according to", "fled") would become events of their own. An incident none of
    whose mentions is kept is dropped; otherwise its primary is the best kept mention, reported
    ones (asserted, claimed) first, with the status ``assess`` gave it. ``dropped``, when given,
    receives each mention of a dropped incident with the reason."""
    cues = load_cues()
    out: list[tuple[EventMention, list[EventMention]]] = []
    for primary, others in groups:
        kept = []
        reasons: list[tuple[EventMention, str]] = []
        for m in (primary, *others):
            s = assess(m, doc, published=published, timexes=timexes)
            if s.keep:
                kept.append(_restatus(m, s))
            else:
                reasons.append((m, s.reason))
        if not kept:
            if dropped is not None:
                dropped += reasons
            continue
        if out and all(_echo(m, doc, timexes, cues) for m in kept):
            if dropped is not None:
                dropped += [(m, "echo") for m in kept]
            continue  # the reaction to an incident kept above is not an incident of its own
        # the merged primary carries the incident's support bonus; keep it when it survives
        best = max(
            kept, key=lambda m: (m.status in ("asserted", "claimed"), m.trigger == primary.trigger, m.score)
        )
        out.append((best, [m for m in kept if m is not best]))
    return out


def _echo(m: EventMention, doc: Doc, timexes: Sequence[TimeExpr], cues: Cues) -> bool:
    """A reaction to an incident the article has already reported: "the militants claimed the
    attack", "several governments condemned the bombing" (a definite singular event noun under a
    claim or a reaction, with no count, place or date of its own)."""
    t = _trigger_token(doc, m)
    if t is None or t.pos_ != "NOUN" or t.tag_ in _PLURAL_NOUN or not _definite(t):
        return False
    if _anchors(t, timexes) & {"count", "place", "date"}:
        return False
    return any(_is(g, cues.rhetoric) or _is(g, cues.echo) for g in _governors(t)[:3])


def _restatus(m: EventMention, s: Salience) -> EventMention:
    if s.status is None or s.status == m.status:
        return m
    # a mention that turns out not to report an occurrence is discounted as classify does
    score = round(m.score * 0.5, 4) if m.status in ("asserted", "claimed") else m.score
    return replace(m, status=s.status, score=score, cues=(*m.cues, f"salience:{s.reason}"))


def anchors(mention: EventMention, doc: Doc, *, timexes: Sequence[TimeExpr]) -> frozenset[str]:
    """What ties a mention to one real-world incident: "past" (a past-tense report), "count"
    (a number in its clause), "place" (a named place), "date" (a time expression in its clause),
    "definite" (the noun names a particular event: "the attack", "Monday's bombing")."""
    t = _trigger_token(doc, mention)
    return _anchors(t, timexes) if t is not None else frozenset()


def _anchors(t: Token, timexes: Sequence[TimeExpr]) -> frozenset[str]:
    doc = t.doc
    out: set[str] = set()
    head = _clause_head(t)
    if _is_finite_past(head) or _is_finite_past(t) or _present_perfect(head):
        out.add("past")
    if t.pos_ in ("NOUN", "PROPN") and _definite(t) and t.tag_ not in _PLURAL_NOUN:
        out.add("definite")
    scope = {x.i for x in head.subtree} | {x.i for x in t.subtree}
    for i in scope:
        x = doc[i]
        if x.like_num and x.ent_type_ not in ("DATE", "TIME") and i != t.i:
            out.add("count")
        if x.ent_type_ in ("GPE", "LOC", "FAC"):
            out.add("place")
    sent = t.sent
    for tx in timexes:
        if sent.start_char <= tx.start < sent.end_char:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and any(x.i in scope for x in span) and _real_date(span):
                out.add("date")
    return frozenset(out)


def rank_events(
    groups: Sequence[tuple[EventMention, Sequence[EventMention]]],
    doc: Doc,
    *,
    timexes: Sequence[TimeExpr],
    margin: float = 0.1,
) -> list[tuple[EventMention, list[EventMention]]]:
    """The article's main incidents, most salient first.

    An article reports one incident or a few and mentions others in passing (the wounded in
    hospital, the fighting around the town). The top incident is the reported one (asserted or
    claimed) with the highest score, anchors breaking ties; every other reported incident stays
    when it is nearly as strong (score within ``margin`` of the top) and is tied to the world by
    at least two anchors of its own (a past-tense report, a count, a place, a date; see
    ``anchors``). Incidents that are not reported (threats, plans, denials) are kept after them
    with their status, as ``include_non_asserted`` decides downstream."""
    reported = [(p, list(o)) for p, o in groups if p.status in ("asserted", "claimed")]
    rest = [(p, list(o)) for p, o in groups if p.status not in ("asserted", "claimed")]
    if not reported:
        return rest

    def strength(g: tuple[EventMention, list[EventMention]]) -> tuple[float, int]:
        found: set[str] = set()
        for m in (g[0], *g[1]):
            found |= anchors(m, doc, timexes=timexes)
        return g[0].score, len(found & {"past", "count", "place", "date"})

    scored = sorted(
        ((strength(g), k, g) for k, g in enumerate(reported)), key=lambda x: (-x[0][0], -x[0][1], x[1])
    )
    (top_score, _), _, top = scored[0]
    out = [top]
    for (score, n_anchors), _, g in scored[1:]:
        if score >= top_score - margin and n_anchors >= 2:
            out.append(g)
    return out + rest
