"""Killings and attacks talked about rather than reported: people described by an act they took part
in ("the officers involved in the murder of the priests") or by how they died ("their murdered
mayors"), a death that only tells a time or a place ("when the former president died"), the dead
of an earlier event honoured or forgotten, a catalogue of grievances told as clauses, a toll of
thousands, scores "dead or missing" with no cause, alleged acts as a class, a modifier shared by
coordinated participles ("killed and wounded during the war"), a relative clause that dates its
event noun ("a murder which was committed years ago"), phrases broken across wire-copy lines,
what people feel or are aimed at ("feels harassed", "were prime targets"), commentary on what an
act means ("the attack is a consequence of ..."), a named or definite incident as a reference
point ("following the Sintrab attack", "before the attack"), "the attack" right after an old
month, "wound up" (ended), and the dead and injured of an aircraft crash. For each rule, a real
incident of the same shape stays. Every sentence is written for this test (a past-tense story
first where a rule leaves a document's opening sentence alone)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract.salience import Salience
from support import PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _verdict(nlp: Language, text: str, trigger: str) -> Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # people described by an act they took part in or answer for
        (PAST_STORY + "The statement says the officers involved in the murder of the priests must be "
         "released before Easter.", "murder"),
        (PAST_STORY + "He also accused the cartel of being responsible for the disappearance of traders "
         "who visited the coast.", "disappearance"),
        (PAST_STORY + "The lawyer insisted that no other senior officers were involved in the assassination "
         "of the bishop.", "assassination"),
        # a death that only tells when or where something else happened
        (PAST_STORY + "When the former president died, the rebels declared a truce for the funeral.", "died"),
        (PAST_STORY + "In this simple room where the Liberator died, the two presidents signed the treaty.",
         "died"),
        # the dead of an earlier event, honoured or forgotten
        (PAST_STORY + "His decision to honor the assassinated senator showed his support for the country.",
         "assassinated"),
        (PAST_STORY + "The commission said the president had forgotten the assassinations carried out by the "
         "old militias.", "assassinations"),
        # a toll of thousands, in any tense
        (PAST_STORY + "The riots in two capitals earlier in the year, which resulted in thousands killed, "
         "are a warning.", "killed"),
        # a phrase after the last of coordinated participles belongs to all of them
        (PAST_STORY + "The office said the decision had no effect on the islands, where 900 soldiers were "
         "killed and wounded during the war.", "killed"),
        # a relative clause that dates its event noun; a phrase broken across wire-copy lines
        (PAST_STORY + "In this case there was an alleged involvement in a murder which was committed\nyears "
         "ago, so he was asked to leave.", "murder"),
        # a distal time the speaker points back to
        (PAST_STORY + "Many people were killed during those days, the mayor recalled.", "killed"),
        # what people feel, or who is aimed at, with no act named
        (PAST_STORY + "We grant refuge to whoever feels harassed or mistreated.", "harassed"),
        (PAST_STORY + "Children were reported to be prime targets.", "targets"),
        # commentary on what an act means
        (PAST_STORY + "He said that the attack is a direct consequence of the arrests of the gang leaders.",
         "attack"),
        # an untold multitude that is dead, with no cause of its own; acts someone alleges, as a class
        (PAST_STORY + "The talks aim to end the violence the country has suffered for years; scores of "
         "people are dead or missing.", "dead"),
        (PAST_STORY + "Opposition members held up signs listing victims of alleged army killings.", "killings"),
        # people described by how they died
        (PAST_STORY + "The leaders are concerned about the constant raids by armed groups, and their murdered "
         "mayors and officials.", "murdered"),
        # a catalogue of grievances told as clauses
        (PAST_STORY + "Reporters have been murdered; there has been systematic intimidation of the press; and "
         "members of the squads have been released from prison.", "murdered"),
        # "wound up": the past of "wind up", in upper-case wire copy too
        (PAST_STORY + "Talks on the rebels' return to civilian life wound up on Tuesday with an agreement.",
         "wound"),
        (PAST_STORY + "MULTI-PARTY TALKS ON THE DISARMAMENT WOUND UP TUESDAY WITH AN AGREEMENT.", "WOUND"),
        # a named or definite incident as a reference point
        (PAST_STORY + "Even following the Sintrab attack, the government has not changed its policy.",
         "attack"),
        (PAST_STORY + "The police arrested three gang leaders a few days before the attack.", "attack"),
    ],
)
def test_talk_about_killings_is_dropped(nlp: Language, text: str, trigger: str) -> None:
    verdict = _verdict(nlp, text, trigger)
    assert not verdict.keep, verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an act of a recent incident, or one with a count or a place of its own, is reported
        (PAST_STORY + "The officers involved in the massacre of three farmers in Kasese have fled.", "massacre"),
        (PAST_STORY + "The officers involved in massacre of farmer have fled.", "massacre"),
        (PAST_STORY + "The army confirmed the involvement of soldiers in the murder of the priests.", "murder"),
        # a death with a cause or a circumstance of its own
        (PAST_STORY + "Protests broke out when two students died in police custody in Bamako.", "died"),
        (PAST_STORY + "The crowd scattered when a man died after soldiers beat him in the market.", "died"),
        # hundreds or a count of one incident
        (PAST_STORY + "Gunmen raided the village on Friday, leaving 40 people killed and dozens wounded.", "killed"),
        # coordinated participles dated to this week
        (PAST_STORY + "Nine soldiers were killed and wounded during an ambush near Beni on Sunday.", "killed"),
        # the dead of one incident, told with its cause; alleged acts with a count and place
        (PAST_STORY + "Scores of people are dead after a bomb exploded in the market.", "dead"),
        (PAST_STORY + "Witnesses described two alleged army attacks on villages near Arauca on Sunday.", "attacks"),
        # the dead of one incident, counted; a clause with a place of its own in a list
        (PAST_STORY + "Relatives of the 12 murdered miners protested outside the mine.", "murdered"),
        (PAST_STORY + "Reporters have been beaten in Kinshasa; two radio stations were closed; and a printer "
         "was arrested.", "beaten"),
        # a relative clause that dates a recent event
        (PAST_STORY + "Police are investigating a murder which was committed on Saturday in Kisumu.", "murder"),
        # harm done, and a target of a dated act
        (PAST_STORY + "Two journalists were harassed and beaten by police in Lome on Friday.", "beaten"),
        (PAST_STORY + "The embassy was the target of a grenade attack in Kabul on Monday.", "attack"),
        # a wound of a soldier shot in an ambush
        (PAST_STORY + "The soldier's wound was treated after gunmen shot him near Beni on Monday.", "wound"),
        # a report hedged with "appears"
        (PAST_STORY + "Gunfire was heard in Koudo, and it appears the police station has been attacked.",
         "attacked"),
        # a past copula says what an incident was
        (PAST_STORY + "The attack on the police post in Uchiza was the third this month.", "attack"),
        # an attack after which another step is told, in a place of its own
        (PAST_STORY + "Following the attack in Garissa that killed four, troops were deployed.", "attack"),
    ],
)
def test_reported_incidents_of_the_same_shape_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = _verdict(nlp, text, trigger)
    assert verdict.keep, verdict


def test_the_attack_after_an_old_month_is_that_old_attack(nlp: Language) -> None:
    text = PAST_STORY + (
        "The group began its activities in August 2019, when it attacked the motorcade of a visiting "
        "minister. No injuries were caused by the attack."
    )
    assert not _verdict(nlp, text, "attack").keep
    text = PAST_STORY + (
        "The group began its activities in August 2019. Gunmen attacked a police post near Kisumu on "
        "Sunday. No injuries were caused by the attack."
    )
    assert _verdict(nlp, text, "attack").keep


def test_the_dead_and_injured_of_an_aircraft_crash_are_no_attack(nlp: Language) -> None:
    lead = (
        "A cargo plane crashed on top of several houses in the north of the capital on Saturday, "
        "officials said. Sources from the fire department said the plane destroyed 12 houses. "
        "The airline said the crew were foreign. The number of dead and wounded is still unknown."
    )
    assert not _verdict(nlp, lead, "wounded").keep
    assert not _verdict(nlp, lead, "destroyed").keep
    crash = (
        "Officials said a training plane crashed in a field south of the city on Monday. "
        "The pilot died immediately while his companion was injured and seriously burned."
    )
    assert not _verdict(nlp, crash, "died").keep
    assert not _verdict(nlp, crash, "burned").keep


def test_deaths_after_a_shooting_down_or_an_ambush_stay(nlp: Language) -> None:
    text = (
        "Rebels shot down a military helicopter near Goma on Monday, the army said. "
        "The pilot died immediately while his companion was injured."
    )
    assert _verdict(nlp, text, "died").keep
    text = (
        "Gunmen ambushed a bus near Mandera on Monday, police said. The driver said the attackers "
        "fled. The number of dead and wounded is still unknown."
    )
    assert _verdict(nlp, text, "wounded").keep
