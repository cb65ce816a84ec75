"""Scope and detection rules that dropped real events: arrests outside a conflict story, hedges on
who the perpetrators were, killings of political figures under investigation, two statements
joined at a semicolon, protests that blame someone, dates of a person's past, and what the
parser hangs on a protest. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import classify
from eventscope.extract.pipeline import text_for_parsing
from support import mention_triggers, salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


def _subtypes(nlp: Language, text: str) -> list[str]:
    doc = nlp(text_for_parsing(text))
    return [m.sub_event_type for m in classify.detect_mentions(doc)]


def _dropped(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text_for_parsing(text))
    dropped: list[classify.Drop] = []
    classify.detect_mentions(doc, dropped)
    return {text[span.start : span.end]: reason for span, _sentence, reason, _sub in dropped}


_triggers = mention_triggers


# Arrests that are political developments without any violence around ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers rounded up dozens of young men in Kaya on Tuesday.",
        "Gendarmes detained a herder near Djibo on Sunday.",
        "Police in Mombasa detained two foreigners and held them on terrorism charges.",
        "More than 40 hawkers were arrested in Eldoret during a crackdown on Monday.",
        "The former prime minister was arrested at his home in Ouagadougou.",
    ],
)
def test_notable_arrests_are_events(nlp: Language, text: str) -> None:
    assert "Arrests" in _subtypes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was arrested in Nakuru on Friday.",
        "Police arrested two men in Kisii after a quarrel at a bar.",
        "Three women were detained at the airport in Nairobi.",
    ],
)
def test_routine_arrests_stay_out(nlp: Language, text: str) -> None:
    assert "Arrests" not in _subtypes(nlp, text)


# "suspected to be ...": a hedge on who did it, not an allegation that it happened -------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A roadside bomb, suspected to have links with the rebels, detonates near Garissa, killing four soldiers.",
         "detonates"),
        ("Raiders suspected to be linked to Al Shabaab throw grenade into school compound, injuring pupils",
         "injuring"),
    ],
)
def test_hedged_perpetrator_keeps_the_event(nlp: Language, text: str, trigger: str) -> None:
    assert _dropped(nlp, text).get(trigger) != "scope:allegation"
    assert _subtypes(nlp, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A crowd beat a man suspected of stealing a phone.", "stealing"),
        ("Villagers chased away a herder accused of killing a goat.", "killing"),
        ("Police shot a man suspected to have killed his neighbour.", "killed"),
    ],
)
def test_what_someone_is_suspected_of_stays_an_allegation(nlp: Language, text: str, trigger: str) -> None:
    assert _dropped(nlp, text).get(trigger) == "scope:allegation"


# A killing of a political figure under investigation is still political violence ---------------


def test_killing_of_an_activist_is_no_crime_story(nlp: Language) -> None:
    text = (
        "Four men were charged with killing a human rights activist in Nakuru. "
        "The activist's car was sprayed with bullets near a petrol station on Friday."
    )
    assert "sprayed with bullets" in _triggers(nlp, text)


def test_killing_of_a_shopkeeper_stays_a_crime_story(nlp: Language) -> None:
    text = (
        "Four men were charged with killing a shopkeeper in Nakuru. "
        "The shopkeeper was stabbed during a quarrel on Friday."
    )
    assert _dropped(nlp, text).get("stabbed") == "crime-story"


# Two statements at a semicolon; a protest that blames ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bomb attack outside market by unknown group; police blame rebels", "attack"),
        ("Nurses hold protest blaming governor and county secretary for delays surrounding their pay", "protest"),
    ],
)
def test_blame_does_not_reach_the_event(nlp: Language, text: str, trigger: str) -> None:
    assert salience_verdicts(nlp, text, PUBLISHED)[trigger].keep


def test_accusation_of_killings_stays_rhetoric(nlp: Language) -> None:
    verdict = salience_verdicts(nlp, "Activists accused the army of massacres in the north.", PUBLISHED)
    assert not verdict["massacres"].keep


# A date of someone's past does not date the story -------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Former soldiers dismissed in 2015 demonstrated demanding their pensions.", "demonstrated"),
        ("A hundred traders, evicted from the market after the 2016 fire, organised a sit-in to demand new stalls.",
         "sit-in"),
        ("Gunmen who had raided the town in June 2015 ambushed a patrol near Lamu, killing two soldiers.", "ambushed"),
    ],
)
def test_date_of_a_noun_is_no_context(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert not verdict.reason.startswith("history")


def test_story_after_an_old_date_is_still_history(nlp: Language) -> None:
    text = "In March 2012 soldiers detained nine herders near the well. The men were shot at the well."
    verdict = salience_verdicts(nlp, text, PUBLISHED)["shot at"]
    assert not verdict.keep and verdict.reason.startswith("history")


# What the parser hangs on a protest is not always its reason -----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police opened fire on traders who were demonstrating against the decision to close the market again on "
         "Monday and killed two of them in Kisumu.", "killed"),
        ("Soldiers shoot Samburu protesters; four deaths", "deaths"),
    ],
)
def test_later_action_is_no_protest_reason(nlp: Language, text: str, trigger: str) -> None:
    assert _dropped(nlp, text).get(trigger) != "protest-reason"


def test_protested_killing_stays_the_reason(nlp: Language) -> None:
    text = "Hundreds were demonstrating against the death of three men who were killed by soldiers."
    assert _dropped(nlp, text).get("killed") == "protest-reason"


# "demonstrate" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents demonstrate against Ministry of Water and Sanitation affairs officers",
        "Thousands gathered at the stadium to demonstrate their support for the army.",
    ],
)
def test_demonstrating_people_protest(nlp: Language, text: str) -> None:
    assert "Peaceful protest" in _subtypes(nlp, text)


def test_army_showing_strength_is_no_protest(nlp: Language) -> None:
    assert not _subtypes(nlp, "The army demonstrated its strength in a parade through the capital.")


# Attacks that are no figure of speech; a bomb disguised as a household object ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen attack Kipini location, no immediate reports of casualties.",
        "MCA aspirant and supporters attacked by group of youths while on a door-to-door campaign",
    ],
)
def test_real_attacks_are_no_metaphor(nlp: Language, text: str) -> None:
    assert "scope:metaphor" not in _dropped(nlp, text).values()
    assert _subtypes(nlp, text)


def test_attack_on_a_proposal_stays_a_metaphor(nlp: Language) -> None:
    assert not _subtypes(nlp, "The senator attacked the plan on Twitter.")


def test_device_handed_over_by_an_armed_group_is_no_accident(nlp: Language) -> None:
    text = "Al Shabaab operative gives explosive device hidden in a gas cylinder to a driver, then detonates it."
    assert "Remote explosive/landmine/IED" in _subtypes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder explosion killed three people in a restaurant in Nairobi.",
        "A gas explosion at a market in Mandera, where militants are active, killed four traders.",
    ],
)
def test_gas_explosions_stay_accidents(nlp: Language, text: str) -> None:
    assert not _subtypes(nlp, text)
