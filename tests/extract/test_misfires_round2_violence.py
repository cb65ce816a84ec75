"""Violence and explosion words that report no incident: a class of victims named by a
participle ("the relatives of tortured persons"), an outburst of a feeling or an ideal ("an
explosion of joy"), a dependence ("hostage to the army"), a death the sentence refutes ("the
pilot said to be killed is alive"), an item in a catalogue of grievances. Every sentence here is
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract import classify
from eventscope.extract.pipeline import text_for_parsing
from support import salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


def _triggers(nlp: Language, text: str) -> set[str]:
    """Trigger words of the mentions ``detect_mentions`` finds."""
    doc = nlp(text_for_parsing(text))
    return {text[m.trigger.start : m.trigger.end] for m in classify.detect_mentions(doc)}


# A class of victims, not a harm ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The commission received the relatives of tortured persons in Dorva.", "tortured"),
        ("A committee of mothers of murdered people marched to the palace.", "murdered"),
        ("The plan for the evacuation of people maimed in war was approved.", "maimed"),
        ("THE COMMISSION PRESENTED THE RELATIVES OF TORTURED AND CAPTURED PERSONS.", "TORTURED"),
    ],
)
def test_victims_as_a_class_are_no_incident(nlp: Language, text: str, word: str) -> None:
    assert word not in _triggers(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The relatives of two persons murdered in Tarrin on Sunday asked for an inquiry.", "murdered"),
        ("The relatives of the murdered journalist met the minister in Lorvia.", "murdered"),
        ("Soldiers tortured three prisoners in the barracks at Kessa.", "tortured"),
    ],
)
def test_named_or_counted_victims_stay(nlp: Language, text: str, word: str) -> None:
    assert word in _triggers(nlp, text)


# Figures of speech ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The fans greeted the team with an explosion of joy in the stadium.", "explosion"),
        ("THIS EXPLOSION OF FREEDOM COINCIDES WITH THE END OF THE REGIME.", "EXPLOSION"),
        ("The cabinet is still hostage to the generals, the senator said.", "hostage"),
    ],
)
def test_outbursts_and_dependence_are_figurative(nlp: Language, text: str, word: str) -> None:
    verdicts = salience_verdicts(nlp, text, PUBLISHED)
    assert word not in verdicts or not verdicts[word].keep, verdicts.get(word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The explosion of a car bomb killed four people in Lorvia on Monday.", "explosion"),
        ("Gunmen took twelve tourists hostage in Kessa on Sunday.", "hostage"),
    ],
)
def test_real_blasts_and_hostages_stay(nlp: Language, text: str, word: str) -> None:
    assert salience_verdicts(nlp, text, PUBLISHED)[word].keep


# A death refuted in the same sentence -----------------------------------------------------------


def test_killed_but_alive_is_negated(nlp: Language) -> None:
    verdict = salience_verdicts(nlp, "The mayor who was reported killed last week is alive, his aides said.",
                                PUBLISHED)["killed"]
    assert verdict.status == "negated", verdict


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The hostage who was kidnapped in Dorva on Monday is alive, police said.", "kidnapped"),
        ("Rebels killed two soldiers in Marsa on Friday; a third soldier is alive.", "killed"),
    ],
)
def test_alive_leaves_other_harm_standing(nlp: Language, text: str, word: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[word]
    assert verdict.keep and verdict.status != "negated", verdict


# A catalogue of grievances ----------------------------------------------------------------------


def test_list_of_grievances_is_no_report(nlp: Language) -> None:
    text = "The senators ignore the curfews, the bombings, the censorship and the strikes in our country."
    verdict = salience_verdicts(nlp, text, PUBLISHED)["bombings"]
    assert not verdict.keep, verdict


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bombings, shootings and kidnappings left twelve people dead in Marsa on Saturday.", "Bombings"),
        ("Police said the bombings, shootings and arson attacks in Kessa on Monday killed four.", "bombings"),
    ],
)
def test_listed_incidents_with_a_toll_stay(nlp: Language, text: str, word: str) -> None:
    assert salience_verdicts(nlp, text, PUBLISHED)[word].keep


def test_harm_to_a_class_in_a_list_is_no_report(nlp: Language) -> None:
    text = "Ranchers complain of raids, the kidnapping of herders, smuggling and extortion."
    verdict = salience_verdicts(nlp, text, PUBLISHED)["kidnapping"]
    assert not verdict.keep, verdict


def test_harm_to_named_people_in_a_list_stays(nlp: Language) -> None:
    text = "Police reported the kidnapping of the mayor, a robbery and a fire in Dorva on Monday."
    assert salience_verdicts(nlp, text, PUBLISHED)["kidnapping"].keep


# A modifier coordinated with another one ---------------------------------------------------------


def test_coordinated_modifier_of_a_kind_is_no_death(nlp: Language) -> None:
    text = "FOREIGN ADVISERS HAVE TRAINED THE RIGHT-WING DEATH, OR TERROR, SQUADS IN THE NORTH."
    verdicts = salience_verdicts(nlp, text, PUBLISHED)
    assert "DEATH" not in verdicts or not verdicts["DEATH"].keep, verdicts.get("DEATH")


def test_coordinated_incident_nouns_stay(nlp: Language) -> None:
    text = "Deaths, injuries and arrests were reported in Dorva after the raid on Monday."
    assert any(v.keep for v in salience_verdicts(nlp, text, PUBLISHED).values())


def test_death_of_people_stays(nlp: Language) -> None:
    assert "death" in _triggers(nlp, "The death of three farmers in Marsa on Sunday angered the villagers.")


# Means that are not used ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It is not by blowing up pipelines that the rebels will win support.", "blowing up"),
        ("The rebel army, which ceased bombing pipelines in August, still holds the hills.", "bombing"),
    ],
)
def test_denied_or_ceased_means_are_not_asserted(nlp: Language, text: str, word: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[word]
    assert not verdict.keep or verdict.status in ("negated", "hypothetical"), verdict


def test_means_of_a_real_attack_stay(nlp: Language) -> None:
    text = "The rebels cut power to Dorva on Monday by blowing up two pylons."
    verdict = salience_verdicts(nlp, text, PUBLISHED)["blowing up"]
    assert verdict.keep and verdict.status is None, verdict


def test_economic_attack_is_figurative(nlp: Language) -> None:
    verdict = salience_verdicts(nlp, "The country has suffered an economic attack by its neighbour.", PUBLISHED)
    assert "attack" not in verdict or not verdict["attack"].keep


def test_headline_verbs_read_as_a_list_stay(nlp: Language) -> None:
    text = "Police officers beat, rob and detain a trader in Dorva."
    assert "beat" in _triggers(nlp, text)


def test_victims_being_harmed_now_stay(nlp: Language) -> None:
    text = "The mothers of students being murdered in the city met the governor."
    assert "murdered" in _triggers(nlp, text)


# A class word over a coordination ---------------------------------------------------------------


def test_class_word_covers_coordinated_plurals(nlp: Language) -> None:
    text = "The commission has to investigate all these violent incidents and deaths."
    verdicts = salience_verdicts(nlp, text, PUBLISHED)
    assert "deaths" not in verdicts or not verdicts["deaths"].keep, verdicts.get("deaths")


def test_counted_coordinated_plurals_stay(nlp: Language) -> None:
    text = "All three bombings and the killings in Dorva on Monday were claimed by the rebels."
    assert salience_verdicts(nlp, text, PUBLISHED)["bombings"].keep
