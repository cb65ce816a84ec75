"""Places and perpetrators of incident-database descriptions outside the dev suites' countries
(Europe, the Middle East, South and South-East Asia, the Americas; 1970s-2010s groups).

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.actors import find_actor_mentions
from eventscope.extract.places import find_places
from eventscope.geo.gazetteer import Gazetteer
from support import event_location


def actor_names(nlp: Language, text: str) -> list[str]:
    return [a.name for _span, a in find_actor_mentions(nlp(text))]


# Places ----------------------------------------------------------------------------------------


def test_bracketed_acronym_is_not_a_location_gloss(nlp: Language, gaz: Gazetteer) -> None:
    # "(TAK)" is the group's acronym, not Tak province in Thailand
    text = "Kurdistan Freedom Hawks (TAK) militants detonated a bomb near a bus stop in Ankara on Sunday."
    loc = event_location(nlp, gaz, text)
    assert loc is not None and loc.iso3 == "TUR" and loc.name == "Ankara"
    assert all(m.place is None or m.place.iso3 != "THA" for m in find_places(nlp(text), gaz))


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Gunmen shot dead a shopkeeper in Tripoli, northern Lebanon, on 3 May 2012.", "Tripoli", "LBN"),
    ("A bomb wounded two rangers in Pattani, southern Thailand, on 9 June 2011.", "Pattani", "THA"),
])
def test_place_comma_direction_country(nlp: Language, gaz: Gazetteer, text: str, name: str, iso3: str) -> None:
    loc = event_location(nlp, gaz, text)
    assert loc is not None and loc.iso3 == iso3 and loc.name == name


@pytest.mark.parametrize("city", ["Luxor", "Alexandria"])
def test_city_named_like_its_governorate_is_the_city(nlp: Language, gaz: Gazetteer, city: str) -> None:
    loc = event_location(nlp, gaz, f"A bomb exploded outside a hotel in {city}, Egypt, on 4 April 1994.")
    assert loc is not None and loc.iso3 == "EGY"
    assert loc.precision == "exact" and loc.name == city


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("A grenade was thrown into a bus depot in Chittagong, Bangladesh, on 2 March 2009.", "Chittagong", "BGD"),
    ("A car bomb went off at a checkpoint in Azaz, Syria, on 8 August 2016.", "Azaz", "SYR"),
])
def test_town_keeps_the_name_the_text_uses(nlp: Language, gaz: Gazetteer, text: str, name: str, iso3: str) -> None:
    # the gazetteer's official names are "Chattogram" and "I'zaz"; the source wrote the town otherwise
    loc = event_location(nlp, gaz, text)
    assert loc is not None and loc.iso3 == iso3 and loc.name == name and loc.precision == "exact"


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Rebels burned a clinic near Bukavu, Zaire, on 2 November 1996.", "Bukavu", "COD"),
    ("A bomb went off in a bazaar in Peshawar, North-West Frontier Province, on 5 June 2004.", "Peshawar", "PAK"),
    ("Gunmen shot a magistrate in Jaffna, Ceylon, on 14 March 1974.", "Jaffna", "LKA"),
])
def test_former_country_and_province_names(nlp: Language, gaz: Gazetteer, text: str, name: str, iso3: str) -> None:
    # Zaire is also a province of Angola, and "North-West" a province of South Africa
    loc = event_location(nlp, gaz, text)
    assert loc is not None and loc.iso3 == iso3 and loc.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("A landmine killed four policemen near Warangal, Andhra Pradesh, on 2 February 1998.", "Warangal"),
    ("A bomb wounded six people at a bus stand in Ranchi, Bihar, on 4 May 1998.", "Ranchi"),
])
def test_city_named_with_the_state_it_lay_in_before_a_split(nlp: Language, gaz: Gazetteer, text: str,
                                                             name: str) -> None:
    # Warangal is in Telangana and Ranchi in Jharkhand today; the city is still meant, not the state
    loc = event_location(nlp, gaz, text)
    assert loc is not None and loc.iso3 == "IND" and loc.name == name and loc.precision in ("exact", "near")


def test_district_of_a_city_keeps_the_city_container(nlp: Language, gaz: Gazetteer) -> None:
    loc = event_location(nlp, gaz, "A car bomb exploded in the Miraflores district of Lima, Peru, on 16 July 1992.")
    assert loc is not None and loc.iso3 == "PER" and loc.name == "Lima"


# Perpetrators ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ulster Freedom Fighters claimed the shooting.", "UFF: Ulster Freedom Fighters"),
    ("Members of the Ulster Volunteer Force were blamed.", "UVF: Ulster Volunteer Force"),
    ("The National Front for the Liberation of Corsica was suspected.", "FLNC: Corsican National Liberation Front"),
    ("The Red Army Faction claimed the bombing.", "Red Army Faction"),
    ("The Caucasus Emirate claimed the blast.", "Caucasus Emirate"),
    ("Police blamed Jamaat-ul-Mujahideen Bangladesh for the blasts.", "JMB: Jamaat-ul-Mujahideen Bangladesh"),
    ("Ansarullah Bangla Team was suspected in the killing.", "ABT: Ansarullah Bangla Team"),
    ("Gunmen of the Gama'a al-Islamiyya opened fire on a tour bus.", "Al-Gama'a al-Islamiyya"),
    ("Jamaah Ansharut Daulah was blamed for the church bombings.", "JAD: Jamaah Ansharut Daulah"),
    ("The Army of God claimed the arson.", "Army of God"),
    ("Members of the Grey Wolves shot a student.", "Grey Wolves"),
    ("Jabhat al-Nusra claimed the twin car bombs.", "Jabhat al-Nusra"),
    ("Tamil Tiger rebels attacked a bus.", "LTTE: Liberation Tigers of Tamil Eelam"),
])
def test_older_and_regional_groups_are_known(nlp: Language, text: str, expected: str) -> None:
    assert expected in actor_names(nlp, text)


def test_bare_ulfa_is_the_undivided_front_and_the_independent_faction_keeps_its_name(nlp: Language) -> None:
    assert "ULFA: United Liberation Front of Asom" in actor_names(nlp, "ULFA militants set off a bomb.")
    assert "ULFA-I: United Liberation Front of Asom-Independent" in actor_names(
        nlp, "ULFA-I militants set off a bomb.")


def test_barisan_revolusi_nasional_is_named_not_lumped(nlp: Language) -> None:
    names = actor_names(nlp, "Barisan Revolusi Nasional insurgents set off a bomb.")
    assert "BRN: Barisan Revolusi Nasional" in names
    assert "Southern Muslim Separatists (Thailand)" not in names


def test_maoists_in_nepal_are_nepals_maoists(extractor: object) -> None:
    from eventscope.extract.pipeline import Extractor
    from eventscope.records import Document

    assert isinstance(extractor, Extractor)
    doc = Document(id="t", text="Maoist rebels attacked a police post in Dhangadhi, Nepal, on 2 March 2002, "
                                "killing nine policemen.")
    events = next(iter(extractor.extract([doc])))[1]
    top = max(events, key=lambda e: e.confidence)
    assert top.actor1 is not None and top.actor1.name == "CPN-M: Communist Party of Nepal (Maoist)"


def test_members_of_a_named_group_are_that_group(extractor: object) -> None:
    from eventscope.extract.pipeline import Extractor
    from eventscope.records import Document

    assert isinstance(extractor, Extractor)
    doc = Document(id="t", text="Sikh militants of the Babbar Khalsa shot dead six villagers near Ludhiana, "
                                "India, on 4 June 1988.")
    events = next(iter(extractor.extract([doc])))[1]
    top = max(events, key=lambda e: e.confidence)
    assert top.actor1 is not None and top.actor1.name == "Babbar Khalsa International"
