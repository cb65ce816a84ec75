"""Trigger words read in a sense that reports no event, or typed by a word that did not act: an
aircraft that was hit (no air strike), an "exchange" of goods, a "cease- fire" split by the
tokenizer, a fire that is a blaze or a figure of speech, a freedom to demonstrate, a post that
someone "occupies", a commitment one is "engaged" in, a death told with no violence, a rank
named by a weapon. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract import classify
from eventscope.extract.pipeline import text_for_parsing
from support import salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


def _typed(nlp: Language, text: str) -> dict[str, str]:
    """Trigger word -> sub-type of each mention ``detect_mentions`` finds."""
    doc = nlp(text_for_parsing(text))
    return {text[m.trigger.start : m.trigger.end]: m.sub_event_type for m in classify.detect_mentions(doc)}


# Aircraft hit, not striking ------------------------------------------------------------------


def test_downed_helicopter_is_a_fight_not_an_air_strike(nlp: Language) -> None:
    typed = _typed(nlp, "Rebels shot down an army helicopter near Tarso on Monday.")
    assert typed.get("helicopter") == "Armed clash"
    assert "Air/drone strike" not in typed.values()


def test_damaged_aircraft_does_not_type_the_clash(nlp: Language) -> None:
    typed = _typed(nlp, "A helicopter was damaged and a soldier was killed in heavy clashes near Tarso.")
    assert "Air/drone strike" not in typed.values()
    assert typed.get("killed") == "Armed clash"


def test_air_force_helicopter_ambushed(nlp: Language) -> None:
    typed = _typed(nlp, "The insurgents ambushed an air force helicopter near the river on Friday.")
    assert "Air/drone strike" not in typed.values()


def test_helicopter_that_fires_is_still_an_air_strike(nlp: Language) -> None:
    typed = _typed(nlp, "Army helicopters strafed rebel positions near Tarso on Monday.")
    assert "Air/drone strike" in typed.values()


# "exchange" ------------------------------------------------------------------------------------


def test_exchange_of_goods_is_no_clash(nlp: Language) -> None:
    assert "Armed clash" not in _typed(nlp, "He also exchanges stolen cars for cattle across the border.").values()
    assert "Armed clash" not in _typed(nlp, "The exchange office on Main Street closed early.").values()


def test_exchange_of_shots_stays_a_clash(nlp: Language) -> None:
    assert _typed(nlp, "Troops and rebels exchanged shots near Tarso for an hour.").get("exchanged") == "Armed clash"
    assert "Armed clash" in _typed(nlp, "After an hour of intense exchange the bandits fled into the forest.").values()


# "engaged" ------------------------------------------------------------------------------------


def test_engaged_to_do_business_is_no_fight(nlp: Language) -> None:
    assert "engaged" not in _typed(nlp, "Our country is engaged with its neighbour to sell oil at low prices.")


def test_engaged_with_rebels_stays_a_fight(nlp: Language) -> None:
    typed = _typed(nlp, "Troops were engaged with the rebels near the river for two hours.")
    assert typed.get("engaged") == "Armed clash"


# "fire" -----------------------------------------------------------------------------------------


def test_split_ceasefire_is_no_gunfire(nlp: Language) -> None:
    assert "FIRE" not in _typed(nlp, "THE REBELS' RECENT CEASE- FIRE PROPOSAL WAS REJECTED BY THE CABINET.")


def test_fire_as_blaze_or_figure_is_no_attack(nlp: Language) -> None:
    assert "fire" not in _typed(nlp, "The mediators hope to put out the fire in the region.")
    assert "fire" not in _typed(nlp, "Several shops were on fire after the storm, the mayor said.")


def test_gunfire_and_arson_stay(nlp: Language) -> None:
    assert "fire" in _typed(nlp, "The rebels responded with rifle and machinegun fire near the bridge.")
    assert "fire" in _typed(nlp, "Guerrillas stopped two lorries and set them on fire near Tarso.")
    assert "FIRE" in _typed(nlp, "THE ROAD WAS BLOCKED WHEN GUERRILLAS SET TWO TRUCKS LOADED WITH ORE ON FIRE.")


# protest words naming a freedom -----------------------------------------------------------------


def test_right_to_demonstrate_is_no_protest(nlp: Language) -> None:
    typed = _typed(nlp, "The union demanded freedom of expression, mobilization and organization.")
    assert "Peaceful protest" not in typed.values()
    assert "demonstrate" not in _typed(nlp, "The workers defended the right to demonstrate.")


def test_mobilization_against_a_tax_stays_a_protest(nlp: Language) -> None:
    typed = _typed(nlp, "Thousands joined the mobilization in the capital against the new tax.")
    assert typed.get("mobilization") == "Peaceful protest"


# "occupied" describing who holds a place ------------------------------------------------------


def test_occupied_as_description_is_no_seizure(nlp: Language) -> None:
    assert "occupied" not in _typed(nlp, "The office occupied by the governor was hit by a bomb.")
    assert "occupied" not in _typed(nlp, "Troops must not endanger occupied buildings.")


def test_occupying_a_building_stays(nlp: Language) -> None:
    assert "occupied" in _typed(nlp, "Rebels occupied the town hall on Monday.")
    assert "occupy" in _typed(nlp, "Police thwarted a rebel attempt to occupy the district office.")


# deaths with no violence ------------------------------------------------------------------------


def test_death_without_violence_is_no_attack(nlp: Language) -> None:
    assert "died" not in _typed(nlp, "When the former president died, the party called a truce.")
    assert "died" not in _typed(nlp, "The retired general died on Monday.")


def test_death_with_a_cause_stays(nlp: Language) -> None:
    assert "died" in _typed(nlp, "A policeman died of gunshot wounds in hospital.")
    assert "died" in _typed(nlp, "Two soldiers died when rebels fired on their truck.")


# a rank named by a weapon ---------------------------------------------------------------------


def test_artillery_lieutenant_is_no_shelling(nlp: Language) -> None:
    verdicts = salience_verdicts(nlp, "The casualties include an artillery lieutenant.", PUBLISHED)
    assert not verdicts.get("artillery") or not verdicts["artillery"].keep


def test_artillery_attack_stays(nlp: Language) -> None:
    verdicts = salience_verdicts(nlp, "Rebels hit the barracks with artillery fire on Monday.", PUBLISHED)
    assert any(v.keep for v in verdicts.values())


# aircraft that struck: the codebook's air strike whatever they used -----------------------------


def test_helicopters_bombing_is_an_air_strike(nlp: Language) -> None:
    typed = _typed(nlp, "Army helicopters bombed the market district of Tarso on Monday.")
    assert typed.get("bombed") == "Air/drone strike"


def test_bomb_planted_by_rebels_stays_an_explosive(nlp: Language) -> None:
    typed = _typed(nlp, "Rebels bombed the market in Tarso on Monday, killing two traders.")
    assert typed.get("bombed") == "Remote explosive/landmine/IED"


# suspended meetings, cut aid, quitting a struggle, controls, "according" ------------------------


def test_suspended_talks_or_aid_are_no_development(nlp: Language) -> None:
    assert "suspended" not in _typed(nlp, "The talks between the two ministries were suspended.")
    assert "suspend" not in _typed(nlp, "What we did was suspend the meeting.")


def test_suspended_armed_activity_stays(nlp: Language) -> None:
    assert _typed(nlp, "The rebels have suspended all armed activities.").get("suspended") == "Change to group/activity"
    assert "suspend" in _typed(nlp, "The rebels decided to suspend the dialogue with the government.")


def test_cut_aid_is_no_violence(nlp: Language) -> None:
    assert "cut" not in _typed(nlp, "The minister said that military aid was being cut.")


def test_cut_throat_stays(nlp: Language) -> None:
    assert "cut" in _typed(nlp, "Gunmen cut the throat of a herder near Tarso.")


def test_withdrawing_from_the_struggle_is_no_transfer(nlp: Language) -> None:
    text = "Police fired on the rebels near Tarso. The party has temporarily withdrawn from the armed struggle."
    assert "withdrawn from" not in _typed(nlp, text)


def test_controls_and_according_are_no_events(nlp: Language) -> None:
    assert "controls" not in _typed(nlp, "We have set up investment controls in the border states.")
    text = "ACCORDING THE ATTORNEY'S OFFICE, 1,000 PRISONERS MIGHT BENEFIT FROM THE ACCORD."
    assert "ACCORDING" not in _typed(nlp, text)


def test_disarmed_people_described_is_no_disarmament(nlp: Language) -> None:
    assert "disarmed" not in _typed(nlp, "There are camps of disarmed former combatants near the border.")
    assert "disarmed" in _typed(nlp, "Soldiers disarmed two militiamen near the border.")


def test_verbal_attack_is_no_attack(nlp: Language) -> None:
    assert "attacked" not in _typed(nlp, "The retired admiral harshly attacked the president in a speech on Monday.")


# doctrines as actors, the content of a drill, a written protest --------------------------------


def test_doctrine_as_actor_is_no_event(nlp: Language) -> None:
    assert "infiltrated" not in _typed(nlp, "The region has been infiltrated by imperialism and communism.")


def test_group_infiltrating_stays(nlp: Language) -> None:
    assert "infiltrated" in _typed(nlp, "Soldiers clashed with rebels who infiltrated the camp near Tarso on Monday.")


def test_drill_made_of_raids_is_no_raid(nlp: Language) -> None:
    assert "raids" not in _typed(nlp, "According to a witness, the manoeuvres consisted of raids on mock villages.")


def test_attack_during_a_drill_stays(nlp: Language) -> None:
    assert "attacked" in _typed(nlp, "Rebels attacked soldiers during a military exercise near Tarso.")


def test_note_to_protest_is_diplomatic(nlp: Language) -> None:
    text = "On Saturday the foreign ministry issued a note to protest remarks by the neighbouring minister."
    verdicts = salience_verdicts(nlp, text, PUBLISHED)
    assert "protest" not in verdicts or not verdicts["protest"].keep


def test_residents_blocking_a_road_to_protest_stay(nlp: Language) -> None:
    text = "On Saturday residents blocked the main road in Tarso to protest the killing of a teacher."
    verdicts = salience_verdicts(nlp, text, PUBLISHED)
    assert any(v.keep for v in verdicts.values())


# aircraft words that modify something else, aircraft described as hit ---------------------------


def test_aircraft_modifying_people_or_ships_is_no_strike(nlp: Language) -> None:
    typed = _typed(nlp, "A helicopter was damaged near Tarso, where helicopter pilots refuse to land.")
    assert "Air/drone strike" not in typed.values()
    assert "Air/drone strike" not in _typed(nlp, "The aircraft carrier sailed along the coast yesterday.").values()
    typed = _typed(nlp, "Two soldiers wounded in the ambush near Tarso are treated at the air force hospital.")
    assert "Air/drone strike" not in typed.values()


def test_helicopter_attack_stays_an_air_strike(nlp: Language) -> None:
    assert "Air/drone strike" in _typed(nlp, "A helicopter attack on the village killed two people.").values()


def test_aircraft_described_as_downed_is_a_fight(nlp: Language) -> None:
    assert _typed(nlp, "Here is the report on the helicopter downed near Tarso.").get("helicopter") == "Armed clash"


def test_split_ceasefire_across_a_line_break(nlp: Language) -> None:
    text = "WE APPEAL TO BOTH SIDES FOR TALKS LEADING TO A CEASE -\nFIRE UNDER FULL GUARANTEES."
    assert "FIRE" not in _typed(nlp, text)


def test_suspended_membership_or_officers_are_no_development(nlp: Language) -> None:
    assert "suspended" not in _typed(nlp, "The country has been suspended temporarily from the regional group.")
    assert "suspended" not in _typed(nlp, "Four police officers have been suspended.")


def test_battle_for_a_cause_is_no_battle(nlp: Language) -> None:
    assert "battle" not in _typed(nlp, "The battle to preserve democracy continues, the minister said.")


def test_battle_for_a_town_stays(nlp: Language) -> None:
    assert _typed(nlp, "The battle to retake the town lasted two days.").get("battle") == "Armed clash"


def test_controlled_situation_and_burning_issue_are_no_events(nlp: Language) -> None:
    assert "controlled" not in _typed(nlp, "The army says it has controlled the situation in the capital.")
    assert "burning" not in _typed(nlp, "Aid to the rebels has become a burning issue overnight.")


def test_control_of_a_town_stays(nlp: Language) -> None:
    assert "took control" in _typed(nlp, "Rebels took control of the town on Monday after heavy fighting.")


def test_described_places_and_services_are_no_events(nlp: Language) -> None:
    assert "CONTROLLED" not in _typed(nlp, "FIGHTING CONTINUES IN THE CAPITAL, WHERE THERE ARE REBEL-CONTROLLED AREAS.")
    assert "recaptured" not in _typed(nlp, "Troops entered the recaptured town of Tarso on Monday.")
    assert "FIRE" not in _typed(nlp, "THE NATIONAL FIRE DEPARTMENT REPORTED THAT A FIRE ERUPTED IN THE MARKET.")
    assert "patrol" not in _typed(nlp, "Gunmen attacked a police patrol car in Tarso.")


def test_recapturing_a_town_stays(nlp: Language) -> None:
    assert "recaptured" in _typed(nlp, "Troops recaptured the town of Tarso on Monday after heavy fighting.")


def test_explain_names_the_misfire_rule(nlp: Language) -> None:
    text = "Opinions were exchanged on the crisis in the region."
    dropped: list[classify.Drop] = []
    classify.detect_mentions(nlp(text_for_parsing(text)), dropped)
    reasons = {text[span.start : span.end]: reason for span, _sentence, reason, _sub in dropped}
    assert reasons.get("exchanged") == "misfire:exchange", reasons
