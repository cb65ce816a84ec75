"""Toponym recognition and resolution, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.places import choose_event_location, find_places, geoparse_documents, main_country
from eventscope.geo.gazetteer import Gazetteer
from eventscope.records import Document, Location, PlaceMention, Span


def places(nlp: Language, gaz: Gazetteer, text: str) -> dict[str, PlaceMention]:
    return {m.text: m for m in find_places(nlp(text), gaz)}


def location_of(nlp: Language, gaz: Gazetteer, text: str) -> Location | None:
    """The event location when the whole text is the event's evidence."""
    return choose_event_location(find_places(nlp(text), gaz), [Span(0, len(text))])


@pytest.mark.parametrize("name", ["Raqqa", "Raqqah", "Ar-Raqqa"])
def test_raqqa_spellings_resolve_to_the_same_city(nlp: Language, gaz: Gazetteer, name: str) -> None:
    m = places(nlp, gaz, f"Heavy fighting was reported in {name} on Tuesday, monitors said.")[name]
    assert m.place is not None and m.place.iso3 == "SYR"
    assert m.place.lat is not None and m.place.lon is not None
    assert abs(m.place.lat - 35.95) < 0.2 and abs(m.place.lon - 39.0) < 0.2


def test_kobani_and_ayn_al_arab_are_one_town(nlp: Language, gaz: Gazetteer) -> None:
    a = places(nlp, gaz, "Shelling hit Kobani overnight.")["Kobani"]
    b = places(nlp, gaz, "Residents fled fighting in Ayn al-Arab overnight.")["Ayn al-Arab"]
    assert a.place is not None and a.place.geonameid == (b.place.geonameid if b.place else None)


def test_deir_ez_zor_variants(nlp: Language, gaz: Gazetteer) -> None:
    a = places(nlp, gaz, "Aid convoys reached Deir ez-Zor city last week.")["Deir ez-Zor"]
    b = places(nlp, gaz, "Aid convoys reached Dayr az Zawr city last week.")["Dayr az Zawr"]
    assert a.place is not None and b.place is not None
    assert a.place.geonameid == b.place.geonameid and a.place.feature_class == "P"


def test_county_word_selects_the_admin_unit(nlp: Language, gaz: Gazetteer) -> None:
    ms = find_places(nlp("Two herders were shot dead in Mandera county on Friday."), gaz)
    m = next(m for m in ms if m.text.startswith("Mandera"))
    assert m.place is not None and m.place.feature_code == "ADM1" and m.precision == "admin1"


def test_bare_county_name_is_its_town(nlp: Language, gaz: Gazetteer) -> None:
    m = places(nlp, gaz, "Traders protested in Garissa over new levies.")["Garissa"]
    assert m.place is not None and m.place.feature_class == "P" and m.precision == "exact"


def test_distance_from_a_town_is_near(nlp: Language, gaz: Gazetteer) -> None:
    m = places(nlp, gaz, "The convoy was ambushed 30 km north of Garissa on the main road.")["Garissa"]
    assert m.place is not None and m.place.iso3 == "KEN" and m.precision == "near"


def test_chain_puts_a_town_inside_its_county(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Police said a man was robbed in Watamu, Kilifi, late on Sunday.")
    assert ms["Watamu"].place is not None and ms["Watamu"].place.admin1 == "Kilifi"


def test_unknown_village_falls_back_to_its_county(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Gunmen torched huts in Ngozimbaru, Kilifi county, on Monday night.")
    m = ms["Ngozimbaru"]
    assert m.place is not None and m.place.feature_code == "ADM1" and m.place.admin1 == "Kilifi"
    assert m.precision == "admin1"


def test_foreign_namesake_is_not_used_for_a_local_story(nlp: Language, gaz: Gazetteer) -> None:
    ms = find_places(nlp("Kenyan police said cattle raiders struck in Turkana and Baringo, Kenya."), gaz)
    assert all(m.place is None or m.place.iso3 == "KEN" for m in ms)


def test_country_after_a_comma_gives_context(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Militants attacked a checkpoint near Djibo, Burkina Faso, on Sunday.")
    assert ms["Djibo"].place is not None and ms["Djibo"].place.iso3 == "BFA"
    assert ms["Burkina Faso"].precision == "country"


def test_demonym_gives_the_country_only_when_no_place_resolves(nlp: Language, gaz: Gazetteer) -> None:
    ms = find_places(nlp("Kenyan soldiers were deployed after the raid."), gaz)
    assert [m.place.iso3 for m in ms if m.place] == ["KEN"]  # the demonym, counted once
    loc = choose_event_location(ms, [Span(0, 45)])
    assert loc is not None and loc.iso3 == "KEN" and loc.precision == "country"
    text = "Kenyan soldiers were deployed to Garissa after the raid."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Garissa" and loc.precision == "exact"


@pytest.mark.parametrize(("text", "iso3"), [
    ("KDF troops repulsed an attack on their camp before dawn.", "KEN"),
    ("Taliban fighters stormed a checkpoint overnight, officials said.", "AFG"),
    ("Koglweogo members beat two suspected thieves at the weekly market.", "BFA"),
    ("Gardaí arrested three men after the disturbance on Saturday night.", "IRL"),
])
def test_country_from_institutions_and_groups_when_no_place(
    nlp: Language, gaz: Gazetteer, text: str, iso3: str
) -> None:
    loc = choose_event_location(find_places(nlp(text), gaz), [Span(0, len(text))], gaz=gaz)
    assert loc is not None and loc.iso3 == iso3 and loc.precision == "country" and loc.lat is not None


def test_country_cues_are_not_toponyms_in_geoparse_output(nlp: Language, gaz: Gazetteer) -> None:
    docs = [Document(id="c1", text="KDF troops repulsed an attack on their camp in Mandera.")]
    (_, ms), = geoparse_documents(docs, gaz, nlp)
    assert [m.text for m in ms] == ["Mandera"]
    (_, ms), = geoparse_documents(docs, gaz, nlp, country_cues=True)
    assert {m.text for m in ms} == {"KDF", "Mandera"}


def test_main_country_ignores_weak_cues_and_references(nlp: Language, gaz: Gazetteer) -> None:
    text = "Al Shabaab militants attacked a police post in Mandera near the border with Somalia."
    assert main_country(find_places(nlp(text), gaz)) == ("KEN", "Kenya")


def test_dominant_country_beats_a_foreign_namesake(nlp: Language, gaz: Gazetteer) -> None:
    # Pangani is a Tanzanian town too; in a story set in Kenya it is not that one.
    text = "Police in Garissa county said a trader was robbed in Pangani on Sunday."
    ms = find_places(nlp(text), gaz)
    assert all(m.place is None or m.place.iso3 == "KEN" for m in ms)


def test_bracket_gloss_constrains_across_an_unknown_item(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Two men were shot dead in Pangani (Kilimani, Nairobi) on Sunday.")
    assert ms["Pangani"].place is not None and ms["Pangani"].place.iso3 == "KEN"


def test_admin_unit_named_in_a_gloss_sets_the_country(nlp: Language, gaz: Gazetteer) -> None:
    # "Ariel" is an Israeli town; Soum is a Burkinabe province, so the village is there.
    text = "Gunmen burned the school of Ariel (Nassoumbou, Soum) on Tuesday."
    m = places(nlp, gaz, text)["Ariel"]
    assert m.place is not None and m.place.iso3 == "BFA"


def test_misspelling_is_matched_within_the_country_only(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Youths blocked the highway in Kintengela, Kajiado county, on Monday.")
    m = ms["Kintengela"]
    assert m.place is not None and m.place.name == "Kitengela" and m.precision == "exact"
    assert gaz.fuzzy("Kintengela", "TZA") == []  # no worldwide spelling guesses


def test_alternate_name_without_context_is_not_a_foreign_hamlet(nlp: Language, gaz: Gazetteer) -> None:
    # "Poni" is only an alternate name of Pawnee, Oklahoma; a province word wants a unit.
    ms = find_places(nlp("Bandits robbed traders near Terpo, Poni Province, on Friday."), gaz)
    assert all(m.place is None or m.place.iso3 != "USA" for m in ms)


def test_continent_is_never_the_event_location(nlp: Language, gaz: Gazetteer) -> None:
    text = "Fighters who came from Europe attacked a checkpoint in Garissa."
    ms = find_places(nlp(text), gaz)
    assert any(m.place is not None and m.place.feature_code == "CONT" for m in ms)
    loc = choose_event_location(ms, [Span(0, len(text))])
    assert loc is not None and loc.name == "Garissa"


def test_event_location_prefers_the_evidence_sentence(nlp: Language, gaz: Gazetteer) -> None:
    text = "Officials met in Nairobi on Monday. Later, a bomb exploded in Mandera, killing two."
    ms = find_places(nlp(text), gaz)
    second = Span(text.index("Later"), len(text))
    loc = choose_event_location(ms, [second], gaz=gaz)
    assert loc is not None and loc.name == "Mandera" and loc.precision == "exact"
    main = choose_event_location(ms, [Span(0, 0)])
    assert main is not None and main.name in ("Nairobi", "Mandera")


def test_admin_level_location_goes_to_the_seat(nlp: Language, gaz: Gazetteer) -> None:
    text = "Clashes between two clans were reported in Lamu county."
    ms = find_places(nlp(text), gaz)
    loc = choose_event_location(ms, [Span(0, len(text))], gaz=gaz)
    assert loc is not None and loc.precision == "admin1" and loc.admin1 == "Lamu"
    seat = gaz.seat(gaz.admin1("Lamu", "KEN"))  # type: ignore[arg-type]
    assert seat is not None and (loc.lat, loc.lon) == seat


def test_geoparse_documents_handles_upper_case_wires(nlp: Language, gaz: Gazetteer) -> None:
    text = "SAN SALVADOR, 12 MAR 89 -- TROOPS CLASHED WITH REBELS NEAR SAN MIGUEL, THE ARMY SAID."
    docs = [Document(id="w1", text=text), Document(id="w2", text="Nothing to see here.")]
    out = list(geoparse_documents(docs, gaz, nlp))
    assert [d.id for d, _ in out] == ["w1", "w2"]
    found = {m.text: m for m in out[0][1]}
    assert "SAN MIGUEL" in found  # text taken back from the original, upper-case document
    assert found["SAN MIGUEL"].place is not None and found["SAN MIGUEL"].place.iso3 == "SLV"
    assert out[1][1] == []


@pytest.mark.parametrize(("text", "where"), [
    ("Supporters blocked the Nairobi-Nakuru highway on Monday in Gilgil.", "Gilgil"),
    ("Gunmen attacked a Nairobi-bound bus in Mandera County on Saturday.", "Mandera"),
    ("Traders blocked the road between Kisumu and Kakamega at Khayega.", "Khayega"),
])
def test_route_ends_rank_after_the_place_of_the_incident(
    nlp: Language, gaz: Gazetteer, text: str, where: str
) -> None:
    ms = find_places(nlp(text), gaz)
    loc = choose_event_location(ms, [Span(0, len(text))])
    assert loc is not None and loc.name == where
    assert any(m.precision == "near" for m in ms)  # the route ends are kept, at precision near


def test_most_specific_place_in_the_evidence_wins(nlp: Language, gaz: Gazetteer) -> None:
    text = "Herders clashed in Baringo county; two were killed in Marigat."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Marigat" and loc.precision == "exact"


def test_country_named_as_a_border_is_not_the_setting(nlp: Language, gaz: Gazetteer) -> None:
    text = "Kenyan police said gunmen killed a trader near the border with Somalia."
    ms = find_places(nlp(text), gaz)
    loc = choose_event_location(ms, [Span(0, len(text))])
    assert loc is not None and loc.iso3 == "KEN" and loc.precision == "country"
    assert any(m.text == "Somalia" and m.place is not None for m in ms)  # still a toponym


def test_identity_group_is_a_weak_cue_not_a_french_town(nlp: Language, gaz: Gazetteer) -> None:
    text = "Garre and Degodia clansmen clashed over pasture, elders said."
    ms = find_places(nlp(text), gaz)
    assert all(m.place is None or m.place.iso3 == "KEN" for m in ms)


def test_cross_border_group_narrows_but_does_not_guess_the_country(nlp: Language, gaz: Gazetteer) -> None:
    text = "JNIM militants stole cattle from herders overnight."
    assert location_of(nlp, gaz, text) is None
    text = "JNIM militants and Koglweogo members clashed overnight."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.iso3 == "BFA"


def test_cross_border_group_keeps_village_names_out_of_other_continents(nlp: Language, gaz: Gazetteer) -> None:
    # Solhan and Yamba are Burkinabe villages missing from the gazetteer; it has a Turkish town
    # and an Australian one of those names, which must not become the setting of a JNIM raid.
    for text, name in [("JNIM militants set fire to the health centre in Solhan on Sunday.", "Solhan"),
                       ("Suspected JNIM fighters raided the police post in Yamba overnight.", "Yamba")]:
        m = places(nlp, gaz, text)[name]
        assert m.place is None or m.place.iso3 in ("BFA", "MLI", "NER")
        assert location_of(nlp, gaz, text) is None
    # a town of the group's countries is still found
    m = places(nlp, gaz, "JNIM militants ambushed a convoy near Djibo on Sunday.")["Djibo"]
    assert m.place is not None and m.place.iso3 == "BFA"


def test_an_unknown_village_does_not_fall_back_to_a_forces_home_country(nlp: Language, gaz: Gazetteer) -> None:
    # "French forces" name who acted; the village the gazetteer lacks is not in France
    text = "JNIM militants attacked the army base in Ngozimbaru; French forces sent helicopters."
    m = places(nlp, gaz, text)["Ngozimbaru"]
    assert m.place is None or m.place.iso3 != "FRA"
    # a demonym of where things are still gives the unknown village its country
    m = places(nlp, gaz, "Kenyan police shot dead a suspect in Ngozimbaru on Sunday.")["Ngozimbaru"]
    assert m.place is not None and m.place.iso3 == "KEN" and m.precision == "country"


def test_alternate_names_need_context(nlp: Language, gaz: Gazetteer) -> None:
    # "Po" is an alternate name of Bozhou (China) and the name of a Burkinabe town
    m = places(nlp, gaz, "Students in Po staged a two-day strike over unpaid grants.")["Po"]
    assert m.place is not None and m.place.iso3 == "BFA"
    # "Eastleigh" is an alternate name of Orkney (South Africa) and the name of other places
    m = places(nlp, gaz, "Twin blasts in Eastleigh wounded several traders.")["Eastleigh"]
    assert m.place is None or m.place.name == "Eastleigh"
    # "Ariel" is also an alternate name of Jerusalem: a village called so is not the capital
    m = places(nlp, gaz, "Ansaroul Islam militants raided the village of Ariel at dawn.")["Ariel"]
    assert m.place is None or m.place.name != "Jerusalem"
    # a city's own alternate name still works when no place bears it officially
    m = places(nlp, gaz, "Protesters marched through Bombay on Sunday.")["Bombay"]
    assert m.place is not None and m.place.iso3 == "IND"


def test_big_city_without_a_locative_cue(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Eldoret traders protested over new market fees on Tuesday.")
    assert ms["Eldoret"].place is not None and ms["Eldoret"].place.iso3 == "KEN"


def test_road_named_after_a_town_is_not_the_incident_place(nlp: Language, gaz: Gazetteer) -> None:
    text = "A trader was shot along Kismayo Road in Garissa on Friday."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Garissa"


def test_a_city_named_with_city_is_not_the_state(nlp: Language, gaz: Gazetteer) -> None:
    m = places(nlp, gaz, "Firefighters battled a warehouse blaze in Kansas City on Monday night.")["Kansas City"]
    assert m.place is not None and m.place.feature_class == "P" and m.place.name == "Kansas City"


def test_an_old_name_of_another_town_loses_to_the_town_called_so(nlp: Language, gaz: Gazetteer) -> None:
    # GeoNames lists "Maryville" as a former name of Beeville, Texas; Maryville is its own town.
    m = places(nlp, gaz, "Volunteers in Maryville handed out blankets at the shelter on Sunday.")["Maryville"]
    assert m.place is not None and m.place.name == "Maryville"


def test_bare_name_is_the_town_not_the_county_named_after_it(nlp: Language, gaz: Gazetteer) -> None:
    m = places(nlp, gaz, "Crews repaired a broken water main in Oakland on Friday.")["Oakland"]
    assert m.place is not None and m.place.feature_class == "P" and m.place.name == "Oakland"


def test_names_before_a_plural_unit_word_are_units(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Flood warnings were issued for Becker, Clay and Wilkin counties in Minnesota.")
    for name in ("Becker", "Clay"):
        p = ms[name].place
        assert p is not None and p.feature_code == "ADM2" and p.admin1 == "Minnesota", name


def test_short_english_name_of_a_province_is_the_province(nlp: Language, gaz: Gazetteer) -> None:
    ms = places(nlp, gaz, "Heavy rain flooded farmland across Hunan and Hubei provinces this week.")
    for name in ("Hunan", "Hubei"):
        p = ms[name].place
        assert p is not None and p.iso3 == "CHN" and p.feature_code == "ADM1", name


def test_a_famous_namesake_abroad_loses_to_the_local_town(nlp: Language, gaz: Gazetteer) -> None:
    text = ("A Paris man was arrested on Tuesday after a chase on Route 1 in Edgar County, Illinois, "
            "the sheriff said.")
    m = places(nlp, gaz, text)["Paris"]
    assert m.place is not None and m.place.iso3 == "USA"


def test_a_famous_namesake_abroad_is_still_meant_without_local_use(nlp: Language, gaz: Gazetteer) -> None:
    text = "American negotiators flew to Paris on Tuesday for talks on the trade dispute."
    m = places(nlp, gaz, text)["Paris"]
    assert m.place is not None and m.place.iso3 == "FRA"


def test_a_town_the_parser_calls_a_nationality_is_a_town_after_in(nlp: Language, gaz: Gazetteer) -> None:
    # the small model tags "Gaoua" NORP here; after "in" the gazetteer's exact town wins
    m = places(nlp, gaz, "On 3 March 2021, traders in Gaoua marched to the town hall.")["Gaoua"]
    assert m.place is not None and m.place.iso3 == "BFA"


def test_a_community_named_before_herders_is_no_foreign_village(nlp: Language, gaz: Gazetteer) -> None:
    # "Orma" (NORP here) is also a village in Greece; with "herders" after it, it is the people
    found = places(nlp, gaz, "Clashes broke out between Orma herders and Pokomo farmers on Monday.")
    assert all(m.place is None or m.place.iso3 != "GRC" for m in found.values())


def test_an_entity_run_into_its_gloss_is_cut_at_the_bracket(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "On 14 May 2020, armed men burned a clinic in Titao (Titao, Loroum).")
    assert found["Titao"].place is not None and found["Titao"].place.iso3 == "BFA"
    assert not any("(" in name for name in found)


def test_an_unknown_entity_keeps_the_known_town_inside_it(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "Two fishermen were shot dead in Witu Lamu County on Sunday.")
    assert found["Witu"].place is not None and found["Witu"].place.admin1 == "Lamu"


@pytest.mark.parametrize("text, name", [
    ("Kibwezi residents blocked the highway on Monday.", "Kibwezi"),
    ("Residents of Ol Kalou protested over the state of the road.", "Ol Kalou"),
])
def test_a_town_before_or_after_a_residents_noun(nlp: Language, gaz: Gazetteer, text: str, name: str) -> None:
    m = places(nlp, gaz, text)[name]
    assert m.place is not None and m.place.iso3 == "KEN"


def test_a_capitalised_word_before_residents_that_is_no_town_stays_out(nlp: Language, gaz: Gazetteer) -> None:
    assert places(nlp, gaz, "Angry residents blocked the highway on Monday.") == {}


def test_an_anti_prefix_does_not_hide_a_country_cue(nlp: Language, gaz: Gazetteer) -> None:
    mentions = find_places(nlp("Hundreds of anti-IEBC protesters marched on Tuesday."), gaz)
    assert main_country(mentions) == ("KEN", "Kenya")


@pytest.mark.parametrize("text", [
    "Ugandan raiders attacked Kenyan villages and drove off cattle.",
    "Sudanese tribesmen raided a Kenyan village before dawn.",
])
def test_the_victims_demonym_outweighs_the_raiders(nlp: Language, gaz: Gazetteer, text: str) -> None:
    mentions = find_places(nlp(text), gaz)
    loc = choose_event_location(mentions, [Span(0, len(text))])
    assert loc is not None and loc.iso3 == "KEN" and loc.precision == "country"


def test_a_raiders_demonym_alone_still_gives_a_country(nlp: Language, gaz: Gazetteer) -> None:
    text = "Somali militants attacked a bus on Monday, killing four."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.iso3 == "SOM"


@pytest.mark.parametrize("text", [
    "Police dispersed a sit-in at the Ministry of Economy and Finance with tear gas.",
    "Traders demonstrated in front of the Palace of Justice on Friday.",
])
def test_an_institution_named_after_a_word_is_no_place(nlp: Language, gaz: Gazetteer, text: str) -> None:
    assert all(m.place is None or m.precision == "country" for m in find_places(nlp(text), gaz))


@pytest.mark.parametrize("text, where", [
    ("On Thursday, gunmen shot dead the former deputy governor of Kilifi outside his house in Malindi.", "Malindi"),
    ("At least ten pastoralists from Isiolo were killed in clashes with residents in Nanyuki on Sunday.", "Nanyuki"),
    ("The Garissa senator said three people were killed in Dadaab on Sunday.", "Dadaab"),
])
def test_an_office_or_an_origin_is_not_the_setting(nlp: Language, gaz: Gazetteer, text: str, where: str) -> None:
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == where


def test_a_place_named_only_as_an_origin_is_still_the_location(nlp: Language, gaz: Gazetteer) -> None:
    text = "Raiders from Isiolo attacked a village and killed three people."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.iso3 == "KEN" and loc.admin1 == "Isiolo"


@pytest.mark.parametrize("text, abbrev, iso3", [
    ("The lawsuit names the U.S. Fish and Wildlife Service as a defendant.", "U.S.", "USA"),
    ("She moved to Columbia, S.C., two years ago.", "S.C.", "USA"),
])
def test_dotted_abbreviations_are_toponyms(nlp: Language, gaz: Gazetteer, text: str, abbrev: str, iso3: str) -> None:
    m = places(nlp, gaz, text)[abbrev]
    assert m.place is not None and m.place.iso3 == iso3


def test_a_bare_surname_of_a_named_person_is_no_place(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "Former police chief Henry Lincoln was charged on Monday. Lincoln, 43, denied it.")
    assert all(m.place is None for name, m in found.items() if name == "Lincoln")


@pytest.mark.parametrize("text, inner", [
    ("The fire started at Wildwood Dayton Apartments on Friday night in Ohio.", "Dayton"),
    ("Third-graders at Glacier Ridge Elementary School planted trees.", "Ridge"),
])
def test_a_town_name_inside_a_longer_name_is_part_of_it(nlp: Language, gaz: Gazetteer, text: str, inner: str) -> None:
    assert inner not in places(nlp, gaz, text)


@pytest.mark.parametrize("text, town", [
    ("In Boston, Massachusetts House Speaker Robert DeLeo, D-Winthrop, backed the bill.", "Winthrop"),
    ("Shoppers in Ohio returned to the stores, the Downtown Cleveland Alliance said.", "Cleveland"),
])
def test_a_town_after_a_party_label_or_downtown_is_found(nlp: Language, gaz: Gazetteer, text: str, town: str) -> None:
    m = places(nlp, gaz, text)[town]
    assert m.place is not None and m.place.iso3 == "USA"


def test_the_speakers_town_is_not_the_incidents(nlp: Language, gaz: Gazetteer) -> None:
    text = "Police in Nanyuki said two officers were shot dead in Naro Moru on Saturday."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Naro Moru"


def test_the_speakers_town_is_used_when_it_is_the_only_one(nlp: Language, gaz: Gazetteer) -> None:
    text = "Officials in Garissa said five people were killed on Monday."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.admin1 == "Garissa"


@pytest.mark.parametrize("text, town", [
    ("Traders protested an eviction notice along the Malaba-Eldoret road.", "Eldoret"),
    ("Rioters lit bonfires in Mau Narok-Nairobi road on Monday.", "Mau Narok"),
])
def test_towns_joined_by_a_dash_in_a_road_name_are_found(nlp: Language, gaz: Gazetteer, text: str, town: str) -> None:
    found = places(nlp, gaz, text)
    assert town in found and found[town].place is not None and found[town].place.iso3 == "KEN"
    assert found[town].precision == "near"  # a route's end, not the scene itself


def test_a_borders_demonym_does_not_pull_a_town_across_it(nlp: Language, gaz: Gazetteer) -> None:
    # Mbale is a Ugandan town of ~90,000 and a small Kenyan one; "the Kenyan border" is elsewhere
    text = "Riders blocked the main road through Mbale on Monday. The road links the town to the Kenyan border."
    m = places(nlp, gaz, text)["Mbale"]
    assert m.place is not None and m.place.iso3 == "UGA"


# Datelines ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, town", [
    ("KABUL (Reuters) - Officials said the market reopened on Friday.", "KABUL"),
    ("MOGADISHU - The city council met on Sunday to discuss the budget.", "MOGADISHU"),
    ("Market reopens. TORRINGTON — The city council approved the budget on Monday.", "TORRINGTON"),
])
def test_a_dateline_town_is_a_toponym(nlp: Language, gaz: Gazetteer, text: str, town: str) -> None:
    m = places(nlp, gaz, text)[town]
    assert m.place is not None and m.place.feature_class == "P"


def test_a_dateline_ranks_after_the_events_own_place(nlp: Language, gaz: Gazetteer) -> None:
    text = "KABUL (Reuters) - A suicide bomber killed six people at a mosque in Jalalabad on Friday."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.admin1 == "Nangarhar"


def test_an_unknown_town_falls_back_to_the_datelines_country_not_its_city(nlp: Language, gaz: Gazetteer) -> None:
    text = "MOGADISHU - Fighters overran a military base near the town of Qarqaaro Dheere on Thursday."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.iso3 == "SOM" and loc.precision == "country"


def test_a_wire_dateline_in_capitals_gives_the_country(nlp: Language, gaz: Gazetteer) -> None:
    text = "SANTIAGO, 4 MAR 90 (RADIO NACIONAL) -- [TEXT] A BOMB EXPLODED OUTSIDE A BANK TODAY."
    ms = find_places(nlp(text.lower()), gaz)
    assert any(m.place is not None and m.place.iso3 == "CHL" for m in ms)


def test_a_capitalised_opening_word_before_a_dash_is_no_dateline(nlp: Language, gaz: Gazetteer) -> None:
    text = "Raids - two people were killed in Garissa on Monday."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Garissa"


def test_a_town_named_as_a_village_is_not_an_admin_unit(nlp: Language, gaz: Gazetteer) -> None:
    # "Soom" is only a spelling away from Soum province: a village is no province
    m = places(nlp, gaz, "Gunmen killed a herder in the village of Soom, near Djibo, on Monday.")["Soom"]
    assert m.place is None or m.place.feature_code != "ADM2"


# Routes named as an axis ------------------------------------------------------------------------


def test_both_ends_of_an_axis_are_found_and_the_first_is_the_place(nlp: Language, gaz: Gazetteer) -> None:
    text = "On 3 October, a patrol struck a mine on the axis Djibo-Bourzanga and one soldier was killed."
    found = places(nlp, gaz, text)
    assert found["Djibo"].place is not None and found["Djibo"].place.iso3 == "BFA"
    assert found["Bourzanga"].place is not None and found["Djibo"].precision == "near"
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Djibo"


def test_a_town_away_from_an_axis_is_not_a_route_end(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "The axis of the offensive shifted: gunmen attacked a bus in Djibo on Monday.")
    assert found["Djibo"].precision == "exact"


# Glosses ----------------------------------------------------------------------------------------


def test_a_second_level_unit_in_a_gloss_votes_for_its_country(nlp: Language, gaz: Gazetteer) -> None:
    loc = location_of(nlp, gaz, "On 12 May, gunmen killed two civilians in Pobe-Mengao (Pobe-Mengao, Soum).")
    assert loc is not None and loc.iso3 == "BFA"


def test_a_second_level_unit_tells_its_country_only_in_a_gloss(gaz: Gazetteer) -> None:
    # a bare district name is a town elsewhere too often; named as a gloss's unit it is the unit
    from eventscope.extract.places import _telling_unit

    cands = gaz.candidates("Soum", fold=False)
    units = [c for c in cands if c.place.feature_class == "A"]
    assert units and units[0].place.feature_code == "ADM2"
    assert not _telling_unit(units, cands)
    assert _telling_unit(units, cands, gloss=True)


# Hand-written places (resources/geo/places.toml) ----------------------------------------------


def test_trans_mara_is_the_kenyan_district_not_tanzanias_mara(nlp: Language, gaz: Gazetteer) -> None:
    loc = location_of(nlp, gaz, "Two clans clashed over grazing land in Trans Mara, leaving three dead.")
    assert loc is not None and (loc.iso3, loc.name, loc.precision) == ("KEN", "Trans Mara", "admin2")
    assert loc.admin1 == "Narok"


def test_former_province_is_reported_at_admin1_precision(nlp: Language, gaz: Gazetteer) -> None:
    loc = location_of(nlp, gaz, "Armed raiders stole 200 cattle in Kenya's Rift Valley on Monday.")
    assert loc is not None and (loc.iso3, loc.precision, loc.admin1) == ("KEN", "admin1", "Nakuru")
    # a town of the province named with it is more specific
    loc = location_of(nlp, gaz, "Police dispersed protesters in Kitale, Rift Valley Province, on Monday.")
    assert loc is not None and loc.name == "Kitale" and loc.precision == "exact"


def test_nairobi_estate_is_in_nairobi(nlp: Language, gaz: Gazetteer) -> None:
    loc = location_of(nlp, gaz, "Police fired tear gas at youths protesting in Kibera, Nairobi, on Friday.")
    assert loc is not None and (loc.iso3, loc.name, loc.admin1) == ("KEN", "Kibera", "Nairobi")


# Objects of taking and attacking verbs ------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Rebels captured Goma on Tuesday after days of fighting in North Kivu.", "Goma", "COD"),
    ("Boko Haram fighters overran Baga in Borno state, residents said.", "Baga", "NGA"),
    ("Shelling hit Avdiivka overnight as fighting raged across Ukraine.", "Avdiivka", "UKR"),
    ("Government troops retook Palmyra from Islamic State fighters in Syria.", "Palmyra", "SYR"),
    ("Insurgents took control of Mocimboa da Praia in Mozambique's north.", "Mocimboa da Praia", "MOZ"),
])
def test_object_of_a_taking_verb_is_a_toponym(nlp: Language, gaz: Gazetteer, text: str, name: str,
                                               iso3: str) -> None:
    m = places(nlp, gaz, text)[name]
    assert m.place is not None and m.place.iso3 == iso3


def test_a_captive_is_no_toponym(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "Troops captured Mohamed Salah and two other suspects near the border.")
    assert not any(k in found for k in ("Mohamed", "Salah", "Mohamed Salah"))
    found = places(nlp, gaz, "The poodle won after capturing the Best in Show award at the fair.")
    assert "Best" not in found


# Remote violence: where fire was launched from -----------------------------------------------


def test_launch_site_ranks_after_the_place_hit(nlp: Language, gaz: Gazetteer) -> None:
    text = "Hamas fired rockets from Gaza into southern Israel; one rocket hit a house in Sderot."
    loc = location_of(nlp, gaz, text)
    assert loc is not None and loc.name == "Sderot"
    loc = location_of(nlp, gaz, "Hamas fired rockets from Gaza into southern Israel on Saturday.")
    assert loc is not None and loc.iso3 == "ISR"


def test_from_without_a_fire_verb_is_not_a_launch_site(nlp: Language, gaz: Gazetteer) -> None:
    # only a side place: the event's place is the one it happened in
    loc = location_of(nlp, gaz, "Pastoralists from Isiolo attacked herders in Samburu county.")
    assert loc is not None and loc.name == "Samburu"
    found = places(nlp, gaz, "Refugees fled from Goma into Rwanda.")
    assert found["Rwanda"].score < 0  # still a destination, not a target
