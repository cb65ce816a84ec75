"""Arrests, seized weapons and looting words that report no such event.

People captured or handed over are no looting; "dismantled" without anything armed is no
disrupted weapons use (with arrests in the sentence the arrests are the event); weapons confiscated
or an arsenal seized are a seized cache; "slow-burning" fuses and missiles that "carry" their fuel
name equipment; a charge the speaker answers and documents seized are no event. Every sentence
here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract import classify
from eventscope.extract.pipeline import text_for_parsing
from support import salience_verdict_or_detect

PUBLISHED = dt.date(1990, 5, 20)


def _subtypes(nlp: Language, text: str) -> dict[str, str]:
    """Each trigger word ``classify.detect_mentions`` makes a mention of, with its sub-type."""
    doc = nlp(text_for_parsing(text))
    return {text[m.trigger.start : m.trigger.end]: m.sub_event_type for m in classify.detect_mentions(doc)}


def _kept(nlp: Language, text: str, trigger: str) -> bool:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED).keep


# People captured or handed over --------------------------------------------------------------


def test_people_captured_by_police_are_an_arrest_not_looting(nlp: Language) -> None:
    text = (
        "THE PERUVIAN POLICE STRUCK A BLOW AT SMUGGLING WHEN IT CAPTURED TOMAS QUIROGA AND ELIAS "
        "BENAVIDES, TWO SMUGGLERS WHO WORKED FOR THE CARTELS."
    )
    assert _subtypes(nlp, text)["CAPTURED"] == "Arrests"


def test_soldiers_captured_by_rebels_are_captives(nlp: Language) -> None:
    assert _subtypes(nlp, "Militiamen captured two soldiers near the river.")["captured"] == (
        "Abduction/forced disappearance"
    )


def test_a_town_captured_stays_territory(nlp: Language) -> None:
    sub = _subtypes(nlp, "The rebels captured the town of Kalo after a battle with the army.")["captured"]
    assert sub == "Non-state actor overtakes territory"


def test_a_person_handed_over_to_a_court_is_no_looting(nlp: Language) -> None:
    assert "HANDED OVER" not in _subtypes(nlp, "LATER THAT YEAR HE WAS DETAINED AND HANDED OVER TO THE FRENCH COURTS.")


def test_a_town_handed_over_stays_a_transfer(nlp: Language) -> None:
    sub = _subtypes(nlp, "The army handed over the town of Kalo to the rebels on Monday.")["handed over"]
    assert sub == "Non-violent transfer of territory"


# "dismantled" without anything armed ---------------------------------------------------------


def test_network_dismantled_with_arrests_is_the_arrests(nlp: Language) -> None:
    text = "THE MINISTER SAID THAT WITH THESE ARRESTS THE POLICE HAVE DISMANTLED A LARGE REBEL NETWORK."
    assert _subtypes(nlp, text)["DISMANTLED"] == "Arrests"


def test_smuggling_ring_dismantled_is_no_weapons_event(nlp: Language) -> None:
    text = "The operation dismantled the Santos-Oruro ring, which traded trucks for cocaine."
    assert "dismantled" not in _subtypes(nlp, text)


def test_camp_or_bomb_dismantled_stays_disrupted_weapons_use(nlp: Language) -> None:
    assert _subtypes(nlp, "Troops dismantled a rebel camp in Kalo.")["dismantled"] == "Disrupted weapons use"
    assert _subtypes(nlp, "Police dismantled a bomb planted near the market.")["dismantled"] == (
        "Disrupted weapons use"
    )


# Weapons confiscated, an arsenal, an amount of weapons ---------------------------------------


def test_weapons_confiscated_by_troops_are_a_seized_cache(nlp: Language) -> None:
    text = "THE COLONEL SAID THAT THE RIFLES CONFISCATED BY THE BORDER TROOPS WERE SENT FROM ABROAD."
    assert _subtypes(nlp, text)["CONFISCATED"] == "Disrupted weapons use"


def test_month_after_on_is_no_target_of_the_confiscation(nlp: Language) -> None:
    text = "HE SPOKE DURING THE PRESENTATION OF A NUMBER OF RIFLES CONFISCATED BY THE MARINE BATTALION ON 4 MAY."
    assert _subtypes(nlp, text)["CONFISCATED"] == "Disrupted weapons use"


def test_goods_confiscated_by_gunmen_stay_looting(nlp: Language) -> None:
    text = "Gunmen confiscated 20 bags of maize from traders in Campo Alto on Monday."
    assert _subtypes(nlp, text)["confiscated"] == "Looting/property destruction"


def test_an_arsenal_or_an_amount_of_weapons_seized_is_a_seized_cache(nlp: Language) -> None:
    assert _subtypes(nlp, "THE ARMY SAID IT HAD SEIZED AN ARSENAL NEAR KALO.")["SEIZED"] == "Disrupted weapons use"
    text = "THE ARMY ANNOUNCED THE SEIZURE OF A LARGE AMOUNT OF WEAPONS FROM THE REBELS AT A HOUSE IN KALO."
    assert _subtypes(nlp, text)["SEIZURE"] == "Disrupted weapons use"


# Equipment words ------------------------------------------------------------------------------


def test_slow_burning_fuse_is_no_fire(nlp: Language) -> None:
    text = "THE POLICE FOUND 30 EXPLOSIVE BLOCKS WITH SLOW-BURNING FUSES IN A WAREHOUSE."
    assert "BURNING" not in _subtypes(nlp, text)
    assert _subtypes(nlp, "Rebels were burning houses in Kalo.")["burning"] == "Looting/property destruction"


def test_missiles_that_carry_their_fuel_are_no_seizure(nlp: Language) -> None:
    assert not _kept(nlp, "THE LIQUID-FUELED ROCKETS CARRY THE FUEL AND THE OXIDIZER IN SEPARATE TANKS.", "ROCKETS")


def test_explosives_a_truck_carries_stay_disrupted(nlp: Language) -> None:
    text = "Soldiers stopped a truck carrying explosives near Kalo."
    assert _subtypes(nlp, text)["explosives"] == "Disrupted weapons use"


# Fighters driven out ---------------------------------------------------------------------------


def test_rebels_dislodged_is_ground_regained_not_looting(nlp: Language) -> None:
    sub = _subtypes(nlp, "WE DISLODGED THE TERRORISTS FROM THE LAS FLORES NEIGHBORHOOD.")["DISLODGED"]
    assert sub == "Government regains territory"


def test_rebels_driven_out_by_named_officers_make_no_seizure(nlp: Language) -> None:
    text = "Gunmen who tried to rob the traders were driven out by the police officers on Monday."
    assert "driven out" not in _subtypes(nlp, text)


def test_soldiers_driven_out_is_ground_taken(nlp: Language) -> None:
    sub = _subtypes(nlp, "Rebels drove out the soldiers from the post.")["drove out"]
    assert sub == "Non-state actor overtakes territory"


def test_government_taken_over_is_no_looting(nlp: Language) -> None:
    text = "THEY DESERVE A SHARE OF THE WEALTH OF THOSE WHO TOOK OVER THE COUNTRY'S GOVERNMENT."
    assert "TOOK OVER" not in _subtypes(nlp, text)


# Ordinary theft ---------------------------------------------------------------------------------


def test_theft_in_a_story_without_armed_actors_is_ordinary_crime(nlp: Language) -> None:
    text = (
        "Police identified four tourists as the people responsible for the theft of a small plane at "
        "the Oruro airfield on 3 March. A report on the stolen plane was released this morning."
    )
    found = _subtypes(nlp, text)
    assert "theft" not in found
    assert "stolen" not in found


def test_theft_by_gunmen_or_in_a_raid_stays_looting(nlp: Language) -> None:
    assert _subtypes(nlp, "Gunmen stole 12 cars in Campo Alto on Monday.")["stole"] == "Looting/property destruction"
    text = "Rebels attacked the village of Kalo on Monday. Residents said their goats were stolen."
    assert _subtypes(nlp, text)["stolen"] == "Looting/property destruction"


# A charge the speaker answers ------------------------------------------------------------------


def test_act_the_speaker_is_accused_of_is_no_event(nlp: Language) -> None:
    assert not _kept(nlp, "WE ARE ACCUSED OF BURNING DOWN A CATHOLIC CHURCH IN HONDURAS.", "BURNING")
    assert not _kept(nlp, "They accused us of attacking the market in Kalo.", "attacking")


def test_accusation_against_a_side_stays(nlp: Language) -> None:
    assert _kept(nlp, "The army accused the rebels of burning down a church in Kalo on Monday.", "burning")


# Documents seized -----------------------------------------------------------------------------------


def test_some_of_the_reports_seized_are_evidence(nlp: Language) -> None:
    text = "SOME OF THOSE LETTERS AND REPORTS HAVE BEEN SEIZED FROM YOUTHS WHO WERE ARRESTED."
    assert not _kept(nlp, text, "SEIZED")
    assert _kept(nlp, "Gunmen seized some of the cattle in Kalo on Monday.", "seized")
