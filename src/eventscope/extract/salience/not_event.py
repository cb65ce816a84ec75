"""Mentions that are not an event: accidents, seized evidence, diplomatic protests, references.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp import doc_text
from ...records import EventMention
from .. import counts
from .cues import (
    _PLURAL_NOUN,
    Cues,
    Salience,
    _clause_head,
    _first_conjunct,
    _is,
    _is_finite_past,
    _narrative_present,
    _pobj_heads,
    _present_perfect,
    _subject,
)
from .development import _misread_development
from .generic import _act, _noun_on_a_verb, _reference

_WRECK = frozenset({"destruction", "damage", "destroy", "damaged", "destroyed"})
_CRASH = frozenset({"crash", "collide", "plunge", "overturn", "derail", "capsize"})


# verbs whose subject is the victim, not an actor ("the pilot died immediately")
_DYING = frozenset({"die", "perish"})


def _accident(mention: EventMention, t: Token, cues: Cues) -> bool:
    """A death or injury a vehicle caused by accident (see ``[accident]`` in salience.toml). A
    toll with no cause of its own ("two of the injured later died") after an accident sentence
    belongs to that accident. Damage or destruction an accident caused ("the crashes brought
    destruction") is no property destruction either."""
    wreck = mention.sub_event_type == "Looting/property destruction" and t.lemma_.lower() in _WRECK and (
        (t.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "by" for c in t.children))
        or any(c.dep_ == "nsubj" and (c.lower_ in cues.accident_nouns or c.lower_ in cues.accident_vehicles
                                      or c.lower_ in cues.accident_aircraft)
               for c in t.children)
        or (t.tag_ == "VBG" and any(a.lemma_.lower() in _CRASH for a in list(t.ancestors)[:4]))  # "crashed, destroying"
        or (t.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in t.children)
            and not any(c.dep_ == "agent" for c in t.children))  # "the plane was badly damaged" (by nobody named)
    )  # "the crashes brought destruction", "the bus crash damaged shops"; "troops destroyed" is no wreck
    flight_death = mention.event_type == "Explosions/Remote violence" and t.lemma_.lower() in ("kill", "die")
    if mention.event_type not in ("Violence against civilians", "Battles") and not wreck and not flight_death:
        return False
    sent = t.sent
    verdict = _accident_sentence(sent, cues)
    if verdict is not None:
        return verdict
    if any(
        c.dep_ in ("agent", "nsubj") and c.pos_ in ("NOUN", "PROPN")
        and c.lower_ not in cues.accident_vehicles and c.lower_ not in cues.accident_aircraft
        for c in t.children
    ) and not any(c.dep_ == "nsubjpass" for c in t.children) and t.lemma_.lower() not in _DYING:
        # an act with its own actor (the subject of "die" is its victim; a vehicle or a plane is
        # the accident's, and the sentences around tell which)
        return False
    doc = t.doc
    if sent.start > 0 and _bare_toll(t, cues) and _accident_sentence(doc[0].sent, cues):
        # a toll with no cause of its own in an article whose lead tells an accident ("the number
        # of dead and wounded is still unknown" four sentences after "a cargo plane crashed on
        # houses") is that accident's toll
        return True
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


def _bare_toll(t: Token, cues: Cues) -> bool:
    """A word of the dead or wounded (``[accident] tolls``) with no actor, weapon or cause of its
    own: "the number of dead and wounded", "15 dead and more than 20 injured"."""
    return _is(t, cues.accident_tolls) and not any(
        c.dep_ in ("agent", "nsubj", "prep", "advcl") and c.pos_ != "NUM" for c in t.children
    )


def _accident_sentence(sent: SpacySpan, cues: Cues) -> bool | None:
    """True: the sentence tells of a road accident; False: of violence done on purpose; None:
    neither."""
    if any(_is(x, cues.accident_deliberate) and not _burn_injury(x, cues) and not _fire_service(x) for x in sent):
        return False
    if any(x.lower_ in cues.accident_nouns for x in sent):
        return True
    for x in sent:  # an aircraft that crashed ("the plane crashed in a field")
        if x.lower_ in cues.accident_aircraft and x.dep_ in ("nsubj", "nsubjpass") and _is(x.head, cues.accident_falls):
            return True
    if any(x.lower_ in cues.accident_aircraft or x.lower_ in cues.flyers for x in sent) and any(
        x.lower_ in cues.flight_steps and (x.pos_ == "VERB" or x.lower_ != "land") for x in sent
    ):
        return True  # "a pilot flying a light plane was killed when he tried to land"
    for x in sent:  # a vehicle that hit, struck, knocked down or ran over someone
        if x.lower_ not in cues.accident_vehicles:
            continue
        verb = x.head.head if x.dep_ == "pobj" and x.head.dep_ == "agent" else x.head if x.dep_ == "nsubj" else None
        if verb is not None and _is(verb, cues.accident_impacts):
            return True
    return None


def _wound_up(t: Token) -> bool:
    """ "wound up", "wound down": the past of "wind up" (to end), not a wound."""
    if t.lower_ != "wound":
        return False
    nxt = next((x for x in t.doc[t.i + 1 : t.i + 3] if not x.is_space), None)
    return nxt is not None and nxt.lower_ in ("up", "down")


def _fire_service(x: Token) -> bool:
    """ "the fire department", "fire brigade officials": "fire" naming the firemen, not shooting."""
    return x.lower_ == "fire" and x.dep_ in ("compound", "nmod") and x.head.pos_ in ("NOUN", "PROPN")


def _burn_injury(x: Token, cues: Cues) -> bool:
    """ "was injured and seriously burned", "the driver was badly burned": burns someone suffered
    (a passive participle with no agent, coordinated with an injury word, said of a person, or,
    with no subject, said to be serious: ``[accident] burn_degrees``), not a house or a vehicle
    set on fire."""
    if x.lemma_.lower() != "burn" or x.tag_ != "VBN" or any(c.dep_ == "agent" for c in x.children):
        return False
    v = _first_conjunct(x)
    if v.i != x.i and v.lemma_.lower() in ("injure", "wound", "hurt"):
        return True  # "was injured and seriously burned"
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return counts.is_person(subj)
    return any(c.dep_ == "advmod" and c.lower_ in cues.burn_degrees for c in x.children)


def _seized_evidence(t: Token, cues: Cues) -> bool:
    """Is what was seized evidence or contraband: the object of "seized documents", the subject
    of "the documents were seized", the noun "the seized documents" / "documents seized in the
    raid" / "documents that were seized" describe, or what follows "seizure of"? Illegal drugs
    among the things seized (``[seizure] drugs``) make it a drug haul whatever else was taken."""
    things = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.tag_ not in ("WDT", "WP")]
    if t.dep_ in ("amod", "acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
        things.append(t.head)  # "the seized documents", "documents that were seized in the raid"
    things += [x for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobj_heads(c)]
    things += [x for th in things for x in th.conjuncts]
    things = [x for th in things for x in _measured(th, cues)]
    if any(_is(y, cues.seizure_drugs) for x in things for y in (x, *x.conjuncts)):
        return True  # a drug haul: "great amounts of money and cocaine and a number of airplanes"
    return bool(things) and all(_is(x, cues.seizure_objects) or _stolen_goods(x, cues) for x in things)


def _plundered_wealth(t: Token, cues: Cues) -> bool:
    """ "Foreigners who are plundering the country's natural resources", "officials plundered the
    state coffers": a verb whose objects are all a country's wealth (``[seizure] wealth``) tells of
    exploitation or embezzlement, not of goods looted in an incident; so does one whose objects
    are no goods at all (``[seizure] intangibles``: "falsifying and stealing tally sheets", "stole
    the election")."""
    things = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.tag_ not in ("WDT", "WP")]
    things += [x for th in things for x in th.conjuncts]
    return bool(things) and all(
        _is(x, cues.seizure_wealth) or _is(x, cues.seizure_intangibles)
        or any(c.dep_ == "compound" and _is(c, cues.seizure_intangibles) for c in x.children)
        for x in things
    )


def _measured(n: Token, cues: Cues, depth: int = 0) -> list[Token]:
    """What a measure or quantity noun measures: "500 kg of cocaine" -> cocaine, "an average of
    2 tons of marijuana" -> marijuana; any other noun is itself."""
    if depth > 3 or not _is(n, cues.seizure_measures):
        return [n]
    inner = [x for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobj_heads(c)]
    return [y for x in inner for y in _measured(x, cues, depth + 1)] or [n]


def _stolen_goods(n: Token, cues: Cues) -> bool:
    """Goods the police recover from thieves ("30 stolen cars were seized"): stolen property
    taken back, not looting."""
    return any(c.dep_ in ("amod", "compound") and _is(c, cues.seizure_stolen) for c in n.children)


def _recovered_loot(t: Token, cues: Cues) -> bool:
    """ "Stolen" describing goods the police seize or recover ("agents recovered 30 stolen cars"):
    the report is of the recovery, the theft is an earlier deed with no time or place of its own.
    "Gunmen stole 30 cars" stays."""
    if t.dep_ != "amod" or not _is(t, cues.seizure_stolen):
        return False
    v = t.head.head if t.head.dep_ in ("dobj", "obj", "nsubjpass") else None
    return v is not None and (_is(v, cues.seizure_verbs) or _is(v, cues.seizure_recovery))


def _goods_provenance(t: Token) -> bool:
    """ "a ring that exchanged cars that had been stolen in the capital for cocaine": a pluperfect
    passive relative clause on goods tells where things came from, an earlier theft the story
    does not report (what the story reports is the trade, the seizure or the arrests). People,
    and a time of its own ("stolen on Monday"), are left alone."""
    if t.dep_ != "relcl" or t.tag_ != "VBN" or t.head.pos_ != "NOUN" or t.head.ent_type_:
        return False
    if not any(c.dep_ == "auxpass" for c in t.children) or not any(
        c.dep_ == "aux" and c.lower_ == "had" for c in t.children
    ):
        return False
    return not any(x.ent_type_ in ("DATE", "TIME") or x.dep_ == "npadvmod" for x in t.subtree)


def _existential(t: Token) -> bool:
    """ "there has been much fighting", "there have been many deaths": the noun is what an
    existential "there is/has been" clause says exists, in the present or present perfect."""
    head = _clause_head(t)
    if head.lemma_ != "be" or not any(c.dep_ == "expl" for c in head.children):
        return False
    return head.tag_ in ("VBZ", "VBP") or any(c.lower_ in ("has", "have") for c in head.children)


def _unnumbered_participle(t: Token) -> bool:
    """ "so many killed", "so many wounded": a participle on a quantifier of no number, the people
    an existential clause counts without counting them."""
    return t.tag_ == "VBN" and t.dep_ == "acl" and t.head.lower_ in ("many", "much", "countless", "numerous")


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


def _remit(t: Token, cues: Cues) -> bool:
    """An event word naming a body's remit: "the task force on forced disappearances", "a
    committee against torture" (a bare noun, no article, number or possessor, after "on",
    "against" or "for" under a noun of [modifier] remit_bodies)."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("on", "against", "for"):
        return False
    body = t.head.head
    if body.pos_ not in ("NOUN", "PROPN") or not _is(body, cues.remit_bodies):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") or c.like_num for c in t.children)


def _imposed_boycott(t: Token, cues: Cues) -> bool:
    """A boycott a state or an armed group imposes ("the U.S. boycott was in effect", "the result
    of a terrorist boycott", "the rebel boycott of the elections"): an embargo or a ban enforced by
    threat, not people refusing in protest. Workers, students or traders who boycott stay."""
    if t.lemma_.lower() != "boycott" or t.pos_ not in ("NOUN", "PROPN"):  # (wire copy: "U.S. BOYCOTT")
        return False
    owners = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    if any(_is(c, cues.boycott_imposers) or c.ent_type_ in ("GPE", "NORP") for c in owners):
        return True
    # a boycott named without its owner, in a story about one a state or an armed group imposes,
    # is that boycott again ("the result of a terrorist boycott ... it is the beginning of a
    # boycott", "the rebel boycott ... measures to counter the boycott against the elections")
    # (one with an owner of its own, "the students' boycott", is theirs)
    return not owners and any(
        x.i != t.i and x.lemma_.lower() == "boycott" and x.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod", "poss", "nmod")
            and (_is(c, cues.boycott_imposers) or c.ent_type_ in ("GPE", "NORP"))
            for c in x.children
        )
        for x in t.doc
    )


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


def _modifies(x: Token, noun: Token, cues: Cues) -> bool:
    """Is ``x`` a modifier of ``noun`` or of another weapon or aircraft noun, or a conjunct of one
    ("combat and reconnaissance aircraft", "combat planes and reconnaissance aircraft")?"""
    x = _first_conjunct(x)
    return (x.head.i == noun.i or x.head.lower_ in cues.instruments) and x.dep_ in ("compound", "amod", "nmod")


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


def _modified_head(t: Token, cues: Cues) -> Token | None:
    """The noun of ``[modifier] heads`` that ``t`` describes, directly or through a chain of noun
    modifiers ("the missile manufacturing plants": "missile" on "manufacturing" on "plants");
    None when the chain ends on another noun ("a car bomb attack")."""
    h = t.head
    for _ in range(3):
        if _is(h, cues.modified_heads):
            return h
        if h.dep_ not in ("compound", "amod", "nmod") or h.head.pos_ not in ("NOUN", "PROPN") or h.head.i == h.i:
            return None
        h = h.head
    return None


def _described_instrument(t: Token, cues: Cues) -> bool:
    """A weapon or aircraft noun that is the subject of a present-tense verb of description
    (``[instrument] described_verbs``): "this helicopter is ideal for export", "the solid-fuelled
    missiles carry their fuel on a rod", "the bomb weighs 500 pounds". What the thing is or has;
    "missiles are falling on the city" (a progressive), "the helicopter was hit" and "rockets hit
    the airport" (verbs of acts) are other clauses."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = t.head
    if v.tag_ not in ("VBZ", "VBP") or not _is(v, cues.instrument_described):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    # "the helicopter is under fire", "the planes are in action over the town": a state of combat
    for c in v.children:
        # ("carry their fuel, which burns": a clause on the object describes it further)
        if c.dep_ in ("attr", "acomp", "dobj") and any(
            _act(x, cues) for x in (c, *(k for k in c.children if k.dep_ not in ("relcl", "acl", "appos")))
        ):
            return False
        if c.dep_ == "prep" and c.lower_ in ("under", "in", "into") and any(_act(o, cues) for o in _pobj_heads(c)):
            return False
    return True


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
      talks", "remain in custody");
    * "burns" or "burn" as a noun under a property-destruction trigger ("treated for burns")."""
    sub = mention.sub_event_type
    if sub == "Looting/property destruction" and t.pos_ == "NOUN" and t.lower_ in ("burns", "burn"):
        # "the fuel (that burns)", "treated for burns": the noun names a wound or a misread verb of
        # combustion, never a fire someone set ("set fire", "burned the house" stay)
        return Salience(False, None, "idle:burns")
    if _wound_up(t):
        return Salience(False, None, "idle:wind-up")  # "the talks wound up on Tuesday": ended
    noun = t.pos_ in ("NOUN", "PROPN")
    if noun and t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ in ("NOUN", "PROPN"):
        described = _modified_head(t, cues)
        if described is not None:
            return Salience(False, None, f"idle:modifier:{described.lower_}")
    if noun and _remit(t, cues):
        return Salience(False, None, f"idle:remit:{t.head.head.lower_}")
    shared = _shared_head(t) if noun else None
    if shared is not None and _is(shared, cues.modified_heads):
        return Salience(False, None, f"idle:modifier:{shared.lower_}")
    # one word only: a phrase ("car bomb", "explosive device") names a weapon put in place
    word = doc_text(t.doc)[mention.trigger.start : mention.trigger.end]  # Doc.text is rebuilt per call
    # ... except an aircraft ("fighter jets flew over the parade" names planes, not a strike)
    single = not any(c in word for c in " -\n") or t.lower_ in _AIRCRAFT
    if noun and t.lower_ in cues.instruments and _described_instrument(t, cues):
        return Salience(False, None, "idle:described")
    if single and noun and t.lower_ in cues.instruments and sub != "Disrupted weapons use":
        # (an act word that only modifies the noun names a kind: "combat and reconnaissance aircraft")
        if not any(x.i != t.i and _act(x, cues) and not _modifies(x, t, cues) for x in t.sent):
            return Salience(False, None, "idle:instrument")
    if "trigger:generic" in mention.cues and noun and t.sent.start > 0 and not _narrative_present(t.doc):
        # (a lead or a present-tense note uses the word for the incident: "ethnic violence in ...")
        if not anchors & {"count", "place", "date"}:
            return Salience(False, None, "idle:abstract")
    if ((noun and _existential(t)) or (_unnumbered_participle(t) and _existential(t.head))) \
            and not anchors & {"count", "place", "date"}:
        # "There has been plenty of war, many deaths.", "a climate in which there are so many
        # killed": a state of affairs, not an occurrence
        return Salience(False, None, "idle:existential")
    if noun and _bare_existential_past(t) and not anchors & {"count", "place", "date"} \
            and t.sent.start > 0 and not _narrative_present(t.doc):
        # "There was some confrontation with him", "there were incursions, murder and other
        # activities": a kind of thing that went on, with no incident named
        return Salience(False, None, "idle:existential-past")
    if mention.event_type in ("Protests", "Riots") and (_diplomatic_protest(t, cues) or _imposed_boycott(t, cues)):
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
    if sub == "Looting/property destruction" and _plundered_wealth(t, cues):
        return Salience(False, None, "idle:exploitation")  # "foreigners who are plundering the resources"
    if sub == "Looting/property destruction" and _recovered_loot(t, cues):
        return Salience(False, None, "idle:seizure")
    if sub == "Looting/property destruction" and _is(t, cues.seizure_stolen) and _goods_provenance(t):
        return Salience(False, None, "reference:provenance")
    if sub == "Looting/property destruction" and _burn_injury(t, cues):
        return Salience(False, None, "idle:burn-injury")  # "was injured and seriously burned": a person's burns
    if _accident(mention, t, cues):
        return Salience(False, None, "accident")
    if _noun_on_a_verb(t):
        return Salience(False, None, "fragment:noun-on-verb")  # "was sworn and indiscriminate murders."
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
            if any(p.dep_ == "prep" and p.lower_ in ("over", "of") and any(_is(o, cues.control_abstract)
                   for o in _pobj_heads(p)) for p in [*t.children, *gov.children]):
                return Salience(False, None, "idle:control")  # "lost control over its own troops"
        elif not (_is_finite_past(t) or _present_perfect(t) or _narrative_present(t.doc)):
            return Salience(False, None, "idle:control")
    return None
