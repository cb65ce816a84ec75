"""Extraction pipeline: Document -> Events, one article at a time, spaCy batched.

Steps for each document (each step is a function of its own module):

1. ``dates.find_timexes``            time expressions resolved against ``published``
2. spaCy parse, in batches           ``screen.parse_planned``: the screen skips articles that cannot
                                     yield an event and parses only the sentences that can carry
                                     one (the rest get sentence boundaries); ``screen=False`` parses
                                     every word (``nlp.parse``, the reference path)
3. ``places.find_places``            toponyms resolved against the gazetteer, with country context
4. ``classify.detect_mentions``      typed event triggers per sentence; ``merge_mentions`` joins
                                     mentions of the same event in one article; ``salience`` drops
                                     history, aggregates, generic talk and re-statuses plans/threats
5. per merged event: ``choose_event_date``, ``choose_event_location``, ``counts.merge_counts``
   over the evidence sentences, ``actors.assign_actors`` on the main sentence,
   ``attribution.find_claims`` (who says so; sources that disagree on the toll)
6. ``Event`` records with stable ids and a confidence

Everything the run needs (model, gazetteer, options) lives in one ``Extractor`` built once per
process from ``ExtractOptions``.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .. import nlp as nlp_mod
from ..records import (
    Claim,
    Count,
    Document,
    Dropped,
    Event,
    EventMention,
    Location,
    PlaceMention,
    Span,
    TimeExpr,
    When,
)
from . import actors, attribution, classify, counts, dates, places, salience, screen

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractOptions:
    """Settings of one extraction run (built once by the CLI or the caller)."""

    model: str = nlp_mod.MODEL_PACKAGE
    batch_size: int = 32
    gazetteer: Path | None = None  # None: the default cache location (built on first use)
    include_non_asserted: bool = True  # write threatened/hypothetical/negated events with their status
    typing_model: Path | None = None  # a model from `eventscope train`, combined with the rules
    main_events_only: bool = False  # keep an article's top incident and those about as well anchored
    # Screen articles before parsing (``extract.screen``): skip those that cannot yield an event and
    # parse only the sentences that can carry one. False parses every word (the reference path).
    screen: bool = True
    # Keep what was left out and why (``Extractor.take_dropped``; ``extract --explain``).
    explain: bool = False


def _upper_ratio(text: str) -> float:
    letters = [c for c in text[:4000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


def text_for_parsing(text: str) -> str:
    """Text fed to spaCy. All-caps wire copy (MUC-style) confuses the tagger and NER, so it is
    lower-cased with a length-preserving map: offsets into the original text stay valid."""
    if _upper_ratio(text) < 0.8:
        return text
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def event_id(doc_id: str, mention: EventMention) -> str:
    key = f"{doc_id}|{mention.sub_event_type}|{mention.trigger.start}|{mention.trigger.end}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _sentence(doc: Doc, span: Span) -> SpacySpan | None:
    return doc.char_span(span.start, span.end, alignment_mode="expand")


@dataclass(frozen=True)
class _Facts:
    counts: tuple[Count, ...]
    claims: tuple[Claim, ...]
    denied: bool


class _SentenceFacts:
    """Counts and claims of each sentence of one document, computed once: events share sentences,
    and the sentence after an event is read to decide whether it supports it."""

    def __init__(self, spdoc: Doc, outlet: str | None) -> None:
        self.spdoc = spdoc
        self.outlet = outlet
        self.sents = list(spdoc.sents)
        self.index = {s.start_char: i for i, s in enumerate(self.sents)}
        self._memo: dict[Span, _Facts] = {}

    def __call__(self, span: Span) -> _Facts:
        facts = self._memo.get(span)
        if facts is None:
            sent = _sentence(self.spdoc, span)
            if sent is None:
                facts = _Facts((), (), False)
            else:
                claims, denied = attribution.find_claims([sent], outlet=self.outlet)
                facts = _Facts(counts.sentence_counts(sent), claims, denied)
            self._memo[span] = facts
        return facts

    def supporting(self, evidence: Sequence[Span], mention_sentences: set[Span]) -> list[Span]:
        """Sentences right after the evidence that carry a sourced toll but no event of their own
        ("Another monitor put the toll at 116."): they support the event's figures and claims."""
        support: list[Span] = []
        for ev in evidence:
            i = self.index.get(ev.start)
            if i is None or i + 1 >= len(self.sents):
                continue
            nxt = self.sents[i + 1]
            span = Span(nxt.start_char, nxt.end_char)
            if span in mention_sentences or span in evidence or span in support:
                continue
            facts = self(span)
            if any(c.kind == "killed" for c in facts.counts) and facts.claims:
                support.append(span)
        return support


def reconcile_tolls(
    fatalities: Count | None, per_sentence: Sequence[Sequence[Count]], per_claims: Sequence[Sequence[Claim]]
) -> tuple[Count | None, tuple[Claim, ...]]:
    """Claims (each with the toll its source gives) and the event's fatalities.

    When sources in one article give different tolls, ``best`` is the conservative (lowest) one and
    ``low``/``high`` span all of them; a single source's figures are left as ``merge_counts`` chose."""
    claims: list[Claim] = []
    tolls: list[tuple[str, Count]] = []
    for found, sent_claims in zip(per_sentence, per_claims, strict=True):
        killed = [c for c in found if c.kind == "killed"]
        toll = max(killed, key=lambda c: c.best) if killed else None
        for cl in sent_claims:
            if toll is not None:
                cl = replace(cl, fatalities=toll.best)
                tolls.append((cl.source.lower(), toll))
            if all((c.source.lower(), c.kind) != (cl.source.lower(), cl.kind) for c in claims):
                claims.append(cl)
    sources = {src for src, _ in tolls}
    values = {t.best for _, t in tolls}
    if len(sources) >= 2 and len(values) >= 2:
        counted = [t for _, t in tolls]
        highs = [t.high for t in counted]
        fatalities = Count(
            kind="killed",
            best=min(t.best for t in counted),
            low=min(t.low for t in counted),
            high=None if any(h is None for h in highs) else max(h for h in highs if h is not None),
            text="; ".join(dict.fromkeys(t.text for t in counted)),
            start=min(t.start for t in counted),
            end=max(t.end for t in counted),
        )
    return fatalities, tuple(claims)


def _confidence(mention: EventMention, status: str, when: When | None, loc: Location | None) -> float:
    """Mention score, discounted when the date was defaulted or the place unknown.

    Weights are round numbers, not fitted: the score from the trigger dominates; a defaulted
    date or missing place lowers trust in the row as an analyst would."""
    conf = mention.score
    if when is None or when.defaulted:
        conf *= 0.9
    if loc is None:
        conf *= 0.85
    elif loc.precision in ("admin1", "country"):
        conf *= 0.95
    if status not in ("asserted", "claimed"):
        conf *= 0.8
    return max(0.0, min(1.0, conf))


class Extractor:
    """Holds the loaded model and gazetteer; turns Documents into Events."""

    def __init__(self, options: ExtractOptions | None = None) -> None:
        from ..geo.gazetteer import Gazetteer

        self.options = options or ExtractOptions()
        self.nlp = nlp_mod.load_nlp(self.options.model)
        self.gazetteer = Gazetteer.open(self.options.gazetteer)
        self._screen: screen.Screen | None = None
        self.plans: Counter[str] = Counter()  # screen verdicts so far ("skip", "partial", "full")
        self._dropped: list[Dropped] = []  # with options.explain: left out since take_dropped
        self.typing_model = None
        if self.options.typing_model is not None:
            from ..learn import TypingModel

            self.typing_model = TypingModel.load(self.options.typing_model)

    def extract(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """Yield ``(document, events)`` in input order."""
        for doc, spdoc in self.parse(docs):
            yield doc, ([] if spdoc is None else self.extract_parsed(doc, spdoc))

    def parse(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Doc | None]]:
        """Each document with its parse, in input order; None when the screen found nothing that
        could be an event (the rules would return no events for it)."""
        pairs = ((text_for_parsing(d.text), d) for d in docs)
        if not self.options.screen:
            for spdoc, doc in nlp_mod.parse(pairs, self.nlp, batch_size=self.options.batch_size):
                yield doc, spdoc
            return
        if self._screen is None:
            self._screen = screen.Screen(self.nlp)
        for maybe, plan, doc in screen.parse_planned(self.nlp, self._screen, pairs, batch_size=self.options.batch_size):
            self.plans[plan.verdict] += 1
            yield doc, maybe

    def take_dropped(self) -> list[Dropped]:
        """What the rules left out since the last call, and why (empty unless options.explain)."""
        out, self._dropped = self._dropped, []
        return out

    def extract_parsed(self, doc: Document, spdoc: Doc) -> list[Event]:
        """The document's events: the rules' events, revised by the typing model when there is one."""
        found = self.rule_events(doc, spdoc)
        events = [ev for ev, _ in found]
        if self.typing_model is not None and events:
            from ..learn import model_text

            texts = [model_text(doc.text, ev) for ev in events]
            events = self.typing_model.revise(events, texts, [cues for _, cues in found])
        return events

    def rule_events(self, doc: Document, spdoc: Doc) -> list[tuple[Event, tuple[str, ...]]]:
        """Events from the rules alone, each with the cue names of its merged mentions (what a
        typing model reads besides the text)."""
        timexes = dates.find_timexes(doc.text, doc.published)
        place_mentions = places.find_places(spdoc, self.gazetteer)
        iso3, country_name = places.main_country(place_mentions) or (None, None)
        events: list[tuple[Event, tuple[str, ...]]] = []
        seen: set[str] = set()
        # the typing rules learn which words the gazetteer placed ("militants seized Kidal" takes a
        # town, whatever entity tag the small parser gave it); demonyms and other cues are not places
        spdoc.user_data[nlp_mod.PLACE_TOKENS] = frozenset(
            t.i
            for m in place_mentions
            if m.place is not None and m.score > places.DEMONYM_SCORE
            for t in (spdoc.char_span(m.start, m.end, alignment_mode="expand") or ())
        )
        explain = self.options.explain
        detect_drops: list[classify.Drop] | None = [] if explain else None
        judged: list[tuple[EventMention, str]] | None = [] if explain else None
        mentions = classify.detect_mentions(spdoc, detect_drops)
        mention_sentences = {m.sentence for m in mentions}
        facts = _SentenceFacts(spdoc, doc.outlet)
        # Merge mentions of one incident first, then judge each incident: filtering single mentions
        # first splits incidents and turns weak mentions into events of their own.
        groups = salience.filter_groups(
            classify.merge_mentions(mentions, spdoc), spdoc, published=doc.published, timexes=timexes,
            dropped=judged,
        )
        if self.options.main_events_only:
            ranked = salience.rank_events(groups, spdoc, timexes=timexes)
            if judged is not None:
                judged += [(p, "rank:passing-mention") for p, g in groups if all(p is not r for r, _ in ranked)]
            groups = ranked
        if explain:
            self._dropped += [Dropped(doc.id, t, sent, "detect", why, sub) for t, sent, why, sub in detect_drops or ()]
            self._dropped += [Dropped(doc.id, m.trigger, m.sentence, "salience", why, m.sub_event_type)
                              for m, why in judged or ()]
        for primary, group in groups:
            if not self.options.include_non_asserted and primary.status != "asserted":
                if explain:
                    self._dropped.append(Dropped(doc.id, primary.trigger, primary.sentence, "status",
                                                 f"status:{primary.status}", primary.sub_event_type))
                continue
            ev = self._assemble(
                doc, spdoc, primary, group, mention_sentences, facts, timexes, place_mentions, iso3, country_name
            )
            if ev is not None and ev.event_id not in seen:
                seen.add(ev.event_id)
                events.append((ev, classify.mention_cues(primary, group)))
        return events

    def _assemble(
        self,
        doc: Document,
        spdoc: Doc,
        primary: EventMention,
        group: Sequence[EventMention],
        mention_sentences: set[Span],
        facts: _SentenceFacts,
        timexes: Sequence[TimeExpr],
        place_mentions: Sequence[PlaceMention],
        iso3: str | None,
        country_name: str | None,
    ) -> Event | None:
        evidence = sorted({m.sentence for m in (primary, *group)}, key=lambda s: (s.start, s.end))
        field_evidence: dict[str, Span] = {"event_type": primary.sentence}

        when = dates.choose_event_date(timexes, evidence, doc.text, doc.published)
        if when is not None and not when.defaulted:
            for t in timexes:
                if t.text == when.text and any(s.start <= t.start < s.end for s in evidence):
                    field_evidence["date"] = next(s for s in evidence if s.start <= t.start < s.end)
                    break

        loc = places.choose_event_location(place_mentions, evidence, gaz=self.gazetteer)
        if loc is not None:
            for m in place_mentions:
                if m.text == loc.text:
                    for s in evidence:
                        if s.start <= m.start < s.end:
                            field_evidence["location"] = s
                            break
                    break

        # Counts and claims sentence by sentence, so that each toll stays tied to the source that
        # gives it: two sources disagreeing inside one article are both kept (reconcile_tolls).
        evidence = evidence + facts.supporting(evidence, mention_sentences)
        evidence.sort(key=lambda s: (s.start, s.end))
        sentence_facts = [facts(s) for s in evidence]
        per_sentence = [list(f.counts) for f in sentence_facts]
        per_claims = [f.claims for f in sentence_facts]
        # A denial makes the event "denied" when it is the report of the event itself, or when the
        # report carries no source of its own and another mention of the same event is denied. A
        # denial of something else in the story ("the army denied that reinforcements were slow")
        # does not overturn a sourced report of the attack.
        lead = facts(primary.sentence)
        same_event = {m.sentence for m in group if m.sub_event_type == primary.sub_event_type}
        denial = lead.denied or (not lead.claims and any(facts(s).denied for s in same_event))
        fatalities, all_counts = counts.merge_counts(per_sentence)
        fatalities, claims = reconcile_tolls(fatalities, per_sentence, per_claims)
        if fatalities is None:
            # "No one was hurt/killed": the text reports a toll of zero, which is not "no report".
            zero = next((c for found in per_sentence for c in found
                         if c.best == 0 and c.kind in ("killed", "injured")), None)
            if zero is not None:
                fatalities = Count("killed", 0, 0, 0, zero.text, zero.start, zero.end)
        if fatalities is not None:
            for s, found in zip(evidence, per_sentence, strict=True):
                if any(c.kind == "killed" for c in found):
                    field_evidence["fatalities"] = s
        status = attribution.claim_status(claims, denial, primary.status)
        for s, found_claims in zip(evidence, per_claims, strict=True):
            if found_claims:
                field_evidence["claims"] = s
                break

        main_sent = _sentence(spdoc, primary.sentence)
        a_iso3 = loc.iso3 if loc is not None and loc.iso3 else iso3
        a_name = loc.country if loc is not None and loc.country else country_name
        roles = (
            actors.assign_actors(
                main_sent, primary.trigger, primary.sub_event_type, country_iso3=a_iso3, country_name=a_name
            )
            if main_sent is not None
            else actors.ActorRoles(None, None, ())
        )
        if roles.actor1 is not None:
            field_evidence["actor1"] = primary.sentence
        if roles.actor2 is not None:
            field_evidence["actor2"] = primary.sentence

        return Event(
            doc_id=doc.id,
            event_id=event_id(doc.id, primary),
            event_type=primary.event_type,
            sub_event_type=primary.sub_event_type,
            date=when,
            location=loc,
            actor1=roles.actor1,
            actor2=roles.actor2,
            fatalities=fatalities,
            counts=all_counts,
            claims=claims,
            status=status,
            evidence=tuple(evidence),
            confidence=_confidence(primary, status, when, loc),
            assoc_actors=roles.assoc,
            plover=classify.plover_category(primary.sub_event_type),
            field_evidence=field_evidence,
            trigger=doc.text[primary.trigger.start : primary.trigger.end],
        )
