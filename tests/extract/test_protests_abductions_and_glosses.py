"""Protests, riots and abductions that are talked about rather than reported
(a boycott named again, a body's remit, a case or an example a speaker cites, people accused or
tried for a kidnapping, a class of people, a topic, repeated reports, habits, events being
organized, a spread over the country's regions), a translator's gloss, and a licence suspended.
Each rule has a real incident beside it that it must keep. Every sentence here is written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import DROPPED_AT_DETECTION, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)

# A past-tense story for the rules that read the sentence in its document (they stay off in an
# article's first sentence and in short present-tense notes).
STORY = (
    "The minister visited the northern province on Monday. He met farmers in the market town and "
    "spoke about the harvest. He said the roads had been repaired. He promised new schools. "
    "Officials added that the budget had been approved. "
)


def _one(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


def _reported(v: salience.Salience) -> bool:
    return v is not DROPPED_AT_DETECTION and v.keep and v.status is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a boycott named without its owner in a story about one an armed group imposes
        ("It was the result of a rebel boycott. The traders said it is the start of a boycott.", "boycott"),
        # a translator's gloss stands where the word it glosses stands (here: under a trend)
        (STORY + "The minister said the deadlock leads to an escalation of the intifada [uprising].",
         "uprising"),
        # a body named after its remit
        ("He cited reports by a UN working group on disappearances and by the bishops.", "disappearances"),
        # a habit: a present-simple clause under a present "once" clause
        (STORY + "Once they have served their purpose, they are even kidnapped and jailed.", "kidnapped"),
        # people named for a kidnapping who are accused or tried
        (STORY + "The kidnappers were accused of holding three traders for ransom.", "kidnappers"),
        # a class of people described by a bare event noun
        (STORY + "The government will treat all those involved in abductions as common criminals.",
         "abductions"),
        # a bare event noun as a topic
        (STORY + "The ministry will review the situation regarding mobilization of the candidates.",
         "mobilization"),
        # what has been reported again and again
        (STORY + "Villagers have reported several times that the patrols kidnapped their sons.", "kidnapped"),
        # an incident told about a case a speaker cites
        (STORY + "He mentioned the case of Morland, where workers who were protesting were shot by the police.",
         "protesting"),
        # ... or what an example given is
        (STORY + "An example of this is the commander Varel, who led many young men to their deaths.",
         "deaths"),
        # an event being organized is not held yet
        (STORY + "The unions are organizing a march to the capital.", "march"),
        # a count out of the country's regions
        (STORY + "The rebels said their units are fighting in 11 of the 22 provinces.", "fighting"),
        # a time phrase with its own noun still dates the clause
        (STORY + "The villages lie in an area where soldiers burned houses during the period between "
         "1979 and 1982.", "burned"),
        # a professional's licence suspended is no change to an armed group's activity
        ("Guerrillas kidnapped six traders in the early 1980s. The chief justice dismissed the judge who "
         "freed them and suspended his license to practice law.", "suspended"),
    ],
)
def test_not_reported(nlp: Language, text: str, trigger: str) -> None:
    assert not _reported(_one(nlp, text, trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The traders said it is the start of a boycott.", "boycott"),
        ("Students began a boycott of classes in Varo on Monday to protest the fee rise.", "boycott"),
        (STORY + "Thousands of people joined the intifada [uprising] in Hebron on Monday.", "uprising"),
        ("Armed men kidnapped the head of a committee for displaced families in Rusk on Monday.", "kidnapped"),
        (STORY + "Once the talks had collapsed, rebels kidnapped two engineers in Varo.", "kidnapped"),
        ("Police said the kidnappers were holding the engineer in a farmhouse near Varo on Tuesday.",
         "kidnappers"),
        ("Police arrested those involved in the abduction of the mayor in Varo on Monday.", "abduction"),
        ("Thousands joined the mobilization against the fuel tax in Varo on Monday.", "mobilization"),
        ("Villagers reported on Monday that the patrols kidnapped their sons in Varo.", "kidnapped"),
        ("Workers who were protesting were shot by the police in Morland on Monday.", "shot"),
        (STORY + "Soldiers burned houses in the area between 10 and 12 May.", "burned"),
        (STORY + "The latest example is Varo, where gunmen killed four guards on 18 May.", "killed"),
        (STORY + "The unions organized a march to the capital on Monday.", "march"),
        (STORY + "Soldiers fought the rebels in 2 of the villages near Varo on Monday.", "fought"),
        ("Guerrillas kidnapped six traders in Varo on Monday. The rebels suspended their offensive in the "
         "province on Tuesday.", "suspended"),
    ],
)
def test_real_event_kept(nlp: Language, text: str, trigger: str) -> None:
    assert _reported(_one(nlp, text, trigger))


def test_gloss_cut_off_from_its_word(nlp: Language) -> None:
    """A partial parse stitched from pieces can leave a gloss in a "sentence" of its own
    ("uprising]."): a fragment, dropped; a gloss parsed beside its word is judged there."""
    from spacy.tokens import Doc

    from eventscope.extract.salience.cues import stray_gloss

    stitched = Doc.from_docs([nlp("The deadlock led to an escalation of the intifada ["), nlp("uprising].")])
    assert stray_gloss(next(t for t in stitched if t.lower_ == "uprising"))
    whole = nlp("Thousands of people joined the intifada [uprising] in Hebron on Monday.")
    assert not stray_gloss(next(t for t in whole if t.lower_ == "uprising"))
