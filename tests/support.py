"""Helpers shared by the tests (importable as `support`: tests/ is on pytest's pythonpath)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from eventscope.extract import classify, dates, salience
from eventscope.extract.counts import find_counts, merge_counts
from eventscope.extract.pipeline import text_for_parsing
from eventscope.extract.places import choose_event_location, find_places
from eventscope.extract.salience import Salience
from eventscope.geo.gazetteer import Gazetteer
from eventscope.records import EventMention, Location, Span

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


def shared_or_skip(*parts: str) -> Path:
    """A file under ../shared, or skip the test when the evaluation material is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def event_location(nlp: Language, gaz: Gazetteer, text: str) -> Location | None:
    """The event location when the whole text is the event's evidence (with admin seats)."""
    return choose_event_location(find_places(nlp(text), gaz), [Span(0, len(text))], gaz=gaz)


def mention_triggers(nlp: Language, text: str) -> list[str]:
    """The trigger words of the mentions ``classify.detect_mentions`` finds in ``text``."""
    doc = nlp(text_for_parsing(text))
    return [text[m.trigger.start : m.trigger.end] for m in classify.detect_mentions(doc)]


def fatalities(nlp: Language, text: str) -> int | None:
    """The toll ``counts.merge_counts`` keeps for ``text`` (None when it reports none)."""
    doc = nlp(text)
    fat, _ = merge_counts([find_counts(s) for s in doc.sents])
    return None if fat is None else fat.best


def salience_verdict(nlp: Language, text: str, trigger: str, published: dt.date) -> Salience:
    """What ``extract.salience.assess`` says of the mention whose trigger word is ``trigger``."""
    found = salience_verdicts(nlp, text, published)
    assert trigger in found, f"{trigger!r} not among {sorted(found)}"
    return found[trigger]


# What ``salience_verdict_or_detect`` returns for a trigger word detection already left out.
DROPPED_AT_DETECTION = Salience(False, None, "detect")


# A past-tense story for the rules that read the sentence in its document: they stay off in an
# article's first sentence and in short present-tense notes.
PAST_STORY = (
    "The minister visited the northern province on Monday. He met farmers in the market town and "
    "spoke about the harvest. He said the roads had been repaired. He promised new schools. "
    "Officials added that the budget had been approved. "
)


def salience_verdict_or_detect(nlp: Language, text: str, trigger: str, published: dt.date) -> Salience:
    """Like ``salience_verdict``, but a word ``classify.detect_mentions`` does not make a mention
    of (a misfire dropped at the first stage) gives ``DROPPED_AT_DETECTION``: for tests of what
    happens to a sentence, whichever stage keeps the event out."""
    return salience_verdicts(nlp, text, published).get(trigger, DROPPED_AT_DETECTION)


def salience_verdicts(nlp: Language, text: str, published: dt.date) -> dict[str, Salience]:
    """Each trigger word of ``text`` with what ``extract.salience.assess`` says of its mention."""
    doc = nlp(text_for_parsing(text))
    timexes = dates.find_timexes(text, published)
    return {
        text[m.trigger.start : m.trigger.end]: salience.assess(m, doc, published=published, timexes=timexes)
        for m in classify.detect_mentions(doc)
    }


def primary(nlp: Language, text: str) -> EventMention | None:
    """The highest-scoring asserted or claimed mention ``classify.detect_mentions`` finds (the
    event the scorer's primary-event rule would take), or None."""
    real = [m for m in classify.detect_mentions(nlp(text)) if m.status in ("asserted", "claimed")]
    return max(real, key=lambda m: m.score) if real else None


def primary_subtype(nlp: Language, text: str) -> str:
    """The primary mention's sub-type ("NONE" when there is no reported mention)."""
    m = primary(nlp, text)
    return m.sub_event_type if m else "NONE"
