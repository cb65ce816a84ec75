"""The salience decision (``assess``) and the mention, incident and article filters built on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...nlp import doc_text
from ...records import EventMention, TimeExpr
from ...records import Span as TextSpan
from .. import dateline
from .background import _case_topic, _cause_of_old_step, _dated_history, _history, _real_date
from .cues import (
    _NOT_ASSERTED,
    _PLURAL_NOUN,
    Cues,
    Salience,
    _clause_head,
    _definite,
    _governors,
    _is,
    _is_finite_past,
    _present_perfect,
    _specific,
    _trigger_token,
    load_cues,
    presupposing_head,
    stray_gloss,
)
from .development import _talk
from .generic import _figurative, _generic, _restated_act, _rhetoric
from .not_event import _not_an_event
from .status import _hypothesis, _negation, _statement
from .tallies import _aggregate, _many_events, _month_span, _spread, _years_of_conflict

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
    if t.sent.start_char < 200:
        # (the dispatch's dateline is no date of what its first sentence reports)
        text = doc_text(doc)
        found = dateline.find(text[:300], dateline.is_caseless(text))
        if found is not None:
            timexes = [tx for tx in timexes if tx.start >= found[1]]
    if stray_gloss(t):
        return Salience(False, None, "fragment:gloss")  # "... of the intifada [" + "uprising]."
    sent = t.sent
    govs = _governors(t)
    if mention.status in _NOT_ASSERTED:
        return Salience(True, None, f"status:{mention.status}")
    act = _restated_act(t, cues)
    if act is not None:
        # "the massacre of six priests who were killed by soldiers": the clause is the noun's act
        told = assess(
            replace(mention, trigger=TextSpan(act.idx, act.idx + len(act))), doc, published=published, timexes=timexes
        )
        if not told.keep:
            return Salience(False, None, f"restated:{told.reason}")
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
        or _month_span(t)
        or _spread(t, cues)
        or _years_of_conflict(t, cues)
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
        if any(p.status in _REPORTED for p, _ in out) and all(_echo(m, doc, timexes, cues) for m in kept):
            # (an incident only supposed, planned or denied above has no reaction to echo)
            if dropped is not None:
                dropped += [(m, "echo") for m in kept]
            continue  # the reaction to an incident kept above is not an incident of its own
        # the merged primary carries the incident's support bonus; keep it when it survives
        reported = sum(m.status in ("asserted", "claimed") for m in kept)
        refuted = sum(m.status in ("negated", "denied") for m in kept)
        denial = refuted >= 3 and refuted > 2 * reported
        best = max(
            kept,
            key=lambda m: (
                (m.status in ("negated", "denied")) if denial else (m.status in ("asserted", "claimed")),
                m.trigger == primary.trigger, m.score,
            ),
        )
        out.append((best, [m for m in kept if m is not best]))
    return out


_REPORTED = frozenset({"asserted", "claimed"})


def _echo(m: EventMention, doc: Doc, timexes: Sequence[TimeExpr], cues: Cues) -> bool:
    """A reaction to an incident the article has already reported: "the militants claimed the
    attack", "several governments condemned the bombing", "families fled after the attack" (a
    definite singular event noun under a claim or a reaction, or presupposed by a verb of inquiry
    or a preposition of a later time, ``cues.presupposing_head``, with no count, place or date of
    its own)."""
    t = _trigger_token(doc, m)
    if t is None or t.pos_ != "NOUN" or t.tag_ in _PLURAL_NOUN or not _definite(t):
        return False
    if _anchors(t, timexes) & {"count", "place", "date"}:
        return False
    if presupposing_head(t) is not None:
        return True
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
            if span is not None and any(x.i in scope for x in span) and _real_date(span) \
                    and not _period_start(span):
                out.add("date")
    return frozenset(out)


def _period_start(span: Span) -> bool:
    """ "since 12 November": the start of a period, which dates no single incident."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.lower_ == "since") or span[0].lower_ == "since"


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
