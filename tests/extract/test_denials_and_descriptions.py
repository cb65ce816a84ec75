"""Statements that deny, describe or recall rather than report: a claim the next sentence calls
untrue, a denial article whose mentions of one incident are mostly denials, a denied charge that
names the incident, "taking hostages is not our policy", an act a speaker is accused of, a place
that "remains occupied" or "occupied buildings", "lost control over its troops", the purpose of a
journey ("came here to massacre"), an old year after "in", and the kind of people a simile
compares to. Each rule has a real incident beside it that it must keep. Every sentence here is
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import classify, dates, salience
from eventscope.extract.pipeline import text_for_parsing
from support import salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _one(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia said it had killed twenty soldiers near the dam. This is totally false, the "
         "army said.", "killed"),
        ("Radio stations claimed that rebels burned the customs post. These reports are groundless.",
         "burned"),
        # a run of claims refuted together
        ("The rebels said they were fighting the army near the cathedral. They insisted that the "
         "townspeople had joined them at the barricades. That is not true.", "fighting"),
    ],
)
def test_claim_refuted_by_the_next_sentence_is_negated(nlp: Language, text: str, trigger: str) -> None:
    v = _one(nlp, text, trigger)
    assert v.keep and v.status == "negated", v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the speaker's own account, then a sentence that refutes nothing
        ("Witnesses said gunmen killed four traders at the market. That is not all: the attackers "
         "also burned two shops.", "killed"),
        # the denial is of something else than a claim the sentence reports
        ("Gunmen killed four traders at the market on Sunday. That is not true of the other towns.",
         "killed"),
    ],
)
def test_real_incident_beside_a_denial_is_kept(nlp: Language, text: str, trigger: str) -> None:
    v = _one(nlp, text, trigger)
    assert v.keep and v.status is None, v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kidnapping is their main tactic in the hills.", "Kidnapping"),
        ("There are no prisoners here; taking hostages is not our policy.", "hostages"),
    ],
)
def test_act_called_a_policy_is_not_an_incident(nlp: Language, text: str, trigger: str) -> None:
    assert not _one(nlp, text, trigger).keep


def test_act_that_opened_a_plan_is_an_incident(nlp: Language) -> None:
    v = _one(nlp, "Taking hostages at the mine was the first step of the raid, police said.", "hostages")
    assert v.keep and v.status is None, v


def _incidents(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text_for_parsing(text))
    timexes = dates.find_timexes(text, PUBLISHED)
    groups = classify.merge_mentions(classify.detect_mentions(doc), doc)
    return [p.status for p, _ in salience.filter_groups(groups, doc, published=PUBLISHED, timexes=timexes)]


def test_denial_article_negates_the_incident(nlp: Language) -> None:
    text = (
        "Foreign dispatches say the Sabre Front holds two engineers hostage. The Sabre Front does not "
        "take hostages. Our units do not take hostages. The Sabre Front does not take hostages; it is "
        "not our policy. The dispatches released abroad are wrong."
    )
    assert "asserted" not in _incidents(nlp, text)


def test_one_denial_does_not_outvote_a_report(nlp: Language) -> None:
    text = (
        "Gunmen abducted two engineers from the mine near Tarsa on Monday. The kidnappers took them "
        "into the forest. Police said no ransom had been demanded and the kidnapping was not "
        "claimed."
    )
    assert "asserted" in _incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army today denied charges by the opposition that its jets bombed villages near the lake.",
        "The ministry denied accusations that police had shot the marchers.",
    ],
)
def test_denied_charge_that_names_the_incident_is_denied(nlp: Language, text: str) -> None:
    trigger = "bombed" if "bombed" in text else "shot"
    v = _one(nlp, text, trigger)
    assert v.keep and v.status == "denied", v


def test_denied_blame_leaves_the_incident_standing(nlp: Language) -> None:
    v = _one(nlp, "The militia denied responsibility for the bombing of the bus depot on Friday.", "bombing")
    assert v.keep and v.status is None, v


def test_act_a_speaker_is_accused_of_is_a_topic(nlp: Language) -> None:
    assert not _one(nlp, "We are accused of burning down the old church.", "burning").keep


def test_accusation_of_a_dated_placed_act_is_kept(nlp: Language) -> None:
    v = _one(nlp, "Police accused the two men of burning down the market in Tarsa on Monday.", "burning")
    assert v.keep and v.status is None, v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("As long as the foreign troops stay and the island remains occupied, the flags will fly "
         "side by side.", "occupied"),
        ("Pilots may not fire when this would endanger occupied buildings.", "occupied"),
        ("The junta has lost control over its own troops, the bishop said.", "control"),
    ],
)
def test_held_or_led_is_no_change_of_territory(nlp: Language, text: str, trigger: str) -> None:
    assert not _one(nlp, text, trigger).keep


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The border town was occupied by the rebels on Monday.", "occupied"),
        ("The army lost control of the border town of Kidal to the rebels.", "control"),
    ],
)
def test_taken_ground_is_a_change_of_territory(nlp: Language, text: str, trigger: str) -> None:
    v = _one(nlp, text, trigger)
    assert v.keep and v.status is None, v


def test_purpose_of_a_journey_is_not_an_occurrence(nlp: Language) -> None:
    v = _one(nlp, "These are the hired bands who have come here to massacre our people.", "massacre")
    assert v.keep and v.status == "hypothetical", v


def test_went_on_to_act_is_an_occurrence(nlp: Language) -> None:
    v = _one(nlp, "The militants stormed the depot on Monday and went on to burn the trucks.", "burn")
    assert v.keep and v.status is None, v


def test_old_year_after_in_dates_a_clause(nlp: Language) -> None:
    # a bare number before 1900 is a clock time in wire copy ("at 1745"), but not after "in"
    assert not _one(nlp, "The general was executed by his rivals in 1842 in the old capital.", "executed").keep
    v = _one(nlp, "At 1745 gunmen attacked the police post in Tarsa.", "attacked")
    assert v.keep and v.status is None, v


def test_act_of_the_kind_compared_to_is_not_an_incident(nlp: Language) -> None:
    text = "They are like those cowardly thieves who after committing murder run to hide in the crowd."
    assert not _one(nlp, text, "murder").keep
