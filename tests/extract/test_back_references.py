"""Back-references and strategic-development misfires: an incident named only as what a case, an
accusation or a controversy is about; an agreement talked about rather than concluded; "operations"
as a standing activity; a numbered demand; a looting verb with an abstract object; a cause of a
step dated months back. Each
rule has a real event beside it that must stay. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import salience_verdict_or_detect, salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)
# a past-tense lead, so that the sentence under test is not the article's first
LEAD = "Rebels clashed with troops near the border on Monday and burned three houses. "


def _verdict(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


# An incident that is only the topic of a case, an accusation or a controversy ------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The senator was accused of the assassination of the party chairman.", "assassination"),
        (LEAD + "He then turns to the controversy regarding the kidnapping of the mayor's son.", "kidnapping"),
        (LEAD + "The judge said the ruling on the kidnappers had been overturned.", "kidnappers"),
        (LEAD + "The gang set fire to a bus to avenge the arrest of its leader.", "arrest"),
        (LEAD + "The court reopened the case on the murder of the journalist.", "murder"),
    ],
)
def test_topic_of_a_case_is_background(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason.startswith("history:topic:"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the noun carries its own count and place: a new incident the accusation reports
        (LEAD + "Police accused the militia of the murder of four farmers in Kasane.", "murder"),
        # an investigation usually follows a crime the article reports: left alone
        (LEAD + "Police opened an investigation into the murder of the shopkeeper.", "murder"),
        # a short note reports the incident this way
        (LEAD + "Police reservist implicated in murder of farmer.", "murder"),
        (LEAD + "Gunmen kidnapped the son of the mayor in the town centre.", "kidnapped"),
    ],
)
def test_reported_incident_under_accusation_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.reason.startswith("history:topic:"), v


# An agreement talked about, not concluded -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "I believe that it is a matter of reaching agreements with the rebels.", "agreements"),
        (LEAD + "Far from achieving a truce, the two sides traded accusations.", "truce"),
        (LEAD + "The report said that a spy, who had surrendered to the army, carried the maps.", "surrendered"),
        (LEAD + "We have made an effort so that agreements with the rebels can be reached soon.", "agreements"),
        (LEAD + "The rebel front has violated the agreements it signed in the capital.", "agreements"),
    ],
)
def test_agreement_talk_is_not_an_agreement(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "idle:agreement-talk", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The government and the rebels signed a ceasefire agreement in the capital.", "agreement"),
        (LEAD + "The two factions reached an agreement to exchange prisoners.", "agreement"),
        (LEAD + "The clans agreed to sign a truce after the talks.", "truce"),
        (LEAD + "The clans agreed to respect the truce after the talks.", "truce"),
    ],
)
def test_concluded_agreement_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.reason != "idle:agreement-talk", v


# "Operations" as a standing activity --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The minister added that antisubversive operations have forced the groups to retreat.",
         "operations"),
        (LEAD + "Three soldiers of the special operations group travelled with the envoy.", "operations"),
    ],
)
def test_operations_as_an_activity_are_not_events(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "idle:operations", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Hundreds of soldiers are carrying out large-scale operations in the northern hills.", "operations"),
        (LEAD + "Police carried out several operations, including a raid on the mayor's home.", "operations"),
    ],
)
def test_operation_under_way_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.reason != "idle:operations", v


# A numbered item of a list of demands --------------------------------------------------------------


def test_numbered_demand_is_hypothetical(nlp: Language) -> None:
    text = LEAD + "The front set out its demands.\n4. Suspend conscription in the rural districts."
    v = _verdict(nlp, text, "Suspend")
    assert v.keep and v.status == "hypothetical" and v.reason == "hypothetical:demand-item", v


def test_numbered_report_stays(nlp: Language) -> None:
    text = LEAD + "The army listed the incidents.\n2. Rebels burned the town hall in Kolo on Sunday."
    v = _verdict(nlp, text, "burned")
    assert v.reason != "hypothetical:demand-item", v


# A verb of looting or destruction with an abstract object ------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The blight is destroying the possibility of planting other crops.", "destroying"),
        (LEAD + "Aid to the exiles has become a burning issue in the capital.", "burning"),
        (LEAD + "The scandal has destroyed the confidence of the voters.", "destroyed"),
    ],
)
def test_abstract_object_is_not_looting(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason in ("figurative:abstract-object", "detect"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Looting of shops and financial institutions in the old town.", "Looting"),
        (LEAD + "Youths looted two shops near the market.", "looted"),
    ],
)
def test_looting_property_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.reason != "figurative:abstract-object", v


# What came before a step dated months back ---------------------------------------------------------


def test_cause_of_an_old_step_is_history(nlp: Language) -> None:
    text = (LEAD + "The cabinet decided to expel the envoys on 2 February, following the assassinations "
            "of the governor and a senator.")
    v = _verdict(nlp, text, "assassinations")
    assert not v.keep and v.reason.startswith("history:before:"), v


def test_cause_of_a_recent_step_stays(nlp: Language) -> None:
    text = (LEAD + "The cabinet decided to expel the envoys on 18 May, following the assassinations "
            "of the governor and a senator.")
    v = _verdict(nlp, text, "assassinations")
    assert not v.reason.startswith("history:before:"), v


# A diplomatic or political suspension -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The talks between the two delegations were suspended indefinitely on Wednesday.", "suspended"),
        (LEAD + "The republic suspended all relations with its neighbour.", "suspended"),
        (LEAD + "The republic suspended all types of relations with its neighbour.", "suspended"),
    ],
)
def test_suspended_talks_are_not_a_change_of_activity(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason in ("idle:suspended-politics", "detect"), v


def test_suspended_classes_stay(nlp: Language) -> None:
    v = _verdict(nlp, LEAD + "Teachers in the district suspended classes after the raid.", "suspended")
    assert v.reason != "idle:suspended-politics", v


# A supposition under a future: "once arrested, he will ..." ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Once arrested, the colonel will have to explain to the court why he had the rifles.", "arrested"),
        (LEAD + "When shops are looted, no one will invest in the town.", "looted"),
        (LEAD + "When shops are damaged or looted, no one will invest in the town.", "looted"),
        (LEAD + "If a curfew is discussed, it is only to protect the residents.", "curfew"),
        (LEAD + "Aid will continue until the rebels surrender their arms.", "surrender"),
    ],
)
def test_future_condition_is_hypothetical(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.status == "hypothetical", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "When the rebels attacked the post, the guards fled into the forest.", "attacked"),
        (LEAD + "The army has provided no figures on the dead and injured.", "injured"),
    ],
)
def test_reported_clause_stays_asserted(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.status != "hypothetical", v


# A participle that says what people are; custody as a standing state --------------------------------


def test_descriptive_participle_is_not_an_event(nlp: Language) -> None:
    text = LEAD + "In that sector there are camps of disarmed former combatants."
    v = _verdict(nlp, text, "disarmed")
    assert not v.keep and v.reason in ("idle:participle", "detect"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Soldiers disarmed forty former combatants at the camp on Sunday.", "disarmed"),
        (LEAD + "Ten people were killed during a thwarted attack on the councillor.", "thwarted"),
    ],
)
def test_disarming_people_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.reason != "idle:participle", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "About 400 people remain in custody awaiting rulings.", "in custody"),
        (LEAD + "The rebel leader is currently in custody and facing trial.", "in custody"),
    ],
)
def test_standing_custody_is_not_an_arrest(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "idle:custody", v


def test_taken_into_custody_stays(nlp: Language) -> None:
    text = LEAD + "Police took three suspects into custody in the market on Sunday."
    v = _verdict(nlp, text, "custody")
    assert v.reason != "idle:custody", v


def test_event_words_in_a_listed_case_title_are_background(nlp: Language) -> None:
    text = (LEAD + "The decree lists the cases.\n"
            'Case no. 4411 entitled "Doe, John and others, on murder and kidnapping": Roe, Richard.')
    v = _verdict(nlp, text, "murder")
    assert not v.keep and v.reason.startswith("history:topic:"), v


def test_custody_of_someone_released_is_background(nlp: Language) -> None:
    text = LEAD + "The militant, held in custody for the attempt on the judge, was set free."
    v = _verdict(nlp, text, "in custody")
    assert not v.keep and v.reason == "idle:custody", v


def test_arrest_of_someone_released_stays(nlp: Language) -> None:
    text = LEAD + "The student, who was arrested in Kisumu, was released on bail."
    v = _verdict(nlp, text, "arrested")
    assert v.keep and v.reason != "idle:custody", v


# Security measures as a circumstance; words that only look like strategic developments --------------


def test_security_measures_as_circumstance_are_not_an_event(nlp: Language) -> None:
    text = LEAD + "The delegates arrived at the palace under strict security measures."
    v = _verdict(nlp, text, "security measures")
    assert not v.keep and v.reason == "idle:circumstance", v


def test_security_measures_taken_stay(nlp: Language) -> None:
    text = LEAD + "The police imposed strict security measures in the port town on Sunday."
    v = _verdict(nlp, text, "security measures")
    assert v.reason != "idle:circumstance", v


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "He pointed out some defects in our penal procedures.",
        LEAD + "The parties have closed the door to any dialogue with the rebels.",
    ],
)
def test_flaws_and_idioms_are_not_triggers(nlp: Language, text: str) -> None:
    found = salience_verdicts(nlp, text, PUBLISHED)
    assert not {"defects", "closed"} & set(found), found


def test_soldiers_defecting_stay(nlp: Language) -> None:
    found = salience_verdicts(nlp, LEAD + "Twelve soldiers defected to the rebels in the north.", PUBLISHED)
    assert "defected" in found, found


def test_curfew_as_circumstance_still_names_the_curfew(nlp: Language) -> None:
    text = LEAD + "Gendarmes raided a home amid the curfew imposed in the town."
    v = _verdict(nlp, text, "curfew")
    assert v.reason != "idle:circumstance", v
