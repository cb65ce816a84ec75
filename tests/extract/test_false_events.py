"""False events: words of violence that name equipment, a standing state, a topic or a person's
past, and the month "March" read as a march. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import mention_triggers, salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)
# a past-tense story around the sentence under test, so present-tense rules read it as such
PAST_LEAD = "Rebels clashed with troops near the border on Monday and burned three houses. "


def _verdicts(nlp: Language, text: str) -> dict[str, salience.Salience]:
    return salience_verdicts(nlp, text, PUBLISHED)


_triggers = mention_triggers


# The month is not a march ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "THE RADIO STATION ON 29 MARCH BROADCAST SIX MINUTES OF WAR REPORTS.",
        "THE PARTY REJECTED THE 19 MARCH ELECTIONS AS A FARCE.",
        "SINCE THE RULING PARTY WON THE MARCH ELECTION, THE OPPOSITION HAS BEEN SILENT.",
        "The council will meet again in March to discuss the budget.",
    ],
)
def test_month_is_not_a_march(nlp: Language, text: str) -> None:
    assert not any(t.lower() == "march" for t in _triggers(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses march to demand better pay.",
        "Residents held a peaceful march through the town centre on Friday.",
        "THOUSANDS OF WORKERS HELD A MARCH TO THE MAIN SQUARE.",
    ],
)
def test_a_march_stays_a_march(nlp: Language, text: str) -> None:
    assert any(t.lower() == "march" for t in _triggers(nlp, text))


# Equipment is not an event ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Before boarding his aircraft, the envoy said he had achieved his goal.", "aircraft"),
        ("The ministry said the missile project had been frozen for lack of funds.", "missile"),
        ("A helicopter of the presidential staff had technical problems on the way back.", "helicopter"),
    ],
)
def test_idle_equipment_is_dropped(nlp: Language, text: str, trigger: str) -> None:
    v = _verdicts(nlp, text)[trigger]
    assert not v.keep and v.reason.startswith("idle:"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A helicopter gunship fired rockets at the village on Monday, killing two people.", "helicopter"),
        ("Two grenades exploded at a bar in Kisumu on Friday.", "grenades"),
        ("Last night new riots broke out and two bombs went off in the market.", "bombs"),
    ],
)
def test_weapons_in_use_stay(nlp: Language, text: str, trigger: str) -> None:
    v = _verdicts(nlp, text)[trigger]
    assert v.keep, v


def test_event_word_modifying_a_kind_of_thing_is_dropped(nlp: Language) -> None:
    v = _verdicts(nlp, "The members of the death squads walk free in the capital.")["death"]
    assert not v.keep and v.reason == "idle:modifier:squads", v


def test_event_word_modifying_an_event_noun_stays(nlp: Language) -> None:
    v = _verdicts(nlp, "The death toll from the ambush near Garissa rose to nine on Tuesday.")
    assert any(x.keep for x in v.values()), v


# Abstract talk of violence ---------------------------------------------------------------------


def test_abstract_violence_in_a_story_is_dropped(nlp: Language) -> None:
    text = PAST_LEAD + "The minister said that violence has no place in a democracy."
    v = _verdicts(nlp, text)["violence"]
    assert not v.keep and v.reason == "idle:abstract", v


def test_violence_with_a_place_and_count_stays(nlp: Language) -> None:
    text = PAST_LEAD + "Communal violence in Molo left three people dead."
    v = _verdicts(nlp, text)
    assert any(x.keep for x in v.values()), v


# Agreements as a topic -------------------------------------------------------------------------


def test_agreement_as_topic_is_dropped(nlp: Language) -> None:
    text = "Rebels attacked a convoy in the north. The envoy said the rebels were working on that agreement."
    v = _verdicts(nlp, text)["agreement"]
    assert not v.keep and v.reason == "idle:agreement", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government and the rebels signed a peace agreement in the capital on Tuesday.", "peace agreement"),
        ("After weeks of fighting with the militia, a ceasefire took effect at midnight.", "ceasefire"),
    ],
)
def test_agreement_that_happened_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdicts(nlp, text)[trigger]
    assert v.keep, v


# Control as a state ----------------------------------------------------------------------------


def test_standing_control_is_dropped(nlp: Language) -> None:
    text = "The rebels attacked the town. The army said it has absolute control over the region."
    v = _verdicts(nlp, text)["control"]
    assert not v.keep and v.reason == "idle:control", v


def test_taking_control_stays(nlp: Language) -> None:
    v = _verdicts(nlp, "Rebels took control of the town on Monday.")["took control"]
    assert v.keep, v


# References to someone's past, records of the many ---------------------------------------------


def test_relative_clause_about_a_person_is_dropped(nlp: Language) -> None:
    text = "The suspect had been linked with the death of a minister, Mr Okello, who was murdered."
    v = _verdicts(nlp, text)["murdered"]
    assert not v.keep and v.reason == "reference:relative", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the victim is the subject of the story
        ("A man who was killed had his eyes gouged out while a woman was shot at Malkagufu.", "killed"),
        # a number anchors the phrase
        ("Pirates captured the ship with 46 crew members on board who were then held captive.", "held captive"),
        # a place, not a person
        ("The gunmen retreated to a nearby building, where they were killed by security forces.", "killed"),
    ],
)
def test_relative_clauses_that_report_stay(nlp: Language, text: str, trigger: str) -> None:
    found = _verdicts(nlp, text)
    assert trigger in found, sorted(found)
    assert found[trigger].keep, found[trigger]


def test_record_of_unnumbered_many_is_dropped(nlp: Language) -> None:
    v = _verdicts(nlp, "They have murdered judges, a minister of justice and journalists.")["murdered"]
    assert not v.keep and v.reason == "generic:perfect-many", v


def test_present_perfect_with_a_concrete_victim_stays(nlp: Language) -> None:
    v = _verdicts(nlp, "Residents of Kadem have lynched a man for poisoning their cows.")["lynched"]
    assert v.keep, v
