"""Tolls the small parser garbles in telegraphic or run-on sentences: a passive victim verb left
without its subject, a counted apposition on an uncounted subject, a finite verb conjoined with an
infinitive inside a background phrase, and a death or injury tally tacked on after a comma.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.counts import find_counts


def counted(nlp: Language, text: str, kind: str = "killed") -> int | None:
    doc = nlp(text)
    found = [c.best for sent in doc.sents for c in find_counts(sent) if c.kind == kind]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "best"), [
    # "ensues" taken for a noun object, the people for its conjuncts
    ("Rangers track poachers who had killed a rhino; shoot out ensues and two rangers and one poacher "
     "were killed", 3),
    ("Soldiers chase rustlers near Kapedo; shoot out follows and a soldier and two rustlers were killed", 3),
    # the victim, with an appositive, conjoined with the place before it
    ("On March 3, Pokot and Turkana herders clashed at a watering point near the village of Kapedo and a "
     "Turkana herder, 22-year-old John Ekai, was killed in the fighting.", 1),
    ("In Lokori, near the border with Uganda, Peter Lomoe, a local chief, was murdered by the gunmen.", 1),
])
def test_a_subjectless_passive_after_a_counted_phrase(nlp: Language, text: str, best: int) -> None:
    assert counted(nlp, text) == best


def test_a_subjectless_passive_needs_people_and_harm(nlp: Language) -> None:
    # a thing before the verb is no victim
    assert counted(nlp, "Herders clashed at a watering point near Kapedo and a borehole was destroyed in "
                        "the fighting.") is None
    # the verb keeps its own kind; a negated one reports no harm
    assert counted(nlp, "On March 3, herders clashed at a watering point near the village of Kapedo and a "
                        "Turkana herder was injured in the fighting.") is None
    assert counted(nlp, "Rangers track poachers who had killed a rhino; shoot out ensues and two rangers "
                        "and one poacher were not killed") is None


@pytest.mark.parametrize(("text", "best"), [
    ("Bandits stopped the lorry outside Moyale, the passengers, two traders and a boy, were killed.", 3),
    ("The victims, a trader and his wife, were shot dead in Eldoret.", 2),
])
def test_a_counted_apposition_on_the_subject(nlp: Language, text: str, best: int) -> None:
    assert counted(nlp, text) == best


def test_an_apposition_adds_nothing_to_a_counted_subject(nlp: Language) -> None:
    # the subject counts itself: the gloss is the same person
    assert counted(nlp, "The driver, a 30-year-old man, was killed.") == 1
    # an apposition on an object, with no victim verb, is no toll
    assert counted(nlp, "Police questioned the neighbours, a trader and his wife, who said they heard "
                        "shots.") is None


def test_a_finite_conjunct_of_an_infinitive_belongs_to_the_main_clause(nlp: Language) -> None:
    text = ("The police opened fire on traders who were protesting against the decision to close the market "
            "on Monday and killed three of them in Kisumu.")
    assert counted(nlp, text) == 3


def test_a_killing_inside_the_background_stays_background(nlp: Language) -> None:
    # a relative clause with its own subject tells the grievance
    assert counted(nlp, "Traders marched in Kisumu to condemn the decision to release the officers who "
                        "killed two hawkers.") is None


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunmen attacked a bus near Garissa, one death, two injuries.", 1, 2),
    ("Two men were attacked by raiders near Rhamu, Mandera county, one death, one injury.", 1, 1),
    ("Four people were hit by bullets in Garissa, three injuries and one death.", 1, 3),
    ("Police shoot Turkana herders; three deaths", 3, None),
])
def test_a_tally_after_a_comma(nlp: Language, text: str, killed: int | None, injured: int | None) -> None:
    assert counted(nlp, text) == killed
    assert counted(nlp, text, "injured") == injured


def test_a_vague_tally_is_no_figure(nlp: Language) -> None:
    assert counted(nlp, "Police raided the camp near Kapsokwony, some fatalities likely to be civilians.") is None


def test_a_telegraphic_passive_without_its_auxiliary(nlp: Language) -> None:
    text = "Raiders attacked villagers and stole cattle; several victims were taken to hospital, four reported killed"
    assert counted(nlp, text) == 4
    assert counted(nlp, "Raiders attacked villagers and stole cattle; several victims were taken to hospital, "
                        "four reported missing") is None


def test_victims_conjoined_with_the_attackers(nlp: Language) -> None:
    # the parser lists the victims with the agents; their own participle tells their fate
    text = ("The village of Kodjena was attacked by suspected militants, 3 volunteers and a teacher killed, "
            "the attackers fled.")
    assert counted(nlp, text) == 4
    assert counted(nlp, "The locality of Sira was attacked by presumed JNIM militants, 2 guards and a village chief "
                        "killed, assailants withdrew.") == 3
    # the agents themselves are never the dead
    assert counted(nlp, "A trader was killed by three men armed with machetes.") == 1
    assert counted(nlp, "Two people were killed by gunmen and a policeman wounded in the shooting.") == 2
