"""Salience rules 1 and 2: negation and denial, threats, plans, conditions, purposes, requests and
questions, and the statements of speeches and communiques.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp import doc_text, neighbour
from ..attribution import denies_blame
from .cues import (
    _PRESENT,
    _SUBJ,
    Cues,
    Salience,
    _base_form_predicate,
    _clause_head,
    _definite,
    _first_conjunct,
    _governors,
    _is,
    _is_finite_past,
    _narrative_present,
    _pobj_heads,
    _present_perfect,
    _present_simple,
    _progressive,
    _subject,
    presupposing_head,
    told_clause,
)

# Rules ----------------------------------------------------------------------------------------


def _told_governors(t: Token, govs: Sequence[Token]) -> Sequence[Token]:
    """The governors up to the verb of a relative clause or participle that tells what happened
    (``told_clause``): "asked about the bombs that were detonated yesterday" asks nothing about
    the bombing."""
    k = told_clause([t, *govs])
    return govs if k is None else govs[:k]


def _negation(t: Token, govs: Sequence[Token], sent: SpacySpan, cues: Cues) -> Salience | None:
    presupposed = presupposing_head(t) is not None
    for g in govs:
        if _is(g, cues.denied) and (not denies_blame(g) or _denied_content(t, g)):
            return Salience(True, "denied", f"denied:{g.lemma_.lower()}")
    clause = t if presupposed else _clause_head(t)  # ("has not yet clarified the murder")
    for v in {t, clause}:
        if v is not t and _is(v, cues.epistemic):
            continue  # "riots - details not specified", "the date of the protest is not known"
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                return Salience(True, "negated", "negated:not")
    # "rocked the city without causing any damage", "took the town without firing a shot": the
    # object of a gerund under "without"...
    for g in govs[:2]:
        if g.tag_ == "VBG" and g.dep_ == "pcomp" and g.head.lower_ == "without" and t.dep_ in ("dobj", "obj"):
            return Salience(True, "negated", "negated:without")
    # "even without the destruction and violence caused by the rebels", "the town fell without a
    # fight": an event noun (or the first of its conjuncts) that "without" says is absent
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if t.pos_ == "NOUN" and n.dep_ == "pobj" and n.head.lower_ == "without":
        return Salience(True, "negated", "negated:without")
    # "a country without executed people": a harm participle on people that "without" says are absent
    n = _first_conjunct(t.head, ("NOUN", "PROPN"))
    if t.dep_ == "amod" and t.tag_ in ("VBN", "JJ") and n.dep_ == "pobj" and n.head.lower_ == "without":
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
    # "the erroneous report on her injury", "false reports of his death": a report noun, branded
    # false by its adjective, whose topic is the trigger
    for g in govs[:3]:
        if g.pos_ == "NOUN" and g.lower_ in cues.report_nouns and any(
            c.dep_ == "amod" and c.lower_ in cues.false_report_adjectives for c in g.children
        ):
            return Salience(True, "negated", "negated:false-report")
    if _said_alive(t, govs, cues):
        return Salience(True, "negated", "negated:alive")
    return None


def _denied_content(t: Token, deny: Token) -> bool:
    """ "denied charges that the air force bombed the villages": the trigger is what the denied
    charge says (a "that" clause of the object), not the blame for an event that happened
    ("denied charges of involvement in the bombing")."""
    objects = [o for o in deny.children if o.dep_ in ("dobj", "obj")]
    # (the parser may hang the clause on the verb: "denied charges by the president that ...")
    clauses = [c for o in [deny, *objects] for c in o.children if c.dep_ in ("acl", "ccomp", "relcl")]
    return any(
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and t.i in {x.i for x in c.subtree}
        for c in clauses
    )


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


def _aim_misread(t: Token, cues: Cues) -> bool:
    """ "another objective of the groups is to attack positions", with the verb misread as a
    compound noun after a preposition "to" ("to [attack positions]"): the infinitive that a
    copula says is someone's aim ([hypothetical] aims)."""
    if t.dep_ != "compound" or t.i == 0:
        return False
    j = t.i - 1
    while j > 0 and t.doc[j].is_space:
        j -= 1
    to = t.doc[j]
    if to.lower_ != "to" or to.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in cues.aims for c in to.head.children)


def _hypothesis(t: Token, govs: Sequence[Token], sent: SpacySpan, cues: Cues) -> Salience | None:
    if presupposing_head(t) is not None:
        return None  # "we must condemn the murder of the officer": the event is presupposed
    told = told_clause([t, *govs])
    govs = _over_subject(govs if told is None else govs[:told])
    if sent.text.rstrip().endswith("?") and told is None:
        return Salience(True, "hypothetical", "hypothetical:question")
    # (a verb misread as a compound noun carries its clause's "if" on the noun it modifies: "even if
    # the guerrillas attack positions" read as "if ... [attack positions]")
    own = {t.i, t.head.i} if t.dep_ == "compound" else {t.i}
    for a in (t, *govs):
        for c in a.children:
            if (c.dep_ == "mark" and c.lower_ in cues.marks and a.dep_ in ("advcl", "ccomp")) or (
                c.dep_ == "mark" and c.lower_ in ("if", "unless") and a.i in own
            ):
                return Salience(True, "hypothetical", f"hypothetical:{c.lower_}")
        if a.pos_ in ("VERB", "AUX") and a.i != t.i and _is_finite_past(a) and a.dep_ in ("ROOT",):
            break
    inf = _infinitive(t, govs, cues)
    if inf is not None:
        return inf
    if _subjunctive(t, cues):
        return Salience(True, "hypothetical", "hypothetical:subjunctive")
    if _aim_misread(t, cues):
        return Salience(True, "hypothetical", "hypothetical:aim")
    cond = "demand-item" if _demand_item(t) else _future_condition(t, govs)
    if cond is not None:
        return Salience(True, "hypothetical", f"hypothetical:{cond}")
    if _planned_noun(t, cues):
        return Salience(True, "hypothetical", "hypothetical:planned")
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "for" and _is(t.head.head, cues.role_nouns):
        # "they have served as a springboard for the murder of children": what a role is for
        return Salience(True, "hypothetical", "hypothetical:role")
    # "requested the arrest", "a warrant for his arrest": the event is what is asked for, the
    # request's object or the object of its preposition
    direct = govs[1] if govs and govs[0].pos_ == "ADP" and len(govs) > 1 else govs[0] if govs else None
    if direct is not None and _is(direct, cues.requests):
        return Salience(True, "hypothetical", f"hypothetical:{direct.lemma_.lower()}")
    if direct is not None and t.dep_ in ("dobj", "obj") and _is(direct, cues.organising) and _progressive(direct):
        # "they are organizing a march": being prepared, not held
        return Salience(True, "hypothetical", f"hypothetical:{direct.lemma_.lower()}")
    for g in govs:
        if g.lower_ == "case" and g.head.lower_ == "in" and not any(c.dep_ == "det" for c in g.children):
            # "in case of a confrontation, we are ready": a condition ("in the case of the
            # murder" names a real case)
            return Salience(True, "hypothetical", "hypothetical:in-case")
        if _is(g, cues.threat):
            return Salience(True, "threatened", f"threatened:{g.lemma_.lower()}")
        if _carried_out(g, cues):
            break  # "those who carried out the order to assassinate the priests": it was done
        if _is(g, cues.hypothetical) and not _feared_dead(g):
            return Salience(True, "hypothetical", f"hypothetical:{g.lemma_.lower()}")
        if g.pos_ in ("VERB", "AUX") and g.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl") \
                and not _nonfinite_conjunct(g):
            break  # above the trigger's own finite clause: a governor there is a reporting verb
    # a future auxiliary on the clause head: "will attack", "are going to bomb"
    head = _clause_head(t)
    if t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.pos_ in ("VERB", "AUX"):
        head = t.head.head  # "we will win the peace by fighting them": the means of a future act
    if t.pos_ in ("NOUN", "PROPN"):
        # a noun in an infinitive of purpose takes the future of the verb the infinitive hangs on
        # ("the rebels will step up their actions to destroy the infrastructure and murder
        # officials", where the parser makes "murder" a noun)
        while head.tag_ == "VB" and head.dep_ in ("advcl", "xcomp") and head.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            head = head.head
    for c in head.children:
        if c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo"):
            return Salience(True, "hypothetical", "hypothetical:future")
    shared = _shared_modal(_clause_head(t))
    if shared is not None:
        # "it would be tantamount to giving the terrorists, who attack students, engage in
        # kidnapping, and place bombs, ...", read with "engage" and "bombs" coordinated with "be"
        return Salience(True, "hypothetical", f"hypothetical:{shared}")
    listed = _listed_infinitive(t)
    if listed is not None:
        # "orders to stand ready to take off, intercept, capture, or shoot down hostile aircraft"
        # read with "shoot" coordinated with "received": a bare base form is no past act
        verdict = _hypothesis(listed, _governors(listed), sent, cues)
        if verdict is not None:
            return verdict
    v = t.head
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") and v.pos_ == "VERB" and v.i != t.i \
            and _is(v, cues.instrument_acts):
        # "orders to stand ready to intercept or shoot down hostile aircraft": the object of an
        # act of violence that is only ordered, wanted or possible is no more than that act ("to
        # clarify last week's murder" presupposes the murder: clarifying is no such act)
        verdict = _hypothesis(v, _governors(v), sent, cues)
        if verdict is not None and verdict.status == "hypothetical":
            return verdict
    return None


# a base form, or the present tag the tagger gives a bare verb with no subject ("could block the
# roads, raid the villages": "raid" comes out VBP)
_BARE = frozenset({"VB", "VBP"})
# modals of possibility, obligation and counterfactuals; "will" is left out: "announced that they will
# lay down their weapons and suspend operations" is a step a group announces, which stays
_SHARED_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can"})


def _shared_modal(v: Token) -> str | None:
    """The modal a bare base-form verb shares with the first of the verbs it is coordinated with
    ("they could kill or wound civilians": "wound" is as possible as "kill"); a conjunct with a
    tense, an auxiliary or a subject of its own ("would investigate and arrested two men") has its
    own."""
    if v.tag_ not in _BARE or v.dep_ != "conj":
        return None
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
        if any(c.dep_ in (*_SUBJ, "aux", "auxpass") for c in v.children) or v.tag_ not in _BARE:
            return None
        v = v.head
    return next((c.lower_ for c in v.children if c.dep_ == "aux" and c.lower_ in _SHARED_MODALS), None)


def _listed_infinitive(t: Token) -> Token | None:
    """A base-form verb with no subject or auxiliary that the parser coordinated with a finite verb
    ("received orders to take off, intercept, or shoot down aircraft", "shoot" a conjunct of
    "received"), when a "to" infinitive stands between them: the last item of that infinitive's
    list, which it returns."""
    if t.tag_ != "VB" or t.dep_ != "conj" or t.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in (*_SUBJ, "aux", "auxpass") for c in t.children):
        return None
    for x in reversed(t.doc[t.head.i + 1 : t.i]):
        if x.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            return x
    return None


def _subjunctive(t: Token, cues: Cues) -> bool:
    """ "insisted that the rebel commander surrender his arms", "aid will go on until the
    combatants surrender their arms" (the "until" read as a preposition), "third, that the land
    be confiscated": a base-form verb (or a passive on a bare "be") with a subject of its own and
    no auxiliary, in a clause under another verb or in a "that" clause standing alone, is a
    mandative subjunctive or a supposition, not a report. The trigger is that verb or a noun of
    its clause. A verb of perception or causing before it reports what was seen or done ("saw
    soldiers kill him", ``bare_infinitive_governors``), and a story told in the present is left
    alone (its tagger may read a present for a base form)."""
    v = t if t.pos_ == "VERB" else _clause_head(t)
    while v.dep_ == "conj" and v.head.pos_ == "VERB" and not any(c.dep_ in _SUBJ for c in v.children):
        v = v.head
    # "that all property derived from drug profits be confiscated": a passive on a bare "be"
    passive = v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in v.children)
    if not (v.tag_ == "VB" or passive) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return False
    if any(c.dep_ == "aux" or (c.dep_ == "auxpass" and not passive) for c in v.children):
        return False
    if v.dep_ == "ROOT":
        # a demand of a list set out as a bare clause ("third, that the property be confiscated")
        return passive and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
    # (the parser may hang an item on its list marker: "second, that the property be confiscated")
    if v.dep_ not in ("ccomp", "advcl") or (v.head.pos_ not in ("VERB", "AUX") and v.head.tag_ != "LS"):
        return False
    if _is(v.head, cues.bare_infinitive_governors):
        return False
    return not _narrative_present(t.doc)


def _planned_noun(t: Token, cues: Cues) -> bool:
    """ "an offensive that the rebels had planned for last week", "the attack they were preparing":
    an event noun described by an active relative clause of planning whose object it is (the
    clause has a subject and no object of its own, or its object is the relative pronoun). A planned attack that the
    sentence says did something happened ("the attack they had planned killed nine")."""
    if t.pos_ != "NOUN":
        return False
    if t.dep_ in _SUBJ and (_is_finite_past(t.head) or _present_perfect(t.head)):
        return False
    for v in t.children:
        if v.dep_ != "relcl" or not _is(v, cues.planning):
            continue
        # an active clause with a planner of its own ("that the rebels had planned"); "the
        # offensive, which had been prepared for a year" and "the attack that was intended to kill
        # civilians" describe what happened
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
        objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
        if subj and (not objs or all(o.lower_ in ("that", "which") for o in objs)):
            return True
    return False


def _nonfinite_conjunct(v: Token) -> bool:
    """ "ordered the fighters to hold their positions and organise an uprising": the second of two
    base-form verbs shares the first one's governor ("were tortured and murdered", "has attacked
    and killed" are reports, whatever is said above them)."""
    if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or v.tag_ != "VB":
        return False
    return v.head.tag_ == "VB" or _base_form_predicate(v)  # (a subjunctive's second predicate)


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
            if _going_to(a.head):
                return Salience(True, "hypothetical", "hypothetical:future")
            if (_is(a.head, cues.implicative) and not _journey_purpose(a) and not _role_purpose(a, cues)) or (
                _is(a, cues.implicative) and not _purpose(a)
            ):
                return None
            if _protest_purpose(a, cues) or (a.dep_ == "acl" and _carried_out(a.head, cues)):
                return None
            return Salience(True, "hypothetical", "hypothetical:infinitive")
        if a.dep_ not in ("xcomp", "conj", "pcomp", "pobj"):
            return None
    return None


def _carried_out(n: Token, cues: Cues) -> bool:
    """Is ``n`` an instruction ("the order", "the plan") that a past verb of execution says was
    carried out ("carried out the order", "the plan was executed")? Its infinitive ("the order to
    assassinate the priests") then happened; "will carry out the plan" and "gave the order" do not
    say so."""
    if n.pos_ != "NOUN" or not _is(n, cues.instructions) or n.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    v = n.head
    if not _is(v, cues.executions) or not (_is_finite_past(v) or _present_perfect(v)):
        return False
    return v.lemma_.lower() != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)


def _journey_purpose(inf: Token) -> bool:
    """ "the hordes who have come here to massacre our people", "gunmen came to the village to
    kill the chief": an infinitive of purpose on a verb of motion that names where the movers
    went (so "came" is no implicative "came to know")."""
    v = inf.head
    return inf.dep_ == "advcl" and v.lemma_.lower() in ("come", "go", "return") and any(
        (c.dep_ == "advmod" and c.lower_ in ("here", "there")) or (c.dep_ == "prep" and c.lower_ in ("to", "into"))
        for c in v.children
    )


def _role_purpose(inf: Token, cues: Cues) -> bool:
    """ "Honduras was used as a springboard to attack Nicaragua", "turning the country into an
    inferno to capture the dictator": an infinitive of purpose on an implicative verb that has a
    role of its own (an "as" phrase on "use") or an object and a result of its own ("turn X into
    Y"): what the role (``[hypothetical] role_nouns``) or the change was for, not an act the verb
    says was done ("used tear gas to disperse the crowd" and "turned to attack the convoy" stay)."""
    v = inf.head
    if v.lemma_.lower() == "use":
        return any(
            c.dep_ == "prep" and c.lower_ == "as" and any(_is(x, cues.role_nouns) for x in c.children)
            for c in v.children
        )
    return inf.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") for c in v.children) and any(
        c.dep_ == "prep" and c.lower_ == "into" for c in v.children
    )


def _purpose(inf: Token) -> bool:
    """ "aid to continue murdering", "the strength to continue destroying them": an infinitive
    that is a purpose clause or describes a noun; "to continue" there is wanted, not done."""
    return (inf.dep_ == "acl" and inf.head.pos_ in ("NOUN", "PROPN")) or (
        inf.dep_ == "advcl" and inf.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("dobj", "obj") for c in inf.head.children)
    )


# a numbered item of a list ("3.", "4)"), the way a communique sets out its demands
_LIST_ITEM_RE = re.compile(r"\s*\d{1,2}\s*[.)]\s+")


_FUTURE_AUX = frozenset({"will", "would", "'ll", "must", "shall"})


def _going_to(v: Token) -> bool:
    """ "are going to bomb", "was going to attack": "going" with a form of "be", the future (or a
    past intention), not the implicative "went on to kill"."""
    return v.lower_ == "going" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in v.children
    ) and not any(c.dep_ == "prt" for c in v.children)


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
    n = _first_conjunct(t, ("NOUN", "PROPN"))
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
    if _refuted_next(t, sent, cues):
        return Salience(True, "negated", "negated:refuted")
    memory = _exhortation_to_remember(t, sent, cues)
    if memory is not None:
        return Salience(False, None, f"history:exhortation:{memory}")
    if presupposing_head(t) is not None:
        return None  # "we must, however, repudiate the murder": the duty is the reaction's
    chain = _asserted_chain(t, _told_governors(t, govs))
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


def _exhortation_to_remember(t: Token, sent: SpacySpan, cues: Cues) -> str | None:
    """ "let us recall the explosion of the airliner, in which 80 people died; the bomb in the
    police headquarters; ...", "remember the massacre of the miners": an exhortation to remember
    ([statement] recollection) calls up past incidents, those told in its relative clauses and
    those listed after it too; it neither reports nor demands them. The verb of memory is a bare
    verb under "let" or an imperative root, and the trigger lies under it or under its "let" (a
    list the parser hangs on "let" as its subject). "recalled its ambassador after the attack" is
    no exhortation. Returns the verb of memory."""
    if sent.start == 0:
        return None
    ids = {a.i for a in t.ancestors}
    for v in sent:
        if v.lemma_.lower() not in cues.recollection or v.tag_ != "VB":
            continue
        let = v.head if v.head.lemma_.lower() == "let" and v.head.tag_ == "VB" else None
        if let is None and not _imperative(v):
            continue
        if v.i in ids or (let is not None and let.i in ids):
            return v.lemma_.lower()
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


def _refuted_next(t: Token, sent: SpacySpan, cues: Cues) -> bool:
    """A claim the very next sentence calls untrue: "the dispatches state that the rebels are
    holding foreigners hostage. That is not true." The trigger must be what a verb of saying
    reports ([statement] reporting), and the next sentence must open with "that", "this", "it" or
    a word for the report as the subject of "be" denied ("not true", "false", "groundless").
    A run of such claims is refuted together ("they said they were fighting near the palace. They
    insisted civilians had helped them. This is totally false."). The speaker's own account
    ("rebels attacked the post. That is not all.") stays."""
    if not any(_is(g, cues.reporting) and g.pos_ in ("VERB", "AUX") for g in list(t.ancestors)[:4]):
        return False
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    if _is(nxt.root, cues.reporting) and nxt.root.pos_ in ("VERB", "AUX") and nxt.end < len(doc):
        nxt = doc[nxt.end].sent  # the next claim of the run
    return _refutes(nxt, cues)


def _refutes(nxt: SpacySpan, cues: Cues) -> bool:
    """ "That is not true.", "These reports are groundless.", "This is totally false." """
    for be in nxt[:4]:
        if be.lemma_.lower() != "be":
            continue
        subj = next((c for c in be.children if c.dep_ in ("nsubj", "expl") and c.i < be.i), None)
        if subj is None or subj.i > nxt.start + 1 or not (
            subj.lower_ in cues.refuted_subjects or subj.lemma_.lower() in cues.refuted_subjects
        ):
            continue
        denied = any(c.dep_ == "neg" for c in be.children)
        for c in be.children:
            if c.dep_ not in ("acomp", "attr") or c.i < be.i:
                continue
            if (denied and c.lower_ in cues.refuted_truths) or c.lower_ in cues.negated or c.lower_ in cues.lie_words:
                return True
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
    they are killing our people"), or a present-simple clause that such a clause depends on
    ("once they have served their purpose, they are even kidnapped"): a condition or a habit."""
    for v in chain:
        if v.pos_ in ("VERB", "AUX") and _present_simple(v) and any(
            c.dep_ == "advcl" and (_present_simple(c) or _present_perfect(c))
            and any(m.lower_ in cues.when_marks and m.dep_ in ("advmod", "mark") for m in c.children)
            for c in v.children
        ):
            return True  # "once they have served their purpose, they are kidnapped and jailed"
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
