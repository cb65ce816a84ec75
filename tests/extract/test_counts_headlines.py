"""Counts where the parse goes wrong: telegraphic headlines, dashes, dates, ages, parse slips.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.counts import find_counts
from support import fatalities


def kinds(nlp: Language, text: str) -> dict[str, int]:
    doc = nlp(text)
    return {c.kind: c.best for s in doc.sents for c in find_counts(s)}


# Headline verbs the tagger misreads ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Youths stone to death two suspected robbers", 2),
        ("Villagers stone to death three cattle thieves who raided a homestead.", 3),
        ("Border militia guns down three Kenyan traders", 3),
        ("Gunmen shoot dead two herders near the well", 2),
        ("Mob lynches two suspects in Kisumu", 2),
    ],
)
def test_headline_victim_verbs(nlp: Language, text: str, best: int) -> None:
    assert fatalities(nlp, text) == best


@pytest.mark.parametrize(
    "text",
    [
        "Police shoot two robbers in the market",  # shot, not said to be dead
        "Youths stone two drivers at the stage",  # stoned, not to death
    ],
)
def test_headline_without_result_is_no_killing(nlp: Language, text: str) -> None:
    assert fatalities(nlp, text) is None


# A break between a number and the word after it -----------------------------------------------


def test_dash_ends_the_counted_phrase(nlp: Language) -> None:
    assert fatalities(nlp, "Soldiers intervened killing 4 - NO FURTHER DETAILS.") == 4


def test_conjunction_ends_the_counted_phrase(nlp: Language) -> None:
    assert fatalities(nlp, "Raiders stormed a police post, killing three and stealing rifles.") == 3


def test_hyphenated_age_is_not_a_break(nlp: Language) -> None:
    assert fatalities(nlp, "Gunmen killed a 27-year-old teacher in the town.") == 1


def test_bracketed_word_is_not_an_object(nlp: Language) -> None:
    assert fatalities(nlp, "5 killed (arrows) during the cattle raid.") == 5


# A number right after a date --------------------------------------------------------------------


def test_number_after_a_dated_month_counts(nlp: Language) -> None:
    assert fatalities(nlp, "On 14 Nov. 6 herders were killed in a raid.") == 6


def test_day_next_to_month_is_no_count(nlp: Language) -> None:
    assert fatalities(nlp, "On Nov. 12 gunmen attacked a camp.") is None


# Participle clauses under intention verbs ---------------------------------------------------------


def test_participle_after_seek_is_done(nlp: Language) -> None:
    assert fatalities(nlp, "The clan sought revenge, killing five herders from the rival group.") == 5


def test_infinitive_after_seek_is_intended(nlp: Language) -> None:
    assert fatalities(nlp, "The gang sought to kill five herders from the rival group.") is None


# One person named by an adjective ------------------------------------------------------------------


def test_adjective_tagged_person(nlp: Language) -> None:
    text = "On 3 June 2020, presumed militants killed a civilian and abducted councilmen in the village."
    assert fatalities(nlp, text) == 1


def test_age_as_a_person(nlp: Language) -> None:
    assert fatalities(nlp, "A police officer shot and killed a 19-year-old near the market.") == 1


def test_age_of_a_released_person_is_no_killing(nlp: Language) -> None:
    assert fatalities(nlp, "The 19-year-old was later released by the police.") is None


# A second subject from a parse slip ------------------------------------------------------------------


def test_name_inside_the_subject_is_not_a_second_victim(nlp: Language) -> None:
    assert fatalities(nlp, "Bodyguard of opposition MP Peter Otieno was killed.") == 1


def test_coordinated_people_still_add_up(nlp: Language) -> None:
    assert fatalities(nlp, "A farmer and a teacher were killed in the attack.") == 2


# Smaller rules ------------------------------------------------------------------------------------


def test_at_the_least_is_a_floor(nlp: Language) -> None:
    doc = nlp("At the least 8 soldiers were killed in the ambush.")
    found = [c for s in doc.sents for c in find_counts(s) if c.kind == "killed"]
    assert [(c.low, c.best, c.high) for c in found] == [(8, 8, None)]


def test_both_with_a_plural_is_two(nlp: Language) -> None:
    assert fatalities(nlp, "Both men were killed in the attack.") == 2


def test_both_before_a_coordination_is_no_count(nlp: Language) -> None:
    assert fatalities(nlp, "Both soldiers and civilians were killed.") is None


def test_as_was_adds_the_other_side(nlp: Language) -> None:
    text = "In the ensuing gunfight, three residents of the town were killed, as was one of the attackers."
    assert fatalities(nlp, text) == 4


def test_breakdown_per_site_is_not_added(nlp: Language) -> None:
    assert fatalities(nlp, "In the evening, eight assailants were reportedly killed, four at each location.") == 8


def test_people_name_tagged_as_place(nlp: Language) -> None:
    assert fatalities(nlp, "3 Kalenjin reported dead.") == 3


def test_year_in_relative_clause_is_an_earlier_case(nlp: Language) -> None:
    text = "Crowds gathered at the grave of the journalist Peter Zongo, who was killed in 1998, and riots broke out."
    assert fatalities(nlp, text) is None


def test_relative_clause_without_a_year_is_the_event(nlp: Language) -> None:
    assert fatalities(nlp, "The farmer, who was killed in the raid, was buried.") == 1


def test_in_bid_to_is_an_intention(nlp: Language) -> None:
    assert fatalities(nlp, "A mob stormed the police station in a bid to lynch a suspected thief.") is None


def test_operation_executed_is_no_victim(nlp: Language) -> None:
    text = "Militants executed a complex ambush against a convoy, killing six policemen."
    assert fatalities(nlp, text) == 6


def test_participle_after_last_conjunct_covers_all(nlp: Language) -> None:
    text = "Soldiers battle rebels near the river; one soldier and three rebels killed during clash"
    assert fatalities(nlp, text) == 4


def test_list_of_single_people_adds_up(nlp: Language) -> None:
    assert fatalities(nlp, "A 9 year old girl, an elderly man, and a trader were killed by stray bullets.") == 3


def test_gloss_on_a_figure_is_not_a_list(nlp: Language) -> None:
    assert fatalities(nlp, "Gunmen killed two people, a driver and his wife.") == 2


def test_number_before_a_participle_counts_the_noun(nlp: Language) -> None:
    text = "On 4 May 2020, two presumed Malian traders at the bus station were killed in Djibo while travelling."
    assert fatalities(nlp, text) == 2


def test_participle_after_a_prepositional_phrase(nlp: Language) -> None:
    text = (
        "On 2 March, gunmen attacked the village of Tanga, 9 people of the Mossi community killed "
        "and three wounded, several shops torched."
    )
    assert fatalities(nlp, text) == 9


def test_own_body_is_not_another_victim(nlp: Language) -> None:
    assert fatalities(nlp, "A county official, Jane Atieno, was killed and her body dumped in a river.") == 1


def test_coordinated_bodies_are_two(nlp: Language) -> None:
    assert fatalities(nlp, "His body and the body of a woman were found the next day.") == 2


def test_own_body_alone_still_counts(nlp: Language) -> None:
    assert fatalities(nlp, "His body was found in a river near the farm.") == 1


def test_killers_of_an_adjective_predicate_are_not_victims(nlp: Language) -> None:
    assert fatalities(nlp, "Two gunmen aboard a motorbike shot dead a man in the market.") == 1


def test_named_person_with_a_gloss_is_one(nlp: Language) -> None:
    text = "Peter Okoth, an outspoken journalist against the government, and two other people were killed."
    assert fatalities(nlp, text) == 3


def test_list_after_a_place_is_not_joined_to_it(nlp: Language) -> None:
    text = (
        "On 8 May, hunters clashed with presumed militants in the area of Kira, four militants and one "
        "hunter were killed and one hunter wounded in the clashes."
    )
    assert fatalities(nlp, text) == 5
