"""Mentions that are talk or a development rather than an incident: agreements, operations,
detentions, campaigns and causes.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import EventMention
from .cues import (
    _PLURAL_NOUN,
    _PRESENT,
    _SUBJ,
    _VIOLENT_TYPES,
    Cues,
    Salience,
    _clause_head,
    _first_conjunct,
    _is,
    _is_finite_past,
    _np_anchored,
    _phrase_anchored,
    _pobj_heads,
    _present_passive_progressive,
    _present_perfect,
    _present_simple,
    _progressive,
)

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


def _hyphenated(n: Token) -> str:
    """The noun with the word hyphened to it ("follow-up" is parsed as "follow", "-", "up")."""
    doc = n.doc
    if n.i >= 2 and doc[n.i - 1].text == "-" and not doc[n.i - 1].whitespace_ and not doc[n.i - 2].whitespace_:
        return f"{doc[n.i - 2].lower_}-{n.lower_}"
    return n.lower_


def _agreed_talks(v: Token, cues: Cues) -> bool:
    """The infinitive of an agreement is talking: "to talk with the rebels", "to resume the
    dialogue", "to hold talks"."""
    if _is(v, cues.agreement_talk_verbs):
        return True
    return any(c.dep_ in ("dobj", "obj") and _is(c, cues.agreement_talk_nouns) for c in v.children)


def _not_concluded(t: Token, cues: Cues) -> bool:
    """An agreement put off, turned down or only put forward, whatever date it carries: its
    governor or the governor of its signing says so ("have postponed signing a peace accord", "the
    agreement was postponed", "rejected the truce", "the truce proposed by the mediators"); the
    word only qualifies a proposal, a body or a process ("a ceasefire offer", "the National
    Reconciliation Commission"), or is the content of a proposal ("the proposal includes an
    agreement to ..."); what is agreed is only to talk ("the agreement of the ruling party to
    talk with the rebels"); or the agreement is what something else refers back to ("a
    follow-up to the accord of September", "it deals a blow to the peace agreement signed in
    February")."""
    unconcluded = cues.agreement_unconcluded
    if t.pos_ in ("NOUN", "PROPN"):
        if t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ in ("NOUN", "PROPN") \
                and _is(t.head, cues.agreement_qualified):
            return True
        ref = t.head.head
        if t.dep_ == "pobj" and ref.pos_ == "NOUN" and (
            _is(ref, cues.agreement_references) or _hyphenated(ref) in cues.agreement_references
        ):
            return True
        if any(c.dep_ in ("acl", "amod", "relcl") and _is(c, unconcluded) for c in t.children):
            return True  # "the truce proposed by some countries"
        if any(_agreed_talks(c, cues) for c in t.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"):
            return True  # "the agreement of the ruling party to talk with the rebels"
    v = t if t.pos_ in ("VERB", "AUX") else _clause_head(t)
    if _is(v, unconcluded):
        return True  # "rejected the truce", "the agreement was postponed"
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubjpass", "dobj", "obj") and _is(v, cues.agreement_verbs) \
            and any(_agreed_talks(c, cues) for c in v.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"):
        return True  # "an accord was reached to clarify the meaning of the phrase": to talk more
    if t.pos_ in ("NOUN", "PROPN") and t.i not in {c.i for c in v.children if c.dep_ in _SUBJ} and any(
        c.dep_ in _SUBJ and _is(c, cues.agreement_proposals) for c in v.children
    ):
        return True  # "the government's proposal includes an agreement to reduce violence"
    # "postponed signing a peace agreement", "refused signing the truce"
    return _is(v, cues.agreement_verbs) and v.dep_ in ("xcomp", "dobj", "pcomp") and _is(v.head, unconcluded)


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
    if _not_concluded(t, cues):
        return True
    v = t if t.pos_ in ("VERB", "AUX") else _clause_head(t)
    if t.pos_ == "NOUN" and v.lemma_.lower() in _KEPT_OR_BROKEN and not _under_agreement(v, cues):
        return True  # (whatever date it carries: "respects the truce declared on 28 February")
    if "date" in anchors:
        return False
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
    if t.dep_ == "compound" and t.head.pos_ == "PROPN" and (
        any(c.dep_ in ("compound", "amod") for c in t.children)
        or (t.i > 0 and t.doc[t.i - 1].dep_ in ("compound", "amod") and t.doc[t.i - 1].head.i in (t.i, t.head.i)
            and t.doc[t.i - 1].pos_ in ("NOUN", "ADJ"))
    ):
        # the middle of a chain of nouns the parser took for a name ("in port operation jargon",
        # "the joint operations command"): a kind of thing; a name opens with the word
        # ("Operation Pineapple")
        return True
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


def _abstract_loot(mention: EventMention, t: Token, cues: Cues) -> bool:
    """A verb of looting or destruction whose object is not property ("destroying the possibility
    of planting", "to regain tranquility", "withdrew from the talks", "a burning issue"): a figure
    of speech or a political step. Burned houses, a looted shop, a destroyed pylon stay."""
    if mention.sub_event_type != "Looting/property destruction":
        return False
    words = cues.abstract_objects
    if t.dep_ == "amod" and t.head.pos_ == "NOUN":
        return _is(t.head, words)  # "a burning issue"
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [x for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for x in _pobj_heads(c)]
    if t.pos_ == "NOUN":
        return False
    return bool(objs) and all(_is(o, words) for o in objs)


def _suspended_politics_step(mention: EventMention, t: Token, cues: Cues) -> bool:
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
    words = cues.suspended_politics
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


def _backed_activity(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> bool:
    """A group's activity named as what someone backs ("it is supporting and promoting the
    recruitment, training and actions of guerrilla groups", "a state that finances the training
    of militias"): a charge of support, not a step the group took. The noun (or the first of its
    conjuncts) is the object of a verb of ``[topic] backing_verbs`` (or of the first of coordinated
    verbs); a count or a date of its own keeps it ("funded the recruitment of 300 fighters")."""
    if mention.sub_event_type != "Change to group/activity" or t.pos_ != "NOUN" or anchors & {"count", "date"}:
        return False
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if n.dep_ not in ("dobj", "obj") or n.head.pos_ != "VERB":
        return False
    return _is(n.head, cues.backing_verbs) or _is(_first_conjunct(n.head, ("VERB",)), cues.backing_verbs)


def _state_adjective(mention: EventMention, t: Token, anchors: frozenset[str]) -> bool:
    """A word of a change used as a plain adjective on a noun ("maintains a closed position", "a
    closed session"): a kind or an attitude, not a step taken (the participle of an act, "the
    border closed by the army", is a verb and stays)."""
    return (
        mention.sub_event_type == "Change to group/activity"
        and t.dep_ == "amod" and t.tag_ == "JJ" and t.head.pos_ == "NOUN"
        and not anchors & {"count", "place", "date"}
    )


_TERRITORY = (
    "Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"
)


def _participle_object(mention: EventMention, t: Token) -> bool:
    """ "such an action would endanger innocent people or occupied buildings": a past form the
    parser coordinated with a bare infinitive (after "would", "to") cannot be its second
    predicate; it is an adjective on the bare noun right after it, the second object of that
    verb. A past verb coordinated with a past verb ("attacked the barracks and occupied
    buildings in the centre") is a step taken and stays."""
    if mention.sub_event_type not in (*_TERRITORY, "Change to group/activity", "Disrupted weapons use"):
        return False
    if t.tag_ not in ("VBD", "VBN") or t.dep_ != "conj" or t.head.tag_ != "VB" or t.i < 2 or t.i + 1 >= len(t.doc):
        return False
    if any(c.dep_ in (*_SUBJ, "aux", "auxpass", "agent") for c in t.children):
        return False
    doc = t.doc
    before, nxt = doc[t.i - 2], doc[t.i + 1]
    return (
        doc[t.i - 1].lower_ in ("or", "and") and before.pos_ == "NOUN" and before.dep_ in ("dobj", "obj")
        and before.head.i == t.head.i and nxt.pos_ == "NOUN" and nxt.head.i == t.i
        and not any(c.dep_ in ("det", "poss", "nummod") for c in nxt.children)
    )


def _country_taken(mention: EventMention, t: Token, anchors: frozenset[str]) -> bool:
    """A whole country said, in the present perfect and with no date, to have been taken over
    ("Nicaragua has been taken over by the Sandinist forces, which receive arms of all kinds"):
    who holds power in a state, an opinion of a regime, not ground changing hands (the towns, bases
    and districts ACLED codes). A dated capture stays."""
    if mention.sub_event_type not in _TERRITORY or t.pos_ != "VERB" or "date" in anchors:
        return False
    if not _present_perfect(t):
        return False
    from ..actors import _country_names  # (the GeoNames country table, loaded once)

    countries = {n.casefold() for n in _country_names().values()}
    places = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    return bool(places) and all(
        " ".join(x.text for x in c.subtree if x.dep_ in ("compound", "flat") or x.i == c.i).casefold()
        in countries for c in places
    )


def _assigned_duty(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> bool:
    """An activity inside a duty someone is given or holds ("has been assigned the task of
    coordinating all forces and military operations in the area", "the officer in charge of
    operations in the north"): a role, not a step taken. The noun reaches the duty noun of
    ``[topic] duties`` through conjuncts, objects, gerunds and "of" only (a finite verb on the
    way stops it: "the brigade, whose task is to guard the border, launched an operation");
    a date of its own keeps it (a count does not: "the task of leading 300 troops" is a role)."""
    if mention.sub_event_type != "Change to group/activity" or t.pos_ != "NOUN" or "date" in anchors:
        return False
    cur = t
    for _ in range(8):
        if cur.dep_ not in ("conj", "dobj", "obj", "pobj", "pcomp", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ not in ("VBG", "VB"):
            return False
        if cur.dep_ == "prep" and cur.lower_ not in ("of", "for"):
            return False
        if cur.pos_ == "NOUN" and _is(cur, cues.duties):
            return True
    return False


def _hedged_development(mention: EventMention, t: Token, cues: Cues) -> bool:
    """A development that an adverb of ``[topic] hedges`` makes a guess ("they have more likely
    fled to other countries", "the commanders have probably relocated"): supposed, not
    reported. Only the non-violent steps: in "the bomb was probably planted by the rebels" the
    adverb doubts who did it, not that it happened."""
    if mention.event_type != "Strategic developments" or t.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in cues.hedges for c in t.children)


_LIST_OPENERS = frozenset({"namely", "viz", "i.e.", "following", "the", "as", "such", "are", "were", "is"})


def _listed_stage(t: Token, cues: Cues) -> bool:
    """An event noun listed among the parts of a procedure ("the command divided the procedure
    into four phases, namely: detection, identification, interception, and destruction"): a bare
    noun in a list of bare nouns right after a noun of ``[topic] stages`` (only punctuation and
    words that open a list between them) names a step of a drill, not something done. A noun
    with an article, a possessive or an "of" of its own ("the destruction of the bridge") stays."""
    if t.pos_ != "NOUN":
        return False
    f = _first_conjunct(t, ("NOUN",))
    items = [f, *(c for c in f.subtree if c.dep_ == "conj" and c.pos_ == "NOUN")]
    if len(items) < 3 or any(c.dep_ in ("det", "poss", "nummod", "prep") for x in items for c in x.children):
        return False
    doc = t.doc
    k = f.i - 1
    while k >= 0 and f.i - k <= 5 and (doc[k].is_punct or doc[k].is_space or doc[k].lower_ in _LIST_OPENERS):
        k -= 1
    return k >= 0 and f.i - k <= 5 and doc[k].lower_ in cues.stages


_CLOSING = frozenset({"close", "closed", "closure", "shut", "shutdown", "suspend", "suspension", "ban"})


def _closed_firm(mention: EventMention, t: Token, cues: Cues) -> bool:
    """A firm closed, shut down or banned ("a finance company was closed by the government because
    it laundered money", "the authorities shut down two banks", "the closure of the exchange
    house"): a sanction on a business (``[topic] firms``), not a change in an armed or political
    group's activity. Roads, borders, offices of a party and newspapers stay."""
    if mention.sub_event_type != "Change to group/activity" or t.lemma_.lower() not in _CLOSING:
        return False
    if t.pos_ == "NOUN":
        patients = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobj_heads(c)]
        patients += [c for c in t.children if c.dep_ in ("compound", "poss")]
    else:
        patients = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if t.dep_ in ("acl", "amod") and t.head.pos_ == "NOUN":
            patients.append(t.head)
    return bool(patients) and all(_is(p, cues.firms) for p in patients)


def _captivity_told_whole(mention: EventMention, t: Token, cues: Cues) -> bool:
    """A captivity told with how long it lasted in months or years ("was taken hostage for 18
    months", "had been held captive for two years"): an old abduction told as a whole, over by
    the time of the story. Days and hours ("held for three days") and a purpose ("kidnapped for
    ransom") stay."""
    if mention.sub_event_type != _ABDUCTION or t.pos_ not in ("VERB", "AUX"):
        return False
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in _pobj_heads(p):
                if o.lower_ in cues.long_spans and any(c.dep_ == "nummod" or c.like_num for c in o.children):
                    return True
    return False


def _office_surrendered(mention: EventMention, t: Token, cues: Cues) -> bool:
    """ "the high command, which temporarily surrendered power after many years of dictatorship",
    "the minister surrendered his post": a verb of surrender whose objects are all an office or
    a right (``[agreement] relinquished``) tells a handover of office, not a surrender that ends
    fighting; weapons, people and ground stay."""
    if mention.sub_event_type != "Agreement" or t.pos_ != "VERB":
        return False
    if t.lemma_.lower() not in ("surrender", "relinquish", "cede"):
        return False
    objs = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [x for o in list(objs) for x in o.conjuncts]
    return bool(objs) and all(_is(o, cues.relinquished) for o in objs)


_TIME_PREPS = frozenset({"after", "before", "during"})
_STATE_VERBS = frozenset({"be", "remain", "stay", "last"})


def _time_of_a_kind(t: Token, anchors: frozenset[str]) -> bool:
    """A bare indefinite event noun that only tells a time in a description ("these bombs were
    capable of mining large areas for up to 72 hours after a battle", "the mines stay live long
    after a war"): a battle of any kind, in what a thing is or does, not one that took place. The
    noun has nothing but its article, the time preposition hangs on "be", "remain", "stay", an
    adjective or a present verb; a past act ("two soldiers died after a battle") stays."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ != "pobj" or anchors & {"count", "place", "date"}:
        return False
    if [c.lower_ for c in t.children] not in (["a"], ["an"]):
        return False
    p = t.head
    if p.lower_ not in _TIME_PREPS:
        return False
    h = p.head
    return h.lemma_.lower() in _STATE_VERBS or h.pos_ == "ADJ" or h.tag_ in ("VBZ", "VBP")


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})


def _operation_referred_back(mention: EventMention, t: Token, anchors: frozenset[str]) -> bool:
    """ "For this operation they used false passports", "such an operation needs months": an
    "operation" named by a demonstrative refers back to an act the story has already told (a
    killing, a raid), which is coded from its own words; the word itself reports no new step."""
    if mention.sub_event_type != "Change to group/activity" or t.lemma_.lower() != "operation":
        return False
    if t.pos_ != "NOUN" or anchors & {"count", "place", "date"}:
        return False
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _DEMONSTRATIVES for c in t.children)


def _described_measures(mention: EventMention, t: Token, anchors: frozenset[str]) -> bool:
    """Measures described rather than taken: the subject of a passive under "can" ("security
    measures at the gates can be seen"), or the plural after "one of" as the predicate of a
    present "be" ("this is one of the security measures used to protect the judges"): what a
    place is like, not a step announced now. Measures imposed, tightened or lifted stay."""
    if mention.sub_event_type != "Change to group/activity" or t.lemma_.lower() != "measure":
        return False
    if t.pos_ != "NOUN" or "date" in anchors:
        return False
    h = t.head
    if t.dep_ == "nsubjpass" and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in h.children):
        return True
    return (
        t.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ == "one" and h.head.dep_ == "attr"
        and h.head.head.lemma_ == "be" and h.head.head.tag_ in ("VBZ", "VBP")
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
    if _abstract_loot(mention, t, cues):
        return Salience(False, None, "figurative:abstract-object")
    if _suspended_politics_step(mention, t, cues):
        return Salience(False, None, "idle:suspended-politics")
    if mention.sub_event_type == "Change to group/activity" and t.lemma_.lower() in ("measure", "security") \
            and t.dep_ == "pobj" and t.head.lower_ in ("under", "amid", "amidst"):
        return Salience(False, None, "idle:circumstance")  # ("amid the curfew imposed in X" names the curfew)
    if _descriptive_participle(mention, t, anchors) or _state_adjective(mention, t, anchors):
        return Salience(False, None, "idle:participle")
    if _backed_activity(mention, t, anchors, cues):
        return Salience(False, None, "idle:backed-activity")
    if _country_taken(mention, t, anchors):
        return Salience(False, None, "idle:country-taken")
    if _assigned_duty(mention, t, anchors, cues):
        return Salience(False, None, "idle:duty")
    if _participle_object(mention, t):
        return Salience(False, None, "idle:participle")
    if _closed_firm(mention, t, cues):
        return Salience(False, None, "idle:closed-firm")
    if _office_surrendered(mention, t, cues):
        return Salience(False, None, "figurative:office-surrendered")
    if _captivity_told_whole(mention, t, cues):
        return Salience(False, None, "history:captivity-span")
    if _time_of_a_kind(t, anchors):
        return Salience(False, None, "generic:time-of-a-kind")
    if _listed_stage(t, cues):
        return Salience(False, None, "idle:stage")
    if _hedged_development(mention, t, cues):
        return Salience(True, "hypothetical", "hypothetical:hedged")
    if _described_measures(mention, t, anchors):
        return Salience(False, None, "idle:described-measures")
    if _operation_referred_back(mention, t, anchors):
        return Salience(False, None, "reference:operation")
    if _standing_detention(mention, t):
        return Salience(False, None, "idle:custody")
    return None


_ABDUCTION = "Abduction/forced disappearance"


def _talk(mention: EventMention, t: Token, anchors: frozenset[str], cues: Cues) -> Salience | None:
    """Words of violence in talk about a conflict rather than in a report of one incident:

    * a campaign against a crime, a scourge or an idea ("the fight against drug trafficking",
      "those who fight terrorism");
    * a copula with "the target of attacks" ("the country has been the target of terrorist
      attacks", "we are the target of attacks"): what a place suffers, not one attack;
    * a conflict named as a problem to settle ("a political solution to this confrontation", "an
      end to the war", ``[campaign] conflicts`` after a word of ``settlements``) or as a standing
      condition ("the violence prevailing in the country");
    * a violent verb in the present progressive in a relative clause ("the government, which is
      fighting the rebels", "an army that is killing our people", "we are the ones who are being
      killed"): who someone is or what a group suffers. A main clause ("rebels are shelling the
      town") reports an ongoing incident, and so does an ongoing protest or occupation ("drivers
      who are protesting against fuel prices");

    A count, a named place or a date of the mention's own clause keeps the last three (a campaign
    stays one wherever it is waged)."""
    campaign = _campaign(t, cues)
    if campaign is not None:
        return campaign
    if not anchors & {"count", "date"}:
        judged = _judged_struggle(t, cues)
        if judged is not None:
            return Salience(False, None, f"campaign:{judged}")
    if _talked_about(t, cues):
        return Salience(False, None, "campaign:talked-about")
    if not anchors & {"count", "date"} and _settled_conflict(t, cues):
        return Salience(False, None, "campaign:settlement")
    if not anchors & {"count", "date"} and _prevailing_conflict(t, cues):
        return Salience(False, None, "generic:prevailing")
    if _site_of(t, cues):
        return Salience(False, None, "generic:site")
    if not anchors & {"count", "date"} and _target_of(t, cues):
        # (a named place is what suffers: "Peru has been the target of terrorist attacks")
        return Salience(False, None, "generic:target")
    if _progressive_state(t, cues) and mention.event_type in _VIOLENT_TYPES and not anchors & {"count", "place"}:
        # ("currently", "now" restate the progressive: no date of an incident)
        return Salience(False, None, "generic:progressive")
    if anchors & {"count", "place", "date"}:
        return None
    if ((_progressive(t) and t.dep_ in ("relcl", "acl")) or (_present_passive_progressive(t) and t.dep_ == "relcl")) \
            and mention.event_type in _VIOLENT_TYPES and mention.sub_event_type != _ABDUCTION:
        # (a captivity lasts: "the people who are being held hostage" are held now, like an
        # ongoing occupation)
        return Salience(False, None, "generic:progressive")
    return None


_VERDICT_COPULAS = frozenset({"be", "seem", "remain", "become", "prove", "look"})


def _judged_struggle(t: Token, cues: Cues) -> str | None:
    """A struggle noun (``[campaign] struggles``) that a speaker judges or uses as a frame, not an
    incident told: "then the battle is praiseworthy", "described as a total failure the rebel
    offensive", "to hide their unsuccessful offensive" (a word of ``judgements`` as the copula's
    complement, the "as" of a verb of characterising, or the noun's adjective); "this is part of
    the new offensive", "the movement involved in the offensive" (``frame_nouns``,
    ``participation``); "the offensive continues building victory" (what it yields, ``outcomes``)
    and "the colonel proclaims his offensive" (a struggle vaunted in the present, ``vaunt_verbs``).
    "Fighting" and "clashes" are not struggles here: they are told."""
    if t.pos_ != "NOUN" or not _is(t, cues.struggles):
        return None
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    h = n.head
    if any(c.dep_ == "amod" and _is(c, cues.judgements) for c in n.children):
        return "judged"
    if n.dep_ == "nsubj" and h.lemma_.lower() in _VERDICT_COPULAS and any(
        c.dep_ in ("acomp", "attr") and _is(c, cues.judgements) for c in h.children
    ):
        return "judged"
    if n.dep_ == "nsubj" and _is(h, cues.verdict_verbs) and (_present_perfect(h) or _present_simple(h)):
        return "judged"  # "the rebels and their terrorist offensive have failed"
    if n.dep_ == "nsubj" and (_present_perfect(h) or _present_simple(h)) and _brings_outcome(h, cues):
        return "judged"  # "the offensive continues building victory"
    if n.dep_ in ("dobj", "obj") and _is(h, cues.vaunt_verbs) and _present_simple(h):
        return "judged"  # "the colonel openly proclaims his 'Hammer' offensive"
    if n.dep_ == "pobj" and h.lower_ == "for" and (
        _is(h.head, cues.known_for)
        or any(c.dep_ in ("acomp", "attr") and _is(c, cues.known_for) for c in h.head.children)
    ):
        return "frame"  # "names known around the world for the heroic battles fought there"
    if n.dep_ == "pobj" and h.lower_ == "as" and _is(h.head, cues.characterise) and any(
        c.dep_ == "pobj" and c.i != n.i and _is(c, cues.judgements) for c in h.children
    ):
        return "judged"  # "described as an utter fiasco the militia offensive" (two objects of "as")
    if n.dep_ == "appos" and h.pos_ == "NOUN" and _is(h, cues.judgements):
        return "judged"  # "described as a total failure the offensive" (the parser's appos)
    if n.dep_ in ("dobj", "obj") and _is(h, cues.characterise):
        verdicts = [o for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in _pobj_heads(p)]
        verdicts += [c for c in h.children if c.dep_ in ("oprd", "attr")]
        if any(_is(v, cues.judgements) for v in verdicts):
            return "judged"
    if n.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN" and _is(h.head, cues.frame_nouns):
        return "frame"
    if n.dep_ == "pobj" and h.lower_ == "in" and h.head.dep_ in ("acl", "relcl") and _is(h.head, cues.participation):
        return "frame"  # ("the movement involved in the offensive": who the movement is)
    return None


def _brings_outcome(v: Token, cues: Cues) -> bool:
    """A verb whose object, or the object of the verb it goes on with ("continues building victory"),
    is a word of ``outcomes`` or ``judgements``: what a struggle is said to yield."""
    verbs = [v, *(c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB")]
    return any(
        c.dep_ in ("dobj", "obj") and (_is(c, cues.outcomes) or _is(c, cues.judgements))
        for x in verbs
        for c in x.children
    )


# adverbs that single an example out of a list ("the attacks, particularly the one on the base")
_SINGLING_OUT = frozenset({"particularly", "especially", "notably", "specifically", "mainly", "chiefly"})
# links a noun phrase climbs through to the word that heads it
_NP_LINKS = frozenset({"pobj", "prep", "appos", "conj", "acl", "compound", "amod", "nmod", "poss"})


def _talked_about(t: Token, cues: Cues) -> bool:
    """An event noun inside what a speech or a comment is about: "a live speech by the minister on
    the ongoing rebel offensive", "comments on the situation resulting from the recent attacks",
    "Regarding the recent attacks, especially the 2 March attack on the headquarters, the
    president said this was regrettable" (the noun phrase under one of ``talk_preps`` on a word of
    ``talk_nouns`` or ``talk_verbs``; "say" only with "concerning" or "regarding"). The climb
    stops at a verb with a subject of its own: "comments on reports that rebels attacked a base"
    reports the attack."""
    if t.pos_ != "NOUN":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _SINGLING_OUT for c in t.children):
        # "the recent attacks blamed on the rebels, particularly the 30 October attack on the
        # headquarters": an example singled out of a list shares the list's place in the sentence,
        # wherever the parser hangs it
        listed = next((x for x in reversed(t.doc[t.sent.start : t.i])
                       if x.lemma_.lower() == t.lemma_.lower() and x.tag_ in _PLURAL_NOUN), None)
        if listed is not None:
            return _talked_about(listed, cues)
    x = t
    for _ in range(12):
        if x.dep_ not in _NP_LINKS or x.head.i == x.i:
            return False
        h = x.head
        if x.dep_ == "pobj" and h.lower_ in cues.talk_preps:
            g = h.head
            if g.pos_ == "NOUN" and _is(g, cues.talk_nouns):
                return True
            if g.pos_ == "VERB" and _is(g, cues.talk_verbs):
                return g.lemma_.lower() not in ("say", "speak", "talk") or h.lower_ in ("concerning", "regarding")
        if h.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJ for c in h.children):
            return False
        if x.dep_ == "pobj" and h.lower_ in ("concerning", "regarding") and _opens_talk(h, cues):
            return True  # '"Regarding the ongoing fighting in the capital, the minister says: ...'
        if x.dep_ == "pobj" and h.lower_ in cues.talk_preps and _by_speaker(h, cues):
            return True  # "a live speech by the defence minister, General X, on the offensive"
        if x.dep_ in ("acl", "prep") and _is(h, cues.talk_nouns) and any(
            c.dep_ == "prep" and c.lower_ in cues.talk_preps and c.i < x.i for c in h.children
        ):
            return True  # "comments on the situation resulting from the attacks", the parser's way
        x = h
    return False


def _opens_talk(p: Token, cues: Cues) -> bool:
    """Does the topic preposition ``p`` open a sentence whose main verb is one of talk, wherever
    the parser hangs it ("Regarding the fighting, the minister says: ...")?"""
    before = p.doc[p.sent.start : p.i]
    return all(x.is_punct or x.is_space or x.is_quote for x in before) and _is(p.sent.root, cues.talk_verbs)


def _by_speaker(p: Token, cues: Cues) -> bool:
    """Does the preposition ``p`` follow "<talk noun> by <a name>", read left to right ("a speech by
    Defence Minister General X on ...")? Wire copy in capitals leaves the parser to hang "on" on the
    name; the words between are a name and its titles."""
    k = p.i - 1
    while k > p.sent.start and p.i - k <= 10:
        x = p.doc[k]
        if x.lower_ == "by":
            return k > p.sent.start and _is(p.doc[k - 1], cues.talk_nouns)
        if x.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT", "SPACE") and x.tag_ != "VBN":
            return False
        k -= 1
    return False


def _prevailing_conflict(t: Token, cues: Cues) -> bool:
    """ "the violence prevailing in the country", "the war that reigns in the region": a conflict
    noun told as a standing condition by a participle or relative clause of prevailing."""
    if t.pos_ != "NOUN" or not _is(t, cues.conflicts):
        return False
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _PREVAIL for c in t.children)


_PREVAIL = frozenset({"prevail", "reign", "persist", "exist"})  # ("the fighting raging in the city" is news)


def _settled_conflict(t: Token, cues: Cues) -> bool:
    """ "a solution to this confrontation", "an end to the war", "solving the conflict between the
    two neighbours": a conflict noun (or the first of its conjuncts) after the "to" or "for" of a
    noun of settlement, or the object of a verb of settling (a place names the conflict: "an end
    to the violence in the north" is still talk of it)."""
    if t.pos_ != "NOUN" or not _is(t, cues.conflicts):
        return False
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if n.dep_ in ("dobj", "obj") and _is(n.head, cues.settle_verbs):
        return True  # "solving the conflict between the two neighbours"
    if n.dep_ == "nsubjpass" and _is(n.head, cues.settle_verbs):
        return True  # "the confrontation must be resolved"
    if n.dep_ != "pobj" or n.head.lower_ not in ("to", "for"):
        return False  # ("the outcome of the fighting", "at the end of the battle": the fight itself)
    frame = n.head.head
    return frame.pos_ == "NOUN" and _is(frame, cues.settlements)


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
    if not _phrase_anchored(t):
        # a side named only by its trade ("this relentless battle against cocaine dealers"), or a
        # campaign that is the object of "fight" ("fighting this battle against ..."): with no
        # number, place or date in the phrase ("an offensive against drug traffickers in the
        # port city on Monday" is an operation)
        for o in objs:
            if any(c.dep_ in ("compound", "amod") and _is(c, cues.campaign_objects) for c in o.children):
                return Salience(False, None, f"campaign:{o.lower_}")
            inner = _campaign(o, cues) if o.i != t.i and _is(o, cues.campaign_words) else None
            if inner is not None:
                return inner
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


def _site_of(t: Token, cues: Cues) -> bool:
    """ "these areas are among the main sites of the fiercest clashes", "the district has been the
    scene of fighting": an event noun after the "of" of a site noun (``[target] sites``) that is
    the complement of a present or present-perfect copula, or the object of its "among"; the
    copula describes the place ("the town was the scene of heavy fighting on Monday" reports)."""
    site = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX") or _is(a, cues.sites)), None)
    if site is None or not _is(site, cues.sites) or not any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i < t.i for c in site.children
    ):
        return False  # ("the sites of the fiercest clashes during the rebels' largest offensive")
    if site.dep_ == "attr":
        cop = site.head
    elif site.dep_ == "pobj" and site.head.lower_ == "among":
        cop = site.head.head
    else:
        return False
    return cop.lemma_.lower() in cues.copulas and (_present_simple(cop) or _present_perfect(cop))


def _target_of(t: Token, cues: Cues) -> bool:
    """ "has been the target of attacks", "we are the victims of attacks", "the peasants are the
    victims of terrorist violence": the target noun, or the plural or conflict noun after its "of",
    under a present or present-perfect copula; or a bare target noun with no phrase of its own as
    the predicate of a copula in any tense ("children were prime targets")."""
    noun = t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in cues.target_nouns:
        noun = t.head.head
    elif t.lower_ not in cues.target_nouns:
        return False
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() not in cues.copulas:
        return False
    if noun is t and not any(c.dep_ in ("prep", "det", "poss") for c in t.children):
        # "children were reported to be prime targets": who is aimed at, with no act named and no
        # article, in any tense ("the residence is the target" points at one incident)
        return True
    if not (_present_simple(cop) or _present_perfect(cop)):
        return False  # "the embassy was the target of attacks last week": an occasion
    events = [x for c in noun.children if c.lower_ == "of" for x in _pobj_heads(c)]
    # ("the victims of terrorist violence": a conflict noun is as general as a plural)
    return any((x.tag_ in _PLURAL_NOUN or _is(x, cues.conflicts)) and not _np_anchored(x) for x in events)
