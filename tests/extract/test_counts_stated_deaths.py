"""Deaths stated in ways the first counting rules missed: relative and participle clauses on the
victim, a verb series sharing one object, bodies, telegraphic lists and other death phrases.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.counts import find_counts
from support import fatalities


def killed(nlp: Language, text: str) -> int | None:
    doc = nlp(text)
    found = [c.best for sent in doc.sents for c in find_counts(sent) if c.kind == "killed"]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "best"), [
    # the relative word is the object of the killing
    ("Villagers handed over a robbery suspect who the crowd beat to death.", 1),
    # a relative clause the parser hangs on the place before it
    ("Soldiers detained a herder at the well in Djibo who after his arrest was executed.", 1),
    # the relative subject's own participle clause
    ("Police chased the gunman who fired at them again before being shot dead.", 1),
    # "the latter" and a passive conjunct under a subjectless complement
    ("Two men fled while one was caught, the latter tried to grab a rifle while held and was shot dead.", 1),
])
def test_the_victim_is_the_antecedent_of_a_clause(nlp: Language, text: str, best: int) -> None:
    assert fatalities(nlp, text) == best


def test_a_relative_clause_on_the_killer_is_not_a_death(nlp: Language) -> None:
    assert fatalities(nlp, "Police arrested a man who had killed his neighbour.") is None
    assert fatalities(nlp, "Police chased the gunman who fired at them before fleeing.") is None


def test_a_verb_series_shares_its_object(nlp: Language) -> None:
    # the object parsed as one more conjunct of the verbs
    text = ("On 4 June 2021, suspected ISGS or JNIM militants reportedly kidnapped, executed, and booby-trapped "
            "a volunteer soldier (VDP) near Seytenga.")
    assert fatalities(nlp, text) == 1
    assert fatalities(nlp, "Unknown gunmen shoot and kill three traders at a market") == 3
    # a series whose last phrase has its own fate adds nothing
    assert killed(nlp, "Militants raided the camp, one attacker killed, and two attackers and a guard wounded.") == 1


@pytest.mark.parametrize(("text", "best"), [
    ("The bodies of three herders are discovered near Garissa.", 3),
    ("Four corpses of suspected rebels were found by the river.", 4),
    ("A trader went missing on Monday. His body was found two days later.", 1),
    ("Robbery suspect found dead near river; had stolen a motorbike", 1),
])
def test_bodies_and_people_found_dead(nlp: Language, text: str, best: int) -> None:
    assert fatalities(nlp, text) == best


def test_a_headline_clause_after_a_semicolon_is_not_a_shared_object(nlp: Language) -> None:
    assert fatalities(nlp, "Robbery suspect found guilty; had stolen a motorbike") is None


@pytest.mark.parametrize(("text", "best"), [
    ("Youth stone alleged thief to death in Kisii", 1),  # "stone" tagged as a noun
    ("On 3 May, presumed militants killed at the least six volunteer fighters at the gold mine.", 6),
    ("One person dead.", 1),
    ("Raids on farms -4 killed/ 30 houses torched/ 500 people displaced", 4),
    ("Raiders struck the village - 3 killed/ 20 cattle stolen", 3),
    ("A pupil was hit by a stray bullet and later died in hospital.", 1),
    ("A boda boda rider was caught in the crossfire and died from the injuries", 1),
    ("Soldiers opened fire on the raiders and killed two of them.", 2),
    ("The crowd retaliated by lynching the suspect.", 1),
    ("A police raid left the brother of a trader shot dead in Kisumu.", 1),
    ("Robbers demanded money from the shopkeeper before shooting him dead.", 1),
    # "One woman detained was executed" parsed as "woman detained (that she) was executed"
    ("On 2 March, presumed militants abducted twelve women in the village of Arbinda and held them for two days "
     "before releasing them. One woman detained was executed by the militants.", 1),
])
def test_death_phrases(nlp: Language, text: str, best: int) -> None:
    assert fatalities(nlp, text) == best


@pytest.mark.parametrize("text", [
    "Court sentences suspected killer to death",
    "Market reopened - 3 stalls/ 2 shops repaired",
    "A rider was caught in the crossfire and was treated in hospital.",
    "Residents protested the lynching of a suspect.",
])
def test_no_death_stated(nlp: Language, text: str) -> None:
    assert fatalities(nlp, text) in (None, 0)


def test_a_pronoun_stands_for_captives_named_in_a_list(nlp: Language) -> None:
    text = ("Gunmen abducted three notables of the village, including the imam, the chief and a teacher, "
            "executed them and dumped their bodies by the road.")
    assert fatalities(nlp, text) == 3
