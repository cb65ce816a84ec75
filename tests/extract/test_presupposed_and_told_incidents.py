"""Recall: real incidents read as suppositions, old stories or figures of speech because of the
words around them. Each rule has a sentence it now keeps (or re-statuses as reported) and one of
similar shape it still leaves out. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from spacy.language import Language

from eventscope.extract import classify, dates, salience
from eventscope.extract.pipeline import text_for_parsing
from eventscope.records import Document
from support import mention_triggers, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _reading(nlp: Language, text: str, trigger: str, published: dt.date = PUBLISHED) -> tuple[bool, str]:
    """(kept, status) of the mention whose trigger word is ``trigger``: the status ``assess``
    gives it, or the one ``detect_mentions`` gave when ``assess`` leaves it as it is."""
    doc = nlp(text_for_parsing(text))
    timexes = dates.find_timexes(text, published)
    for m in classify.detect_mentions(doc):
        if text[m.trigger.start : m.trigger.end] == trigger:
            v = salience.assess(m, doc, published=published, timexes=timexes)
            return v.keep, v.status or m.status
    raise AssertionError(f"{trigger!r} is no mention in: {text}")


# A definite event noun that an inquiry, a judgement or a reaction is about, or that a past
# reference point names ("after the assassination"), is presupposed: a modal, an order or a
# purpose said above it does not make it a supposition ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("We must, however, condemn the brutal murder of a police officer in Kisumu.", "murder"),
        ("The court ordered a special judge to investigate the murder of the union spokesman.", "murder"),
        ("Most of the families asked to leave the town after the 12 May assassination of the mayor.",
         "assassination"),
        ("There has been speculation about what may have happened in the assassination of the two priests.",
         "assassination"),
    ],
)
def test_presupposed_event_is_reported(nlp: Language, text: str, trigger: str) -> None:
    assert _reading(nlp, text, trigger) == (True, "asserted")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia wants to launch an attack on the capital.", "attack"),
        ("The rebels said they would carry out a bombing in the city.", "bombing"),
        ("The rebels might have planned an attack on the capital.", "attack"),
        ("The guerrillas could have carried out the bombing in the city.", "bombing"),
    ],
)
def test_supposed_event_stays_hypothetical(nlp: Language, text: str, trigger: str) -> None:
    kept, status = _reading(nlp, text, trigger)
    assert status == "hypothetical" or not kept


# A past (or progressive) passive relative clause, or a bare past participle, tells what was done
# to the noun it describes: a question, an order or an avoidance above that noun is not about it


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("What does the army think about the bombs that were detonated in the market yesterday?", "detonated"),
        ("A judge ordered the arrest of three soldiers involved in the massacre of nine farmers.", "massacre"),
        ("The deputy managed to avoid the first shots that were fired at him and hid under a car.", "fired at"),
        ("The group decided to release the two engineers who are being held hostage in the hills.", "held hostage"),
    ],
)
def test_told_clause_is_reported(nlp: Language, text: str, trigger: str) -> None:
    assert _reading(nlp, text, trigger) == (True, "asserted")


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Will the rebels attack the capital before the elections?", "attack", "hypothetical"),
        # a content clause is what the report says, not a description: the denial stands
        ("The army denied reports that a patrol was attacked near the border on Monday.", "attacked", "denied"),
    ],
)
def test_questions_and_reports_keep_their_status(nlp: Language, text: str, trigger: str, status: str) -> None:
    assert _reading(nlp, text, trigger)[1] == status


# An order that a past verb of execution says was carried out: its infinitive happened -----------


def test_carried_out_order_is_reported(nlp: Language) -> None:
    text = "The soldiers who carried out the order to assassinate the governor were seen at the camp on Monday."
    assert _reading(nlp, text, "assassinate")[1] != "hypothetical"


def test_order_given_stays_hypothetical(nlp: Language) -> None:
    text = "The commander gave the order to assassinate the governor."
    assert _reading(nlp, text, "assassinate")[1] == "hypothetical"


# Funerals: a killing dated recently in its own clause is news ---------------------------------


def test_funeral_of_recently_killed_is_news(nlp: Language) -> None:
    text = "Two ministers will attend the funerals of the priests who were killed in the capital on 16 May."
    assert _reading(nlp, text, "killed")[0]


def test_funeral_of_undated_victims_is_background(nlp: Language) -> None:
    v = salience_verdict_or_detect(nlp, "Relatives buried the victims of the massacre.", "massacre", PUBLISHED)
    assert not v.keep and v.reason == "history:bury", v


# Tallies: a war's toll of the past few days tells incidents; a toll in thousands of an event noun
# is a war's ----------------------------------------------------------------------------------


def test_war_toll_of_past_few_days_is_kept(nlp: Language) -> None:
    text = ("The declaration condemns the dirty war, which in the past few days has resulted in the "
            "assassinations of two judges and a union leader.")
    assert _reading(nlp, text, "assassinations")[0]


def test_war_toll_is_dropped(nlp: Language) -> None:
    text = "The declaration condemns the war, which has resulted in the deaths of 70,000 people."
    v = salience_verdict_or_detect(nlp, text, "deaths", PUBLISHED)
    assert not v.keep and v.reason.startswith("aggregate"), v


def test_event_noun_with_victims_in_thousands_is_a_tally(nlp: Language) -> None:
    v = salience_verdict_or_detect(nlp, "The constitution was drafted on the killing of over 70,000 people.",
                                   "killing", PUBLISHED)
    assert not v.keep and v.reason == "aggregate:huge-toll", v


def test_event_noun_with_a_few_victims_is_kept(nlp: Language) -> None:
    assert _reading(nlp, "The killing of 12 traders at the market on Sunday shocked the city.", "killing")[0]


# A range of dates: its second date, coordinated with the first, dates the clause too -----------


def test_range_ending_recently_is_not_history(nlp: Language) -> None:
    text = "Hired gunmen killed five politicians, including a presidential hopeful, between 2 February and 5 May."
    assert _reading(nlp, text, "killed")[0]


def test_range_ending_long_ago_is_history(nlp: Language) -> None:
    text = "Hired gunmen killed five politicians, including a presidential hopeful, between 2 January and 5 February."
    v = salience_verdict_or_detect(nlp, text, "killed", PUBLISHED)
    assert not v.keep and v.reason.startswith("history:dated"), v


# A present-perfect passive relative clause on a named person: that person's plight, still going on


def test_named_person_who_has_been_kidnapped_is_news(nlp: Language) -> None:
    text = ("The newspaper received a message from the wife of the engineer John Kent, who has been "
            "kidnapped by the rebels.")
    assert _reading(nlp, text, "kidnapped") == (True, "asserted")


def test_class_that_has_killed_is_a_description(nlp: Language) -> None:
    v = salience_verdict_or_detect(nlp, "The murderers who have killed judges are still free.", "killed", PUBLISHED)
    assert not v.keep, v


# Trigger words: the event nouns "killing" and "slaying"; the idiom "made a killing"; the heart as
# a failing organ only --------------------------------------------------------------------------


def test_killing_noun_is_a_trigger(nlp: Language) -> None:
    assert "killing" in mention_triggers(nlp, "The killing of six priests at the university shocked the country.")
    assert "slaying" in mention_triggers(nlp, "The slaying of the mayor was condemned by the bishops.")


def test_made_a_killing_is_no_trigger(nlp: Language) -> None:
    assert "killing" not in mention_triggers(nlp, "Investors made a killing on the stock market last week.")


def test_hearts_are_no_medical_context(nlp: Language) -> None:
    text = ("From the bottom of our hearts, we condemn the abominable assassination of six priests in the "
            "capital on Thursday.")
    assert "assassination" in mention_triggers(nlp, text)


def test_heart_failure_is_no_violence(nlp: Language) -> None:
    assert "died" not in mention_triggers(nlp, "The prisoner died of heart failure in hospital.")


# Echo: a reaction echoes an incident only when one was reported above -----------------------------


def _reported(extractor: Any, text: str) -> list[str]:
    doc = Document(id="t", text=text, published=PUBLISHED)
    ((_, events),) = list(extractor.extract([doc]))
    return [e.sub_event_type for e in events if e.status in ("asserted", "claimed")]


def test_reaction_after_a_supposed_incident_is_reported(extractor: Any) -> None:
    text = ("The rebels say they have no policy to attack civilians. Meanwhile no step has been taken to "
            "punish the massacre of the miners.")
    assert _reported(extractor, text)


def test_reaction_after_a_reported_incident_echoes_it(extractor: Any) -> None:
    text = "Gunmen killed nine miners near Kayes on Monday. The government condemned the massacre."
    assert len(_reported(extractor, text)) == 1


def test_flight_after_the_attack_echoes_the_reported_incident(extractor: Any) -> None:
    # "after the attack" presupposes the incident told above: no second event of another type
    text = ("Militants overran a police post in Tarma on Saturday, killing nine officers, the "
            "ministry said. The attackers came on motorcycles. Officials declared two days of "
            "mourning. The region borders the desert. Villagers said many families had fled to "
            "the town of Velaro after the attack.")
    assert len(_reported(extractor, text)) == 1


def test_a_second_dated_attack_after_a_reported_incident_stays(extractor: Any) -> None:
    text = ("Militants overran a police post in Tarma on Saturday, killing nine officers. On Monday "
            "gunmen attacked a bus near Velaro, killing four passengers.")
    assert len(_reported(extractor, text)) == 2


# Examples of a class of cases: now that "killings" is a trigger, a bare plural given as an
# example of cases ("cases ..., including killings attributed to the army") is a kind of case ----


@pytest.mark.parametrize("text", [
    "Rights groups noted that dozens of other cases from the 2019 unrest, including killings "
    "attributed to both the police and the militias, have never reached a court.",
    "The commission lists abuses such as killings and disappearances by the security services.",
])
def test_killings_given_as_examples_of_cases_are_no_incident(nlp: Language, text: str) -> None:
    v = salience_verdict_or_detect(nlp, text, "killings", PUBLISHED)
    assert not v.keep and v.reason == "generic:class:cases", v


@pytest.mark.parametrize("text", [
    "Several crimes, including killings of civilians by the militia near Tarma on Sunday, were reported.",
    "Gunmen staged several attacks on Sunday, including killings of three traders at a market.",
])
def test_killings_with_their_own_place_or_count_stay(nlp: Language, text: str) -> None:
    assert _reading(nlp, text, "killings")[0]
