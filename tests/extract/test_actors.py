"""Actor coding: dictionary aliases, generic actors with their country, roles from the parse.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.actors import (
    ActorRoles,
    actor_type_of,
    assign_actors,
    find_actor_mentions,
    load_dictionary,
    parse_dictionary,
)
from eventscope.records import ACTOR_TYPES, Span


def roles_for(
    nlp: Language,
    text: str,
    trigger: str,
    sub_type: str,
    iso3: str | None = "KEN",
    name: str | None = "Kenya",
) -> ActorRoles:
    doc = nlp(text)
    start = text.index(trigger)
    tok = next(t for t in doc if t.idx == start)
    return assign_actors(
        tok.sent, Span(start, start + len(trigger)), sub_type, country_iso3=iso3, country_name=name
    )


# Dictionary ------------------------------------------------------------------------------------


def test_dictionary_is_large_and_well_typed() -> None:
    d = load_dictionary()
    assert len(d.named) >= 150
    assert all(g.type in ACTOR_TYPES for g in d.named)
    assert all(g.type in ACTOR_TYPES for g in d.generic.values())


def test_no_alias_points_to_two_different_actors() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for alias, label in load_dictionary().aliases:
        key = alias if alias.isupper() and len(alias) <= 5 else alias.casefold()
        if key in seen and seen[key] != label:
            clashes.append(alias)
        seen[key] = label
    assert clashes == []


def test_unknown_actor_type_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown type"):
        parse_dictionary({"actor": [{"name": "X", "type": "Freedom fighters", "aliases": []}]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daesh fighters captured the town overnight.", "Islamic State (Syria)"),
        ("The ISIL cell was dismantled last year.", "Islamic State (Syria)"),
        ("A statement by Ansar Allah denied the report.", "Houthi Movement"),
        ("The al-Shabab commander spoke on local radio.", "Al Shabaab"),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin claimed the ambush.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        ("Peshmerga units held the ridge.", "Military Forces of Iraq (Kurdistan Regional Government)"),
    ],
)
def test_aliases_and_transliterations(nlp: Language, text: str, expected: str) -> None:
    found = find_actor_mentions(nlp(text), country_iso3="SYR", country_name="Syria")
    assert expected in [a.name for _, a in found]


def test_short_acronym_does_not_match_ordinary_words(nlp: Language) -> None:
    found = find_actor_mentions(nlp("The road is closed and the market is empty."))
    assert found == []


def test_mentions_carry_offsets(nlp: Language) -> None:
    text = "Witnesses said Boko Haram fighters fled."
    (span, actor), *_ = find_actor_mentions(nlp(text))
    assert text[span.start : span.end] == "Boko Haram fighters"
    assert actor.type == "Rebel group"
    assert actor.country == "NGA"


def test_actor_type_of() -> None:
    assert actor_type_of("Taliban") == "Rebel group"
    assert actor_type_of("Police Forces of Kenya") == "State forces"
    assert actor_type_of("Unidentified Armed Group (Mali)") == "Political militia"
    assert actor_type_of("Rioters (Ghana)") == "Rioters"
    assert actor_type_of("Turkana Ethnic Militia (Kenya)") == "Identity militia"
    assert actor_type_of("Islamic State (Greater Sahara)") == "Rebel group"
    assert actor_type_of("Friends of the Earth") is None


# Generic actors --------------------------------------------------------------------------------


def test_police_in_kenya_without_event_country(nlp: Language) -> None:
    r = roles_for(nlp, "Police in Kenya shot dead two robbers.", "shot", "Armed clash", iso3=None, name=None)
    assert r.actor1 is not None
    assert r.actor1.name == "Police Forces of Kenya"
    assert r.actor1.type == "State forces"
    assert r.actor1.country == "KEN"


@pytest.mark.parametrize("text, trigger", [
    ("A man was shot dead by a sheriff's deputy during a traffic stop.", "shot"),
    ("The suspect was detained by state troopers and charged with assault.", "detained"),
])
def test_sheriffs_and_troopers_are_police(nlp: Language, text: str, trigger: str) -> None:
    r = roles_for(nlp, text, trigger, "Attack", iso3="USA", name="United States")
    assert r.actor1 is not None and r.actor1.name == "Police Forces of United States"


def test_deputies_of_a_parliament_are_not_police(nlp: Language) -> None:
    r = roles_for(nlp, "Protesters stormed the homes of two deputies in the capital.", "stormed", "Mob violence")
    assert r.actor2 is None or not r.actor2.name.startswith("Police")


def test_demonym_of_foreign_forces_makes_external_forces(nlp: Language) -> None:
    r = roles_for(nlp, "Ugandan soldiers attacked a fishing camp near the lake.", "attacked", "Attack")
    assert r.actor1 is not None
    assert r.actor1.name == "Military Forces of Uganda"
    assert r.actor1.type == "External/Other forces"


def test_gunmen_are_an_unidentified_armed_group_of_the_event_country(nlp: Language) -> None:
    r = roles_for(nlp, "Gunmen killed a shopkeeper in the market.", "killed", "Attack", "BFA", "Burkina Faso")
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert r.actor1.type == "Political militia"
    assert r.actor1.text == "Gunmen"
    assert r.actor2.name == "Civilians (Burkina Faso)"
    assert r.actor2.text == "a shopkeeper"


def test_ethnic_raiders_become_an_ethnic_militia(nlp: Language) -> None:
    r = roles_for(nlp, "Armed Turkana raiders attacked a Pokot village at dawn.", "attacked", "Attack")
    assert r.actor1 is not None
    assert r.actor1.name == "Turkana Ethnic Militia (Kenya)"
    assert r.actor1.type == "Identity militia"


def test_named_communal_militia(nlp: Language) -> None:
    r = roles_for(nlp, "Members of the Kalalu militia attacked herders near the river.", "attacked", "Attack")
    assert r.actor1 is not None
    assert r.actor1.name == "Kalalu Communal Militia (Kenya)"
    assert r.actor1.type == "Identity militia"


# Roles -----------------------------------------------------------------------------------------


def test_passive_voice_by_agent_is_actor1(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "Three teachers were abducted by al-Shabaab militants near the border.",
        "abducted",
        "Abduction/forced disappearance",
    )
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.name == "Al Shabaab"
    assert r.actor1.type == "Rebel group"
    assert r.actor2.type == "Civilians"
    assert r.actor2.text == "Three teachers"


def test_active_voice_subject_and_object(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "Taliban fighters ambushed an army convoy on the highway.",
        "ambushed",
        "Armed clash",
        "AFG",
        "Afghanistan",
    )
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.name == "Taliban"
    assert r.actor2.name == "Military Forces of Afghanistan"


def test_clashes_between_x_and_y(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "Heavy clashes between soldiers and Boko Haram left many dead.",
        "clashes",
        "Armed clash",
        "NGA",
        "Nigeria",
    )
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.name == "Military Forces of Nigeria"
    assert r.actor2.name == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_attack_on_x_by_y(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "The attack on the police station by Daesh lasted two hours.",
        "attack",
        "Armed clash",
        "IRQ",
        "Iraq",
    )
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.name == "Islamic State (Iraq)"
    assert r.actor2.name == "Police Forces of Iraq"


def test_conjoined_initiators_become_associated_actors(nlp: Language) -> None:
    r = roles_for(
        nlp, "Police officers and KDF soldiers raided the hideout of the gang.", "raided", "Armed clash"
    )
    assert r.actor1 is not None
    assert r.actor1.name == "Police Forces of Kenya"
    assert [a.name for a in r.assoc] == ["Military Forces of Kenya"]


def test_named_group_elsewhere_in_the_report_names_unknown_gunmen(nlp: Language) -> None:
    text = "Unknown gunmen shot dead a trader on the road. Police blamed Ansaroul Islam for the killing."
    r = roles_for(nlp, text, "shot", "Attack", "BFA", "Burkina Faso")
    assert r.actor1 is not None
    assert r.actor1.name == "Ansaroul Islam"


# Conventions per sub-type ----------------------------------------------------------------------


def test_vac_without_perpetrator_defaults_to_unidentified_group(nlp: Language) -> None:
    r = roles_for(nlp, "A farmer was found hacked to death in his field.", "hacked", "Attack")
    assert r.actor1 is not None and r.actor2 is not None
    assert r.actor1.name == "Unidentified Armed Group (Kenya)"
    assert r.actor1.text is None  # nothing in the text names the perpetrator
    assert r.actor2.name == "Civilians (Kenya)"


def test_protests_are_initiated_by_protesters(nlp: Language) -> None:
    r = roles_for(
        nlp, "Traders marched to the county offices over new levies.", "marched", "Peaceful protest"
    )
    assert r.actor1 is not None
    assert r.actor1.name == "Protesters (Kenya)"
    assert r.actor1.type == "Protesters"


def test_protest_with_intervention_puts_police_second(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "Police fired tear gas at students who were protesting fee increases.",
        "protesting",
        "Protest with intervention",
    )
    assert r.actor1 is not None
    assert r.actor1.name == "Protesters (Kenya)"


def test_mob_violence_is_coded_to_rioters(nlp: Language) -> None:
    r = roles_for(nlp, "An angry mob lynched a suspected thief in the village.", "lynched", "Mob violence")
    assert r.actor1 is not None
    assert r.actor1.name == "Rioters (Kenya)"
    assert r.actor1.text == "An angry mob"
    assert r.actor2 is not None
    assert r.actor2.name == "Civilians (Kenya)"


def test_arrests_default_to_police(nlp: Language) -> None:
    r = roles_for(nlp, "Two opposition politicians were arrested on Monday.", "arrested", "Arrests")
    assert r.actor1 is not None
    assert r.actor1.name == "Police Forces of Kenya"


def test_air_strike_defaults_to_the_military(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "An air strike hit a militant camp in the forest.",
        "air strike",
        "Air/drone strike",
        "SOM",
        "Somalia",
    )
    assert r.actor1 is not None
    assert r.actor1.type == "State forces"
    assert r.actor1.name == "Military Forces of Somalia"


def test_regional_branch_of_a_transnational_group(nlp: Language) -> None:
    r = roles_for(
        nlp,
        "Islamic State militants attacked a military post.",
        "attacked",
        "Armed clash",
        "BFA",
        "Burkina Faso",
    )
    assert r.actor1 is not None
    assert r.actor1.name == "Islamic State (Greater Sahara)"


def test_weak_head_noun_yields_to_the_actor_word_in_its_phrase(nlp: Language) -> None:
    r = roles_for(nlp, "A group of soldiers burned the market stalls.", "burned", "Attack")
    assert r.actor1 is not None
    assert r.actor1.name == "Military Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "trigger", "sub_type", "iso3", "name"),
    [
        ("Two people were injured when a car bomb exploded outside a police station in Diyarbakir.",
         "exploded", "Remote explosive/landmine/IED", "TUR", "Turkey"),
        ("A roadside bomb exploded near an army barracks in Kidal on Monday, wounding three civilians.",
         "exploded", "Remote explosive/landmine/IED", "MLI", "Mali"),
        ("Gunmen opened fire on a military checkpoint in Kaduna, killing two people.",
         "killing", "Attack", "NGA", "Nigeria"),
    ],
)
def test_a_force_naming_a_building_is_not_the_initiator(
    nlp: Language, text: str, trigger: str, sub_type: str, iso3: str, name: str
) -> None:
    roles = roles_for(nlp, text, trigger, sub_type, iso3, name)
    assert roles.actor1 is None or roles.actor1.type not in ("State forces",)


def test_the_force_itself_still_initiates(nlp: Language) -> None:
    roles = roles_for(nlp, "Police officers shot dead two robbers near the police station in Kisumu.",
                      "shot dead", "Armed clash")
    assert roles.actor1 is not None and roles.actor1.type == "State forces"


def test_group_named_only_for_its_record_is_not_the_initiator(nlp: Language) -> None:
    text = ("A bomb exploded at a bus stop in Mandera on Tuesday, killing three people. "
            "Al-Shabaab has carried out similar attacks in the county.")
    roles = roles_for(nlp, text, "exploded", "Remote explosive/landmine/IED")
    assert roles.actor1 is None or roles.actor1.name != "Al Shabaab"
    blamed = ("A bomb exploded at a bus stop in Mandera on Tuesday, killing three people. "
              "Police blamed al-Shabaab for the blast.")
    roles = roles_for(nlp, blamed, "exploded", "Remote explosive/landmine/IED")
    assert roles.actor1 is not None and roles.actor1.name == "Al Shabaab"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("A car bomb planted by ETA exploded outside a barracks in Bilbao.", "exploded",
         "ETA: Basque Homeland and Freedom"),
        ("Chechen rebels ambushed a convoy near Grozny.", "ambushed", "Chechen Separatists"),
    ],
)
def test_groups_of_older_conflicts(nlp: Language, text: str, trigger: str, expected: str) -> None:
    r = roles_for(nlp, text, trigger, "Remote explosive/landmine/IED", None, None)
    assert r.actor1 is not None and r.actor1.name == expected


def test_the_side_a_place_is_taken_from_is_not_the_initiator(nlp: Language) -> None:
    text = "Local fighters recaptured the town from Islamic State militants on Monday."
    r = roles_for(nlp, text, "recaptured", "Government regains territory", "SYR", "Syria")
    assert r.actor1 is None or r.actor1.name != "Islamic State (Syria)"
    r = roles_for(nlp, "Fighters from al-Shabaab attacked a police post.", "attacked", "Armed clash")
    assert r.actor1 is not None and r.actor1.name == "Al Shabaab"


def test_warplanes_that_struck_a_market_do_not_make_its_town_s_rulers_the_target(extractor: object) -> None:
    import datetime as dt

    from eventscope.extract.pipeline import Extractor
    from eventscope.records import Document

    assert isinstance(extractor, Extractor)
    text = ("Syrian government warplanes struck a crowded market in Ariha on Monday, killing nine people. "
            "The town is held by Hayat Tahrir al-Sham.")
    [(_, events)] = list(extractor.extract([Document(id="t", text=text, published=dt.date(2024, 10, 15))]))
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name == "Military Forces of Syria"
    assert strike.actor2 is None or strike.actor2.type != "Rebel group"
