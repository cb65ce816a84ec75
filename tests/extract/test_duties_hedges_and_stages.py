"""Developments and incidents that are roles, guesses, drills or images rather than steps taken:

* an activity inside a duty someone is given or holds ("assigned the task of coordinating all
  units and security operations in the province");
* a past form the parser coordinated with a bare infinitive, which can only be an adjective on
  the noun after it ("would endanger civilians or occupied buildings");
* a development an adverb makes a guess ("have probably fled to a neighbouring country");
* an event noun listed among the phases of a procedure ("four stages, namely: detection,
  tracking, interception and destruction");
* a firm closed by a regulator ("a finance company was closed because it laundered money");
* a captivity told with how long it lasted in months or years ("was taken hostage for 18
  months");
* a bare "a battle" that only tells a time in a description ("the mines remain live after a
  battle");
* a handover of office ("the junta surrendered power after years of dictatorship");
* ills as the agents of a harm verb ("harassed by attempted coups, corruption, ineptness and
  insurgent activities");
* a pilot killed when trying to land (the flight's accident);
* a whole country said to have been taken over ("Haiti has been taken over by the gangs"): who
  holds power, not ground changing hands;
* "operation" in the middle of a chain of nouns the parser took for a name ("in port operation
  jargon");
* people of no armed side fleeing, told three sentences or more away from any violence (a
  flight is part of an incident only when told next to it).

A real incident of similar shape stays. Every sentence is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from support import salience_verdict_or_detect, salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        # a duty
        ("The inspector has been given the task of coordinating all units, intelligence services and "
         "security operations in the province.", "security operations", "idle:duty"),
        ("The colonel, who is in charge of the military operation in the north, met the governor.",
         "military operation", "idle:duty"),
        # a participle read as a verb coordinated with a bare infinitive
        ("Officials said an attack would endanger civilians or occupied buildings.", "occupied",
         "idle:participle"),
        # a guess
        ("The police believe the gang leaders have probably fled to a neighbouring country.", "fled",
         "hypothetical:hedged"),
        # a phase of a drill
        ("The air force divided the drill into four stages, namely: detection, tracking, interception "
         "and destruction.", "destruction", "idle:stage"),
        # a firm closed
        ("The minister said a finance company was closed by the authorities because it was laundering "
         "money.", "closed", "idle:closed-firm"),
        # a captivity told whole
        ("The engineer was taken hostage for 18 months.", "taken hostage", "history:captivity-span"),
        # a time of a kind
        ("The shells remain active for up to two days after a battle.", "battle", "generic:time-of-a-kind"),
        # an office given up
        ("The country is still hostage to the generals, who briefly surrendered power after decades of "
         "dictatorship.", "surrendered", "figurative:office-surrendered"),
        # ills as agents
        ("Harassed by attempted coups, corruption, administrative ineptness and insurgent activities, the "
         "cabinet is weakened by instability.", "Harassed", "figurative:ills-as-agents"),
        # a country taken over
        ("Haiti has been taken over by the gangs, which receive arms from abroad.", "taken over",
         "idle:country-taken"),
        # a chain of nouns
        ("The rebel ship, which was fitted to carry weapons, had been waiting in line for 120 days, "
         "meaning, in port operation jargon, that it was waiting for its cargo of rifles.", "operation",
         "idle:operations"),
        # a flight's accident
        ("On Tuesday a pilot flying a light plane was killed when he tried to land at the air base.",
         "killed", "accident"),
    ],
)
def test_roles_guesses_drills_and_images_are_not_reported(
    nlp: Language, text: str, trigger: str, reason: str
) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert not verdict.keep or verdict.status == "hypothetical", verdict
    assert verdict.reason == reason, verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army launched a security operation in the province on Monday.", "security operation"),
        ("The brigade, whose task is to guard the border, launched a military operation against the "
         "rebels on Monday.", "military operation"),
        ("The rebels attacked the barracks and occupied buildings in the town centre on Monday.", "occupied"),
        ("The gang leaders fled to a neighbouring country on Monday, police said.", "fled"),
        ("The air force reported the interception and destruction of a rebel supply convoy on Monday.",
         "destruction"),
        ("The minister said the rebel movement's offices were closed by the authorities on Monday.", "closed"),
        ("The engineer was taken hostage for three days before the army freed him.", "taken hostage"),
        ("Two soldiers died after a battle with the rebels near the border on Monday.", "battle"),
        ("The rebel commander surrendered his weapons to the army on Monday.", "surrendered"),
        ("Villagers were harassed by soldiers, police and militiamen on Monday.", "harassed"),
        ("A pilot was killed when rebels shot down his plane as he tried to land at the air base.", "killed"),
        ("The gangs have taken over the port district of the capital, police said on Monday.", "taken over"),
    ],
)
def test_real_incidents_of_that_shape_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert verdict.keep and verdict.status in (None, "asserted", "claimed"), verdict


_FAR = ("Rebels shelled the port town last week. The harbour has reopened. Cargo ships have returned. "
        "Trade is picking up again. On Monday night the five crew members of a freighter took on fuel "
        "and food and fled toward the coast.")
_NEAR = "Rebels shelled the port town on Monday. Hundreds of residents fled toward the coast."


def test_a_flight_told_far_from_any_violence_is_no_development(nlp: Language) -> None:
    assert not salience_verdict_or_detect(nlp, _FAR, "fled", PUBLISHED).keep
    assert salience_verdicts(nlp, _FAR, PUBLISHED)["shelled"].keep


def test_a_flight_told_next_to_an_incident_stays(nlp: Language) -> None:
    verdict = salience_verdicts(nlp, _NEAR, PUBLISHED)["fled"]
    assert verdict.keep and verdict.status in (None, "asserted", "claimed"), verdict
