"""Shared base of the salience rules: the ``Salience`` verdict, the ``Cues`` word lists read from
``resources/salience.toml`` and the small parse helpers every rule uses.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

from ...nlp import trigger_root
from ...records import EventMention, Status

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
    deep_history_days: int
    history_lemmas: frozenset[str]
    tributes: frozenset[str]
    rites: frozenset[str]
    history_phrases: re.Pattern[str]
    history_anaphors: frozenset[str]
    dated_nouns: frozenset[str]
    aggregate_phrases: re.Pattern[str]
    aggregate_reasons: frozenset[str]
    victim_nouns: frozenset[str]
    regions: frozenset[str]
    habitual: frozenset[str]
    placed_habitual: frozenset[str]
    class_adjectives: frozenset[str]
    trend: frozenset[str]
    procedures: frozenset[str]
    presupposing_verbs: frozenset[str]
    presupposing_preps: frozenset[str]
    speaker: frozenset[str]
    rhetoric: frozenset[str]
    echo: frozenset[str]
    hypothetical: frozenset[str]
    requests: frozenset[str]
    planning: frozenset[str]
    threat: frozenset[str]
    marks: frozenset[str]
    implicative: frozenset[str]
    instructions: frozenset[str]
    executions: frozenset[str]
    protest_purposes: frozenset[str]
    intentions: frozenset[str]
    simile: frozenset[str]
    characterise: frozenset[str]
    habitual_adjectives: frozenset[str]
    denied: frozenset[str]
    alive_refutes: frozenset[str]
    negated: frozenset[str]
    false_report_adjectives: frozenset[str]
    report_nouns: frozenset[str]
    epistemic: frozenset[str]
    instruments: frozenset[str]
    instrument_acts: frozenset[str]
    instrument_measures: frozenset[str]
    instrument_described: frozenset[str]
    agreement_verbs: frozenset[str]
    agreement_kinds: frozenset[str]
    agreement_unconcluded: frozenset[str]
    agreement_qualified: frozenset[str]
    agreement_proposals: frozenset[str]
    agreement_references: frozenset[str]
    agreement_talk_verbs: frozenset[str]
    agreement_talk_nouns: frozenset[str]
    seizure_verbs: frozenset[str]
    seizure_objects: frozenset[str]
    seizure_drugs: frozenset[str]
    control_gain: frozenset[str]
    control_abstract: frozenset[str]
    class_quantifiers: frozenset[str]
    class_people: frozenset[str]
    class_people_nouns: frozenset[str]
    case_nouns: frozenset[str]
    topic_preps: frozenset[str]
    reference_nouns: frozenset[str]
    reference_periods: frozenset[str]
    ills: frozenset[str]
    civil_sides: frozenset[str]
    armed_sides: frozenset[str]
    allusions: frozenset[str]
    proceeds: frozenset[str]
    talk_topics: frozenset[str]
    aims: frozenset[str]
    devotion_adverbs: frozenset[str]
    occasions: frozenset[str]
    organising: frozenset[str]
    occasion_counts: frozenset[str]
    many_adjectives: frozenset[str]
    modified_heads: frozenset[str]
    remit_bodies: frozenset[str]
    accident_vehicles: frozenset[str]
    accident_nouns: frozenset[str]
    accident_impacts: frozenset[str]
    accident_deliberate: frozenset[str]
    accident_aircraft: frozenset[str]
    accident_falls: frozenset[str]
    flight_steps: frozenset[str]
    flyers: frozenset[str]
    campaign_words: frozenset[str]
    campaign_objects: frozenset[str]
    campaign_causes: frozenset[str]
    conflicts: frozenset[str]
    settlements: frozenset[str]
    settle_verbs: frozenset[str]
    struggles: frozenset[str]
    judgements: frozenset[str]
    frame_nouns: frozenset[str]
    participation: frozenset[str]
    talk_nouns: frozenset[str]
    talk_verbs: frozenset[str]
    talk_preps: frozenset[str]
    defeat_verbs: frozenset[str]
    lifeless: frozenset[str]
    pests: frozenset[str]
    sealing: frozenset[str]
    habit_governors: frozenset[str]
    naming: frozenset[str]
    verdict_verbs: frozenset[str]
    known_for: frozenset[str]
    vaunt_verbs: frozenset[str]
    outcomes: frozenset[str]
    sites: frozenset[str]
    described_by: frozenset[str]
    target_nouns: frozenset[str]
    copulas: frozenset[str]
    abstract_targets: frozenset[str]
    verbal: frozenset[str]
    wordsmiths: frozenset[str]
    nonviolent_kinds: frozenset[str]
    said_things: frozenset[str]
    erupting: frozenset[str]
    diplomatic_parties: frozenset[str]
    diplomatic_envoys: frozenset[str]
    diplomatic_kinds: frozenset[str]
    shown_protest: frozenset[str]
    deontic: frozenset[str]
    when_marks: frozenset[str]
    until_marks: frozenset[str]
    destroyed_abstracts: frozenset[str]
    deployed_figures: frozenset[str]
    fields: frozenset[str]
    damaged_abstracts: frozenset[str]
    battles_of: frozenset[str]
    unarmed: frozenset[str]
    fire_verbs: frozenset[str]
    topic_frames: frozenset[str]
    accused_agents: frozenset[str]
    agent_frames: frozenset[str]
    cited_cases: frozenset[str]
    responsibility: frozenset[str]
    happen_verbs: frozenset[str]
    meanings: frozenset[str]
    killing_participles: frozenset[str]
    restated_acts: frozenset[str]
    contributing: frozenset[str]
    verbal_settings: frozenset[str]
    verbal_attacks: frozenset[str]
    role_nouns: frozenset[str]
    seizure_wealth: frozenset[str]
    seizure_intangibles: frozenset[str]
    feeling_verbs: frozenset[str]
    accident_tolls: frozenset[str]
    burn_degrees: frozenset[str]
    citing: frozenset[str]
    abstract_objects: frozenset[str]
    suspended_politics: frozenset[str]
    backing_verbs: frozenset[str]
    duties: frozenset[str]
    hedges: frozenset[str]
    stages: frozenset[str]
    firms: frozenset[str]
    long_spans: frozenset[str]
    relinquished: frozenset[str]
    bare_infinitive_governors: frozenset[str]
    seizure_measures: frozenset[str]
    seizure_stolen: frozenset[str]
    seizure_recovery: frozenset[str]
    boycott_imposers: frozenset[str]
    rights: frozenset[str]
    feelings: frozenset[str]
    upheaval_kinds: frozenset[str]
    purpose_nouns: frozenset[str]
    reporting: frozenset[str]
    lie_words: frozenset[str]
    recollection: frozenset[str]
    refuted_subjects: frozenset[str]
    refuted_truths: frozenset[str]
    trend_transitive: frozenset[str]
    trend_acts: frozenset[str]
    state_verbs: frozenset[str]


def _words(table: object, key: str) -> frozenset[str]:
    assert isinstance(table, dict)
    raw = table.get(key, [])
    assert isinstance(raw, list)
    return frozenset(str(w).lower() for w in raw)


def _phrase_re(phrases: frozenset[str]) -> re.Pattern[str]:
    # longest first so that "since the war began" is reported rather than a shorter overlap
    # (any run of white space between words: wire copy breaks its lines inside a phrase)
    alts = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)" if alts else r"(?!x)x")


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read ``resources/salience.toml`` once per process."""
    text = (resources.files("eventscope") / "resources" / SALIENCE_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Cues(
        history_days=int(data["settings"]["history_days"]),
        deep_history_days=int(data["settings"]["deep_history_days"]),
        history_lemmas=_words(data["history"], "lemmas"),
        tributes=_words(data["history"], "tributes"),
        rites=_words(data["history"], "rites"),
        history_phrases=_phrase_re(_words(data["history"], "phrases")),
        history_anaphors=_words(data["history"], "anaphors"),
        dated_nouns=_words(data["history"], "dated_nouns"),
        aggregate_phrases=_phrase_re(_words(data["aggregate"], "phrases")),
        aggregate_reasons=_words(data["aggregate"], "reasons"),
        victim_nouns=_words(data["aggregate"], "victim_nouns"),
        regions=_words(data["aggregate"], "regions"),
        habitual=_words(data["generic"], "adverbs"),
        placed_habitual=_words(data["generic"], "placed_adverbs"),
        class_adjectives=_words(data["generic"], "class_adjectives"),
        trend=_words(data["generic"], "trend"),
        procedures=_words(data["procedure"], "nouns"),
        presupposing_verbs=_words(data["procedure"], "verbs"),
        presupposing_preps=_words(data["procedure"], "preps"),
        speaker=_words(data["generic"], "speaker"),
        rhetoric=_words(data["rhetoric"], "lemmas"),
        echo=_words(data["rhetoric"], "echo"),
        hypothetical=_words(data["hypothetical"], "lemmas"),
        requests=_words(data["hypothetical"], "requests"),
        planning=_words(data["hypothetical"], "planning"),
        threat=_words(data["hypothetical"], "threat"),
        marks=_words(data["hypothetical"], "marks"),
        implicative=_words(data["hypothetical"], "implicative"),
        instructions=_words(data["hypothetical"], "instructions"),
        executions=_words(data["hypothetical"], "executions"),
        protest_purposes=_words(data["hypothetical"], "protest_purposes"),
        intentions=_words(data["hypothetical"], "lemmas") | _words(data["hypothetical"], "threat")
        | _words(data["hypothetical"], "mobilising"),
        simile=_words(data["figurative"], "simile"),
        characterise=_words(data["figurative"], "characterise"),
        habitual_adjectives=_words(data["generic"], "adjectives"),
        denied=_words(data["negation"], "denied"),
        alive_refutes=_words(data["negation"], "alive_refutes"),
        negated=_words(data["negation"], "negated"),
        false_report_adjectives=_words(data["negation"], "false_report_adjectives"),
        report_nouns=_words(data["negation"], "report_nouns"),
        epistemic=_words(data["negation"], "epistemic"),
        instruments=_words(data["instrument"], "nouns"),
        instrument_acts=_words(data["instrument"], "acts"),
        instrument_measures=_words(data["instrument"], "measures"),
        instrument_described=_words(data["instrument"], "described_verbs"),
        agreement_verbs=_words(data["agreement"], "verbs"),
        agreement_kinds=_words(data["agreement"], "other_kinds"),
        agreement_unconcluded=_words(data["agreement"], "unconcluded"),
        agreement_qualified=_words(data["agreement"], "qualified") | _words(data["agreement"], "proposals"),
        agreement_proposals=_words(data["agreement"], "proposals"),
        agreement_references=_words(data["agreement"], "references"),
        agreement_talk_verbs=_words(data["agreement"], "talk_verbs"),
        agreement_talk_nouns=_words(data["agreement"], "talk_nouns"),
        seizure_verbs=_words(data["seizure"], "verbs"),
        seizure_objects=_words(data["seizure"], "objects"),
        seizure_drugs=_words(data["seizure"], "drugs"),
        control_gain=_words(data["control"], "gain"),
        control_abstract=_words(data["control"], "abstract_objects"),
        class_quantifiers=_words(data["generic"], "class_quantifiers"),
        class_people=_words(data["generic"], "class_people"),
        class_people_nouns=_words(data["generic"], "class_people_nouns"),
        case_nouns=_words(data["generic"], "case_nouns"),
        topic_preps=_words(data["generic"], "topic_preps"),
        reference_nouns=_words(data["generic"], "reference_nouns"),
        reference_periods=_words(data["generic"], "reference_periods"),
        ills=_words(data["generic"], "ills"),
        civil_sides=_words(data["figurative"], "civil_sides"),
        armed_sides=_words(data["figurative"], "armed_sides"),
        allusions=_words(data["rhetoric"], "allusions"),
        proceeds=_words(data["generic"], "proceeds"),
        talk_topics=_words(data["generic"], "talk_topics"),
        aims=_words(data["hypothetical"], "aims"),
        devotion_adverbs=_words(data["figurative"], "devotion_adverbs"),
        occasions=_words(data["generic"], "occasions"),
        organising=_words(data["hypothetical"], "organising"),
        occasion_counts=_words(data["generic"], "occasion_counts"),
        many_adjectives=_words(data["generic"], "many_adjectives"),
        modified_heads=_words(data["modifier"], "heads"),
        remit_bodies=_words(data["modifier"], "remit_bodies"),
        accident_vehicles=_words(data["accident"], "vehicles"),
        accident_nouns=_words(data["accident"], "nouns"),
        accident_impacts=_words(data["accident"], "impacts"),
        accident_deliberate=_words(data["accident"], "deliberate"),
        accident_aircraft=_words(data["accident"], "aircraft"),
        accident_falls=_words(data["accident"], "falls"),
        flight_steps=_words(data["accident"], "flight_steps"),
        flyers=_words(data["accident"], "flyers"),
        campaign_words=_words(data["campaign"], "words"),
        campaign_objects=_words(data["campaign"], "objects"),
        campaign_causes=_words(data["campaign"], "causes"),
        conflicts=_words(data["campaign"], "conflicts"),
        settlements=_words(data["campaign"], "settlements"),
        settle_verbs=_words(data["campaign"], "settle_verbs"),
        struggles=_words(data["campaign"], "struggles"),
        judgements=_words(data["campaign"], "judgements"),
        frame_nouns=_words(data["campaign"], "frame_nouns"),
        participation=_words(data["campaign"], "participation"),
        talk_nouns=_words(data["campaign"], "talk_nouns"),
        talk_verbs=_words(data["campaign"], "talk_verbs"),
        talk_preps=_words(data["campaign"], "talk_preps"),
        defeat_verbs=_words(data["figurative"], "defeat_verbs"),
        lifeless=_words(data["figurative"], "lifeless"),
        pests=_words(data["figurative"], "pests"),
        sealing=_words(data["figurative"], "sealing"),
        habit_governors=_words(data["generic"], "habit_governors"),
        naming=_words(data["history"], "naming"),
        verdict_verbs=_words(data["campaign"], "verdict_verbs"),
        known_for=_words(data["campaign"], "known_for"),
        vaunt_verbs=_words(data["campaign"], "vaunt_verbs"),
        outcomes=_words(data["campaign"], "outcomes"),
        sites=_words(data["target"], "sites"),
        described_by=_words(data["figurative"], "described_by"),
        target_nouns=_words(data["target"], "nouns"),
        copulas=_words(data["target"], "copulas"),
        abstract_targets=_words(data["figurative"], "abstract_targets"),
        verbal=_words(data["figurative"], "verbal"),
        wordsmiths=_words(data["figurative"], "wordsmiths"),
        nonviolent_kinds=_words(data["figurative"], "nonviolent_kinds"),
        said_things=_words(data["figurative"], "said_things"),
        erupting=_words(data["figurative"], "erupting"),
        diplomatic_parties=_words(data["diplomatic"], "parties"),
        diplomatic_envoys=_words(data["diplomatic"], "envoys"),
        diplomatic_kinds=_words(data["diplomatic"], "kinds"),
        shown_protest=_words(data["diplomatic"], "shown_protest"),
        deontic=_words(data["statement"], "deontic"),
        when_marks=_words(data["statement"], "when_marks"),
        until_marks=_words(data["statement"], "until_marks"),
        destroyed_abstracts=_words(data["figurative"], "destroyed_abstracts"),
        deployed_figures=_words(data["figurative"], "deployed_figures"),
        fields=_words(data["figurative"], "fields"),
        damaged_abstracts=_words(data["figurative"], "damaged_abstracts"),
        battles_of=_words(data["figurative"], "battles_of"),
        unarmed=_words(data["figurative"], "unarmed"),
        fire_verbs=_words(data["figurative"], "fire_verbs"),
        topic_frames=_words(data["topic"], "frames"),
        accused_agents=_words(data["topic"], "accused_agents"),
        agent_frames=_words(data["topic"], "agent_frames"),
        cited_cases=_words(data["topic"], "cited_cases"),
        responsibility=_words(data["topic"], "responsibility"),
        happen_verbs=_words(data["history"], "happen_verbs"),
        meanings=_words(data["generic"], "meanings"),
        killing_participles=_words(data["generic"], "killing_participles"),
        restated_acts=_words(data["generic"], "restated_acts"),
        contributing=_words(data["generic"], "contributing"),
        verbal_settings=_words(data["figurative"], "verbal_settings"),
        verbal_attacks=_words(data["figurative"], "verbal_attacks"),
        role_nouns=_words(data["hypothetical"], "role_nouns"),
        seizure_wealth=_words(data["seizure"], "wealth"),
        seizure_intangibles=_words(data["seizure"], "intangibles"),
        feeling_verbs=_words(data["figurative"], "feeling_verbs"),
        accident_tolls=_words(data["accident"], "tolls"),
        burn_degrees=_words(data["accident"], "burn_degrees"),
        citing=_words(data["topic"], "citing"),
        abstract_objects=_words(data["topic"], "abstract_objects"),
        suspended_politics=_words(data["topic"], "suspended_politics"),
        backing_verbs=_words(data["topic"], "backing_verbs"),
        duties=_words(data["topic"], "duties"),
        hedges=_words(data["topic"], "hedges"),
        stages=_words(data["topic"], "stages"),
        firms=_words(data["topic"], "firms"),
        long_spans=_words(data["topic"], "long_spans"),
        relinquished=_words(data["agreement"], "relinquished"),
        bare_infinitive_governors=_words(data["hypothetical"], "bare_infinitive_governors"),
        seizure_measures=_words(data["seizure"], "measures"),
        seizure_stolen=_words(data["seizure"], "stolen"),
        seizure_recovery=_words(data["seizure"], "recovery"),
        boycott_imposers=_words(data["diplomatic"], "boycott_imposers"),
        rights=_words(data["figurative"], "rights"),
        feelings=_words(data["figurative"], "feelings"),
        upheaval_kinds=_words(data["figurative"], "upheaval_kinds"),
        purpose_nouns=_words(data["generic"], "purpose_nouns"),
        reporting=_words(data["statement"], "reporting"),
        lie_words=_words(data["statement"], "lie_words"),
        recollection=_words(data["statement"], "recollection"),
        refuted_subjects=_words(data["statement"], "refuted_subjects"),
        refuted_truths=_words(data["statement"], "refuted_truths"),
        trend_transitive=_words(data["statement"], "trend_transitive"),
        trend_acts=_words(data["statement"], "trend_acts"),
        state_verbs=_words(data["statement"], "state_verbs"),
    )


# Parse helpers --------------------------------------------------------------------------------


def _is(t: Token, words: frozenset[str]) -> bool:
    return t.lower_ in words or t.lemma_.lower() in words


def _trigger_token(doc: Doc, mention: EventMention) -> Token | None:
    t = trigger_root(doc, mention.trigger.start, mention.trigger.end)
    return _glossed(t) if t is not None else None


_GLOSS_MAX = 3


def _gloss_of(t: Token) -> Token | None:
    """The word a translator's gloss in square brackets stands for ("intifada" in "an escalation
    of the intifada [uprising]"), or None when the trigger is no such gloss."""
    doc = t.doc
    left = next((k for k in range(t.i - 1, max(t.i - 1 - _GLOSS_MAX, -1), -1) if doc[k].text in "[]"), None)
    right = next((k for k in range(t.i + 1, min(t.i + 1 + _GLOSS_MAX, len(doc))) if doc[k].text in "[]"), None)
    if left is None or right is None or doc[left].text != "[" or doc[right].text != "]" or left == 0:
        return None
    word = doc[left - 1]
    return word if word.is_alpha else None


def _glossed(t: Token) -> Token:
    """A gloss stands for the word before it ("an escalation of the intifada [uprising]", "the
    paro [strike] was called off"): the trigger is said where that word is, so its sentence and
    governors are the word's (when that word is parsed in the same sentence). Anything else is
    returned as is."""
    word = _gloss_of(t)
    if word is None or word.pos_ not in ("NOUN", "PROPN", "VERB") or word.sent.start != t.sent.start:
        return t
    return word


def stray_gloss(t: Token) -> bool:
    """A gloss cut off from the word it glosses: the sentence splitter (or a partial parse) put
    the word in another sentence, and the trigger's "sentence" is a fragment such as "uprising]."
    that reports nothing by itself."""
    word = _gloss_of(t)
    return word is not None and (word.sent.start != t.sent.start or not word.pos_)


def _governors(t: Token) -> list[Token]:
    """The words the trigger is said under: its ancestors up to the sentence root, stopping at a
    coordination or side clause of a finite verb ("farmers accused X and destroyed houses":
    "destroyed" is not under "accused")."""
    out: list[Token] = []
    cur = t
    procedures = load_cues().procedures
    while cur.head.i != cur.i:
        if cur.dep_ in ("conj", "parataxis") and cur.head.tag_ in ("VBD", "VBZ", "VBP", "MD") \
                and not _base_form_predicate(cur):
            break
        if _semicolon_between(cur, cur.head):
            break  # "Grenade attack outside a mosque; police blame militants": two statements
        cur = cur.head
        out.append(cur)
        if cur.pos_ == "NOUN" and cur.lower_ in procedures:
            break  # "asked him to order an investigation into the murder": the order is the probe's
    return out


def _base_form_predicate(v: Token) -> bool:
    """ "demanded that the parties declare a ceasefire and establish a truce": a base-form
    conjunct with no subject of its own after a verb the tagger read as a present is the second
    predicate of a subjunctive, said under the same governor."""
    return v.dep_ == "conj" and v.tag_ == "VB" and v.head.tag_ == "VBP" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children
    )


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
    for v in (t, head):
        # "were killed and wounded during the war": a phrase after the last of coordinated
        # participles that share the first one's auxiliary and subject modifies them all
        own |= {
            c.i for c in v.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBN"
            and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for g in c.children)
        }
    allowed = {y.i for y in inside} | {x.i}
    for a in (x, *x.ancestors):
        if a.i in own:
            return True
        if a.i in allowed:
            continue
        if a.ent_type_ in ("DATE", "TIME") and a.pos_ in ("NOUN", "PROPN") and x.ent_type_ in ("DATE", "TIME"):
            # "during the period between 1979 and 1982": the time phrase's own noun; "between 27
            # June and 18 August": the month the second date is coordinated with
            continue
        if a.pos_ in ("NOUN", "PROPN") and a.head.i in own and a.dep_ in _CORE_ARGS:
            return True  # "more than 6,000 people have died": the count of the subject
        if a.tag_ == "VBN" and a.dep_ == "acl" and a.head.i == t.i and t.pos_ in ("NOUN", "PROPN"):
            continue  # "the accord signed in May 2001": a participle of the event noun dates it
        if a.dep_ == "relcl" and a.head.i == t.i and t.pos_ == "NOUN" and _is(a, load_cues().happen_verbs):
            continue  # "a murder which was committed years ago": the clause that tells when it happened
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
            return " ".join(m.group(0).split())
    return None


def _clause_head(t: Token) -> Token:
    """The verb whose clause the trigger belongs to (the trigger itself when it is a verb)."""
    for a in (t, *t.ancestors):
        if a.pos_ in ("VERB", "AUX"):
            return a
    return t.sent.root


def _first_conjunct(t: Token, pos: tuple[str, ...] = ()) -> Token:
    """The first of the conjuncts ``t`` belongs to ("the kidnapping and murder of students": the
    kidnapping), through heads of the given parts of speech only when ``pos`` is given."""
    while t.dep_ == "conj" and t.head.i != t.i and (not pos or t.head.pos_ in pos):
        t = t.head
    return t


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
        if v.dep_ == "conj" and v.head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return _present_simple(v.head)  # "they are murdered or harassed": the shared "are"
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


def _conjunct_root(v: Token) -> Token:
    """The first of coordinated verbs whose later ones have no subject or auxiliary of their own
    ("persons who have been murdered or kidnapped", "they are killed or harassed"): the verb
    whose subject, tense and clause they share (``v`` itself when it has its own)."""
    while (
        v.dep_ == "conj"
        and v.head.pos_ in ("VERB", "AUX")
        and v.head.i != v.i
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children)
    ):
        v = v.head
    return v


def _shared_perfect(v: Token) -> bool:
    """A verb coordinated, with no subject or auxiliary of its own, under a present perfect
    ("a regime that has murdered the bishops and shelled the villages"): it shares the perfect,
    even where the parser tags it a simple past."""
    if v.pos_ not in ("VERB", "AUX") or v.tag_ not in ("VBD", "VBN"):
        return False
    root = _conjunct_root(v)
    return root.i != v.i and _present_perfect(root)


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
    if _is_finite_past(t) and not _shared_perfect(t):
        subj = _subject(t)
        return subj is None or not _bare_plural(subj)
    return False

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


def _np_anchored(n: Token) -> bool:
    """Does the noun phrase (with its clauses) carry a number or a named place ("46 crew members
    who were held captive")?"""
    return any(
        (x.like_num and x.ent_type_ not in ("DATE", "TIME")) or x.ent_type_ in ("GPE", "LOC", "FAC")
        for x in n.subtree
    )


# entities that tie a phrase to one incident: a place, a date or time, a number
_ANCHOR_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})


def _phrase_anchored(n: Token) -> bool:
    """Does the phrase under ``n`` carry a number, a named place or a date ("an offensive against
    drug traffickers in the port city on Monday", "the murder of two policemen")? Like
    ``_np_anchored``, with dates and time words as well."""
    return any(x.like_num or x.ent_type_ in _ANCHOR_ENTS for x in n.subtree)


def _pobj_heads(prep: Token) -> list[Token]:
    out = [c for c in prep.children if c.dep_ == "pobj"]
    return out + [x for o in out for x in o.conjuncts]


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _progressive(t: Token) -> bool:
    """ "who are fighting the rebels", "which is bombing villages": a verb trigger in the present
    progressive."""
    if t.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in t.children)


def presupposing_head(t: Token) -> Token | None:
    """The word that presupposes the event noun ``t`` (or the first of its conjuncts) happened: a
    verb of inquiry, judgement or reaction whose definite object it is ("must repudiate the
    murder of the officer", "to investigate the killing of the spokesman"), or a preposition of a
    past reference point ("asked to leave after the assassination of six priests"), or a guess
    about the past ("what may have happened in the assassinations"). None when there is none:
    "planned the attack" and "wants to launch an attack" are no such cases."""
    if t.pos_ != "NOUN":
        return None
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if not _definite(n):
        return None
    cues = load_cues()
    h = n.head
    if n.dep_ in ("dobj", "obj") and h.pos_ == "VERB" and _is(h, cues.presupposing_verbs):
        return h
    if n.dep_ == "pobj" and h.lower_ in cues.presupposing_preps and n.tag_ not in _PLURAL_NOUN:
        return h  # (one incident: "after the recent murders" is a series, a tally's reference)
    v = h.head if n.dep_ == "pobj" and h.dep_ == "prep" else h if n.dep_ in ("dobj", "obj") else None
    if v is not None and _guessed_past(v):
        return v  # "what may have happened in the assassinations of the priests"
    return None


def _guessed_past(v: Token) -> bool:
    """ "may have happened", "might have been involved": a guess about the past ("may", "might" and
    "have" with a past participle); a definite event it is about happened ("could have", "would
    have" may tell a counterfactual and are left out)."""
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    return v.tag_ == "VBN" and bool(aux & {"may", "might"}) and "have" in aux


def _passive_past(v: Token) -> bool:
    """ "were fired", "was detonated": a simple past passive (not "had been suspended")."""
    return v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in v.children) and not any(
        c.dep_ == "aux" for c in v.children
    )


def _passive_progressive(v: Token) -> bool:
    """ "are being held", "is being tortured", "(people) being held": a passive participle under
    "being", what is being done to someone now."""
    return v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children)


def _present_passive_progressive(v: Token) -> bool:
    """ "(the ones) who are being killed": ``_passive_progressive`` with its present "are" ("the
    20 people being held hostage", with no "are", describes the people of an incident)."""
    return _passive_progressive(v) and any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in v.children)


def told_clause(chain: Sequence[Token]) -> int | None:
    """The position in ``chain`` (a trigger and its governors) of the verb of a relative clause or
    a participle that tells what was done with or to the noun it describes ("the bombs that were
    detonated yesterday", "the shots that were fired at him", "soldiers involved in the
    massacre", "the people who are being held hostage"): a simple past or a progressive passive
    relative clause, or a bare past participle. (An active
    relative clause identifies an agent, "the group that stormed the barracks", and a perfect
    one may tell a state, "a relationship that had been suspended": both left to the rest.) A question, an
    order or a purpose said above that noun is about the noun, not about what the clause tells.
    None when there is no such clause ("men who would attack", "people who attack villages")."""
    for k, v in enumerate(chain):
        if v.pos_ not in ("VERB", "AUX"):
            continue
        r = _conjunct_root(v)
        if r.dep_ not in ("relcl", "acl") or r.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in r.children) or any(
            c.dep_ == "mark" for c in r.children
        ):
            return None  # ("reports that the unit was attacked": a content clause, not a description)
        if r.dep_ == "relcl" and (_passive_past(r) or _passive_progressive(r)):
            return k
        bare = not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in r.children)
        if r.dep_ == "acl" and r.tag_ == "VBN" and bare:
            return k
        return None
    return None
