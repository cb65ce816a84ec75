"""Commentary, speeches and communiques that are not incidents: requests and warrants, conditions,
diplomatic protests, verbal attacks, a speaker's relative clauses, idle gerunds, past existential
clauses and equipment words. Each case has a counterpart that reports a real incident and must
stay. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import salience_verdict

PUBLISHED = dt.date(2024, 5, 20)
# a past-tense lead of three sentences, so that the sentence under test is neither the article's
# first nor part of a short present-tense note
LEAD = (
    "Rebels clashed with troops near the border on Monday and burned three houses. "
    "They looted two shops and fled into the hills. The army sent reinforcements. "
)


def _verdict(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict(nlp, LEAD + text, trigger, PUBLISHED)


def _reported(v: salience.Salience) -> bool:
    return v.keep and v.status in (None, "asserted", "claimed")


# Requests, warrants and rewards ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("A warrant for his arrest has been issued.", "arrest", "hypothetical:warrant"),
        ("The prosecutor requested the arrest of two leaders of the group.", "arrest", "hypothetical:request"),
        ("A judge issued warrants for the arrest of five officers.", "arrest", "hypothetical:warrant"),
    ],
)
def test_a_requested_event_is_not_reported(nlp: Language, text: str, trigger: str, reason: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.keep and v.status == "hypothetical" and v.reason == reason, v


def test_a_request_does_not_undo_the_event_it_presupposes(nlp: Language) -> None:
    # the request is for an inquiry; the murder it would clarify happened
    v = _verdict(nlp, "The government agreed to the inquiry requested by the bishops into last Thursday's "
                      "murder of eight people.", "murder")
    assert v.status != "hypothetical", v


def test_arrest_reported_stays(nlp: Language) -> None:
    v = _verdict(nlp, "Police arrested two leaders of the group in the capital.", "arrested")
    assert _reported(v), v


# Conditions and readiness ----------------------------------------------------------------------


def test_in_case_of_is_a_condition(nlp: Language) -> None:
    v = _verdict(nlp, "In case of a confrontation, the people are prepared to defend the country.", "confrontation")
    assert v.status == "hypothetical" and v.reason == "hypothetical:in-case", v


def test_refraining_is_not_using(nlp: Language) -> None:
    v = _verdict(nlp, "The rebels offered to refrain from attacking the towns.", "attacking")
    assert v.status == "hypothetical", v


# Diplomatic protests ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The foreign minister has protested to the Italian ambassador over his remarks.", "protested"),
        ("The government strongly protests the fact that your country lets its territory be used.", "protests"),
        ("The ministry lodged a formal protest with the embassy.", "protest"),
    ],
)
def test_a_diplomatic_protest_is_not_a_demonstration(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "idle:diplomatic-protest", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hundreds of teachers protested outside the ministry on Tuesday.", "protested"),
        ("Residents protested to the county commissioner over the killings.", "protested"),
    ],
)
def test_street_protests_stay(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.reason != "idle:diplomatic-protest", v


# Verbal attacks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("The newspaper launched harsh attacks on the cabinet.", "attacks", "figurative:verbal"),
        ("The court said the decree was an attack on the judicial branch.", "attack",
         "figurative:abstract-target"),
    ],
)
def test_verbal_attacks_are_not_events(nlp: Language, text: str, trigger: str, reason: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == reason, v


def test_an_attack_on_government_forces_stays(nlp: Language) -> None:
    v = _verdict(nlp, "Gunmen carried out an attack on government forces in the market.", "attack")
    assert v.keep and not v.reason.startswith("figurative"), v


# A speaker's relative clauses ------------------------------------------------------------------


def test_relative_clause_about_the_addressee_is_backstory(nlp: Language) -> None:
    v = _verdict(nlp, "Many find it hard to believe that you people, who stormed the courthouse, "
                      "are now protected by the state.", "stormed")
    assert not v.keep and v.reason == "reference:speaker", v


def test_relative_clause_about_a_third_party_is_not_speaker_talk(nlp: Language) -> None:
    v = _verdict(nlp, "The gunmen, who stormed the courthouse, escaped in a stolen car.", "stormed")
    assert v.reason != "reference:speaker", v


# Idle gerunds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The population is taking justice into its own hands by burning people.", "burning"),
        ("The young people showed great interest in fighting in the cities.", "fighting"),
    ],
)
def test_a_gerund_of_manner_or_topic_is_not_an_event(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "generic:gerund", v


def test_a_gerund_under_a_past_verb_stays(nlp: Language) -> None:
    v = _verdict(nlp, "Soldiers ended the siege by storming the compound.", "storming")
    assert v.reason != "generic:gerund", v


# Past existential clauses ----------------------------------------------------------------------


def test_bare_past_existential_is_a_state_of_affairs(nlp: Language) -> None:
    v = _verdict(nlp, "There were incursions, murder and other activities that worried the ministers.",
                 "incursions")
    assert not v.keep and v.reason == "idle:existential-past", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There was an attack on the police post.", "attack"),
        ("There were two explosions.", "explosions"),
    ],
)
def test_past_existential_with_an_article_or_a_number_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.keep, v


# Equipment and units named after fighting ------------------------------------------------------


def test_combat_aviation_is_equipment(nlp: Language) -> None:
    # an adjective of a thing is dropped before typing (classify), no longer left to salience
    from eventscope.extract.classify import detect_mentions

    text = "The report noted a strengthening of the navy and of its combat aviation."
    assert [m for m in detect_mentions(nlp(text)) if text[m.trigger.start : m.trigger.end] == "combat"] == []


# "without" and "demonstrate" meaning "show" ----------------------------------------------------


def test_the_object_of_a_gerund_under_without_did_not_happen(nlp: Language) -> None:
    v = _verdict(nlp, "A slight tremor shook the city without causing any damage.", "damage")
    assert v.status == "negated" and v.reason == "negated:without", v


def test_demonstrated_as_shown_is_no_protest(nlp: Language) -> None:
    v = _verdict(nlp, "The party salutes the courage demonstrated by the leadership.", "demonstrated")
    assert not v.keep and v.reason == "idle:demonstrate-shown", v


def test_people_who_demonstrated_stay(nlp: Language) -> None:
    v = _verdict(nlp, "Students demonstrated in the capital on Friday.", "demonstrated")
    assert _reported(v), v
