"""Strategic-development words that report no act: damage of a non-violent kind or only rated
("what commercial damage can the embargo cause", "the damage is huge"), and "operations" of a
non-violent kind or of a business ("a psychological war operation", "a firm with varied
operations"), and measures that "can be" taken ("leave can be suspended for 30 days"). Each
rule keeps the real development next to it. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract.salience import Salience
from support import DROPPED_AT_DETECTION, PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _verdict(nlp: Language, text: str, trigger: str) -> Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


# Damage of a non-violent kind, or only rated --------------------------------------------------


def test_economic_damage_is_no_property_destruction(nlp: Language) -> None:
    text = PAST_STORY + "The minister said the economic damage from the strike had reached ten million dollars."
    assert _verdict(nlp, text, "damage") == DROPPED_AT_DETECTION


def test_rated_damage_in_an_interview_is_no_property_destruction(nlp: Language) -> None:
    text = PAST_STORY + (
        "What commercial damage can this embargo cause the coffee growers of the south? "
        "The damage is huge, said the minister."
    )
    assert _verdict(nlp, text, "damage") == DROPPED_AT_DETECTION


def test_damage_done_to_something_stays(nlp: Language) -> None:
    text = "Rebels blew up a bridge near Velaro on Monday. The damage to the bridge is severe."
    assert _verdict(nlp, text, "damage").keep
    text = "Rebels blew up two pylons near Velaro on Monday, causing heavy damage."
    assert _verdict(nlp, text, "damage").keep


# Operations of a non-violent kind or of a business ---------------------------------------------


def test_business_operations_are_no_armed_operation(nlp: Language) -> None:
    text = PAST_STORY + "One firm with varied operations in Chile was the agency owned by a former commando officer."
    assert _verdict(nlp, text, "operations") == DROPPED_AT_DETECTION


def test_psychological_war_operation_is_words(nlp: Language) -> None:
    text = PAST_STORY + (
        "Officials said the pause announced by the rebels was a psychological war operation started by the army."
    )
    assert _verdict(nlp, text, "operation") == DROPPED_AT_DETECTION


def test_armed_operation_stays(nlp: Language) -> None:
    text = "The army launched a military operation against the rebels near Velaro on Monday."
    assert _verdict(nlp, text, "military operation").keep
    text = "The police conducted a security operation in the market district of Velaro on Monday."
    assert _verdict(nlp, text, "security operation").keep


# Measures that "can be" taken ---------------------------------------------------------------


def test_measure_that_can_be_taken_is_a_power_not_a_measure(nlp: Language) -> None:
    text = PAST_STORY + (
        "All leave for soldiers can be suspended for 30 days when the minister so decides, the decree says."
    )
    assert not _verdict(nlp, text, "suspended").keep


def test_measure_taken_stays(nlp: Language) -> None:
    text = "The army suspended all leave for soldiers on Monday after rebels attacked Velaro."
    s = _verdict(nlp, text, "suspended")
    assert s.keep and s.status is None
