"""Conflict words in the background or in the abstract: a campaign named as the reference point of
another step, a conflict to be settled or that prevails, what people are the victims of, a place
described by what it suffers, present progressives and existentials in speeches, struggles and
attacks of words, things that "explode" without a blast. Each rule has a real incident beside it
that it must keep. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import salience
from support import PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)

STORY = PAST_STORY


def _one(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "rule"),
    [
        # a campaign as the reference point of another step
        ("Following April's rebel offensive, the two parties said they were ready to resume the negotiations.",
         "offensive", "history:before:campaign"),
        ("The president held his first press briefing since the offensive began, officials said.",
         "offensive", "history:before:campaign"),
        # a conflict to settle, or that prevails
        ("Only then will the church help find a solution to this confrontation.", "confrontation",
         "campaign:settlement"),
        ("Tarsia offered itself as a bridge for solving the conflict between Ruvia and Omaria.",
         "conflict between", "campaign:settlement"),
        ("The lawyer said the government hid its responsibility for the violence prevailing in Ruvia.",
         "violence", "generic:prevailing"),
        # what people are the victims of
        ("The herders, who are the main victims of rebel violence, asked for help.", "violence",
         "generic:target"),
        # a place described by what it suffers
        ("The president will go to violence-torn Ruvia on Friday for a summit on trade.", "violence",
         "figurative:described-by"),
        # a present progressive passive that says who suffers, an existential of an unnumbered many
        (STORY + "We farmers are the ones who are being killed, not the foreign troops.", "killed",
         "generic:progressive"),
        (STORY + "It is not fair for them to live in a climate of violence in which there are so many killed.",
         "killed", "idle:existential"),
        # struggles of words and kinds, attacks that a text is said to be
        (STORY + "They are waging a battle without weapons.", "battle", "figurative:unarmed"),
        ("An acute political confrontation broke out in the capital when parliament voted against the budget.",
         "confrontation", "figurative:kind"),
        ("Analysts believe this phrase is an attack against the hard-line wing of the movement.", "attack",
         "figurative:verbal"),
        ("The intervention constitutes a direct attack on the region's peace process.", "attack",
         "figurative:abstract-target"),
        ("A grave political crisis exploded in the capital last week.", "exploded", "figurative:outburst"),
        # a campaign against violence or a policy
        (STORY + "The minister said the government is using the army and the police to fight violence.",
         "fight", "campaign:violence"),
        ("The cartel has been fighting against the extradition of its leaders for years.", "fighting",
         "campaign:extradition"),
        # the reference date of "since", a war measured in years
        ("The situation has worsened since 11 May, when the rebels launched their largest offensive.",
         "offensive", "history:before:campaign"),
        (STORY + "The rebel group, which signed a truce after 16 years of fighting, met the president.",
         "fighting", "aggregate:years-of"),
    ],
)
def test_conflict_word_in_the_abstract_is_dropped(nlp: Language, text: str, trigger: str, rule: str) -> None:
    v = _one(nlp, text, trigger)
    assert not v.keep and v.reason == rule, v


def test_event_noun_under_without_is_negated(nlp: Language) -> None:
    text = STORY + "Other states have had worse problems even without the destruction and violence caused by rebels."
    v = _one(nlp, text, "violence")
    assert v.keep and v.status == "negated" and v.reason == "negated:without", v


@pytest.mark.parametrize(
    ("text", "trigger", "rule"),
    [
        # an offensive that its planners had planned: a plan
        ("Police said that, as for an offensive that the rebels had planned for last week, it was thwarted.",
         "offensive", "hypothetical:planned"),
        # "even if" on a verb the parser read as a compound noun
        (STORY + "He said he would keep talking even if the rebels attack army posts.", "attack",
         "hypothetical:if"),
    ],
)
def test_planned_or_supposed_attack_is_hypothetical(nlp: Language, text: str, trigger: str, rule: str) -> None:
    v = _one(nlp, text, trigger)
    assert v.keep and v.status == "hypothetical" and v.reason == rule, v


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 11 May, when the rebels launched their offensive, six soldiers were killed.", "offensive"),
        ("After two days of fighting, the rebels took the town on Monday.", "fighting"),
        ("The bombing that the cell had planned for months killed nine people at the market on Monday.",
         "bombing"),
        ("Rebels launched an offensive on the garrison on Monday, killing six soldiers.", "offensive"),
        ("The confrontation between troops and rebels near the dam left four dead on Sunday.", "confrontation"),
        ("The violence in the market on Monday left three dead.", "violence"),
        ("The herders were the victims of an attack by gunmen on Monday.", "attack"),
        ("Violence in the port town killed four people on Friday.", "Violence"),
        ("Armored cars evacuated the twenty guests being held hostage by the rebels at the hotel.", "held hostage"),
        ("There were 12 killed in the ambush near the border on Monday.", "killed"),
        ("The rebels took the town after heavy fighting on Monday.", "fighting"),
        ("Soldiers fought a battle with the rebels near the bridge on Tuesday.", "battle"),
        ("A violent confrontation between police and students left two dead in the capital.", "confrontation"),
        ("It was an attack on the army barracks, the spokesman said.", "attack"),
        ("A bomb exploded in the capital last week.", "exploded"),
        ("Soldiers fought the rebels near the dam on Monday.", "fought"),
    ],
)
def test_real_incident_is_kept(nlp: Language, text: str, trigger: str) -> None:
    v = _one(nlp, text, trigger)
    assert v.keep and v.status is None, v
