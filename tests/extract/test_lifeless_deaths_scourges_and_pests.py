"""Words of death, battle and fire that name no incident, from commentaries and descriptions:

* "die" or "death" said of a thing without life ("the satellite project had died", "letting the
  dam project die", "the death of the peace process"), or a "death" signed, sealed or spelled
  ("has signed off on the movement's death"): an end or a decision, not a killing;
* a fight waged as a policy against a social ill ("fighting the drug menace", "this long battle
  against heroin smugglers"): no armed encounter is told, unless a number or a named place or date
  anchors it;
* bombings listed among a group's evils ("through its bombings and other atrocities", "with its
  bombings and repression"): a grievance, not an incident;
* "burns" as a noun under a property-destruction trigger ("treated for burns"): a wound, not a
  fire someone set;
* vermin or insects as what is killed ("using a cannon to kill a fly", "killed thousands of
  locusts"): an image or pest control;
* a country said, in a quoted clause with no attacker, weapon, place or date, to have been
  attacked ('conceded that "Canada has been attacked" because its tariffs were too blunt'):
  criticism.

A real incident of similar shape stays. Every sentence is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from support import salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        # things without life that die
        ("The minister admitted that the satellite project had died after years without money.", "died",
         "figurative:lifeless"),
        ("THE MINISTRY IS LETTING THE DAM PROJECT DIE BEFORE IT WAS EVER BUILT.", "DIE", "figurative:lifeless"),
        ("The talks are over: diplomats conceded the death of the peace process this week.", "death",
         "figurative:lifeless"),
        ("THE PRESIDENT HAS SIGNED OFF ON THE MOVEMENT'S DEATH AND OPENED TALKS WITH THE REBELS.", "DEATH",
         "figurative:lifeless"),
        # fights against a social ill
        # (the campaign rule of salience.development: "[campaign] objects")
        ("Several countries are still fighting the drug menace with little money.", "fighting",
         "campaign:menace"),
        ("IN WAGING THIS LONG BATTLE AGAINST HEROIN SMUGGLERS, THE GOVERNMENT HAS LEARNED A GREAT DEAL.",
         "BATTLE", "campaign:smugglers"),
        # bombings among a list of evils
        ("The militia drove the villagers from their land through its bombings and other atrocities.",
         "bombings", "aggregate:ills"),
        ("THE RULING PARTY, WITH ITS BOMBINGS AND REPRESSION, HAS SOWN THE SEEDS OF REVOLT.", "BOMBINGS",
         "aggregate:ills"),
        # burns as wounds
        ("The victim was treated for burns at the district hospital.", "burns", "idle:burns"),
        ("THE GIRL SUFFERED BURNS TO HER ARMS.", "BURNS", "idle:burns"),
        # pests killed
        ("THE NEW TAX AMOUNTED TO USING A CANNON TO KILL A FLY.", "KILL", "figurative:pests"),
        ("Farmers have killed thousands of locusts with poison this spring.", "killed", "figurative:pests"),
        # a state attacked in words
        ('The premier conceded that "Canada has been attacked" because its tariffs were too blunt.',
         "attacked", "figurative:verbal"),
    ],
)
def test_words_naming_no_incident_are_dropped(nlp: Language, text: str, trigger: str, reason: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert not verdict.keep, verdict
    assert verdict.reason == reason, verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two soldiers died when rebels attacked their convoy near the border.", "died"),
        ("The mayor's death in the ambush shocked the town.", "death"),
        ("Doctors confirmed the death of the journalist, who was shot on Monday.", "death"),
        ("Police fought heroin smugglers in the port of Durres on Sunday, killing two.", "fought"),
        ("The army and the cartel gunmen fought for three hours outside the town.", "fought"),
        ("The air force bombed the market on Friday, and the bombings killed 12 people.", "bombings"),
        ("The villagers said the militia's bombings of their farms on Sunday killed four people.", "bombings"),
        ("Youths burned two police vehicles in the town centre on Monday.", "burned"),
        ("Gunmen killed two herders and stole their cattle.", "killed"),
        ("Soldiers killed thousands of civilians in the valley.", "killed"),
        ('The minister said that "our country has been attacked from the north" by militias on Monday.',
         "attacked"),
    ],
)
def test_real_incidents_of_similar_shape_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert verdict.keep and verdict.status is None, verdict
