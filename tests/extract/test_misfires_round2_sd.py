"""Strategic developments and protests that are no incident: a police seizure of drugs measured
by weight or of stolen goods (not looting), and a protest noun used as the predicate of "be" (what
something amounts to, not a gathering). Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract.salience import Salience
from support import salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


def _verdicts(nlp: Language, text: str) -> dict[str, Salience]:
    return salience_verdicts(nlp, text, PUBLISHED)


# Contraband measured by weight, stolen goods recovered ---------------------------------------


def test_drugs_measured_by_weight_are_contraband(nlp: Language) -> None:
    v = _verdicts(nlp, "Police said 200 kg of cocaine were confiscated in Oruro yesterday.")
    assert not v["confiscated"].keep


def test_average_of_kilos_is_contraband(nlp: Language) -> None:
    v = _verdicts(nlp, "The antinarcotics unit is confiscating an average of 300 kg of cocaine in Vado Seco.")
    assert not v["confiscating"].keep


def test_stolen_goods_seized_by_police_are_not_looting(nlp: Language) -> None:
    v = _verdicts(nlp, "Federal agents seized more than 20 stolen trucks in Campo Alto on Monday.")
    assert not v["seized"].keep
    assert not v["stolen"].keep


def test_stolen_cars_recovered_are_not_a_theft_now(nlp: Language) -> None:
    v = _verdicts(nlp, "Police recovered 12 stolen cars in Campo Alto on Monday.")
    assert not v["stolen"].keep


def test_goods_taken_by_gunmen_stay_looting(nlp: Language) -> None:
    assert _verdicts(nlp, "Gunmen stole 12 cars in Campo Alto on Monday.")["stole"].keep
    assert _verdicts(nlp, "Gunmen confiscated 20 bags of maize from traders in Campo Alto on Monday.")[
        "confiscated"
    ].keep
    assert _verdicts(nlp, "Militiamen looted 30 tons of food aid in Campo Alto on Monday.")["looted"].keep


# A protest noun as a predicate ---------------------------------------------------------------


def test_demonstration_as_proof_is_no_protest(nlp: Language) -> None:
    v = _verdicts(nlp, "The visit is the clearest demonstration that the cold war has ended.")
    assert not v["demonstration"].keep


def test_protest_as_what_something_amounts_to(nlp: Language) -> None:
    v = _verdicts(nlp, "That is the essential protest of all the reform movements.")
    assert not v["protest"].keep


def test_demonstration_with_its_crowd_stays(nlp: Language) -> None:
    v = _verdicts(nlp, "The rally was a demonstration of 5,000 farmers against the dam.")
    assert v["demonstration"].keep


def test_demonstration_staged_stays(nlp: Language) -> None:
    v = _verdicts(nlp, "Thousands of students staged a demonstration in Campo Alto on Monday.")
    assert v["demonstration"].keep


# A share of the drugs seized, destruction an accident brought ----------------------------------


def test_share_of_drugs_seized_is_contraband(nlp: Language) -> None:
    v = _verdicts(nlp, "The unit is credited with seizing 60 percent of the cocaine seized in Norland.")
    assert not v["seizing"].keep


def test_destruction_by_an_accident_is_no_looting(nlp: Language) -> None:
    v = _verdicts(nlp, "A bus accident in Tarso destroyed two houses on Monday.")
    assert not v["destroyed"].keep


def test_troops_destroying_houses_after_an_accident_stay(nlp: Language) -> None:
    v = _verdicts(nlp, "Troops destroyed two houses in Tarso on Monday after the accident.")
    assert v["destroyed"].keep


# A boycott imposed by a state or an armed group ----------------------------------------------


def test_boycott_by_armed_group_is_no_protest(nlp: Language) -> None:
    assert not _verdicts(nlp, "The minister said it was the result of a terrorist boycott.")["boycott"].keep
    assert not _verdicts(nlp, "The rebel boycott of the elections kept voters away in Tarso.")["boycott"].keep


def test_boycott_by_a_country_is_an_embargo(nlp: Language) -> None:
    v = _verdicts(nlp, "Norland sold rifles to Estavia while the American boycott was in effect.")
    assert not v["boycott"].keep


def test_boycott_by_workers_or_students_stays(nlp: Language) -> None:
    assert _verdicts(nlp, "Workers began a boycott of the state bus company in Campo Alto on Monday.")["boycott"].keep
    assert _verdicts(nlp, "The students' boycott of classes entered its third day in Tarso.")["boycott"].keep


def test_existential_riots_stay(nlp: Language) -> None:
    v = _verdicts(nlp, "There were riots at polling stations around Vado, as party supporters rejected the results.")
    assert v["riots"].keep


def test_vehicle_damaged_in_an_accident_is_no_looting(nlp: Language) -> None:
    text = "Two buses collided near Tarso on Monday in a serious accident. One bus was badly damaged."
    assert not _verdicts(nlp, text)["damaged"].keep


def test_houses_destroyed_with_no_accident_stay(nlp: Language) -> None:
    assert _verdicts(nlp, "Two houses were destroyed in Tarso on Monday.")["destroyed"].keep
