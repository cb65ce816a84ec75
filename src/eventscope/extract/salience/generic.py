"""Salience rules 5 and 6: figures of speech, generic and habitual statements, trends and rhetoric.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .cues import (
    _PLURAL_NOUN,
    _PRESENT,
    _SUBJ,
    Cues,
    Salience,
    _bare_plural,
    _clause_head,
    _conjunct_root,
    _definite,
    _first_conjunct,
    _governors,
    _is,
    _is_finite_past,
    _narrative_present,
    _np_anchored,
    _phrase_anchored,
    _pobj_heads,
    _present_perfect,
    _present_simple,
    _shared_perfect,
    _subject,
    load_cues,
)
from .status import _over_subject
from .tallies import _EVENT_NOUNS


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
        if not anchored and any(c.dep_ == "amod" and c.lower_ == "alleged" for c in t.children):
            # "signs listing victims of alleged army assassinations": acts someone alleges, as a
            # class, with no count, place or date of an incident
            return Salience(False, None, "generic:class:alleged")
    if not anchors & {"count", "date"} and _grievance_list(t):
        return Salience(False, None, "aggregate:list")
    if _among_ills(t, cues):
        return Salience(False, None, "aggregate:ills")
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("from", "in") and (
        t.head.head.lemma_.lower() in cues.proceeds or t.head.head.lower_ in cues.proceeds
    ):
        # "the money obtained from the kidnapping", "the money collected in the kidnapping of X"
        return Salience(False, None, "reference:proceeds")
    if _contributed_to(t, cues):
        return Salience(False, None, "generic:contribution")  # "users are contributing to the killing"
    if _given_reference(t, cues):
        return Salience(False, None, "reference:given")
    if _against_anyone(t, cues):
        return Salience(False, None, "generic:class:anyone")
    if not anchored and _of_classes(t):
        return Salience(False, None, "generic:classes")
    word = _habitual_relative(t, cues) if t.pos_ == "NOUN" and not anchors & {"count", "date"} else None
    if word is not None:
        return Salience(False, None, f"generic:habitual:{word}")  # (a place of its own keeps a habit)
    if not anchored or not anchors & {"count", "date"}:
        habitual = cues.habitual if not anchored else cues.placed_habitual
        for v in {t, head}:
            for c in v.children:
                if c.dep_ in ("advmod", "npadvmod") and c.lower_ in habitual:
                    return Salience(False, None, f"generic:habitual:{c.lower_}")
    habit = next((g for g in govs[:6] if _is(g, cues.habit_governors)), None)
    if habit is not None and not anchors & {"count", "date"}:
        # "the population has accustomed itself to coexisting with these abuses or repulsing them"
        return Salience(False, None, f"generic:habitual:{habit.lemma_.lower()}")
    if not anchors & {"count", "date"} and _repeated_report(head, cues):
        return Salience(False, None, "generic:habitual:reported")
    if not anchored:
        if t.pos_ == "NOUN":
            for c in t.children:
                if c.dep_ == "amod" and c.lower_ in cues.habitual_adjectives:
                    return Salience(False, None, f"generic:habitual:{c.lower_}")
    trend = _trend(t, cues)
    if trend is not None:
        return trend
    if not anchors & {"count", "date"} and _class_relative(t, cues):
        return Salience(False, None, "generic:class:people")
    if not anchors & {"count", "date"} and _responsible_relative(t):
        return Salience(False, None, "generic:relative")
    if not anchors & {"count", "date", "place"} and _example_of_cases(t, cues):
        return Salience(False, None, "generic:class:cases")
    if t.pos_ == "VERB" and _can_be_done(t):
        # "the guarantees can be suspended when the assembly so decides": a power or a
        # possibility, dated, counted or in a present-tense story too (only the trigger's own
        # passive: "troops can be seen patrolling" stays)
        return Salience(False, None, "generic:ability")
    if specific or anchored:
        return None
    if _class_of_people(t, cues):
        return Salience(False, None, "generic:class:people")
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in cues.topic_preps and not any(
        c.dep_ in ("det", "poss", "nummod") for c in t.children
    ):
        return Salience(False, None, "generic:topic")  # "the situation regarding mobilization"
    subj = _subject(head)
    if (
        subj is not None
        and subj.lower_ in cues.speaker
        and (_present_simple(head) or head.tag_ in ("VB", "VBG"))
    ):
        return Salience(False, None, "generic:speaker")
    if _state_relative(t, sent, cues):
        return Salience(False, None, "generic:relative")
    if _harm_to_our_own(t, cues):
        return Salience(False, None, "generic:speaker")
    if _narrative_present(sent.doc) or sent.start == 0:
        return None  # present-tense story, or a headline / lead, where the present reports events
    if t.pos_ in ("VERB", "AUX") and _present_simple(t):
        subj = _subject(t)
        if t.dep_ == "relcl" or subj is None or _bare_plural(subj) or subj.lower_ in cues.speaker \
                or subj.lower_ in ("they", "we", "you"):  # "they also kill farmers": a habit
            return Salience(False, None, "generic:present")
    if t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "can" for c in t.children):
        return Salience(False, None, "generic:ability")  # "armed groups can be beaten in a town"
    if _plural_perfect(head) and (t.i == head.i or _subject(head) in (t, t.head)):
        return Salience(False, None, "generic:plural-perfect")
    if _clause_catalogue(t):
        return Salience(False, None, "aggregate:list")
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
        if (_present_simple(v) or _present_perfect(v) or _shared_perfect(v)) and not _named_patient(v):
            return Salience(False, None, "generic:relative")
    if _idle_gerund(t) or _talked_topic(t, cues):
        return Salience(False, None, "generic:gerund")
    return None


def _example_of_cases(t: Token, cues: Cues) -> bool:
    """ "dozens of other cases, including killings attributed to the army, have never reached a
    court", "abuses such as disappearances": a bare plural event noun (or the first of its
    conjuncts) given as an example of a class of cases (``[generic] case_nouns``) names a kind
    of case, not an incident ("cases including the killing of two herders in Gao last week" has
    an article, a count, a place and a date of its own)."""
    if t.pos_ != "NOUN" or t.tag_ != "NNS":
        return False
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if any(c.dep_ in ("det", "nummod", "poss") or c.like_num for c in (*t.children, *n.children)):
        return False
    if n.dep_ != "pobj":
        return False
    p = n.head
    such_as = p.lower_ == "as" and p.i > 0 and p.doc[p.i - 1].lower_ == "such"
    if p.lower_ not in ("including", "like") and not such_as:
        return False
    if any(x.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or x.pos_ == "PROPN" for x in n.subtree):
        return False  # ("killings by soldiers in Gao last week": a place and a time of their own)
    # the noun the example is given of, and the nouns whose prepositional phrase holds it (the
    # parser may hang it on the last noun before the comma: "cases from the 2012 crisis,
    # including killings ...", or on a quantity: "dozens of other cases, including ...")
    owners = [p.head]
    for _ in range(2):
        o = owners[-1]
        if o.dep_ == "pobj" and o.head.dep_ == "prep" and o.head.head.pos_ == "NOUN":
            owners.append(o.head.head)
    owners += [x for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobj_heads(c)]
    return any(o.pos_ == "NOUN" and _is(o, cues.case_nouns) for o in owners)


def _responsible_relative(t: Token) -> bool:
    """ "men who hide in anonymity and are responsible for the kidnapping and disappearances in our
    country": an event noun (or the first of its conjuncts) after "responsible for" in a
    present-tense relative clause on people says who they are, not what the article reports (a
    count or a date of its own keeps it: "the cell, which is responsible for Monday's attack")."""
    if t.pos_ != "NOUN":
        return False
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if n.dep_ != "pobj" or n.head.lower_ != "for" or n.head.head.lower_ != "responsible":
        return False
    be = n.head.head.head
    rel = _first_conjunct(be, ("VERB", "AUX"))  # "who hide ... and are responsible"
    return be.lemma_ == "be" and be.tag_ in ("VBP", "VBZ") and rel.dep_ == "relcl"


def _plural_perfect(v: Token) -> bool:
    """ "bombs and grenades have been set off in public squares": a present perfect whose
    subject and place are both bare plurals, a kind of thing that has gone on, no incident."""
    if v.pos_ not in ("VERB", "AUX") or not _present_perfect(v):
        return False
    subj = _subject(v)
    if subj is None or not _bare_plural(subj):
        return False
    places = [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "on") for o in _pobj_heads(p)]
    return bool(places) and all(_bare_plural(o) for o in places)


def _repeated_report(head: Token, cues: Cues) -> bool:
    """The trigger's clause is what a verb has said again and again: "our members have reported
    several times that the patrols kidnapped their relatives", "they repeatedly denounced that
    troops burn crops" (a habitual adverb or "several times", "on many occasions" on the verb
    whose complement the clause is)."""
    if head.dep_ != "ccomp" or head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.head
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in cues.habitual:
            return True
        times = [c] if c.dep_ in ("npadvmod", "dobj", "obj") else _pobj_heads(c) if c.dep_ == "prep" else []
        for n in times:
            if n.lower_ in cues.occasions and any(
                d.dep_ == "amod" and d.lower_ in cues.occasion_counts for d in n.children
            ):
                return True
    return False


def _class_of_people(t: Token, cues: Cues) -> bool:
    """A bare event noun describing anyone at all ([generic] class_people): "the government will
    deal with all those involved in kidnappings", "anyone taking part in riots will be punished"
    (the noun hangs on a participle or adjective of "those", "anyone"): a class of acts."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or any(c.dep_ in ("det", "poss", "nummod") for c in t.children):
        return False
    prep = t.head
    if prep.lower_ not in ("in", "of", "for"):
        return False
    part = prep.head
    while part.dep_ in ("dobj", "pobj", "prep") and part.head.i != part.i and part.pos_ != "VERB":
        part = part.head  # "anyone taking part in riots": through "part"
    if part.pos_ not in ("VERB", "ADJ") or part.dep_ not in ("acl", "amod", "relcl"):
        return False
    people = part.head
    return people.lower_ in cues.class_people or any(
        c.lower_ in cues.class_people and c.dep_ in ("det", "predet") for c in people.children
    )


def _among_ills(t: Token, cues: Cues) -> bool:
    """A harm noun coordinated with an abstract ill ([generic] ills: "bringing more suffering and
    destruction to the people", "the war was imposed by the injustices, the massacres and the
    dictatorships"): one item of a list of evils, not an incident. No item carries a number."""
    if t.pos_ != "NOUN":
        return False
    first = _first_conjunct(t, ("NOUN", "PROPN"))
    items = [first, *first.conjuncts, *_listed_next_to(t)]
    if not any(x.lemma_.lower() in cues.ills or x.lower_ in cues.ills for x in items if x.i != t.i):
        return False
    return not any(c.like_num or c.dep_ == "nummod" for x in items for c in x.children)


def _listed_next_to(t: Token) -> list[Token]:
    """The nouns on either side of ``t`` in a list of noun phrases ("the injustices, the
    massacres, the dictatorships"), read off the words, for lists the parse splits up."""
    doc = t.doc
    out = []
    j = t.left_edge.i - 1
    if j > 0 and doc[j].lower_ in (",", "and", "or"):
        j -= 1
        if j > 0 and doc[j].lower_ == "," and doc[j + 1].lower_ in ("and", "or"):
            j -= 1
        if doc[j].pos_ == "NOUN":
            out.append(doc[j])
    k = t.i + 1
    if k + 1 < len(doc) and doc[k].lower_ in (",", "and", "or"):
        k += 1
        if k + 1 < len(doc) and doc[k].lower_ in ("and", "or"):
            k += 1
        while k < len(doc) and doc[k].dep_ in ("det", "amod", "compound") and doc[k].head.i > k:
            k += 1
        if k < len(doc) and doc[k].pos_ == "NOUN":
            out.append(doc[k])
    return out


def _given_reference(t: Token, cues: Cues) -> bool:
    """A plural event noun taken as a given, with nothing of its own: "as for the recent attacks",
    "in the face of the recent terrorist attacks", "in view of the bombings", "has taken advantage
    of several unsolved attacks over the past weeks" ([generic] reference_nouns). The incidents
    are told elsewhere, if at all; a count, a target, a place or a clause on the noun ("the
    attacks on the barracks", "the attacks that killed ten") keeps it."""
    n = _first_conjunct(t, ("NOUN",))
    if t.pos_ != "NOUN" or n.tag_ not in _PLURAL_NOUN or n.dep_ != "pobj":
        return False
    prep = n.head
    if prep.lower_ == "for":
        if prep.head.lower_ != "as":
            return False
    elif prep.lower_ != "of" or not any(
        x.lemma_.lower() in cues.reference_nouns
        for x in (prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "obj")))
    ):
        return False  # ("has taken advantage of the attacks": "of" may hang on the verb)
    for x in (n, *n.conjuncts):
        for c in x.children:
            if c.dep_ in ("nummod", "relcl", "acl", "appos", "poss") or c.like_num:
                return False
            if c.dep_ == "prep" and not all(o.lower_ in cues.reference_periods for o in _pobj_heads(c)):
                return False
            if c.ent_type_ in ("GPE", "LOC", "FAC", "DATE"):
                return False
    return True


def _against_anyone(t: Token, cues: Cues) -> bool:
    """An act (or one of coordinated acts) done to anyone at all, in the present: "they steal,
    kidnap and murder anyone who does not cooperate", "the gangs kill whoever resists" (an object
    in [generic] class_people): what a group does, not an incident. A past tense ("they shot
    anyone who moved") may tell one and stays."""
    first = _first_conjunct(t)
    items = [first, *first.conjuncts]
    if any(x.tag_ in ("VBD", "VBN") for x in items) or not any(x.tag_ in ("VBP", "VBZ") for x in items):
        return False
    return any(
        c.dep_ in ("dobj", "obj") and c.lower_ in cues.class_people and c.lower_ not in ("those", "all")
        for x in items
        for c in x.children
    )


def _class_relative(t: Token, cues: Cues) -> bool:
    """A bare plural event noun that is the object of a present-tense relative clause on people
    at large ([generic] class_people, class_people_nouns): "the death penalty for people who
    commit murders as they do in the capital", "anyone who carries out kidnappings": what a class
    of people does, not an incident (a place in the clause does not make it one)."""
    if t.pos_ != "NOUN" or t.dep_ not in ("dobj", "obj") or not _bare_plural(t):
        return False
    rel = t.head
    if rel.dep_ != "relcl" or not _present_simple(rel):
        return False
    people = rel.head
    if people.lower_ in cues.class_people:
        return True
    return people.lower_ in cues.class_people_nouns and not any(
        c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in people.children
    )


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
    plural (no article, number or possessive), a class of people rather than particular ones. The
    "of" of a bare noun coordinated right after it is theirs too ("the arrest and persecution of
    political leaders")."""
    owners = [t]
    shared = [c for c in t.children if c.dep_ == "conj" and c.pos_ == "NOUN"
              and not any(d.dep_ in ("det", "poss") for d in c.children)]
    between = list(t.doc[t.i + 1 : shared[0].i]) if shared else []
    if between and all(x.dep_ == "cc" or x.is_space for x in between) and any(x.dep_ == "cc" for x in between):
        owners.append(shared[0])  # (only "and" or "or" between the two)
    return any(
        o.tag_ in _PLURAL_NOUN and not any(c.dep_ in ("det", "nummod", "poss") or c.like_num for c in o.children)
        for n in owners for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobj_heads(c)
    )


def _of_classes(t: Token) -> bool:
    """ "the murder and kidnapping of students, peasants and workers": a harm whose "of" names
    several classes of people (bare plurals, none counted), a practice rather than one incident."""
    if t.pos_ != "NOUN" or t.tag_ in _PLURAL_NOUN or t.lemma_.lower() not in _TALLY_NOUNS:
        return False
    first = t
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i != first.i:
        first = first.head
    victims = [
        o for n in (t, first) for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobj_heads(c)
    ]
    victims = list({o.i: o for o in victims}.values())
    return len(victims) >= 2 and all(_bare_plural(o) for o in victims)


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


def _clause_catalogue(t: Token) -> bool:
    """A present perfect of a bare plural in one of three or more clauses set apart by semicolons
    ("journalists have been murdered; there has been intimidation of the press; and members of
    the squads have been released"): a catalogue of grievances told as clauses, not a report."""
    if t.pos_ != "VERB" or not _present_perfect(t):
        return False
    subj = _subject(t)
    if subj is None or not _bare_plural(subj):
        return False
    return sum(x.lower_ == ";" for x in t.sent) >= 2


# plural nouns that count incidents or their deaths ("many deaths", "most of the murders"), not
# the people or things involved ("many civilians", "numerous casualties" of one battle)
_TALLY_NOUNS = _EVENT_NOUNS | frozenset({"death", "murder", "killing", "assassination", "kidnapping",
                                         "massacre", "abduction", "disappearance", "execution",
                                         "homicide", "crime", "atrocity", "bombardment"})


def _named_patient(v: Token) -> bool:
    """ "the engineer John Kent, who has been kidnapped by the rebels": a present-perfect passive
    relative clause on a named person tells what has befallen that one person and still holds (a
    captivity, a detention), the news itself, not who someone is ("the minister, who was
    murdered") or a class's record ("the murderers who have killed judges")."""
    return (
        v.dep_ == "relcl"
        and v.head.pos_ == "PROPN"
        and v.head.tag_ == "NNP"
        and _present_perfect(v)
        and any(c.dep_ == "auxpass" for c in v.children)
    )


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


def _harm_to_our_own(t: Token, cues: Cues) -> bool:
    """A harm in the present progressive done to the speaker's own ("this drug is killing our
    children", "they are murdering our people"): a lament of what goes on, with no count, place or
    date (the caller's gate), not a report of one incident."""
    if t.tag_ != "VBG":
        return False
    v = t
    while not any(c.dep_ == "aux" for c in v.children) and v.dep_ == "conj" and v.head.tag_ == "VBG":
        v = v.head  # "is turning our cities into battlefields and is killing our children"
    if not any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in (*t.children, *v.children)):
        return False
    return any(
        c.dep_ in ("dobj", "obj") and any(p.dep_ == "poss" and p.lower_ in cues.speaker for p in c.children)
        for c in t.children
    )


def _talked_topic(t: Token, cues: Cues) -> bool:
    """A gerund after "on" or "about" under a verb whose object is a plan, a speech or the like
    ([generic] talk_topics: "delivered his plan to the nation on fighting drug traffickers",
    "gave a lecture about fighting corruption"): the topic of what was said, even in the past."""
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in ("on", "about"):
        return False
    h = t.head.head
    return h.lemma_.lower() in cues.talk_topics or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues.talk_topics for c in h.children
    )


def _act(x: Token, cues: Cues) -> bool:
    """Is ``x`` a word of an act of violence ("fired", "explosion", "went off")?"""
    if x.lower_ in cues.instruments:
        return False  # "bombs", "rockets": the equipment again, not its use
    if _is(x, cues.instrument_acts):
        # ("placed under military control", "put under surveillance": a measure, not a bomb placed)
        return not (
            x.lemma_.lower() in ("place", "put")
            and any(
                c.dep_ == "prep" and c.lower_ == "under"
                and any(o.lower_ in cues.instrument_measures for o in _pobj_heads(c))
                for c in x.children
            )
        )
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
    if "date" not in anchors and _deed_of_those(t):
        # (a count or a place describes the deed too: "those who massacred 70,000 peasants")
        return Salience(False, None, "reference:those-who")
    if not anchors & {"count", "place", "date"} and _act_as_time(t):
        return Salience(False, None, "reference:act-as-time")
    if not anchors & {"count", "date"} and _death_as_cause(t):
        return Salience(False, None, "reference:death-as-cause")
    if t.pos_ not in ("VERB", "AUX") or anchors & {"count", "place", "date"}:
        return None
    if _bare_death_as_time(t):
        return Salience(False, None, "reference:death-as-time")
    if (
        t.dep_ == "amod"
        and t.tag_ == "VBN"
        and t.lemma_.lower() in load_cues().killing_participles
        and t.head.tag_ in _PLURAL_NOUN
        and not _np_anchored(t.head)
    ):
        # "concerned about the raids and their murdered mayors", "families of slain journalists":
        # people described by how they died, with no count or place of an incident
        return Salience(False, None, "reference:participle")
    rel = _conjunct_root(t)  # "persons who have been murdered or kidnapped": the conjunct shares the clause
    passive = any(c.dep_ == "auxpass" for c in rel.children)
    about_someone = any(
        c.lower_ in ("who", "whom", "whose") or any(d.lower_ == "whose" for d in c.children)
        for c in rel.children
    )
    if (
        rel.dep_ == "relcl"
        and passive
        and about_someone
        and (_is_finite_past(rel) or _present_perfect(rel))
        # "a man who was killed had his eyes gouged out": the subject of the story is its victim
        and not (rel.head.dep_ in _SUBJ and rel.head.head.dep_ == "ROOT")
        and not _np_anchored(rel.head)
        and not _named_patient(rel)
    ):
        return Salience(False, None, "reference:relative")
    if _present_perfect(t):
        args = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
        speaker = any(c.dep_ == "nsubj" and c.lower_ in ("they", "we", "you") for c in t.children)
        if any(_many(a) for a in args if speaker or a.dep_ != "nsubj"):
            return Salience(False, None, "generic:perfect-many")
    return None


def _felt(x: Token) -> bool:
    """A participle or adjective as the complement of a verb of feeling (``[figurative]
    feeling_verbs``), which the parser may also hang on the participle as its auxiliary."""
    if x.tag_ not in ("VBN", "JJ"):
        return False
    feel = load_cues().feeling_verbs
    if any(c.dep_ in ("aux", "auxpass") and _is(c, feel) for c in x.children):
        return True
    return x.dep_ in ("acomp", "oprd", "xcomp") and x.head.i != x.i and _is(x.head, feel)


def _death_as_cause(t: Token) -> bool:
    """ "the crisis created in their organization by the death of El Mejicano", "the vacuum left by
    the death of the commander": a death named only as the cause of a state it describes (the
    agent of a participle on another noun) is a reference point the reader knows, not an
    incident told."""
    if t.lemma_.lower() != "death" or t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.dep_ != "agent":
        return False
    participle = t.head.head
    return participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.head.pos_ == "NOUN"


def _act_as_time(t: Token) -> bool:
    """ "There were speculations at the beginning, when the assassination was committed, as to who
    could have done it": a definite singular event noun whose only role is the subject of a "when"
    clause of occurrence (``[history] happen_verbs``) tells the time of something else, as a bare
    death does below; the act is one the reader knows, told elsewhere if at all."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ not in ("nsubj", "nsubjpass") or not _definite(t):
        return False
    v = t.head
    if v.dep_ not in ("advcl", "relcl") or not _is(v, load_cues().happen_verbs):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in v.children):
        return False
    # ("took place" has an object of its own)
    return not any(c.dep_ in ("dobj", "obj") and c.lower_ != "place" for c in v.children)


def _bare_death_as_time(t: Token) -> bool:
    """ "when the former president died, a truce was declared", "in this room where the Liberator
    died": a death that only tells the time or the place of something else, with no cause, manner
    or circumstance of its own (the verb "die" with a subject and the "when"/"where" of its clause,
    nothing else): a reference point, not an incident ("when two soldiers died in an ambush" and
    "when a man died after police beat him" tell how, and stay)."""
    if t.lemma_.lower() != "die" or t.dep_ not in ("advcl", "relcl"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in t.children):
        return False
    return all(
        c.dep_ in ("nsubj", "punct") or (c.dep_ == "advmod" and c.lower_ in ("when", "where"))
        for c in t.children
    )


def _noun_on_a_verb(t: Token) -> bool:
    """ "Since this government was sworn and indiscriminate murders.": a bare event noun that ends
    its sentence and that the parser could only coordinate with a verb before it. A noun cannot be
    the conjunct of a verb; a line of wire copy has lost words, and nothing is said of the noun
    (no verb of its own, no article, number, owner, place or date; a plural or a noun with its
    adjective, so not a verb mistagged). "Troops fired and clashes broke out" gives the noun a
    verb of its own."""
    if t.pos_ != "NOUN" or t.dep_ != "conj" or t.head.pos_ != "VERB" or t.head.i > t.i:
        return False
    if any(c.dep_ not in ("amod", "compound", "punct") for c in t.children):
        return False
    if t.tag_ not in _PLURAL_NOUN and not any(c.dep_ in ("amod", "compound") for c in t.children):
        return False  # ("caused people to panic and flee": a bare verb the tagger took for a noun)
    return all(x.is_punct or x.is_space for x in t.doc[t.i + 1 : t.sent.end])


def _deed_of_those(t: Token) -> bool:
    """ "quarrels between those who murdered the archbishop and massacred thousands", "justice for
    those who bombed the market": an active relative clause on a bare "those" after a preposition
    names a group of people by what they did; the phrase is about the group, and the deed is not
    told. So does the object of a present verb ("this support encourages those who have unleashed
    that violence"), and an event noun the clause's verb takes as its object ("violence")."""
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB":
        t = t.head  # "those who have unleashed that violence"
    if t.pos_ != "VERB":
        return False
    if _those_relative(_conjunct_root(t)):
        return True
    # "between those who murdered the archbishop and massacred thousands" in wire copy: the parser
    # may hang the second verb, which has no subject of its own, on the main clause; it is still
    # the relative clause's second deed when "and" joins it to that clause just before
    before = t.doc[t.i - 1] if t.i > 0 else None
    if t.dep_ != "conj" or before is None or before.lower_ not in ("and", "or") or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children
    ):
        return False
    return any(x.pos_ == "VERB" and _those_relative(x) for x in t.doc[max(t.sent.start, t.i - 12) : t.i - 1])


def _those_relative(rel: Token) -> bool:
    """ "(between) those who murdered ...": an active relative clause on a bare "those" that is the
    object of a preposition."""
    if rel.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in rel.children):
        return False
    those = rel.head
    if those.lower_ != "those":
        return False
    if those.dep_ != "pobj" and not (those.dep_ in ("dobj", "obj") and those.head.tag_ in ("VBZ", "VBP")):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children)


_ABSTRACT_SUFFIXES = ("ness", "tion", "sion", "ity", "ism", "ence", "ance", "ment")


def _ills_as_agents(t: Token) -> bool:
    """A passive harm verb whose agents are ills, not people ("harassed by attempted coups,
    corruption, administrative ineptness and insurgent activities, the administration is plagued
    by instability"): what a government or a country suffers, said as an image. The "by" has
    several coordinated common nouns, none a name, most of them abstract nouns of quality or
    condition (by their ending); "harassed by guerrillas and soldiers" stays."""
    if t.pos_ != "VERB" or t.tag_ != "VBN":
        return False
    agents = [o for c in t.children if c.dep_ == "agent" for o in _pobj_heads(c)]
    if not agents:
        return False
    items = [x for a in agents for x in (a, *(c for c in a.subtree if c.dep_ == "conj" and c.pos_ == "NOUN"))]
    if len(items) < 3 or any(x.ent_type_ or x.pos_ == "PROPN" for x in items):
        return False
    abstract = sum(x.lower_.endswith(_ABSTRACT_SUFFIXES) or x.lemma_.lower().endswith(_ABSTRACT_SUFFIXES)
                   for x in items)
    return 2 * abstract > len(items)


def _figurative(t: Token, cues: Cues) -> Salience | None:
    """Words of violence used as images: in scare quotes ("an 'assault' on reefs"), as a
    predicate adjective ("the atmosphere was explosive"), in a simile ("hit us like a bomb"), a
    struggle of a non-violent kind ("a legal battle", "a political confrontation"), an attack that
    a text or a decision is said to be ("the bill is an attack on the unions")."""
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
    if _ills_as_agents(t):
        return Salience(False, None, "figurative:ills-as-agents")
    if _felt(t) or _felt(_first_conjunct(t)):
        # "to whomever feels harassed or mistreated", "they felt attacked": how someone feels, not
        # a harm done (a later conjunct shares the first one's "feels")
        return Salience(False, None, "figurative:feeling")
    if t.pos_ == "NOUN" and t.lemma_.lower() in _STRUGGLES and any(
        c.dep_ == "amod" and c.lower_ in cues.nonviolent_kinds for c in t.children
    ):
        return Salience(False, None, "figurative:kind")  # "an acute political confrontation"
    if t.pos_ == "VERB" and t.dep_ == "relcl" and _is(t, cues.verbal_attacks) and _is(t.head, cues.verbal_settings) \
            and not any(c.dep_ == "agent" for c in t.children):
        # "those meetings in which Nicaragua was attacked", "the speech in which he attacked the
        # opposition": words said in a meeting or a speech ("the meeting in which delegates were
        # attacked by a mob" tells who did it, and stays)
        return Salience(False, None, "figurative:verbal")
    if t.tag_ == "NN" and t.lemma_.lower() == "death" and any(
        c.dep_ == "amod" and c.lower_ in cues.nonviolent_kinds for c in t.children
    ):
        return Salience(False, None, "figurative:kind")  # "the deal seals the political death of the movement"
    if _civil_sides(t, cues):
        return Salience(False, None, "figurative:civil-sides")
    if (
        t.pos_ == "VERB"
        and t.lemma_.lower() == "fight"
        and any(c.dep_ == "advmod" and c.lower_ in cues.devotion_adverbs for c in t.children)
        and not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in ("against", "with", "between"))
                    for c in t.children)
    ):
        return Salience(False, None, "figurative:devotion")  # "fighting wholeheartedly for democracy"
    if t.pos_ == "VERB" and _is(t, cues.defeat_verbs) and any(
        c.dep_ in ("nsubjpass", "dobj", "obj") and c.lower_ == "it" for c in t.children
    ):
        # "the front spreads lies because it has been beaten by the army": what is beaten as "it" is
        # a side defeated, not a person hurt ("protesters were beaten by police" stays)
        return Salience(False, None, "figurative:defeat")
    if _lifeless_death(t, cues):
        return Salience(False, None, "figurative:lifeless")  # "the project has officially died"
    if t.pos_ == "VERB" and (victims := [_counted(c) for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]) \
            and all(_is(v, cues.pests) for v in victims):
        return Salience(False, None, "figurative:pests")  # "using a tank to kill a flea"
    if _quoted_state_attacked(t):
        return Salience(False, None, "figurative:verbal")  # admitted that "the United States had been attacked"
    if t.dep_ == "pobj" and t.head.lower_ in cues.simile:
        return Salience(False, None, f"figurative:{t.head.lower_}")
    compared = _compared_to_a_kind(t, cues)
    if compared is not None:
        return Salience(False, None, f"figurative:{compared}")
    image = _abstract_damage(t, cues)
    if image is not None:
        return Salience(False, None, f"figurative:{image}")
    if t.pos_ == "NOUN" and t.lemma_.lower() in ("attack", "assault", "onslaught", "offensive"):
        # "harsh attacks on the government", "an attack on the judicial branch": words, not arms
        if any(c.dep_ == "amod" and c.lower_ in cues.verbal for c in t.children):
            return Salience(False, None, "figurative:verbal")
        if _said_to_be_attack(t, cues):
            return Salience(False, None, "figurative:verbal")
        if _by_wordsmiths(t, cues):
            return Salience(False, None, "figurative:verbal")
        # (an apposition restating the attack shares its target: "this attack against the nation,
        # an attack that destiny has placed in its path")
        same = t.head if t.dep_ == "appos" and t.head.lemma_.lower() == t.lemma_.lower() else t
        for c in (*t.children, *(same.children if same is not t else ())):
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon"):
                if any(o.lemma_.lower() in cues.abstract_targets or o.lower_ in cues.abstract_targets
                       for o in _pobj_heads(c)):
                    return Salience(False, None, "figurative:abstract-target")
    return None


def _lifeless_death(t: Token, cues: Cues) -> bool:
    """ "now that it has officially died", "the government is letting the project die", "the death
    of the peace talks": "die" or "death" said of a thing without life ([figurative] lifeless),
    which ends; no one is killed. The subject of "die" (or, for "let ... die", the one let die),
    or the possessor or "of" phrase of "death", is the thing; a "death" that is signed, sealed or
    spelled ([figurative] sealing: "has signed off on the rebels' death") is a decision."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma == "die":
        subj = _subject(t)
        return subj is not None and subj.lower_ in cues.lifeless and not subj.ent_type_
    if t.pos_ == "NOUN" and lemma == "death":
        h = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if t.dep_ in ("dobj", "obj", "pobj") and h.pos_ == "VERB" and _is(h, cues.sealing):
            return True  # "has signed off on the contras' death", "sealed the death of the movement"
        owners = [c for c in t.children if c.dep_ == "poss"]
        owners += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobj_heads(c)]
        return bool(owners) and all(o.lower_ in cues.lifeless and o.lower_ != "it" for o in owners)
    return False


def _counted(n: Token) -> Token:
    """What a number or a quantity counts ("thousands of locusts", "a swarm of flies"): the noun
    after its "of"; any other word is itself."""
    if n.like_num or n.lemma_.lower() in ("thousand", "hundred", "million", "dozen", "swarm", "lot", "number"):
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = _pobj_heads(c)
                if objs:
                    return objs[0]
    return n


def _quoted_state_attacked(t: Token) -> bool:
    """ 'the president admitted that "the United States had been attacked" because its measure was
    hasty': a country or a government said, in a quoted clause, to have been attacked, with no
    attacker, weapon, place or date in the clause, is criticised (an attack with arms names one of
    them: "the country was attacked from the north on Monday")."""
    if t.pos_ != "VERB" or t.lemma_.lower() != "attack" or not any(c.dep_ == "auxpass" for c in t.children):
        return False
    if not any(c.is_quote for c in t.children):
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (subj.ent_type_ in ("GPE", "NORP") or subj.lemma_.lower() in ("government", "country")):
        return False
    return not any(c.dep_ in ("prep", "agent", "npadvmod", "advmod") for c in t.children)


def _civil_sides(t: Token, cues: Cues) -> bool:
    """A clash or confrontation "between" an office of civil power ([figurative] civil_sides) and
    another office or one person, no side a plural ("recent clashes between the administration and
    General Rivas", "a confrontation between the presidency and congress"): a quarrel. Clashes
    between the police and protesters, or between the army and the rebels, stay."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in ("clash", "confrontation"):
        return False
    sides = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "between" for x in _pobj_heads(c)]
    if len(sides) < 2 or not any(x.lemma_.lower() in cues.civil_sides for x in sides):
        return False
    return all(x.tag_ in ("NN", "NNP") and x.lower_ not in cues.armed_sides for x in sides)


def _by_wordsmiths(t: Token, cues: Cues) -> bool:
    """An attack that critics, writers or thinkers ([figurative] wordsmiths) launch or make: the
    subject of the verb it is the object of (or the first of coordinated subjects)."""
    if t.dep_ not in ("dobj", "obj") or t.head.pos_ != "VERB":
        return False
    subj = _subject(t.head)
    return subj is not None and (
        subj.lower_ in cues.wordsmiths or any(c.lower_ in cues.wordsmiths for c in subj.conjuncts)
    )


def _compared_to_a_kind(t: Token, cues: Cues) -> str | None:
    """ "they are like those cowardly criminals who after committing murder run and hide": the act
    describes the kind of people something is compared to (a present-tense clause on the object
    of "like"), not an incident."""
    for a in t.ancestors:
        if a.dep_ in ("relcl", "acl") and a.head.dep_ == "pobj" and a.head.head.lower_ in cues.simile:
            # a present-tense clause describes a kind ("criminals who run"); a past one may name
            # the incident the comparison recalls ("like the gunmen who attacked the bus")
            present = a.tag_ in ("VBP", "VBZ") or (
                a.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in a.children)
            )  # ("who run" may come out as a bare participle)
            return a.head.head.lower_ if present else None
        if a.dep_ in ("ROOT", "ccomp", "conj") and a.pos_ in ("VERB", "AUX"):
            return None
    return None


def _can_be_done(t: Token) -> bool:
    """``t`` is a passive under "can" ("can be suspended")."""
    return any(c.dep_ == "aux" and c.lower_ == "can" for c in t.children) and any(
        c.dep_ == "auxpass" for c in t.children
    )


# nouns of a struggle that an adjective of kind can make a contest of words or of law ("a legal
# battle", "an acute political confrontation", "a diplomatic war"); fighting, clashes and violence
# between political camps are fought with arms and stay
_STRUGGLES = frozenset({"battle", "war", "confrontation", "struggle", "fight", "offensive", "campaign"})
# verbs that make their object or complement what the subject is ("the law is an attack on ...",
# "this statement constitutes an attack on ...")
_COPULAR = frozenset({"be", "constitute", "represent", "amount", "become"})


def _in_unarmed_field(t: Token, cues: Cues, _depth: int = 0) -> bool:
    """ "the battle we are waging in the electoral field", "a fight on the diplomatic front": a
    struggle noun set, by an "in"/"on" phrase on itself or on the verb of its relative clause (or
    on the verb that wages it), in a field (``fields``) of a kind that no weapon fights in
    (``nonviolent_kinds``). "The battle in the northern sector" names a place and stays."""
    holders = [t, *(c for c in t.children if c.dep_ == "relcl")]
    if t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB":
        holders.append(t.head)
    if t.dep_ == "nsubj" and t.head.lemma_.lower() == "be":
        holders.append(t.head)  # "this battle is in the electoral field"
    if t.dep_ == "attr" and t.head.lemma_.lower() == "be" and _depth == 0:
        # "the battle we wage in the electoral field is the same battle ...": what it is said to be
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in _STRUGGLES and _in_unarmed_field(subj, cues, 1):
            return True
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "on"):
                continue
            for o in _pobj_heads(c):
                if o.lower_ in cues.fields and any(
                    k.dep_ in ("amod", "compound") and k.lower_ in cues.nonviolent_kinds for k in o.children
                ):
                    return True
    return False


def _said_to_be_attack(t: Token, cues: Cues) -> bool:
    """ "this phrase is an attack against the hard-line wing", "the commission was a direct attack
    on the army", "the bill constitutes an attack on ...": an attack noun that is the complement of
    a copular verb whose subject is a word, a text or a decision (``said_things``)."""
    v = t.head
    if v.lemma_.lower() not in _COPULAR or t.dep_ not in ("attr", "dobj", "obj", "oprd"):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _is(subj, cues.said_things)


def _abstract_damage(t: Token, cues: Cues) -> str | None:
    """Words of destruction, battle and fire said of what no weapon reaches: "destroying the
    possibility of planting", "the destruction of the system", "a battle of words", "a battle
    without weapons" (``unarmed``), "putting out the fire in the region", "adding fuel to the
    fire", "violence-torn Colombia" (what a place suffers, ``described_by``), "a grave crisis
    exploded" (``erupting``), "freedom of expression and mobilization"
    (a right), "an explosion of freedom" (a feeling or an ideal bursting out), "the government is
    hostage to the army" (a dependence). Returns the rule's name."""
    lemma = t.lemma_.lower()
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in cues.described_by:
        return "described-by"  # "violence-torn Colombia", "a war-ravaged region": what a place suffers
    if lemma == "damage" and t.pos_ == "NOUN":
        # "caused incalculable damage to the economy" ("damage to the power system" is sabotage)
        objs = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for o in _pobj_heads(c)]
        if objs and all(_is(o, cues.damaged_abstracts) or o.lower_ in cues.abstract_targets for o in objs):
            return "abstract-target"
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
    if lemma in ("battle", "war", "fight", "struggle") and t.pos_ == "NOUN" and _in_unarmed_field(t, cues):
        return "unarmed-field"  # "the battle we are waging in the electoral field"
    if lemma == "deploy" and (objs := [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]) and all(
        _is(o, cues.deployed_figures) for o in objs
    ):
        return "deployed-figure"  # "a smoke screen has been deployed over the summit"
    if lemma in ("battle", "war", "fight", "struggle", "combat") and any(
        c.dep_ == "prep" and c.lower_ == "without" and any(_is(o, cues.unarmed) for o in _pobj_heads(c))
        for c in (*t.children, *(t.head.children if t.dep_ in ("dobj", "obj") else ()))
    ):
        return "unarmed"  # "waging a battle without weapons": a struggle fought by other means
    if t.lower_ in ("fire", "fires", "bonfire"):
        h = t.head.head if t.dep_ == "pobj" else t.head
        if t.dep_ in ("dobj", "obj", "pobj") and h.lemma_.lower() in cues.fire_verbs:
            return "fire"
    if lemma in ("explosion", "outburst", "eruption") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            _is(o, cues.destroyed_abstracts) or o.lower_ in cues.abstract_targets or _is(o, cues.feelings)
            # (with a compound on it: "an explosion of freedom coincides" read as one noun)
            for p in _pobj_heads(c) for o in (p, *(k for k in p.children if k.dep_ == "compound")))
        for c in t.children
    ):
        return "outburst"  # "this explosion of freedom", "an explosion of joy"
    if lemma == "explosion" and t.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.lower_ in cues.nonviolent_kinds or c.lower_ in cues.upheaval_kinds)
        for c in t.children
    ):
        return "outburst"  # "the germ of a new social explosion", "scattered by the fascist explosion"
    if lemma in ("explode", "erupt", "burst"):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if t.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in subjects):
            subjects = [t.head]  # "the crisis which had exploded"
        if not subjects and t.dep_ == "xcomp" and t.head.lower_ == "about" and t.head.head.pos_ == "NOUN":
            subjects = [t.head.head]  # "a social time bomb about to explode"
        if any(_is(c, cues.erupting) or any(
            a.dep_ == "amod" and a.lower_ in cues.nonviolent_kinds
            for a in (*c.children, *(g for k in c.children if k.dep_ == "compound" for g in k.children))
        ) for c in subjects):
            # "a grave crisis had exploded", "an acute political confrontation exploded", "a social
            # time bomb about to explode" (the kind may sit on the first half of a compound)
            return "outburst"
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
    # "protest demonstrations are multiplying", "has intensified bombings and artillery attacks": a
    # compound goes with its noun as the subject or the object of a trend verb
    noun = _first_conjunct(t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t)
    if noun is not t and noun.lemma_.lower() in _TALLY_NOUNS and noun.head.pos_ == "VERB" and (
        (noun.dep_ in ("nsubj", "nsubjpass") and _is(noun.head, cues.trend))
        or (noun.dep_ in ("dobj", "obj") and _is(noun.head, cues.trend_transitive))
    ):
        return Salience(False, None, f"generic:trend:{noun.head.lemma_.lower()}")
    plural = (t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t).tag_ == "NNS"
    t = _first_conjunct(t)
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
    if t.dep_ in ("dobj", "obj") and h.tag_ == "VBG" and h.dep_ == "pcomp" and h.head.lower_ == "of" \
            and h.head.head.pos_ == "NOUN" and _is(h.head.head, cues.trend) and not _np_anchored(t):
        # "the strategy of using kidnappings as a means to finance itself", "a policy of burning
        # villages": the act as what a strategy, a method or a policy consists of
        return Salience(False, None, f"generic:trend:{h.head.head.lemma_.lower()}")
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and h.lower_ == "by" and h.head.pos_ == "VERB" \
            and _is(h.head, cues.trend_transitive) \
            and any(c.dep_ in ("dobj", "obj") and _is(c, cues.trend_acts) for c in h.head.children):
        # "have lately increased their terror campaign by killing farmers": the means of a trend in
        # a group's acts ("increased the pressure by shelling the town" reports the shelling)
        return Salience(False, None, f"generic:trend:{h.head.lemma_.lower()}")
    # "taking hostages is not our policy", "kidnapping is their main tactic": the act (or the
    # gerund that takes it as object) is what a copula calls a policy, a method or a practice
    act = h if t.dep_ in ("dobj", "obj") and h.tag_ == "VBG" else t
    if act.dep_ in ("csubj", "nsubj") and act.head.lemma_.lower() == "be":
        kind = next((c for c in act.head.children if c.dep_ in ("attr", "acomp") and _is(c, cues.trend)), None)
        if kind is None:
            # "... are the main tactics to be used": the noun parsed as the subject of the
            # infinitive clause after the copula
            kind = next((s for c in act.head.children if c.dep_ in ("ccomp", "xcomp") and c.i > act.head.i
                         for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i
                         and _is(s, cues.trend)), None)
        if kind is not None:
            return Salience(False, None, f"generic:trend:{kind.lemma_.lower()}")
        meaning = next((c for c in act.head.children if c.dep_ == "attr" and _is(c, cues.meanings)), None)
        if meaning is not None and act.head.tag_ in ("VBZ", "VBP"):
            # "the attack is a direct consequence of the blows": what an act means, in the present
            return Salience(False, None, f"commentary:{meaning.lemma_.lower()}")
    # "the setting of explosive devices and the kidnappings are an attempt by some to ...": acts
    # in the plural (or the act of placing a plural of weapons) that a present-tense "be" calls
    # an attempt or a ploy are conduct judged, not incidents reported
    if t.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN" and h.head.tag_ == "NN" \
            and h.head.lower_.endswith("ing") and t.tag_ == "NNS":
        act = h.head  # "the setting of explosive devices"
    elif not plural:
        return None
    if act.dep_ in ("csubj", "nsubj", "conj") and _first_conjunct(act).dep_ in ("csubj", "nsubj"):
        v = _first_conjunct(act).head if act.dep_ == "conj" else act.head
        if v.lemma_.lower() == "be" and v.tag_ in ("VBZ", "VBP"):
            kind = next((c for c in v.children if c.dep_ in ("attr", "acomp") and _is(c, cues.purpose_nouns)), None)
            if kind is not None:
                return Salience(False, None, f"generic:trend:{kind.lemma_.lower()}")
    return None


def _rhetoric(t: Token, govs: Sequence[Token], specific: bool, cues: Cues) -> Salience | None:
    if specific and not _talked_of_class(t, govs, cues):
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


def _talked_of_class(t: Token, govs: Sequence[Token], cues: Cues) -> bool:
    """A harm done to a class of people ("the murder of policemen", see ``_of_a_class``) that a
    word of talk refers to ([rhetoric] allusions: "a clear allusion to the murder of policemen",
    "recalled the killing of journalists"): the practice talked about, though "the" makes it look
    particular. A place or a number in the noun's phrase keeps it specific."""
    if t.pos_ != "NOUN" or not _of_a_class(t):
        return False
    if _phrase_anchored(t):
        return False
    return any(g.lemma_.lower() in cues.allusions for g in govs[:3])


def _restated_act(t: Token, cues: Cues) -> Token | None:
    """The noun of a killing that a relative clause on its victims tells again ("the massacre of
    six priests who were killed by soldiers", "linked to the murder of Major X, an officer who was
    killed after the coup"): a verb of killing or dying in a relative clause on the object of
    "of" on one of ``[generic] restated_acts`` (through an apposition or a conjunct) is the same
    act as that noun, and is judged as that noun is."""
    if t.dep_ != "relcl" or t.pos_ != "VERB" or t.lemma_.lower() not in cues.killing_participles | {"die"}:
        return None
    victim = t.head
    while victim.dep_ in ("appos", "conj") and victim.head.i != victim.i:
        victim = victim.head
    if victim.dep_ != "pobj" or victim.head.lower_ != "of":
        return None
    act = victim.head.head
    return act if act.pos_ == "NOUN" and _is(act, cues.restated_acts) else None


def _contributed_to(t: Token, cues: Cues) -> bool:
    """ "Cocaine users are contributing to the killing of my people", "indifference contributes to
    the massacres": an event noun as what someone is said in the present to contribute to
    (``[generic] contributing``) is an accusation of a share in harm in general; "the blast
    contributed to the deaths" (past) stays."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "to":
        return False
    v = t.head.head
    if not _is(v, cues.contributing):
        return False
    if v.tag_ in ("VBZ", "VBP"):
        return True
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in v.children)
