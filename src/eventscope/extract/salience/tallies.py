"""Salience rule 4: aggregates over a long period, tallies and many events.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..counts import is_person, war_tally
from ..counts import is_war_noun as _is_war_noun
from .background import _SHORT_SPAN_RE, _short_span
from .cues import (
    _SUBJ,
    Cues,
    Salience,
    _attached,
    _clause_head,
    _is,
    _phrase_in_clause,
    _pobj_heads,
    _present_perfect,
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


def _victims_in_thousands(t: Token) -> bool:
    """An event noun whose "of" phrase counts its victims at or above ``_TALLY`` ("the killing of
    over 70,000 people", "the deaths of thousands of peasants")."""
    if t.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            (x.like_num or x.lower_ in _NUMBER_WORDS) and _number(x) >= _TALLY
            for o in _pobj_heads(c) for x in o.subtree
        )
        for c in t.children
    )


# words for a number of thousands or more ("the deaths of thousands of peasants")
_NUMBER_WORDS = frozenset({"thousands", "millions"})


def _number(x: Token) -> float:
    try:
        return float(x.text.replace(",", ""))
    except ValueError:
        return {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6}.get(x.lower_, 0.0)


# A plural event noun counted at or above this ("45 battles", "some 2,000 air raids", "dozens of
# attacks") is a tally of incidents, not one: ACLED codes each incident, never the tally.
_MANY_EVENTS = 10
_VAGUE_MANY = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})
# the multitudes a bare past verb of harm can only sum up ("they killed hundreds of union leaders")
_HUNDREDS = frozenset({"hundreds", "thousands"})
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
    if t.pos_ == "VERB" and _toll_of_many(t):
        # "393 rebels were killed and 310 wounded in more than 600 clashes": the toll of a tally
        return Salience(False, None, "aggregate:many-events")
    if t.pos_ == "VERB":
        # "soldiers fought 45 battles", "carried out dozens of raids": the verb's object is the tally
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in _VAGUE_MANY:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.lemma_.lower() not in _EVENT_NOUNS:
            return None
        t = obj
    if _many_cases(t) or (
        t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj") and t.head.dep_ == "relcl" and _many_cases(t.head.head)
    ):
        # "the many instances of political violence which have caused deaths": an untold many
        return Salience(False, None, "aggregate:many-cases")
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


def _many_cases(n: Token) -> bool:
    """ "the many instances of political violence", "countless cases of torture": a kind of act
    after "of" on a plural case noun that an unnumbered many qualifies."""
    if n.dep_ != "pobj" or n.head.lower_ != "of":
        return False
    cases = n.head.head
    return cases.lemma_.lower() in _CASE_NOUNS and cases.tag_ == "NNS" and any(
        c.dep_ in ("amod", "det") and c.lower_ in _UNCOUNTED_MANY for c in cases.children
    )


def _toll_of_many(v: Token) -> bool:
    """ "210 rebels were killed and 90 wounded in more than 400 clashes", "98 soldiers had been
    killed in 212 clashes in March": a harm verb, or a verb coordinated with it (the parser hangs the
    "in" on the last conjunct), whose "in" or "during" names a plural event noun counted at or above
    ``_MANY_EVENTS``: the toll of many incidents, none of them told."""
    verbs = [v, *v.conjuncts]
    for x in verbs:
        for p in x.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "during", "throughout"):
                continue
            for n in _pobj_heads(p):
                if n.tag_ == "NNS" and n.lemma_.lower() in _EVENT_NOUNS and any(
                    c.dep_ == "nummod" and c.like_num and _number(c) >= _MANY_EVENTS for c in n.children
                ):
                    return True
    return False


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "between January and September", "from March to October": a span of months in the clause
_MONTH_SPAN_RE = re.compile(
    rf"(?<!\w)(?:between\s+{_MONTH}\s+and|from\s+{_MONTH}\s+(?:to|until|through))\s+{_MONTH}(?!\w)"
)


def _month_span(t: Token) -> Salience | None:
    """ "between January and September, the army inflicted 800 casualties and seized 300 weapons": a
    toll or a haul over a span of months is a tally, dated though the clause is."""
    head = _clause_head(t)
    m = _phrase_in_clause(_MONTH_SPAN_RE, t, head)
    if m is None and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        m = _phrase_in_clause(_MONTH_SPAN_RE, head.head, head.head)  # "... inflicted 800 casualties and seized"
    if m is None:
        return None
    a, b = re.findall(_MONTH, m)
    return None if a == b else Salience(False, None, "aggregate:" + " ".join(m.split()))


_LONG_UNITS = frozenset({"years", "months", "decades"})


def _years_of_conflict(t: Token, cues: Cues) -> Salience | None:
    """ "the largest offensive in 10 years of fighting", "after three decades of war": a conflict
    noun (``[campaign] conflicts``) that a count of months, years or decades measures is the whole
    war, not an incident ("after two days of fighting" can be one battle)."""
    if t.pos_ == "NOUN" and _closed_year_span(t):
        return Salience(False, None, "aggregate:years-span")
    if t.pos_ != "NOUN" or not _is(t, cues.conflicts):
        return None
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    unit = t.head.head
    if unit.lower_ in _LONG_UNITS and any(c.dep_ == "nummod" or c.like_num for c in unit.children):
        return Salience(False, None, f"aggregate:{unit.lower_}-of")
    return None


def _year(tok: Token) -> int | None:
    """A year written as four digits (1900-2099) or, after a first year, as two ("1984-87")."""
    txt = tok.text
    if txt.isdigit() and len(txt) == 4 and 1900 <= int(txt) <= 2099:
        return int(txt)
    return int(txt) if txt.isdigit() and len(txt) == 2 else None


def _closed_year_span(t: Token) -> bool:
    """ "carried out as a covert operation (1984-87)", "the civil war (1975-1990) killed
    thousands": an event noun glossed in brackets by a span of years that has ended is a period
    of the past, told whole, not an incident of the news (a span left open, "(2011-present)",
    stays)."""
    doc = t.doc
    k = t.i + 1
    if k >= len(doc) or doc[k].text != "(":
        return False
    first = _year(doc[k + 1]) if k + 1 < len(doc) else None
    if first is None or first < 1900 or k + 4 >= len(doc):
        return False
    dash, last, close = doc[k + 2], doc[k + 3], doc[k + 4]
    end = _year(last)
    if dash.text not in ("-", "\u2013", "to") or end is None or close.text != ")":
        return False
    if end < 100:
        end += first - first % 100
    return end > first


def _spread(t: Token, cues: Cues) -> Salience | None:
    """ "Our units are fighting in 11 of the 22 provinces", "clashes in at least 7 of the 24
    departments": a count out of the country's regions ([aggregate] regions) on the trigger or its
    clause head spreads the event over many places, a tally rather than one incident."""
    head = _clause_head(t)
    for v in {t, head}:
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "across", "throughout"):
                continue
            for n in _pobj_heads(p):
                if not n.like_num or _number(n) < 2:
                    continue
                for q in n.children:
                    if q.dep_ == "prep" and q.lower_ == "of" and any(_is(o, cues.regions) for o in _pobj_heads(q)):
                        return Salience(False, None, "aggregate:regions")
    return None


def _told_manner(t: Token) -> Token | None:
    """The verb a subjectless past participle tells the manner of ("have died during the years
    killed by gunmen", "have died, killed by gunmen"): the participle hangs on that verb, or on
    the object of one of its prepositions (where the parser puts it after a time phrase)."""
    if t.tag_ != "VBN" or t.dep_ not in ("acl", "advcl") or any(c.dep_ in _SUBJ for c in t.children):
        return None
    x = t.head
    if x.pos_ in ("NOUN", "PROPN") and x.dep_ == "pobj" and x.head.dep_ == "prep":
        x = x.head.head
    if x.pos_ != "VERB" or x.i == t.i or x.lemma_.lower() not in ("die", "perish", "fall"):
        return None
    return x


# A toll at or above this, in any tense, is no incident's ("it means the death of 70,000 people",
# "70,000 deaths to the Salvadoran people"): a war's toll told as its cost
_HUGE_TOLL = 10000


def _huge_toll(t: Token, cues: Cues) -> bool:
    """The trigger counts its dead in tens of thousands: a number of at least ``_HUGE_TOLL`` on
    the trigger itself ("70,000 deaths") or on the people it is said of ("the death of 70,000
    people", "killed 75,000 people"); money and years are no toll. A noun of killing
    (``[aggregate] victim_nouns``) needs only thousands in its "of" phrase ("the constitution was
    drafted on the killing of over 70,000 people", "the deaths of thousands of peasants")."""
    if _is(t, cues.victim_nouns) and _victims_in_thousands(t):
        return True
    # the trigger and the people it is said of: "of" after a noun, the object or the subject of a
    # verb ("attack on a group of 15,000 displaced people, one woman was killed" counts no dead)
    counted = [t]
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "of" and t.pos_ == "NOUN":
            counted += _pobj_heads(c)
        elif c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") and t.pos_ == "VERB":
            counted += [c, *c.conjuncts]
    for n in counted:
        if n.like_num and _number(n) >= _HUGE_TOLL and n.i != t.i and n.ent_type_ not in ("MONEY", "DATE"):
            return True  # "the deaths of more than 70,000"
        for x in n.children:
            if x.dep_ == "nummod" and x.like_num and _number(x) >= _HUGE_TOLL \
                    and x.ent_type_ not in ("MONEY", "DATE") and (n.i == t.i or is_person(n)):
                return True
    return False


# verdicts a second toll, a cause or a manner shares with the tally it belongs to ("15,000 have been
# killed as a result of political violence, and a small number has been killed in clashes": the
# first toll is large, or huge)
_SHARED_TALLIES = frozenset({"aggregate:large-count", "aggregate:huge-toll"})


def _aggregate(t: Token, sent: SpacySpan, cues: Cues) -> Salience | None:
    if war_tally(t) and not _SHORT_SPAN_RE.search(sent.text.lower()):
        # "a war that has left 72,000 dead"; "the dirty war, which in the past few days has
        # resulted in the murders of two judges" tells the incidents of a week
        return Salience(False, None, "aggregate:war-tally")
    noun = t.head if t.dep_ == "amod" and t.head.pos_ == "NOUN" else t
    if _huge_toll(t, cues) or any(_huge_toll(c, cues) for c in noun.conjuncts):
        # (and what is listed with such a toll: "it means razed towns, devastated economies, and
        # the death of 70,000 people")
        return Salience(False, None, "aggregate:huge-toll")
    if _elided_conjunct(t):
        # "3,000 people have been killed, 1,500 wounded": the second participle shares the
        # first one's auxiliary, and with it the tally (its own number counts when the parser
        # hangs it elsewhere)
        verdict = _aggregate(t.head, sent, cues)
        if verdict is not None:
            return verdict
        verbs = [x for x in sent[: t.i - sent.start] if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("aux", "auxpass")]
        before = verbs[-1] if verbs else None
        if before is not None and _present_perfect(before) and any(
            c.dep_ in _SUBJ and _number(c) >= _TALLY for c in t.children
        ):
            return Salience(False, None, "aggregate:large-count")
    if t.tag_ == "VBN" and t.dep_ == "acl" and t.head.lower_ in _NUMBER_WORDS:
        # "events that resulted in thousands killed": an untold multitude of thousands is a tally
        # of many incidents, in any tense
        return Salience(False, None, "aggregate:large-count")
    if _standing_dead(t):
        return Salience(False, None, "aggregate:many")
    if t.dep_ == "conj" and t.head.pos_ == "VERB" and _present_perfect(t) and _present_perfect(t.head) \
            and not any(c.dep_ in _SUBJ and c.like_num for c in t.children):
        # "9,000 people have been killed as a result of the violence, and a small number has been
        # killed in clashes": a second present-perfect toll, with no count of its own, shares the
        # first one's tally
        verdict = _aggregate(t.head, sent, cues)
        if verdict is not None and verdict.reason in _SHARED_TALLIES:
            return verdict
    cause = _cause_of(t)
    if cause is not None:
        # "have been killed as a result of political violence", "has been killed in clashes": what
        # a tally's toll came from
        verdict = _aggregate(cause, sent, cues)
        if verdict is not None and verdict.reason in _SHARED_TALLIES:
            return verdict
    told = _told_manner(t)
    if told is not None:
        # "1,000 members have died during the recent years, killed by hired gunmen": a participle
        # that tells how the people of a tally died belongs to the tally
        verdict = _aggregate(told, sent, cues)
        if verdict is not None and verdict.reason in _SHARED_TALLIES:
            return verdict
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
        if _long_period(period):
            return Salience(False, None, f"aggregate:{m}")
    if _present_perfect(head) or _present_perfect(t):
        # "there have been 4 murders since he took office", "groups have since fought the army",
        # "more than 6,000 people have died": a tally up to now
        m = _opening_period(sent)
        if m:
            # "During the six months of the campaign the army has waged, 15 prosecutors have been
            # murdered": a period that opens the sentence frames its toll, wherever the parser
            # hangs it
            return Salience(False, None, f"aggregate:{m}")
        own_tally = t.i == head.i or (t.head.i == head.i and t.dep_ in _SUBJ)
        for x in head.subtree if own_tally else ():
            # ("tens of thousands of peasants": a number word, too)
            if (x.like_num or x.lower_ in _NUMBER_WORDS) and _number(x) >= _TALLY and _attached(x, t, head):
                return Salience(False, None, "aggregate:large-count")
            if x.lower_ in _UNCOUNTED_MANY and x.dep_ in ("amod", "nsubj", "nsubjpass") and _attached(x, t, head):
                # "many soldiers have been killed, but they are heroes", "hundreds have died in the
                # war": an untold number up to now, told with no incident ("in the blast") or place
                if all(
                    _is_war_noun(o) or o.lower_ in cues.aggregate_reasons
                    for p in head.children if p.dep_ == "prep" for o in _pobj_heads(p)
                ):
                    return Salience(False, None, "aggregate:many")
        for v in (head, t):
            for c in v.children:
                if c.lower_ == "since" and c.dep_ in ("prep", "advmod"):
                    return Salience(False, None, "aggregate:since")
                if c.dep_ == "advcl" and any(g.lower_ == "since" and g.dep_ == "mark" for g in c.children):
                    return Salience(False, None, "aggregate:since")
    if _bare_past_multitude(t):
        return Salience(False, None, "aggregate:many")
    return None


def _bare_past_multitude(t: Token) -> bool:
    """ "They killed hundreds of union leaders and leftists": a past verb of harm whose object is
    an untold multitude of hundreds or thousands, with nothing else of its own (no phrase of place,
    time, means or occasion, no named place in the clause), sums up a campaign; "killed hundreds
    of villagers in the raid" and "... in Kigali" tell one incident."""
    if t.pos_ != "VERB" or t.tag_ != "VBD":
        return False
    obj = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lower_ not in _HUNDREDS:
        return False
    if any(c.dep_ not in ("nsubj", "dobj", "obj", "punct", "aux", "neg") and not c.is_space for c in t.children):
        return False
    return not any(x.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for x in t.subtree)


def _standing_dead(t: Token) -> bool:
    """ "scores of people are dead or missing", "many are dead": an untold multitude said in the
    present to be dead, with no cause, place or time of its own ("scores are dead after the
    blast" tells of one incident)."""
    if t.lemma_.lower() != "dead" or t.dep_ != "acomp":
        return False
    cop = t.head
    if cop.lemma_.lower() != "be" or cop.tag_ not in ("VBZ", "VBP"):
        return False
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _UNCOUNTED_MANY | _VAGUE_MANY:
        return False
    return not any(c.dep_ in ("prep", "advcl", "npadvmod") for v in (cop, t) for c in v.children)


def _cause_of(t: Token) -> Token | None:
    """The verb whose "as a result of", "because of" or "due to" names ``t``, or whose "in" or
    "during" names it as a bare plural ("killed in clashes"), if any."""
    if t.dep_ != "pobj":
        return None
    p = t.head
    bare = not any(c.dep_ in ("det", "nummod", "poss") for c in t.children)
    if p.lower_ in ("in", "during") and t.tag_ == "NNS" and bare:
        v = p.head
    elif p.lower_ == "of" and p.head.lower_ == "result" and p.head.dep_ == "pobj" and p.head.head.lower_ == "as":
        v = p.head.head.head
    elif p.lower_ == "of" and p.head.lower_ == "because":
        v = p.head.head
    elif p.lower_ == "to" and p.head.lower_ in ("due", "owing"):
        v = p.head.head
    else:
        return None
    return v if v.pos_ == "VERB" and v.i != t.i else None


def _elided_conjunct(t: Token) -> bool:
    """A participle coordinated with a verb, with no auxiliary of its own and no subject but a
    bare number ("have been killed, 1,500 wounded"): it shares the first verb's auxiliary."""
    if t.tag_ not in ("VBN", "VBD") or t.head.pos_ not in ("VERB", "AUX") or t.head.i == t.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return False
    subjects = [c for c in t.children if c.dep_ in _SUBJ]
    if t.dep_ == "advcl":
        # "..., 1,500 wounded" (as the parser may read it); "have died in these years, killed by
        # gunmen": a participle that says more of the same toll
        return all(c.like_num for c in subjects) and (bool(subjects) or t.tag_ == "VBN")
    return t.dep_ == "conj" and all(c.like_num for c in subjects)


def _opening_period(sent: SpacySpan) -> str | None:
    """A period of the tally kind ("during the past six months") as the sentence's first words."""
    words = [x for x in sent if not (x.is_punct or x.is_space or x.is_quote)]
    if not words:
        return None
    start = words[0].idx - sent.start_char
    m = _PERIOD_RE.match(sent.text.lower(), start)
    return m.group(0) if m is not None and _long_period(m) else None


def _long_period(period: re.Match[str]) -> bool:
    """Is a ``_PERIOD_RE`` match long enough for a tally (days from 10 on, weeks from 2 on)?"""
    n = int(period.group("num")) if period.group("num") else 2
    unit = period.group("unit")
    return unit not in ("days", "weeks") or (unit == "days" and n >= 10) or (unit == "weeks" and n >= 2)



# words for an uncounted multitude on the subject of a present-perfect harm
_UNCOUNTED_MANY = frozenset({"many", "countless", "numerous", "hundreds", "thousands", "scores"})
