"""Explosive and air-strike words that report no blast or raid: a fixed figure of speech broken
over a wire line ("a social time bomb", "an atomic bomb on the table"), an explosion that is an
upheaval ("a new social explosion"), a weapon described rather than used ("this helicopter is
ideal for export", "the missile manufacturing plants"), weapons shipped as cargo, bombings
whose escalation is the topic ("has intensified bombings and artillery attacks"), acts a
present-tense "be" calls an attempt, an old story told on after its date, a noun in the purpose
of a future act, a toll in tens of thousands (a war's cost), and the dead and burned of a plane
crash. Each rule has a real incident of similar shape beside it that must stay. Every sentence
here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract import salience
from support import DROPPED_AT_DETECTION, salience_verdict_or_detect

PUBLISHED = dt.date(1990, 6, 20)
# a past-tense lead, so that the sentence under test is not the article's first
LEAD = "The minister visited the northern province on Monday and met farmers in the market town. "
CAPS_LEAD = LEAD.upper()


def _verdict(nlp: Language, text: str, trigger: str) -> salience.Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


def _reported(nlp: Language, text: str, trigger: str) -> bool:
    """Is the mention kept as something that happened (not dropped, planned or threatened)?"""
    v = _verdict(nlp, text, trigger)
    return v.keep and v.status in (None, "asserted", "claimed")


# Fixed figures of speech broken over a line, nuclear bombs -------------------------------------


def test_time_bomb_over_a_line_break_is_a_figure(nlp: Language) -> None:
    text = CAPS_LEAD + "WHAT THE NEW GOVERNMENT INHERITS IS A WEAK ALLY AND A SOCIAL\nTIME BOMB ABOUT TO EXPLODE."
    assert not _verdict(nlp, text, "BOMB").keep
    assert not _reported(nlp, text, "EXPLODE")


def test_atomic_bomb_on_the_table_is_a_figure(nlp: Language) -> None:
    text = CAPS_LEAD + (
        "THE TALKS CANNOT GO WELL AS LONG AS ONE SIDE IS PLACING AN ATOMIC\nBOMB AND THE THREAT OF WAR ON THE TABLE."
    )
    assert _verdict(nlp, text, "BOMB") == DROPPED_AT_DETECTION
    text = LEAD + "Officials said the country could build a nuclear bomb within two years."
    assert _verdict(nlp, text, "bomb") == DROPPED_AT_DETECTION


def test_time_bomb_that_went_off_stays(nlp: Language) -> None:
    text = CAPS_LEAD + "A TIME\nBOMB EXPLODED IN THE BUS TERMINAL OF SAN LUCAS ON TUESDAY, WOUNDING FOUR PEOPLE."
    assert _verdict(nlp, text, "EXPLODED").keep


# Explosions that are upheavals ------------------------------------------------------------------


def test_social_explosion_is_no_blast(nlp: Language) -> None:
    text = LEAD + "The opposition said the government had sown the germ of a new social explosion with its repression."
    assert not _verdict(nlp, text, "explosion").keep
    text = LEAD + "Letters still arrive from exiles scattered across forty countries by the fascist explosion."
    assert not _verdict(nlp, text, "explosion").keep


def test_explosion_in_a_market_stays(nlp: Language) -> None:
    text = LEAD + "A powerful explosion destroyed a shop in the central market of Velaro on Tuesday."
    assert _verdict(nlp, text, "explosion").keep


# Weapons described, made or shipped -----------------------------------------------------------


def test_aircraft_described_by_a_present_tense_be_is_equipment(nlp: Language) -> None:
    text = LEAD + (
        "The source said that, thanks to its simple maintenance, operation and low cost, this helicopter is "
        "ideal for export to neighbouring markets."
    )
    assert not _verdict(nlp, text, "helicopter").keep


def test_helicopter_that_fired_stays(nlp: Language) -> None:
    text = LEAD + "An army helicopter fired rockets at a rebel camp near Velaro on Tuesday, residents said."
    assert _verdict(nlp, text, "helicopter").keep
    text = LEAD + "Residents said a helicopter is firing rockets at the hills above Velaro."
    assert _verdict(nlp, text, "helicopter").keep


def test_weapon_naming_a_kind_of_plant_is_no_attack(nlp: Language) -> None:
    text = LEAD + "The minister said the missile manufacturing plants of the country were scattered in many places."
    assert not _verdict(nlp, text, "missile").keep


def test_weapons_in_a_shipment_are_cargo(nlp: Language) -> None:
    text = LEAD + (
        "The council met at the request of the government to report shipments of weapons, including "
        "surface-to-air missiles, to the guerrillas."
    )
    assert not _verdict(nlp, text, "missiles").keep


def test_missiles_fired_at_a_town_stay(nlp: Language) -> None:
    text = LEAD + "Rebels fired two missiles at the army barracks in Velaro on Tuesday, wounding three soldiers."
    assert _verdict(nlp, text, "missiles").keep


# Bombings whose escalation is the topic ---------------------------------------------------------


def test_intensified_artillery_attacks_are_a_trend(nlp: Language) -> None:
    text = LEAD + (
        "The rebels said that the government, far from halting them, has intensified bombings and artillery attacks."
    )
    assert not _verdict(nlp, text, "artillery").keep


def test_rising_death_toll_of_one_attack_stays(nlp: Language) -> None:
    text = "The death toll from a raid on Sunday by cattle rustlers on a village near Velaro has risen to 14."
    assert _verdict(nlp, text, "death").keep


def test_artillery_attack_on_a_base_stays(nlp: Language) -> None:
    text = LEAD + "Rebels staged an artillery attack on the army base at Velaro on Tuesday, killing two soldiers."
    assert _verdict(nlp, text, "artillery").keep


# Acts that "are an attempt" ---------------------------------------------------------------------


def test_acts_called_an_attempt_are_conduct_judged(nlp: Language) -> None:
    text = LEAD + (
        "The placing of explosive devices and the kidnappings are an attempt by some to justify a strong hand, "
        "the president said."
    )
    assert not _verdict(nlp, text, "kidnappings").keep


def test_bombing_that_was_an_attempt_stays(nlp: Language) -> None:
    text = LEAD + (
        "The bombing of the courthouse in Velaro on Tuesday was an attempt to intimidate the judges, police said."
    )
    assert _verdict(nlp, text, "bombing").keep


# An old story told on -------------------------------------------------------------------------------


def test_past_progressive_after_an_old_year_is_history(nlp: Language) -> None:
    text = LEAD + (
        "We were in prison in 1973 when we learned of the coup. Radio reports said that planes were bombing "
        "the palace and we pictured the president resisting there."
    )
    assert not _verdict(nlp, text, "bombing").keep


def test_past_tense_after_a_day_decades_old_is_history(nlp: Language) -> None:
    text = LEAD + (
        "The letter recalled the invaders who started a war of aggression on 25 June 1950. The invaders "
        "bombed the villages of the north and burned the harvest."
    )
    assert not _verdict(nlp, text, "bombed").keep


def test_past_progressive_after_a_recent_date_stays(nlp: Language) -> None:
    text = LEAD + (
        "Fighting broke out in Velaro on 14 June. Residents said planes were bombing the rebel positions "
        "in the hills."
    )
    assert _verdict(nlp, text, "bombing").keep


# A noun in the purpose of a future act ------------------------------------------------------------


def test_noun_in_the_purpose_of_a_future_act_is_a_plan(nlp: Language) -> None:
    text = CAPS_LEAD + (
        "REPORTS SUGGEST THAT THE INSURGENTS WILL STEP UP THEIR ACTIONS TO DESTROY THE POWER GRID AND "
        "MURDER OFFICIALS."
    )
    assert not _reported(nlp, text, "MURDER")


def test_noun_in_the_purpose_of_a_past_act_stays(nlp: Language) -> None:
    text = LEAD + "The rebels stepped up their raids on Tuesday and burned the town hall of Velaro."
    assert _verdict(nlp, text, "burned").keep


# A toll in tens of thousands ------------------------------------------------------------------------


def test_toll_in_tens_of_thousands_is_a_war_cost(nlp: Language) -> None:
    text = LEAD + (
        "For the people of the region, the war has meant razed towns, ruined economies, and the death of "
        "70,000 people."
    )
    assert not _verdict(nlp, text, "death").keep
    assert not _verdict(nlp, text, "razed").keep
    text = LEAD + "The intervention brought $4 billion to the treasury and 70,000 deaths to the people."
    assert not _verdict(nlp, text, "deaths").keep


def test_toll_of_one_incident_stays(nlp: Language) -> None:
    text = LEAD + "The bombing of the market in Velaro on Tuesday caused the death of 70 people."
    assert _verdict(nlp, text, "death").keep
    # a large crowd attacked is no toll
    text = "Gunmen attacked a camp sheltering 12,000 displaced people near Velaro; two children were killed."
    assert _verdict(nlp, text, "killed").keep
    text = LEAD + "Rebels razed two villages near Velaro on Tuesday and killed 12 people."
    assert _verdict(nlp, text, "razed").keep


# A crash and the burns of its survivors ----------------------------------------------------------


def test_pilot_dead_after_a_crash_is_an_accident(nlp: Language) -> None:
    text = (
        "Officials said a light plane of the customs service crashed due to mechanical problems near Velaro "
        "on Monday. The aircraft was on a training flight. The pilot died immediately while his companion was "
        "injured and seriously burned."
    )
    assert not _verdict(nlp, text, "died").keep
    assert not _verdict(nlp, text, "burned").keep


def test_burning_after_a_crash_by_attackers_stays(nlp: Language) -> None:
    text = (
        "A bus crashed into a ditch near Velaro on Monday after gunmen fired on it. The attackers then "
        "burned the bus and killed the driver."
    )
    assert _verdict(nlp, text, "killed").keep
    text = "Gunmen shot dead a pilot near Velaro on Monday, police said."
    assert _verdict(nlp, text, "shot dead").keep


def test_wire_past_tense_read_as_a_participle_after_an_old_date_is_history(nlp: Language) -> None:
    text = CAPS_LEAD + (
        "THE LETTER CONDEMNED THE INVADERS WHO STARTED ON 25 JUNE 1950 A WAR OF AGGRESSION AGAINST THE "
        "YOUNG REPUBLIC. THE INVADERS ADOPTED IN THE WAR THE SCORCHED EARTH TACTICS BY INDISCRIMINATE "
        "BOMBING, BUT THEY COULD NOT DEFEAT THE PEOPLE, THE LETTER NOTED."
    )
    assert not _verdict(nlp, text, "BOMBING").keep


def test_bomb_detonated_months_ago_in_its_own_sentence_stays_a_report(nlp: Language) -> None:
    text = CAPS_LEAD + (
        "POLICE SAID THE OPERATOR OF A TRANSMISSION TOWER WAS KILLED ON MONDAY BY A POWERFUL BOMB "
        "DETONATED BY UNIDENTIFIED PERSONS."
    )
    assert _verdict(nlp, text, "DETONATED").keep or _verdict(nlp, text, "KILLED").keep
