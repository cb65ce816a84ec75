"""Words of war that tell no incident, next to real incidents of the same shape:

* a battle or struggle set in a field no weapon fights in ("the battle we are waging in the
  electoral field", "this fight is on the diplomatic front"), and one said to be the same as it;
  a battle in a sector or a province stays;
* a figure, words or means that are "deployed" ("a smoke screen has been deployed over the
  summit"); troops and police deployed stay;
* an event noun glossed in brackets by a span of years that has ended ("a covert operation
  (1984-87)", "the civil war (1975-1990)"): a past period told whole; an open span stays.

Every sentence is written for this test; a past-tense story comes first where a rule reads the
sentence in its document."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from support import PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a battle in a field that is not fought with arms
        (PAST_STORY + "The president told supporters that the battle we are waging in the electoral field "
         "is a hard one.", "battle"),
        (PAST_STORY + "THE PRESIDENT SAID THAT THE BATTLE WE ARE WAGING IN THE ELECTORAL FIELD IS THE "
         "SAME BATTLE WE HAVE WAGED IN THE MILITARY FIELD WITH THE REBELS.", "BATTLE"),
        (PAST_STORY + "The minister said the fight on the diplomatic front has been long and hard.", "fight"),
        # a figure or means deployed
        ("Soldiers clashed with rebels in the north on Monday. The senator said that a smoke screen has "
         "been deployed over the peace talks by the army.", "has been deployed"),
        ("THE ARMY FOUGHT THE REBELS ON MONDAY. OTHERWISE WE WILL HAVE TO ACCEPT THAT A SMOKE SCREEN "
         "HAS BEEN DEPLOYED OVER THE SUMMIT.", "HAS BEEN DEPLOYED"),
        # a period of years that has ended
        (PAST_STORY + "The report says that when the rebels were armed in a covert operation (1984-87) "
         "involving foreign agents, the trafficking was not treated as a crime.", "operation"),
    ],
)
def test_words_of_war_that_tell_no_incident_are_dropped(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)
    assert not verdict.keep or verdict.status in ("hypothetical", "negated"), verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a battle in a place
        ("Twelve soldiers were killed on Tuesday in a battle in the northern sector, the army said.",
         "battle"),
        ("Rebels and troops fought a fierce battle in the mountain region on Sunday.", "battle"),
        # troops deployed
        ("Police were deployed to the border town after rebels attacked a police post on Friday.",
         "were deployed"),
        # an attack glossed in brackets by days, not a span of years
        ("The attack (2-4 May) on the police station in the border town left 12 officers dead, the "
         "army said.", "attack"),
    ],
)
def test_incidents_of_the_same_shape_are_kept(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)
    assert verdict.keep and verdict.status not in ("hypothetical", "negated"), verdict
