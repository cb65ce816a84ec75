"""False events, part 2: talk about a conflict that reports no incident. A campaign against a
crime or a scourge, "the target of attacks" as a standing state, and a present progressive after
the lead. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import salience_verdict, salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)
# a past-tense lead, so that the sentence under test is not the article's first
LEAD = "Rebels clashed with troops near the border on Monday and burned three houses. "


def _verdicts(nlp: Language, text: str) -> dict[str, salience.Salience]:
    return salience_verdicts(nlp, text, PUBLISHED)


def _dropped(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict(nlp, text, trigger, PUBLISHED)


# A campaign against a crime or a scourge is not a battle ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The police, who are fighting drug trafficking, made no comment.", "fighting"),
        (LEAD + "Those who fight terrorism deserve the support of every citizen.", "fight"),
        (LEAD + "The minister said the fight against drug trafficking had cost the country dearly.", "fight"),
        (LEAD + "The summit was devoted to the fight against drugs.", "fight"),
        (LEAD + "The agency has spent millions combating smuggling along the coast.", "combating"),
        (LEAD.upper() + "THE CABINET DISCUSSED THE FIGHT AGAINST DRUGS AND THE COFFEE TRADE.", "FIGHT"),
    ],
)
def test_campaign_against_a_scourge_is_not_an_event(nlp: Language, text: str, trigger: str) -> None:
    v = _dropped(nlp, text, trigger)
    assert not v.keep and v.reason.startswith("campaign:"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Soldiers fought the rebels for two hours outside the village.", "fought"),
        (LEAD + "Police fought armed smugglers at the port, killing two of them.", "fought"),
        (LEAD + "The fight against the militia left four people dead in the market.", "fight"),
    ],
)
def test_fighting_people_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _dropped(nlp, text, trigger)
    assert not v.reason.startswith("campaign:"), v


# "The target of attacks" as a standing state ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The country has been the target of terrorist attacks for a long time.", "target"),
        (LEAD + "We are the target of constant military attacks.", "target"),
        (LEAD + "Local reporters have become the victims of attacks by all sides.", "attacks"),
    ],
)
def test_target_of_attacks_is_a_state(nlp: Language, text: str, trigger: str) -> None:
    v = _dropped(nlp, text, trigger)
    assert not v.keep and v.reason == "generic:target", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The embassy was the target of a bomb attack.", "target"),
        (LEAD + "The convoy was the target of two ambushes on Sunday.", "target"),
        (LEAD + "The residence is the target.", "target"),
    ],
)
def test_target_of_one_attack_stays(nlp: Language, text: str, trigger: str) -> None:
    found = _verdicts(nlp, text)
    if trigger in found:
        assert found[trigger].reason != "generic:target", found[trigger]


# A violent verb in the present progressive in a relative clause: who someone is ---------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The soldiers, who are dying for their country, deserve better pay.", "dying"),
        (LEAD + "We cannot talk to an army that is killing our people.", "killing"),
        (LEAD + "He praised the police officers who are fighting the rebels.", "fighting"),
    ],
)
def test_present_progressive_talk_is_dropped(nlp: Language, text: str, trigger: str) -> None:
    v = _dropped(nlp, text, trigger)
    assert not v.keep and v.reason == "generic:progressive", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the lead reports what is going on
        ("Rebels are attacking the army base with mortars.", "attacking"),
        # a main clause reports an ongoing incident
        (LEAD + "The radio said that the guerrillas are attacking the barracks.", "attacking"),
        # an ongoing protest is an event
        (LEAD + "The strike of drivers who are protesting against fuel prices goes on.", "protesting"),
        # an ongoing incident with its own place, count or time
        (LEAD + "Troops are fighting rebels in Kismayo.", "fighting"),
        (LEAD + "Gunmen are holding 12 passengers on the bus.", "holding"),
        (LEAD + "Rebels are shelling the town this morning.", "shelling"),
    ],
)
def test_ongoing_incident_stays(nlp: Language, text: str, trigger: str) -> None:
    found = _verdicts(nlp, text)
    if trigger in found:
        assert found[trigger].reason != "generic:progressive", found[trigger]


# Agreements between governments or firms are not conflict agreements ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed a cooperation agreement to combat drug trafficking.",
        "The ministers renewed the fishing agreements between the two countries to combat piracy.",
        LEAD + "The two governments signed a trade accord in the capital.",
        LEAD + "The army chief criticized the military aid agreement with the United States.",
        "The two governments signed a military aid agreement to fight the rebels.",
    ],
)
def test_agreement_between_governments_is_not_an_event(nlp: Language, text: str) -> None:
    found = {k: v for k, v in _verdicts(nlp, text).items() if k.lower().startswith(("agreement", "accord"))}
    # (with no armed party or truce in their sentence, detection already leaves them out: no mention)
    assert all(not v.keep and v.reason == "idle:agreement-kind" for v in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels and the government signed a peace agreement on Monday.",
        "The two armies signed an agreement on a ceasefire along the border.",
    ],
)
def test_conflict_agreement_stays(nlp: Language, text: str) -> None:
    found = _verdicts(nlp, text)
    assert found
    assert all(v.reason != "idle:agreement-kind" for v in found.values()), found


# A participle of an event noun dates it --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The new law is part of the peace agreement signed in November 2019.", "peace agreement"),
        (LEAD + "The attack carried out in March 1985 is still unsolved.", "attack"),
    ],
)
def test_participle_date_makes_history(nlp: Language, text: str, trigger: str) -> None:
    v = _dropped(nlp, text, trigger)
    assert not v.keep and v.reason.startswith("history:dated"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a recent date in the participle anchors the incident
        (LEAD + "Police defused the bomb planted near the market on Sunday.", "bomb"),
        # an -ing clause is another action: its date does not date the event noun
        ("Sit-in of policemen protesting against their dismissal in 2011", "Sit-in"),
    ],
)
def test_participle_date_keeps_recent_or_other(nlp: Language, text: str, trigger: str) -> None:
    found = _verdicts(nlp, text)
    if trigger in found:
        assert not found[trigger].reason.startswith("history:dated"), found[trigger]


# A seizure of evidence or contraband is not looting --------------------------------------------


def test_seized_documents_are_not_looting(nlp: Language) -> None:
    v = _dropped(nlp, LEAD + "Police examined the seized documents.", "seized")
    assert not v.keep and v.reason == "idle:seizure", v


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Gunmen seized ten carts from farmers.",
        LEAD + "Militants seized livestock and documents in the village.",
    ],
)
def test_seized_goods_stay_looting(nlp: Language, text: str) -> None:
    v = _dropped(nlp, text, "seized")
    assert v.keep and v.reason != "idle:seizure", v


@pytest.mark.parametrize(("text", "trigger"), [
    ("A woman died after being struck by a police cruiser responding to a call.", "died"),
    ("Two pedestrians were killed when a bus hit them on the highway on Sunday.", "killed"),
    ("Three people died in a road accident near Voi on Monday.", "died"),
])
def test_a_road_accident_is_no_event(nlp: Language, text: str, trigger: str) -> None:
    v = _verdicts(nlp, text).get(trigger)
    assert v is None or not v.keep


@pytest.mark.parametrize(("text", "trigger"), [
    ("A military vehicle hit an IED near Mandera, killing two soldiers.", "killing"),
    ("Gunmen opened fire on a bus near Lamu, killing five passengers.", "killing"),
    ("A truck rammed into a crowd of marchers in the capital, killing three.", "killing"),
])
def test_violence_involving_a_vehicle_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdicts(nlp, text).get(trigger)
    assert v is None or v.reason != "accident"


def test_a_toll_after_an_accident_is_the_accidents(nlp: Language) -> None:
    text = ("A bus collided with a lorry near Naivasha on Tuesday night. "
            "Two of the injured later died in hospital.")
    v = _verdicts(nlp, text).get("died")
    assert v is None or not v.keep


def test_a_vehicle_that_only_stopped_makes_no_accident(nlp: Language) -> None:
    text = ("The matatu stopped at the market and two men posing as police officers took the passengers away. "
            "Their bodies were found in a river two days later.")
    v = _verdicts(nlp, text).get("bodies")
    assert v is None or v.reason != "accident"


# an opinion piece: longer than a note, in the present tense throughout
ESSAY = ("Wars rarely end on the battlefield. Donors like quick results. Ministers like parades. "
         "Armed groups can be defeated in a town and return a year later. "
         "Air strikes kill fighters, but they also kill farmers. Courts and roads take longer. "
         "Villages remember who came to help.")


@pytest.mark.parametrize("trigger", ["defeated", "Air strikes", "kill"])
def test_generalisations_in_a_present_tense_essay_are_no_events(nlp: Language, trigger: str) -> None:
    v = _verdicts(nlp, ESSAY).get(trigger)
    assert v is None or not v.keep


def test_a_short_present_tense_note_still_reports_events(nlp: Language) -> None:
    v = _verdicts(nlp, "Gunmen kill two traders in Mandera. Police launch a manhunt.").get("kill")
    assert v is not None and v.keep


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Truck drivers abandoned their vehicles on the highway to protest low pay.", "protest", None),
    ("Farmers took to the streets of Eldoret to demand better maize prices.", "demand", None),
    ("Teachers plan to protest on Monday over pay.", "protest", "hypothetical"),
    ("The union called on its members to protest next week.", "protest", "hypothetical"),
])
def test_a_protest_as_the_purpose_of_a_done_act_took_place(nlp: Language, text: str, trigger: str,
                                                          status: str | None) -> None:
    v = _verdicts(nlp, text).get(trigger)
    if v is None:  # the act itself was the trigger ("took to the streets")
        assert status is None
        return
    # hypothetical either by the mention's own status (a plan verb) or by salience's verdict
    hypothetical = v.status == "hypothetical" or v.reason == "status:hypothetical"
    assert v.keep and hypothetical == (status == "hypothetical")


def test_what_an_existential_clause_says_exists_is_no_incident(nlp: Language) -> None:
    assert not _verdicts(nlp, LEAD + "There has been much war here, many deaths.")["deaths"].keep
    kept = _verdicts(nlp, LEAD + "There have been 14 deaths in Baidoa since the weekend.")
    assert kept["deaths"].keep


def test_every_conjunct_under_a_trend_noun_is_a_trend(nlp: Language) -> None:
    v = _verdicts(nlp, LEAD + "Officials admitted a wave of kidnapping and murder of traders.")
    assert not v["kidnapping"].keep and not v["murder"].keep
