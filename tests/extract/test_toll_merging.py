"""Which mentions of a short report join the incident whose toll they give or whose fight they tell.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.classify import detect_mentions, merge_mentions


def incidents(nlp: Language, text: str) -> list[list[str]]:
    """Sub-types of the reported mentions, one list per merged incident (primary first)."""
    doc = nlp(text)
    mentions = [m for m in detect_mentions(doc) if m.status in ("asserted", "claimed")]
    return [[p.sub_event_type, *(x.sub_event_type for x in g)] for p, g in merge_mentions(mentions, doc)]


@pytest.mark.parametrize("text", [
    # the toll gives only the means, no one new
    "Bandits fought police outside a bank in Isiolo. A passer-by was killed by police bullets.",
    # the actors the incident already named
    "Gunmen attacked the police post in Dori and wounded three officers. "
    "The gunmen killed four herders on their way out of the town.",
    # the incident named again after "during"
    "Traders in Kisumu counted their losses after rioters looted the market. "
    "Police killed three people during the riots.",
])
def test_a_toll_of_the_incident_just_reported_joins_it(nlp: Language, text: str) -> None:
    assert len(incidents(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # someone new did the killing
    "Youths rioted in Ahero and burned tyres on the highway. Herders killed two farmers near the river.",
    # a sentence with a "meanwhile" is another incident
    "Youths rioted in Ahero and burned tyres on the highway. Meanwhile, the youths killed two traders in Kisumu.",
])
def test_a_toll_by_someone_new_stays_apart(nlp: Language, text: str) -> None:
    assert len(incidents(nlp, text)) == 2


def test_a_later_account_of_the_fight_joins_the_toll(nlp: Language) -> None:
    text = ("Six herders were killed in a raid on a village near Garissa. "
            "Armed men targeted the police reservists guarding the cattle.")
    assert len(incidents(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    # a sequel to the incident, named again as its subject, is an act of its own
    "Gunmen killed five villagers in a raid near Djibo. "
    "The raid was followed by clashes between soldiers and militants.",
    # a date of its own: another day's fight
    "Gunmen killed five villagers in a raid near Djibo. On Friday, soldiers fought militants near Arbinda.",
])
def test_a_sequel_or_another_days_fight_stays_apart(nlp: Language, text: str) -> None:
    assert len(incidents(nlp, text)) == 2


def test_the_reason_for_the_attack_names_it_again(nlp: Language) -> None:
    text = "Gunmen fought police at a bus station in Garissa. Officials gave no reason for the attack. One porter died."
    assert len(incidents(nlp, text)) == 1


def test_a_building_taken_while_a_protest_is_put_down_is_no_territory(nlp: Language) -> None:
    text = ("Protesters gathered outside the national radio in Ouagadougou. Soldiers fired teargas to disperse them. "
            "Soldiers then took control of the radio building. Two people died.")
    found = incidents(nlp, text)
    assert len(found) == 1
    assert not any("territory" in s for s in found[0])


def test_a_town_taken_beside_a_protest_is_still_territory(nlp: Language) -> None:
    text = "Protesters gathered in the capital. Soldiers then took control of the town of Kidal."
    assert any(s == "Government regains territory" for g in incidents(nlp, text) for s in g)
