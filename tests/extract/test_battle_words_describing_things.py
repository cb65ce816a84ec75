"""Battle and violence words that report no battle: exhortations to remember past incidents,
epithets and participles that describe people, fight nouns naming a kind of place, attacks in
words between institutions, incidents that only describe a weapon, standing feuds over months,
wars dated by an old year in a relative clause, and the means of a future act ("are going to",
"will win ... by fighting"). Each rule has a real incident beside it that must stay. Every
sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import salience_verdict_or_detect

PUBLISHED = dt.date(1990, 6, 20)
# a past-tense lead, so that the sentence under test is not the article's first
LEAD = "Rebels clashed with troops near the border on Monday and burned three houses. "
CAPS_LEAD = LEAD.upper()


def _verdict(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


# Exhortations to remember -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Let us recall the terrible bombing of the Andean airliner, in which more than 60 people died.",
         "bombing"),
        (LEAD + "Let us recall the terrible bombing of the Andean airliner, in which more than 60 people died.",
         "died"),
        (LEAD + "Let us remember the massacre of the miners in Oruro.", "massacre"),
        # a list the parser hangs on the second "let"
        (CAPS_LEAD + "LET US RECALL THE EXPLOSION OF THE AIRLINER, IN WHICH 60 PEOPLE DIED; THE BOMB EXPLOSION "
         "IN THE PRESS CLUB IN SUCRE; THE MURDER OF MANY JUDGES; AND ABOVE ALL, LET US RECALL THE VICTIMS.",
         "MURDER"),
    ],
)
def test_exhortation_to_remember_is_history(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason.startswith("history:exhortation:"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The government recalled its ambassador after the attack on the embassy in Sucre.", "attack"),
        (LEAD + "Residents recalled that gunmen shot two guards at the gate on Monday.", "shot"),
    ],
)
def test_recalling_is_no_exhortation(nlp: Language, text: str, trigger: str) -> None:
    assert _verdict(nlp, text, trigger).keep


# Words that describe people, places and things ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an epithet: a participle of violence before its noun
        (LEAD + '"They carry rifles like the ones used by the murdering militia units in their drills," '
         "a farmer said.", "murdering"),
        # a fight noun naming a kind of place
        (LEAD + "We urge the churches to open shelters for the children and the elderly from the combat zones.",
         "combat"),
        # a participle of harm before a bare plural of people
        (CAPS_LEAD + "WE ALSO ASK THE CHURCHES TO HELP OPEN SPECIAL CAMPS WHERE WOMEN, THE SICK, AND WOUNDED PEOPLE "
         "FROM THE WAR AREAS CAN BE TREATED.", "WOUNDED"),
        # an attack in words between two institutions
        (LEAD + 'Today, Bolivia gave the Peruvian envoy three days to leave the country "because of the '
         'unfounded attacks by the Peruvian government against the national government."', "attacks"),
        # an incident that describes a weapon
        (LEAD + "This decree does not cover the land mines used in the ambush of the police patrol.", "ambush"),
    ],
)
def test_description_is_no_event(nlp: Language, text: str, trigger: str) -> None:
    assert not _verdict(nlp, text, trigger).keep


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The attacking rebels killed four soldiers near the bridge.", "killed"),
        (LEAD + "Rebels killed 12 soldiers in the combat zone near the river on Monday.", "killed"),
        (LEAD + "Twelve wounded people were taken to the hospital in Cobija after the ambush.", "wounded"),
        (LEAD + "The rebels wounded civilians in the market on Monday.", "wounded"),
        # a subject before the participle, however the parser hangs it
        ("On 3 May, suspected bandits wounded farmers working in their fields near Kaya.", "wounded"),
        # an act in a list of acts
        (LEAD + "Soldiers carried out several arrests, tortured villagers, burned granaries and looted houses.",
         "tortured"),
        (LEAD + "The soldiers were wounded in an ambush on the road to Tarija.", "ambush"),
        (LEAD + "The attacks by government troops against the rebels killed nine people near Tarija.", "attacks"),
        (LEAD + "The attack by the regime on the opposition headquarters left five dead.", "attack"),
    ],
)
def test_described_incident_stays(nlp: Language, text: str, trigger: str) -> None:
    assert _verdict(nlp, text, trigger).keep


# Standing feuds and old wars --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "For several months, Gomez's group has been engaged in a fight to the death with the members "
         "of the Leticia cartel.", "fight"),
        (LEAD + "The two gangs have been fighting each other for many years over the port.", "fighting"),
    ],
)
def test_feud_over_months_is_a_tally(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason.startswith("aggregate:"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "It will be the first visit in 100 years (since the 1864 war in which Paraguay fought against "
         "Brazil) by a Paraguayan president.", "fought"),
        # wire copy: a bare year before 1900 dates a noun of [history] dated_nouns
        (CAPS_LEAD + "THIS WILL BE THE FIRST TIME IN 100 YEARS (SINCE THE 1864 WAR OF THE RIVERS IN WHICH "
         "PARAGUAY FOUGHT AGAINST BRAZIL) THAT A PARAGUAYAN LEADER WILL VISIT BRAZIL.", "FOUGHT"),
    ],
)
def test_war_dated_by_its_noun_is_history(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "history:dated:1864", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Troops fought the rebels for several hours near Tarija on Monday.", "fought"),
        (LEAD + "The 18 June attack in which rebels killed four policemen was condemned by the bishops.", "killed"),
    ],
)
def test_dated_incident_stays(nlp: Language, text: str, trigger: str) -> None:
    assert _verdict(nlp, text, trigger).keep


# The future and its means -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The rebels are going to bomb the bridge, a spokesman said.", "bomb"),
        (LEAD + "We were going to attack the post, but the rain stopped us.", "attack"),
        (LEAD + "We will win the peace by fighting the bandits and defeating them in the elections on 4 March.",
         "fighting"),
    ],
)
def test_future_and_its_means_are_hypothetical(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.keep and v.status == "hypothetical", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "He went on to kill two guards at the gate.", "kill"),
        (LEAD + "The army took the town by fighting the rebels street by street on Monday.", "fighting"),
    ],
)
def test_done_act_and_its_means_stay(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.keep and v.status is None, v
