"""Violence talked about in speeches and commentary rather than reported: incidents taken as a given
("as for the recent attacks", "in the face of the bombings", "has taken advantage of several
unsolved attacks"), harms listed among abstract ills ("more suffering and destruction"), acts done
to "anyone who" resists, the compound of a trend's noun ("protest demonstrations are
multiplying"), a "political death", and victims that "without" says are absent ("a country
without executed people"). Each rule keeps the real incident of the same shape next to it. Every
sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract.salience import Salience
from support import DROPPED_AT_DETECTION, PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _verdict(nlp: Language, text: str, trigger: str) -> Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


def _reported(s: Salience) -> bool:
    return s.keep and s.status in (None, "asserted", "claimed")


# Incidents taken as a given -------------------------------------------------------------------


def test_attacks_after_as_for_are_a_reference(nlp: Language) -> None:
    text = PAST_STORY + "As for the recent bomb attacks, the minister said there was no evidence that they were linked."
    assert not _verdict(nlp, text, "attacks").keep


def test_attacks_in_the_face_of_are_a_reference(nlp: Language) -> None:
    text = PAST_STORY + (
        "The minister said that in the face of the recent terrorist attacks, "
        "the necessary measures had been taken."
    )
    assert not _verdict(nlp, text, "terrorist attacks").keep


def test_attacks_taken_advantage_of_are_a_reference(nlp: Language) -> None:
    text = PAST_STORY + (
        "The opposition has taken advantage of several unsolved bombings in recent weeks to block the reform bill."
    )
    assert not _verdict(nlp, text, "bombings").keep


def test_attacks_with_a_target_or_a_place_stay(nlp: Language) -> None:
    text = (
        "In the face of the attacks on the barracks in Velaro on Monday, the army sent two battalions "
        "to the province."
    )
    assert _verdict(nlp, text, "attacks").keep
    text = "Rebels attacked three police stations in Velaro on Monday, killing four officers."
    assert _reported(_verdict(nlp, text, "attacked"))


# Harms listed among abstract ills ------------------------------------------------------------


def test_destruction_beside_suffering_is_a_grievance(nlp: Language) -> None:
    text = PAST_STORY + (
        "The rebel leader said the government was bringing more suffering and "
        "destruction to the valley."
    )
    assert not _verdict(nlp, text, "destruction").keep


def test_massacres_among_injustices_are_a_grievance(nlp: Language) -> None:
    text = PAST_STORY + (
        "The rebel radio said the war had been caused by the injustices, the "
        "massacres and the dictatorships of the past."
    )
    assert not _verdict(nlp, text, "massacres").keep


def test_destruction_of_a_thing_stays(nlp: Language) -> None:
    text = "Rebels set fire to the town hall in Velaro on Monday, and the destruction of the archive was complete."
    assert _verdict(nlp, text, "set fire").keep
    text = "Soldiers massacred twelve villagers and burned their houses near Velaro on Monday."
    assert _reported(_verdict(nlp, text, "massacred"))


# Acts done to anyone at all ------------------------------------------------------------------


def test_acts_against_anyone_who_resists_are_a_habit(nlp: Language) -> None:
    text = PAST_STORY + (
        "Farmers reported that the rebels steal, kidnap and murder anyone who "
        "does not cooperate with them."
    )
    for word in ("kidnap", "murder"):
        assert not _verdict(nlp, text, word).keep


def test_past_killing_of_anyone_in_the_way_stays(nlp: Language) -> None:
    text = "Gunmen stormed the market in Velaro on Monday and shot anyone who tried to flee, killing nine people."
    assert _verdict(nlp, text, "shot").keep


# The compound of a trend's noun ---------------------------------------------------------------


def test_protest_compound_of_a_multiplying_noun_is_a_trend(nlp: Language) -> None:
    text = PAST_STORY + "Protest demonstrations are multiplying across the country, the minister said."
    assert not _verdict(nlp, text, "Protest").keep
    text = PAST_STORY + "The rebels said the government had intensified bombings and artillery attacks."
    assert not _verdict(nlp, text, "artillery").keep


def test_protest_compound_of_a_held_rally_stays(nlp: Language) -> None:
    text = "Thousands of students held protest marches in Velaro on Monday against the fuel price rise."
    assert _verdict(nlp, text, "protest").keep
    text = "The death toll in an attack by militiamen on a village near Velaro on Sunday has risen to 11."
    assert _verdict(nlp, text, "death").keep


# A political death -------------------------------------------------------------------------------


def test_political_death_is_figurative(nlp: Language) -> None:
    text = PAST_STORY + "The rebel leader said the peace deal marks the political death of the militia."
    assert not _verdict(nlp, text, "death").keep


def test_death_of_a_person_stays(nlp: Language) -> None:
    text = "The shooting of the mayor in Velaro on Monday ended in the death of his driver."
    assert _verdict(nlp, text, "shooting").keep


# Victims that "without" says are absent -----------------------------------------------------------


def test_executed_people_under_without_are_absent(nlp: Language) -> None:
    text = PAST_STORY + (
        "The party leader said: we strive for a country without missing people, without executed "
        "people, without political prisoners."
    )
    assert not _reported(_verdict(nlp, text, "executed"))


def test_executed_people_reported_stay(nlp: Language) -> None:
    text = "Soldiers executed five prisoners near Velaro on Monday, witnesses said."
    assert _reported(_verdict(nlp, text, "executed"))


# Clashes between offices of civil power -------------------------------------------------------


def test_clashes_between_an_administration_and_a_general_are_a_quarrel(nlp: Language) -> None:
    text = PAST_STORY + (
        "The speech raises expectations because of recent clashes between the president's administration "
        "and General Rivas, who still commands the army."
    )
    assert not _verdict(nlp, text, "clashes").keep


def test_clashes_between_police_and_protesters_stay(nlp: Language) -> None:
    text = "Clashes between the police and protesters in Velaro on Monday left two people dead."
    assert _reported(_verdict(nlp, text, "Clashes"))
    text = "Clashes between the army and the rebels near Velaro on Monday left two soldiers dead."
    assert _reported(_verdict(nlp, text, "Clashes"))


# Acts named as tactics ---------------------------------------------------------------------------


def test_lootings_named_as_tactics_are_no_incident(nlp: Language) -> None:
    text = PAST_STORY + (
        'The two groups maintain that "seizure" of farms, lootings, occupation of schools, and "the '
        'recovery of arms" are the main tactics to be undertaken by the masses.'
    )
    assert not _verdict(nlp, text, "lootings").keep


def test_looting_reported_stays(nlp: Language) -> None:
    text = "Crowds looted twelve shops in the market of Velaro on Monday, police said."
    assert _reported(_verdict(nlp, text, "looted"))


# A harm to a class of people that talk refers to -----------------------------------------------


def test_allusion_to_the_murder_of_policemen_is_talk(nlp: Language) -> None:
    text = PAST_STORY + (
        "The document says their arms come from seizures from the enemy, a clear allusion to the "
        "murder of policemen, whose pistols they take."
    )
    assert not _verdict(nlp, text, "murder").keep


def test_murder_of_named_policemen_stays(nlp: Language) -> None:
    text = "Gunmen murdered two policemen at a checkpoint outside Velaro on Monday, the army said."
    assert _reported(_verdict(nlp, text, "murdered"))


# What is gained from a crime ---------------------------------------------------------------------


def test_money_obtained_from_a_kidnapping_is_a_source_of_funds(nlp: Language) -> None:
    text = PAST_STORY + (
        "The commander said the money obtained from the kidnapping of the banker had been given to the poor."
    )
    assert not _verdict(nlp, text, "kidnapping").keep


def test_kidnapping_of_a_banker_reported_stays(nlp: Language) -> None:
    text = "Gunmen kidnapped a banker outside his home in Velaro on Monday and demanded a ransom."
    assert _reported(_verdict(nlp, text, "kidnapped"))


# Things used in combat -----------------------------------------------------------------------------


def test_weapons_used_in_combat_long_ago_name_no_battle(nlp: Language) -> None:
    text = PAST_STORY + "The rifles found in the cellar were old. They were used in combat under the dictatorship."
    assert _verdict(nlp, text, "combat") == DROPPED_AT_DETECTION


def test_combat_reported_stays(nlp: Language) -> None:
    text = "Two soldiers died in combat with rebels near Velaro on Monday, the army said."
    assert _reported(_verdict(nlp, text, "combat"))


# Participles of lasting harm used as nouns for people ----------------------------------------------


def test_the_maimed_are_people_not_a_maiming(nlp: Language) -> None:
    text = PAST_STORY + "The rebel leader said the maimed have also dealt a very important blow to the regime."
    assert _verdict(nlp, text, "maimed") == DROPPED_AT_DETECTION
    text = PAST_STORY + (
        "He said it is a heroic struggle, like the ones that many maimed "
        "comrades have waged from their jails."
    )
    assert _verdict(nlp, text, "maimed") == DROPPED_AT_DETECTION


def test_a_struggle_waged_with_their_bodies_is_no_corpse(nlp: Language) -> None:
    text = PAST_STORY + "They are waging a battle without weapons, with their mutilated bodies."
    assert not _reported(_verdict(nlp, text, "mutilated"))


def test_people_maimed_by_a_mine_stay(nlp: Language) -> None:
    text = "A landmine maimed three boys near Velaro on Monday, the police said."
    assert _reported(_verdict(nlp, text, "maimed"))
    text = "The mutilated bodies of four farmers were found near Velaro on Monday."
    assert _reported(_verdict(nlp, text, "mutilated"))


# A harm done to the speaker's own, in the present progressive ------------------------------------


def test_drug_killing_our_children_is_a_lament(nlp: Language) -> None:
    text = PAST_STORY + (
        "It looks like candy, but this is turning our cities into battlefields "
        "and is killing our children."
    )
    assert not _verdict(nlp, text, "killing").keep


def test_gunmen_killing_villagers_at_a_place_stay(nlp: Language) -> None:
    text = "Witnesses said gunmen are killing villagers in Velaro, where 12 bodies were found on Monday."
    assert _verdict(nlp, text, "killing").keep


# A gerund that is the topic of a plan or a speech ------------------------------------------------


def test_plan_on_fighting_traffickers_is_a_topic(nlp: Language) -> None:
    text = PAST_STORY + "In the speech the president delivered his plan to the nation on fighting drug traffickers."
    assert not _verdict(nlp, text, "fighting").keep


def test_fighting_reported_after_on_stays(nlp: Language) -> None:
    text = "Troops killed four rebels near Velaro on Monday after fighting them for six hours."
    assert _verdict(nlp, text, "killed").keep


# An aim stated with a copula, the verb misread after a line break ---------------------------------


def test_objective_is_to_attack_is_an_aim(nlp: Language) -> None:
    text = PAST_STORY.upper() + (
        "HE ADDED THAT ANOTHER OBJECTIVE OF THE REBEL GROUPS IS TO\nATTACK POSITIONS OF THE ARMY AS PART "
        "OF THEIR PLAN NOT TO HAND IN THEIR WEAPONS."
    )
    assert _verdict(nlp, text, "ATTACK").status == "hypothetical"


def test_attack_on_positions_reported_stays(nlp: Language) -> None:
    text = "REBELS ATTACKED POSITIONS OF THE ARMY NEAR VELARO ON MONDAY, KILLING THREE SOLDIERS."
    assert _reported(_verdict(nlp, text, "ATTACKED"))


# Fighting for a cause ----------------------------------------------------------------------------


def test_fighting_wholeheartedly_for_democracy_is_a_cause(nlp: Language) -> None:
    text = PAST_STORY + (
        "The students are playing their part now, fighting wholeheartedly, convinced that democracy will win the vote."
    )
    assert not _verdict(nlp, text, "fighting").keep


def test_fighting_fiercely_with_rebels_stays(nlp: Language) -> None:
    text = "Soldiers fought fiercely with rebels near Velaro on Monday, the army said."
    assert _reported(_verdict(nlp, text, "fought"))
