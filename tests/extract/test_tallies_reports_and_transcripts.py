"""Violence and remote-violence mentions that report no new incident. Tolls
shared by an elided participle or framed by an opening period, a report branded false, verbs
coordinated under a present perfect or a relative clause, harms done to classes of people,
weapon and aircraft nouns naming equipment, and "on that occasion" after an old date. Each rule
has a real incident beside it that must stay. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import classify, salience
from eventscope.extract.pipeline import text_for_parsing
from support import salience_verdict_or_detect

PUBLISHED = dt.date(1990, 6, 20)
# a past-tense lead, so that the sentence under test is not the article's first
LEAD = "Rebels clashed with troops near the border on Monday and burned three houses. "


def _verdict(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


# Tallies ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the second participle shares the first one's auxiliary, and its tally
        (LEAD + "Officials said recently that 3,000 people have been killed and 1,500 wounded in the region.",
         "wounded"),
        ("it was reported recently that 3,000 people have been killed, 1,500 wounded -- many of them maimed "
         "-- and hundreds are missing.", "wounded"),
        # a period that opens the sentence frames its toll, wherever the parser hangs it
        (LEAD + "During the six months of the campaign the army has been waging against the cartels, "
         "some 15 prosecutors have been murdered by gunmen.", "murdered"),
        # a number word counts as a number
        ("the gangs who, sheltered by the powerful, have murdered with impunity tens of thousands of humble "
         "peasants.", "murdered"),
    ],
)
def test_tally_up_to_now_is_dropped(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason.startswith("aggregate:"), v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Gunmen killed four people and wounded six in Tula on Monday.", "wounded"),
        (LEAD + "During the night, gunmen killed three guards at the depot.", "killed"),
        (LEAD + "In the past three days, two prosecutors have been murdered in Tula.", "murdered"),
    ],
)
def test_incident_toll_stays(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert v.keep and v.status is None, v


# A report branded false ------------------------------------------------------------------------


def test_erroneous_report_negates_its_topic(nlp: Language) -> None:
    v = _verdict(nlp, LEAD + "The erroneous report on her injury was carried by a local radio station.", "injury")
    assert v.keep and v.status == "negated" and v.reason == "negated:false-report", v


def test_plain_report_keeps_its_topic(nlp: Language) -> None:
    v = _verdict(nlp, LEAD + "A report on the attack on the police station was published on Monday.", "attack")
    assert v.keep and v.status is None, v


# Verbs coordinated under a present perfect or a relative clause ---------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        # "has murdered ... and shelled": the perfect describes the regime, for every conjunct
        (LEAD + 'The rebels say the accords "back the worst abuser of rights in the region, a regime that has '
         'murdered and harassed the bishops and shelled the rural population."', "shelled", "generic:relative"),
        (LEAD + '"The continuous reports about unknown persons who have been murdered or kidnapped in remote '
         'areas have disturbed people," he added.', "kidnapped", "reference:relative"),
    ],
)
def test_conjunct_shares_its_clause(nlp: Language, text: str, trigger: str, reason: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == reason, v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The army has attacked the town of Paso and shelled its outskirts.", "shelled"),
        ("the rebels said in a statement that the army has killed two farmers and burned their houses in the "
         "village.", "burned"),
    ],
)
def test_conjunct_of_a_reported_perfect_stays(nlp: Language, text: str, trigger: str) -> None:
    assert _verdict(nlp, text, trigger).keep


# Harms done to classes of people ---------------------------------------------------------------


def test_harm_to_several_classes_is_a_practice(nlp: Language) -> None:
    text = '"the killing and abduction of teachers, union leaders, farmers, and nurses has us worried," she said.'
    v = _verdict(nlp, text, "abduction")
    assert not v.keep and v.reason == "generic:classes", v


def test_harm_to_counted_people_stays(nlp: Language) -> None:
    v = _verdict(nlp, LEAD + "The abduction of 12 teachers and nurses near Tula was confirmed.", "abduction")
    assert v.keep, v


# Weapon and aircraft nouns naming equipment ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "placed under control" is a measure, not a weapon placed
        (LEAD + "All private aircraft have been placed under military control by the air force.", "aircraft"),
        # an act word that only modifies another aircraft noun names a kind of plane
        (LEAD + "Fighter jets, combat planes and reconnaissance aircraft are patrolling the border.", "aircraft"),
    ],
)
def test_equipment_is_not_an_event(nlp: Language, text: str, trigger: str) -> None:
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "idle:instrument", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "A bomb was placed under a car outside the hotel.", "bomb"),
        (LEAD + "Combat helicopters fired rockets at the village.", "helicopters"),
    ],
)
def test_weapon_in_use_stays(nlp: Language, text: str, trigger: str) -> None:
    assert _verdict(nlp, text, trigger).keep


# "On that occasion" after an old date ----------------------------------------------------------


def test_on_that_occasion_takes_the_old_date(nlp: Language) -> None:
    text = (
        "The decree was issued on 12 March. On that occasion, when Senator Pedro Ruiz was assassinated, "
        "the president declared war on the cartels."
    )
    v = _verdict(nlp, text, "assassinated")
    assert not v.keep and v.reason.startswith("history:context:"), v


@pytest.mark.parametrize(
    "text",
    [
        # a recent date: the story told on
        "The mayor was attacked on 14 June. On that occasion, two of his guards were wounded by the gunmen.",
        # no anaphor: a day date alone does not carry over
        "The decree was issued on 12 March. Two of the guards were wounded by the gunmen.",
    ],
)
def test_recent_or_unlinked_date_keeps_the_incident(nlp: Language, text: str) -> None:
    assert _verdict(nlp, text, "wounded").keep


# An untold many killed for a reason ------------------------------------------------------------


def test_many_killed_for_a_reason_is_a_tally(nlp: Language) -> None:
    text = LEAD + "Many honest farmers have been murdered for the simple reason of refusing to pay the gangs."
    v = _verdict(nlp, text, "murdered")
    assert not v.keep and v.reason == "aggregate:many", v


def test_many_killed_in_a_named_place_stays(nlp: Language) -> None:
    assert _verdict(nlp, LEAD + "Many civilians have been killed in the village of Paso.", "killed").keep


# Bare plurals set off in bare-plural places ------------------------------------------------------


@pytest.mark.parametrize("trigger", ["bombs", "detonated"])
def test_plural_perfect_in_plural_places_is_generic(nlp: Language, trigger: str) -> None:
    text = (
        LEAD + "Union offices have been raided; farmers have been victims of attacks; bombs and grenades have "
        "been detonated in public squares; and the rebels are blamed for it."
    )
    v = _verdict(nlp, text, trigger)
    assert not v.keep and v.reason == "generic:plural-perfect", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "Three bombs have exploded in shops in Tula.", "exploded"),
        (LEAD + "Bombs have exploded in markets in Tula since Monday.", "exploded"),
    ],
)
def test_counted_or_placed_bombs_stay(nlp: Language, text: str, trigger: str) -> None:
    assert _verdict(nlp, text, trigger).keep


# Words of the transcript's frame: a dateline source, a speaker label ----------------------------


def test_publication_name_is_not_a_death(nlp: Language) -> None:
    # the newspaper in the dateline, and the same name labelling its interviewer's turns
    text = (
        "MUNICH (FRG), 4 MAR 90 (DIE WOCHE) -- [INTERVIEW WITH THE FOREIGN MINISTER BY HANS MUELLER] [TEXT] "
        "DIE WOCHE: YOUR PARTY LOST VOTES IN THE NORTH.\n\n[MINISTER] WE WILL WIN THEM BACK.\n\n"
        "DIE WOCHE: AND THE COALITION?"
    )
    doc = nlp(text_for_parsing(text))
    assert [m for m in classify.detect_mentions(doc) if text[m.trigger.start : m.trigger.end] == "DIE"] == []


def test_heading_of_a_note_stays(nlp: Language) -> None:
    # a single "Label:" heads a note: the event itself
    text = "Raid: 200 goats stolen by a gang of 300 near Baringo."
    doc = nlp(text_for_parsing(text))
    assert [m for m in classify.detect_mentions(doc) if text[m.trigger.start : m.trigger.end] == "Raid"]


def test_death_after_a_dateline_stays(nlp: Language) -> None:
    text = "LIMA, 3 MAY 90 (EFE) -- [TEXT] THREE SOLDIERS DIED WHEN REBELS AMBUSHED THEIR PATROL NEAR AYACUCHO."
    assert _verdict(nlp, text, "DIED").keep


def test_explosion_of_an_ideal_is_an_image(nlp: Language) -> None:
    # (the parser reads "freedom coincides" as one noun)
    text = LEAD + "THIS EXPLOSION OF FREEDOM COINCIDES WITH THE RETURN OF DEMOCRACY IN PERU."
    v = _verdict(nlp, text, "EXPLOSION")
    assert not v.keep and v.reason.startswith("figurative:"), v
