"""Words that look like events but are not one: a war's tally, a thing that disappears. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract.classify import detect_mentions
from eventscope.extract.pipeline import Extractor
from eventscope.records import Document
from support import salience_verdict

PUBLISHED = dt.date(2024, 5, 10)


def reported(nlp: Language, text: str) -> list[str]:
    """Sub-types of the mentions reported as having happened (asserted or claimed)."""
    return [m.sub_event_type for m in detect_mentions(nlp(text)) if m.status in ("asserted", "claimed")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The senators tied the aid to talks to end a war that has lasted a decade and left 72,000 people dead.",
     "dead"),
    ("The insurgency has killed more than 300 people in the north, the minister said.", "killed"),
])
def test_a_wars_tally_is_not_an_event(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict(nlp, text, trigger, PUBLISHED)
    assert not verdict.keep and verdict.reason == "aggregate:war-tally"


def test_an_incident_beside_a_wars_tally_is_kept(nlp: Language) -> None:
    text = "Gunmen shot dead three farmers near Gao, in a war that has killed thousands."
    assert salience_verdict(nlp, text, "shot dead", PUBLISHED).keep
    assert not salience_verdict(nlp, text, "killed", PUBLISHED).keep


def test_a_thing_that_disappears_is_no_abduction(nlp: Language) -> None:
    text = "The files on the arms deal disappeared from the ministry's archive, the auditor said."
    assert "Abduction/forced disappearance" not in reported(nlp, text)


def test_a_person_who_disappears_is_still_an_abduction(nlp: Language) -> None:
    text = "Two student leaders disappeared on Friday after armed men stopped their car outside the campus."
    assert "Abduction/forced disappearance" in reported(nlp, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The coalition carried out some 2,000 air raids that killed more than 500 people, monitors said.",
     "air raids"),
    ("Soldiers fought 45 battles with the rebels in March, the army said.", "fought"),
    ("Rebels carried out dozens of attacks on army posts in the north, the report said.", "attacks"),
])
def test_a_tally_of_incidents_is_not_one(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict(nlp, text, trigger, PUBLISHED)
    assert not verdict.keep and verdict.reason.startswith("aggregate:")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two air strikes hit the market in Saada on Tuesday, killing 12 people.", "air strikes"),
    ("Gunmen killed 45 people in the village on Sunday.", "killed"),  # people, not incidents
])
def test_a_few_incidents_or_many_victims_stay(nlp: Language, text: str, trigger: str) -> None:
    assert salience_verdict(nlp, text, trigger, PUBLISHED).keep


def test_a_climate_of_violence_is_no_incident(nlp: Language) -> None:
    text = "The bishop said the failure to prosecute the killers had worsened an atmosphere of confrontation."
    assert "Armed clash" not in reported(nlp, text)


def test_captives_named_again_are_no_seizure(nlp: Language) -> None:
    text = "Later the captured rangers were found dead in the forest."
    assert "Looting/property destruction" not in reported(nlp, text)


def test_captives_found_dead_later_belong_to_the_raid(nlp: Language) -> None:
    from eventscope.extract.classify import merge_mentions

    text = ("Bandits raided a ranger post, killing a ranger and abducting three others. "
            "Later the abducted rangers were found dead near the river.")
    doc = nlp(text)
    mentions = [m for m in detect_mentions(doc) if m.status in ("asserted", "claimed")]
    assert len(merge_mentions(mentions, doc)) == 1


@pytest.mark.parametrize(("text", "incidents"), [
    # a discovery that names no killer reports the dead of the strike before it
    ("Warplanes struck a rebel camp above Kidal on Monday. Six corpses were found there the next day.", 1),
    ("A bomb exploded outside the bus station in Garissa. The body of a porter was later recovered.", 1),
    # someone found them: the finders' act is reported apart, not folded into the strike
    ("Warplanes struck a rebel camp above Kidal on Monday. Police found the bodies of two herders in Gao.", 2),
])
def test_bodies_found_after_an_incident_are_its_dead(nlp: Language, text: str, incidents: int) -> None:
    from eventscope.extract.classify import merge_mentions

    doc = nlp(text)
    mentions = [m for m in detect_mentions(doc) if m.status in ("asserted", "claimed")]
    assert len(merge_mentions(mentions, doc)) == incidents


def test_feared_dead_reports_deaths(nlp: Language) -> None:
    verdict = salience_verdict(nlp, "Six villagers are feared dead after raiders attacked the settlement at dawn.",
                               "dead", PUBLISHED)
    assert verdict.keep and verdict.status is None


def test_fearing_an_attack_is_still_hypothetical(nlp: Language) -> None:
    text = "Residents fear that the militia will attack the village again."
    assert "Attack" not in reported(nlp, text)


def test_a_group_named_tigers_is_no_wild_animal(nlp: Language) -> None:
    text = ("The Liberation Tigers of Tamil Eelam were blamed for a truck bomb that exploded outside "
            "a bank in Colombo, killing 20 people.")
    assert "Remote explosive/landmine/IED" in reported(nlp, text)


def test_bombs_among_football_fans_are_an_attack(nlp: Language) -> None:
    text = "Two bombs exploded among fans watching the World Cup final at a club in Kampala, killing 30 people."
    assert "Remote explosive/landmine/IED" in reported(nlp, text)
    # a sport sentence without a bomb stays sport
    assert reported(nlp, "The footballer shot the ball past the goalkeeper in the World Cup final.") == []


def test_a_year_naming_an_election_does_not_make_the_attack_history(nlp: Language) -> None:
    text = ("03 April. Two are killed, including a former candidate in the 2017 General Election, when "
            "unidentified gunmen attacked Ukunda.")
    assert "Attack" in reported(nlp, text)


def test_a_year_after_in_dates_the_seizure(nlp: Language) -> None:
    verdict = salience_verdict(nlp, "In 2012 rebels seized the town of Gao.", "seized", PUBLISHED)
    assert not verdict.keep and verdict.reason.startswith("history")


@pytest.mark.parametrize(("text", "expected"), [
    # the memorial or anniversary is where or when the attack happened
    ("Gunmen attacked mourners during a memorial service in Jalalabad on Sunday, killing six.", ["Attack"]),
    ("At least 20 people were killed following a bombing at a memorial ceremony in Kabul on Friday.",
     ["Suicide bomb", "Remote explosive/landmine/IED"]),
    # the violence is what the memorial remembers
    ("Mourners laid wreaths at a memorial to the victims of the 1998 embassy bombing.", []),
    ("Survivors marked the anniversary of the 2004 school siege in Beslan.", []),
])
def test_an_attack_at_a_memorial_is_no_history(nlp: Language, text: str, expected: list[str]) -> None:
    found = reported(nlp, text)
    if expected:
        assert found and found[0] in expected, found
    else:
        assert found == []


def test_a_date_naming_a_noun_does_not_date_the_protest(nlp: Language) -> None:
    text = "Relatives of the men detained after last year's riots marched to the court in Kaya on Monday."
    assert salience_verdict(nlp, text, "marched", PUBLISHED).keep
    # an old date that is the time of the clause before still makes history of an undated report
    text = "In March 2012 soldiers detained nine herders near Kaya. The men were shot at a well."
    assert not salience_verdict(nlp, text, "shot at", PUBLISHED).keep


@pytest.mark.parametrize(("text", "kept"), [
    # a week or less dates an incident loosely; it is no tally
    ("Gunmen killed two herders near Kaya in the past 24 hours, residents said.", True),
    ("Two people have been killed at a village near Siaya in the last week, police said.", True),
    ("Six people have died at the hands of vigilantes over the past six days in Vihiga.", True),
    # longer spans, or the past itself, stay a tally or background
    ("Militias have killed 30 people in the past two months, residents said.", False),
    ("Bandits killed three people in the village in the past.", False),
])
def test_a_short_span_is_no_tally(extractor: Extractor, text: str, kept: bool) -> None:
    assert bool(reported_events(extractor, text)) is kept


@pytest.mark.parametrize(("text", "expected"), [
    # a sport word in a name, or the athlete killed, is no match report
    ("Militants shot dead an official of the Consumers League at his home in Djibo.", "Attack"),
    ("A top athlete was shot dead outside his home in Eldoret on Sunday.", "Attack"),
    # an accident or illness word beside a named armed side is still violence
    ("Four Taliban fighters were killed in clashes with security forces near the heart of Herat.", "Armed clash"),
    ("A volunteer was shot dead by police as he helped the victims of a road accident in Nakuru.", "Attack"),
])
def test_scope_words_beside_a_real_killing(extractor: Extractor, text: str, expected: str) -> None:
    found = reported_events(extractor, text)
    assert found and found[0] == expected, found


def test_a_boxing_round_is_no_arrest(extractor: Extractor) -> None:
    assert reported_events(extractor, "The boxer was knocked out in the third round of the title fight.") == []


def reported_events(extractor: Extractor, text: str) -> list[str]:
    """Sub-types of the events the whole pipeline writes as reported, best first."""
    [(_, events)] = list(extractor.extract([Document(id="t", text=text, published=PUBLISHED)]))
    events = [e for e in events if e.status in ("asserted", "claimed")]
    return [e.sub_event_type for e in sorted(events, key=lambda e: -e.confidence)]
