"""Salience rule 3: history (dated and undated past clauses, funerals, trials, anniversaries) and
the topics of court cases.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp import neighbour
from ...records import TimeExpr
from .cues import (
    Cues,
    Salience,
    _attached,
    _clause_head,
    _definite,
    _first_conjunct,
    _is,
    _is_finite_past,
    _narrative_present,
    _np_anchored,
    _phrase_in_clause,
    _present_perfect,
    load_cues,
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
        elif clause.dep_ == "relcl" and any(
            x.head.i in _noun_and_owner(clause.head) and x.dep_ in ("nummod", "compound", "amod", "nmod")
            for x in span
        ) and _real_date(span):
            # "the 1932 war in which Bolivia fought Paraguay", "the 1932 war of the Chaco, in which
            # ...": the clause is dated by the noun it describes
            attached.append(tx)
    if published is None:
        return None, bool(attached)
    horizon = published - dt.timedelta(days=cues.history_days)
    dated = [tx for tx in attached if tx.last is not None]
    if dated and all(tx.last is not None and tx.last < horizon for tx in dated):
        return Salience(False, None, f"history:dated:{dated[0].value}"), True
    past = _is_finite_past(clause) or _past_progressive(clause) or _misread_past(clause)
    anaphor = t.pos_ == "NOUN" and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
        and not _np_anchored(t)  # "the attack": the incident of the story being told
    if not dated and ((past and not _present_perfect(clause)) or anaphor):
        # an undated past-tense clause (or "the attack", whatever its clause) right after an old
        # date goes on telling that story ("in March 2012 soldiers detained nine herders. The men
        # were shot at a well."; "... in August 1988. No one was hurt in the attack."; "we were in
        # jail in 1973. Radio reports said planes were bombing the palace.")
        prev = _previous_date(t, sent, timexes)
        deep = published - dt.timedelta(days=cues.deep_history_days)
        if prev is not None and prev.last is not None and prev.last < horizon and (
            prev.precision != "day" or _opens_with_anaphor(sent, cues) or prev.last < deep
        ):
            return Salience(False, None, f"history:context:{prev.value}"), False
    return None, bool(dated)


def _misread_past(v: Token) -> bool:
    """A past-tense verb the parser took for a participle (upper-case wire copy): one with a
    subject of its own and no auxiliary ("the invaders adopted in the war ..."), or one hung on
    the subject right before it with an object of its own ("the invaders" + "adopted ... the
    tactics")."""
    if v.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if any(c.dep_ == "nsubj" for c in v.children):
        return True
    return v.dep_ == "acl" and v.head.dep_ == "nsubj" and v.i == v.head.i + 1 and any(
        c.dep_ in ("dobj", "obj") for c in v.children
    )


def _past_progressive(v: Token) -> bool:
    """ "were bombing", "was shelling": a gerund with a past "be" auxiliary."""
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBD" for c in v.children)


def _noun_and_owner(n: Token) -> set[int]:
    """The noun and, when it is the object of "of", the noun that "of" hangs on ("the war of the
    Chaco": "war" and "Chaco")."""
    out = {n.i}
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "PROPN"):
        out.add(n.head.head.i)
    return out


def _opens_with_anaphor(sent: SpacySpan, cues: Cues) -> bool:
    """Does the sentence open with "on that occasion", "at that time" and the like?"""
    words = " ".join(x.lower_ for x in sent if not (x.is_punct or x.is_space or x.is_quote))
    return any(words == a or words.startswith(a + " ") for a in cues.history_anaphors)


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
            prev = neighbour(x, -1)
            after = neighbour(x, 1)
            year = (prev is not None and prev.lower_ in ("in", "since", "during") and not (
                after is not None and after.lower_ in ("gmt", "hours", "hrs", "local", "utc", "est")
            )) or (after is not None and x.head.i == after.i and after.lemma_.lower() in load_cues().dated_nouns)
            if not year:
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
            if has_date and _is(g, cues.rites):
                continue  # "the funerals of the priests who were killed on Thursday"
            return Salience(False, None, f"history:{g.lemma_.lower()}")
        tribute = next((c for c in g.children if c.dep_ in ("dobj", "obj") and c.lower_ in cues.tributes), None)
        if g.pos_ == "VERB" and tribute is not None and not has_date:
            # "we pay homage to the soldiers killed in combat", "paid tribute to the victims"; a
            # harm dated in its own clause ("shot dead on Monday") is news
            return Salience(False, None, f"history:{tribute.lemma_.lower()}")
        if g.lower_ in ("name", "names") and g.dep_ in ("dobj", "obj") and _is(g.head, cues.naming) and not has_date:
            # "the young officers have taken the name of the colonel who died when his helicopter was
            # attacked": a name borne in someone's honour ("the name of the man killed on Monday" is
            # news, and no verb of taking names it)
            return Salience(False, None, "history:name")
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


def _recent_date_in(
    n: Token, published: dt.date | None, timexes: Sequence[TimeExpr], days: int, past: bool = False
) -> bool:
    """Does a time expression inside the phrase of ``n`` date it within ``days`` of publication
    (or is the publication date unknown)? With ``past``, a date after publication ("must be
    released before Easter") does not count: it dates a plan, not an act."""
    lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge)
    for tx in timexes:
        if lo <= tx.start < hi and tx.last is not None:
            if past and published is not None and tx.first is not None and tx.first > published:
                continue
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
    own (see ``[topic]``). Every event noun in the title of a listed court case goes too, and so
    do an act the speaker is accused of, an act told of a case a speaker cites, and the people
    accused or tried for a kidnapping (the three rules called first). A definite act that a word
    of ``[topic] responsibility`` describes people by ("the officers involved in the murder of
    the priests") goes outside a lead or a short note, unless the clause it hangs on has a recent
    date ("police arrested those involved in the abduction on Monday")."""
    if _accused_speaker(t, cues):
        return Salience(False, None, "history:topic:accused-speaker")
    if _cited_case(t, published, timexes, cues):
        return Salience(False, None, "history:topic:cited-case")
    if _accused_agents(t, cues):
        return Salience(False, None, f"history:topic:{t.head.lemma_.lower()}")
    gerund = t.tag_ == "VBG" and t.dep_ == "pcomp"  # "accused of burning down the synagogue"
    if t.pos_ != "NOUN" and not gerund:
        return None
    if _CASE_TITLE_RE.search(t.sent.text.lower()):
        return Salience(False, None, "history:topic:case-title")  # 'case no. 12 entitled "X, on murder"'
    n = _first_conjunct(t, ("NOUN", "PROPN"))
    if n.dep_ in ("pobj", "pcomp"):
        frame = n.head.head  # "accused of the murder", "the controversy regarding the kidnapping"
    elif n.dep_ in ("dobj", "obj", "compound", "nmod"):
        frame = n.head  # "investigate the murder", "the murder case"
    else:
        return None
    if _is(frame, cues.responsibility) and frame.i != n.i:
        several = any(x.lower_ == "several" for x in n.subtree)  # "the kidnapping of several traders"
        # a recent date in the clause the description hangs on ("police arrested those involved in
        # the abduction on Monday") keeps it; a later one ("must be released before Easter") dates
        # a plan
        host = next((a for a in frame.ancestors if a.pos_ in ("VERB", "AUX")), frame)
        # (a lead or a short note names its incident that way: "militia believed to be involved
        # in the post-election violence")
        note = t.sent.start == 0 or _narrative_present(t.doc)
        if not note and _definite(n) and not several and not _np_anchored(n) and not _recent_date_in(
            host, published, timexes, cues.history_days, past=True
        ):
            return Salience(False, None, "history:topic:responsibility")  # "the men involved in the murder"
        return None
    words = cues.topic_frames
    if not _is(frame, words) or frame.i == n.i:
        return None
    if frame.lemma_.lower() == "case" and (frame.tag_ == "NNS" or any(c.dep_ == "nummod" for c in frame.children)):
        return None  # "two cases of kidnapping on Monday": instances, not a lawsuit
    if _np_anchored(n) or _recent_date_in(n, published, timexes, cues.history_days):
        return None
    return Salience(False, None, f"history:topic:{frame.lemma_.lower()}")


def _cited_case(t: Token, published: dt.date | None, timexes: Sequence[TimeExpr], cues: Cues) -> bool:
    """The trigger is told in a relative clause on what a cited case or example is of ("he
    mentioned the case of that country, where workers who were demonstrating were shot"): the
    case noun ([topic] cited_cases) is the object of a verb of citing ([topic] citing) and the
    clause carries no recent date."""
    for rel in (a for a in (t, *t.ancestors) if a.dep_ == "relcl"):
        owner = rel.head  # "that country" in "the case of that country, where ..."
        if _copular_example(owner, cues):
            return not _recent_date_in(rel, published, timexes, cues.history_days)
        if owner.dep_ != "pobj" or owner.head.lower_ != "of":
            continue
        case = owner.head.head
        if _is(case, cues.cited_cases) and case.dep_ in ("dobj", "obj") and _is(case.head, cues.citing):
            return not _recent_date_in(rel, published, timexes, cues.history_days)
    return False


def _copular_example(owner: Token, cues: Cues) -> bool:
    """ "An example of this is the mayor, who ...": the phrase the relative clause hangs on is
    what "be" says an example or a case is (through the nouns of that phrase only)."""
    x = owner
    while x.dep_ in ("dobj", "compound", "appos", "conj", "pobj", "prep") and x.head.i != x.i:
        x = x.head
    if x.dep_ not in ("attr", "nsubj") or x.head.lemma_ != "be":
        return False
    return any(
        c.i != x.i and c.dep_ in ("nsubj", "attr") and _is(c, cues.cited_cases) for c in x.head.children
    )


def _accused_agents(t: Token, cues: Cues) -> bool:
    """People named for a kidnapping ([topic] accused_agents) who are the ones accused, tried,
    punished or pardoned ([topic] agent_frames: "the kidnappers were accused of holding three
    traders", "we ask that the abductors be tried and punished"): the story is the case against
    them, and the act they are accused of is judged by the topic rules on its own word."""
    if t.pos_ != "NOUN" or not _is(t, cues.accused_agents):
        return False
    n = _first_conjunct(t)
    frame = n.head
    return n.dep_ in ("nsubjpass", "dobj", "obj") and frame.pos_ == "VERB" and _is(frame, cues.agent_frames)


def _accused_speaker(t: Token, cues: Cues) -> bool:
    """An act the speaker or the person addressed is accused of ("we are accused of burning down
    a church", "they accuse us of attacking the market", "you were accused of the murder"): the
    charge a speaker answers, named as what the accusation is about, not an incident reported.
    The act is the object of "of"/"for" on "accuse" (through a conjunct or a gerund's own
    object), and the accused is a pronoun of the speaker or the addressee (``[generic] speaker``);
    "the army accused the rebels of burning a church" stays under the other topic rules."""
    x = _first_conjunct(t)
    if x.dep_ not in ("pobj", "pcomp") or x.head.lower_ not in ("of", "for"):
        return False
    verb = x.head.head
    if verb.lemma_.lower() != "accuse" or verb.pos_ != "VERB":
        return False
    accused = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    return bool(accused) and all(c.pos_ == "PRON" and c.lower_ in cues.speaker for c in accused)


def _cause_of_old_step(
    t: Token, sent: SpacySpan, published: dt.date | None, timexes: Sequence[TimeExpr], cues: Cues
) -> Salience | None:
    """An event noun after "following", "after" or "since" whose phrase hangs on a step the
    sentence dates before the history horizon ("the government decided to carry out extraditions
    on 18 August, following the assassinations of the colonel and the senator"): what came before
    an old step is older still. A campaign named as the reference point of another step
    (``[campaign] conflicts``: "following November's offensive, the two sides agreed to resume
    talks", "his first news conference since the offensive began") is background whatever the
    date: "the" or a possessor names a campaign the reader knows, and a step that follows it is
    the news. A count or a named place of its own keeps it ("after the fighting in Kisumu that
    killed four")."""
    n = t
    if n.dep_ in ("amod", "compound") and n.head.pos_ == "NOUN":
        n = n.head  # "following a dynamite attack": the weapon word names the attack
    if n.pos_ != "NOUN":
        return None
    n = _first_conjunct(n, ("NOUN", "PROPN"))
    if _reference_campaign(t, n, cues):
        return Salience(False, None, "history:before:campaign")
    if published is None:
        return None
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


def _named(n: Token) -> bool:
    """ "the Fenastras attack", "the La Tablada assault": an incident the reader knows by a name
    (a proper noun compound on a definite noun)."""
    return _definite(n) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in n.children)


def _reference_campaign(t: Token, n: Token, cues: Cues) -> bool:
    """Is the trigger's noun ``n`` a definite campaign or a named incident ("the Fenastras
    attack") that only dates another step: the object of "following", "after", "since" or
    "before" (any definite incident after "before"), the subject of a "since" or "after" clause
    ("since the offensive began, ..."), or the object of a "when" clause on the date of a "since"
    ("since 11 May, when the rebels launched their offensive")?"""
    if not _definite(n):
        return False
    before = n.dep_ == "pobj" and n.head.lower_ == "before" and n.tag_ not in ("NNS", "NNPS")
    if not _is(t, cues.conflicts) and not (n.pos_ == "NOUN" and _named(n)) and not before:
        # (any definite incident after "before" is a reference point: "the arrest of the gang
        # leaders a few days before the attack")
        return False
    aside = {x.i for a in n.subtree if a.dep_ == "appos" for x in a.subtree}  # (a misread apposition)
    if any(
        x.i not in aside
        and ((x.like_num and x.ent_type_ not in ("DATE", "TIME")) or x.ent_type_ in ("GPE", "LOC", "FAC"))
        for x in n.subtree
    ):
        return False  # "after the fighting in Kisumu", "since the two offensives"
    if n.dep_ == "pobj":
        return n.head.lower_ in ("following", "after", "since", "before")
    if n.dep_ in ("dobj", "obj") and n.head.lower_ == "following" and n.head.tag_ == "VBG":
        return True  # "even following the Fenastras attack, ...": the parser's verb "following"
    v = n.head
    if n.dep_ in ("dobj", "obj") and v.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in v.children
    ):
        # "has worsened since 11 November, when the rebels launched their offensive": the clause
        # says what the reference date of "since" was (read on the words: parses of dates vary)
        doc = n.doc
        start = v.left_edge.i
        for k in range(start - 1, max(-1, start - 6), -1):
            x = doc[k]
            if x.lower_ in ("since", "after", "following"):
                return True
            if not (x.is_punct or x.like_num or x.pos_ in ("PROPN", "DET", "NUM") or x.ent_type_ == "DATE"):
                return False
        return False
    return n.dep_ in ("nsubj", "nsubjpass") and v.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("since", "after") for c in v.children
    )
