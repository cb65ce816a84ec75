"""ACLED-style notes from countries outside the dev suites (Kenya, Burkina Faso, Afghanistan):
ACLED's admin-1 names, conflict towns the packaged gazetteer lacks, state forces written the ACLED
way, a state's weapons standing for its military, Somali clan militias and Myanmar's armed groups.

All sentences are written for these tests.
"""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from eventscope.extract.actors import ActorRoles, actor_type_of, assign_actors
from eventscope.geo.gazetteer import Gazetteer
from eventscope.records import Location, Span
from support import event_location


def km(loc: Location, lat: float, lon: float) -> float:
    assert loc.lat is not None and loc.lon is not None
    p1, p2 = math.radians(loc.lat), math.radians(lat)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon - loc.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def roles_for(nlp: Language, text: str, trigger: str, sub_type: str, iso3: str, name: str) -> ActorRoles:
    doc = nlp(text)
    start = text.index(trigger)
    tok = next(t for t in doc if t.idx == start)
    return assign_actors(tok.sent, Span(start, start + len(trigger)), sub_type, country_iso3=iso3, country_name=name)


# Places: "Town (Admin1)" and ACLED's admin-1 names ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso3", "name", "admin1"),
    [
        ("On 3 May 2020, JAS fighters raided Mozogo (Far North), killing two herders.",
         "CMR", "Mozogo", "Extreme-Nord"),
        ("On 9 June 2021, separatists burned a school in Bamenda (North-West).", "CMR", "Bamenda", "Nord-Ouest"),
        ("On 2 July 2022, gunmen killed a local councillor in Sarmada (Idleb).", "SYR", "Sarmada", "Idleb"),
        ("On 5 May 2021, an IED hit a PMF vehicle near Jalawla (Diyala), wounding two fighters.",
         "IRQ", "Jalawla", "Diyala"),
        ("On 1 March 2022, Russian artillery shelled Izium (Kharkiv), killing 4 civilians.", "UKR", "Izyum", "Kharkiv"),
        ("On 6 October 2021, the army clashed with militants near Gossi (Timbuktu).", "MLI", "Gossi", "Timbuktu"),
        ("On 12 August 2021, Fano militiamen ambushed a convoy near Humera (Tigray).", "ETH", "Humera", "Tigray"),
    ],
)
def test_town_with_admin_in_brackets(
    nlp: Language, gaz: Gazetteer, text: str, iso3: str, name: str, admin1: str
) -> None:
    loc = event_location(nlp, gaz, text)
    assert loc is not None
    assert (loc.iso3, loc.name, loc.admin1) == (iso3, name, admin1)
    assert loc.precision == "exact"


def test_cabo_delgado_town_is_not_its_european_namesake(nlp: Language, gaz: Gazetteer) -> None:
    # Palma on Mallorca is far larger; the bracketed province says which one is meant
    loc = event_location(nlp, gaz, "On 2 April 2021, insurgents ambushed a convoy leaving Palma (Cabo Delgado).")
    assert loc is not None and loc.iso3 == "MOZ" and loc.name == "Palma"
    assert km(loc, -10.78, 40.47) < 25


def test_myanmar_township_resolves_to_the_town(nlp: Language, gaz: Gazetteer) -> None:
    loc = event_location(nlp, gaz, "On 8 May 2022, junta troops torched houses in Depayin township (Sagaing).")
    assert loc is not None and loc.iso3 == "MMR" and loc.precision == "exact"
    assert km(loc, 22.73, 95.42) < 25


def test_the_city_of_a_renamed_oblast_stays_the_city(nlp: Language, gaz: Gazetteer) -> None:
    # the oblast now carries the city's name ("Donetsk"); a bare mention is still the city
    loc = event_location(nlp, gaz, "On 4 June 2022, artillery fire killed two residents in Donetsk.")
    assert loc is not None and loc.iso3 == "UKR" and loc.precision == "exact"
    assert km(loc, 48.02, 37.80) < 25


@pytest.mark.parametrize(
    ("city", "iso3", "lat", "lon"),
    [("Hama", "SYR", 35.13, 36.76), ("Mykolaiv", "UKR", 46.98, 31.99), ("Vinnytsia", "UKR", 49.23, 28.47),
     ("Raqqa", "SYR", 35.95, 39.01)],
)
def test_a_city_spelled_unlike_the_gazetteer_is_not_its_region(
    nlp: Language, gaz: Gazetteer, city: str, iso3: str, lat: float, lon: float
) -> None:
    # the region carries the English name the text uses; GeoNames spells the city otherwise
    # ("Hamah", "Mykolayiv", "Vinnytsya", "Ar Raqqah"): a bare mention is the city
    loc = event_location(nlp, gaz, f"On 9 March 2022, a blast killed three people in {city}.")
    assert loc is not None and loc.iso3 == iso3 and loc.precision == "exact"
    assert km(loc, lat, lon) < 15


def test_a_personal_name_is_not_a_south_sudanese_town(nlp: Language, gaz: Gazetteer) -> None:
    loc = event_location(nlp, gaz, "On 4 April 2020, gunmen shot dead Nasir Abdi, a trader, in Garissa town.")
    assert loc is not None and loc.iso3 == "KEN" and loc.name == "Garissa"


# Actors ------------------------------------------------------------------------------------------


def test_acled_style_state_force_name_sets_its_country(nlp: Language) -> None:
    text = "On 3 March 2023, Military Forces of Russia shelled positions near Bakhmut (Donetsk)."
    r = roles_for(nlp, text, "shelled", "Shelling/artillery/missile attack", "UKR", "Ukraine")
    assert r.actor1 is not None
    assert r.actor1.name == "Military Forces of Russia"
    assert r.actor1.type == "External/Other forces"  # a state's forces outside that state


def test_acled_style_police_name_in_its_own_country(nlp: Language) -> None:
    text = "On 2 May 2022, Police Forces of Iraq arrested five suspects in Basrah (Basrah)."
    r = roles_for(nlp, text, "arrested", "Arrests", "IRQ", "Iraq")
    assert r.actor1 is not None
    assert (r.actor1.name, r.actor1.type) == ("Police Forces of Iraq", "State forces")


@pytest.mark.parametrize(
    ("text", "trigger", "sub_type", "iso3", "country", "expected"),
    [
        ("On 10 October 2022, Russian missiles struck an apartment block in Odesa, killing 3 civilians.",
         "struck", "Shelling/artillery/missile attack", "UKR", "Ukraine", "Military Forces of Russia"),
        ("On 7 January 2023, Turkish shelling hit a village near Tal Tamr, wounding two civilians.",
         "hit", "Shelling/artillery/missile attack", "SYR", "Syria", "Military Forces of Turkey"),
    ],
)
def test_a_states_weapons_stand_for_its_military(
    nlp: Language, text: str, trigger: str, sub_type: str, iso3: str, country: str, expected: str
) -> None:
    r = roles_for(nlp, text, trigger, sub_type, iso3, country)
    assert r.actor1 is not None
    assert (r.actor1.name, r.actor1.type) == (expected, "External/Other forces")


def test_weapon_without_a_country_is_not_a_state(nlp: Language) -> None:
    text = "On 5 May 2022, rockets struck a market in Marib city, killing 2 civilians."
    r = roles_for(nlp, text, "struck", "Shelling/artillery/missile attack", "YEM", "Yemen")
    assert r.actor1 is None or not r.actor1.name.startswith("Military Forces")


def test_somali_clan_militia_named_by_clan_family(nlp: Language) -> None:
    text = "On 9 May 2021, Abgaal and Habar Gidir clan militias clashed over a water well near Adale (Middle Shabelle)."
    r = roles_for(nlp, text, "clashed", "Armed clash", "SOM", "Somalia")
    assert r.actor1 is not None
    assert (r.actor1.name, r.actor1.type) == ("Hawiye-Abgaal Clan Militia (Somalia)", "Identity militia")


def test_manipur_communal_militia(nlp: Language) -> None:
    text = "On 4 June 2023, Kuki militants fired on Meitei villagers in Bishnupur (Manipur), killing 2."
    r = roles_for(nlp, text, "fired", "Attack", "IND", "India")
    assert r.actor1 is not None
    assert (r.actor1.name, r.actor1.type) == ("Kuki Ethnic Militia (India)", "Identity militia")


@pytest.mark.parametrize(
    "name",
    ["MNDAA: Myanmar National Democratic Alliance Army", "TNLA: Ta'ang National Liberation Army",
     "SSA-S: Shan State Army-South", "UWSA: United Wa State Army"],
)
def test_myanmar_ethnic_armed_organisations_are_rebel_groups(name: str) -> None:
    assert actor_type_of(name) == "Rebel group"
