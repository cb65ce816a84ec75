"""Event detection and ACLED typing on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.classify import (
    detect_mentions,
    load_lexicon,
    merge_mentions,
    plover_category,
    plover_mode,
)
from eventscope.records import EVENT_TYPES, SUBTYPE_PARENT, EventMention


def primary(nlp: Language, text: str) -> EventMention | None:
    mentions = detect_mentions(nlp(text))
    real = [m for m in mentions if m.status in ("asserted", "claimed")]
    return max(real, key=lambda m: m.score) if real else None


def primary_subtype(nlp: Language, text: str) -> str:
    m = primary(nlp, text)
    return m.sub_event_type if m else "NONE"


# One sentence per sub-type the rules should get right out of the box.
SUBTYPE_CASES = [
    ("Gunmen stormed a police post near the border and killed three officers.", "Armed clash"),
    ("Soldiers clashed with rebels in the hills for two hours on Monday.", "Armed clash"),
    ("Unknown gunmen shot dead a shopkeeper and his wife in the market.", "Attack"),
    ("Two farmers were killed by suspected militants on their way to the field.", "Attack"),
    ("The army retook the town of Foo from the insurgents on Sunday.", "Government regains territory"),
    (
        "Rebels seized the town of Bar after government troops withdrew under fire.",
        "Non-state actor overtakes territory",
    ),
    ("A roadside bomb struck a military convoy, wounding four soldiers.", "Remote explosive/landmine/IED"),
    ("An air strike hit a militant hideout in the valley, killing six fighters.", "Air/drone strike"),
    ("Militants fired mortars at the airport overnight.", "Shelling/artillery/missile attack"),
    ("A suicide bomber blew himself up at a checkpoint, killing two guards.", "Suicide bomb"),
    ("An attacker hurled a grenade into a crowded bar, injuring nine people.", "Grenade"),
    (
        "Armed men kidnapped a priest from his parish house on Tuesday night.",
        "Abduction/forced disappearance",
    ),
    ("A teenage girl was raped by two soldiers at a roadblock.", "Sexual violence"),
    ("Hundreds of teachers marched peacefully through the capital to demand higher pay.", "Peaceful protest"),
    (
        "Traders protested against new market fees; police fired tear gas to disperse them.",
        "Protest with intervention",
    ),
    (
        "Police opened fire on peaceful demonstrators, killing four protesters.",
        "Excessive force against protesters",
    ),
    (
        "Students protesting fee increases threw stones at police and burned tyres on the highway.",
        "Violent demonstration",
    ),
    ("A mob lynched a man suspected of stealing a goat.", "Mob violence"),
    ("Police arrested the opposition leader at his home in the capital.", "Arrests"),
    ("Soldiers defused a landmine planted on the road to the village.", "Disrupted weapons use"),
    ("Militants looted shops and torched three houses in the village.", "Looting/property destruction"),
    ("The government and the rebels signed a ceasefire agreement in the capital.", "Agreement"),
    ("Authorities imposed a curfew in the province after the unrest.", "Change to group/activity"),
]


@pytest.mark.parametrize(("text", "expected"), SUBTYPE_CASES)
def test_subtype(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_gathering_is_a_protest_only_with_a_demand(nlp: Language) -> None:
    assert primary_subtype(
        nlp, "Hundreds of farmers gathered outside the ministry to demand better prices."
    ) == ("Peaceful protest")
    assert primary(nlp, "Mourners gathered at the church for the funeral.") is None


def test_armed_versus_civilian_victims(nlp: Language) -> None:
    # the same verb, the target decides
    assert primary_subtype(nlp, "Bandits attacked a patrol and killed two soldiers.") == "Armed clash"
    assert primary_subtype(nlp, "Bandits attacked a bus and killed two passengers.") == "Attack"


def test_weapon_wins_over_target(nlp: Language) -> None:
    # a drone strike is Explosions/Remote violence whether it hits fighters or civilians
    assert primary_subtype(nlp, "A drone strike killed five civilians at a wedding.") == "Air/drone strike"


def test_passive_agent(nlp: Language) -> None:
    m = primary(nlp, "Four villagers were killed by gunmen on Friday.")
    assert m is not None and m.sub_event_type == "Attack"
    assert "patient:civilian" in m.cues


def test_seized_weapons_do_not_make_an_explosion(nlp: Language) -> None:
    text = "Troops seized rifles and explosives from a militant hideout."
    assert primary_subtype(nlp, text) == "Disrupted weapons use"


# Traps: no asserted event -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the proposal as reckless.",  # metaphor
        "The striker fired a shot past the goalkeeper in the second half.",  # sport
        "In the film, the hero shoots the villain and escapes by boat.",  # fiction
    ],
)
def test_no_event(nlp: Language, text: str) -> None:
    assert primary(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a factory killed three workers on Monday.",  # accident
        "Floods destroyed hundreds of homes in the delta region.",  # natural disaster
        "The two countries signed a trade agreement in the capital.",  # diplomacy, not a ceasefire
        "Police arrested a man suspected of stealing cars from a parking lot.",  # ordinary crime
        "The company suspended operations at the mine for a week.",  # business news
    ],
)
def test_non_conflict_news(nlp: Language, text: str) -> None:
    assert primary(nlp, text) is None


def test_future_agreement_is_hypothetical(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The rebels and the government will have to sign a ceasefire agreement."))
    assert mentions and all(m.status == "hypothetical" for m in mentions)


def test_history_is_background(nlp: Language) -> None:
    text = "On Monday the group opened a school in the town. In 2014 the group seized the town."
    subs = {m.sub_event_type for m in detect_mentions(nlp(text)) if m.status == "asserted"}
    assert "Non-state actor overtakes territory" not in subs


def test_court_verdict_is_not_the_event(nlp: Language) -> None:
    text = "A court sentenced two men to life in prison for the killing of a journalist."
    assert primary(nlp, text) is None


def test_threat_is_not_asserted(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The rebels threatened to attack the capital."))
    assert mentions and all(m.status == "threatened" for m in mentions)


def test_modal_is_hypothetical(nlp: Language) -> None:
    mentions = detect_mentions(nlp("Officials said the militants could attack the town."))
    assert mentions and all(m.status == "hypothetical" for m in mentions)


def test_negated(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The soldiers did not attack the village."))
    assert mentions and all(m.status == "negated" for m in mentions)


def test_denied(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The army denied that it killed civilians in the raid."))
    assert any(m.status == "denied" for m in mentions)
    assert not any(m.status == "asserted" and m.sub_event_type == "Attack" for m in mentions)


def test_negated_casualties_do_not_make_excessive_force(nlp: Language) -> None:
    text = "Residents marched to the county offices. Police dispersed them with tear gas. No one was killed."
    assert primary_subtype(nlp, text) == "Protest with intervention"


def test_protest_reason_is_not_an_event(nlp: Language) -> None:
    # the killing is why they marched, not something that happened at the march
    text = "Hundreds of students marched peacefully to protest the killing of a classmate."
    assert primary_subtype(nlp, text) == "Peaceful protest"


# Mention record ------------------------------------------------------------------------------


def test_mention_offsets_and_score(nlp: Language) -> None:
    text = "Calm returned to the city. Gunmen shot dead a trader in the market."
    doc = nlp(text)
    m = primary(nlp, text)
    assert m is not None
    assert text[m.trigger.start : m.trigger.end] == "shot dead"
    assert text[m.sentence.start : m.sentence.end].startswith("Gunmen")
    assert 0.0 < m.score <= 1.0
    assert m.cues[0] == "trigger:kill"
    assert detect_mentions(doc)  # deterministic on the same doc


# Merging -------------------------------------------------------------------------------------


def test_merge_same_incident(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a village on Sunday night. Five villagers were killed in the attack.")
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 1
    primary_m, others = groups[0]
    assert primary_m.sub_event_type == "Attack" and others


def test_merge_keeps_distinct_incidents(nlp: Language) -> None:
    doc = nlp(
        "Gunmen killed two farmers in the north on Sunday. "
        "In a separate incident, students protested against fee increases in the capital."
    )
    groups = merge_mentions(detect_mentions(doc), doc)
    assert {g[0].sub_event_type for g in groups} == {"Attack", "Peaceful protest"}


def test_merge_separates_threat_from_deed(nlp: Language) -> None:
    doc = nlp("The militants attacked the town on Monday. They threatened to attack the capital next.")
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 2


def test_merge_empty(nlp: Language) -> None:
    doc = nlp("The weather was pleasant.")
    assert merge_mentions(detect_mentions(doc), doc) == []


# Resources -----------------------------------------------------------------------------------


def test_plover_covers_every_subtype() -> None:
    for subs in EVENT_TYPES.values():
        for sub in subs:
            assert plover_category(sub) is not None, sub
    assert plover_category("Arrests") == "COERCE"
    assert plover_mode("Air/drone strike") == "aerial weapons"
    assert plover_category("not a sub-type") is None


def test_lexicon_frames_are_known() -> None:
    lex = load_lexicon()
    frames = {t.frame for t in lex.triggers}
    assert frames <= {
        "violence",
        "clash",
        "protest",
        "riot",
        "mob",
        "abduction",
        "sexual",
        "arrest",
        "property",
        "seize",
        "agreement",
        "disrupted",
        "change",
        "base",
        "weapon",
    }
    # every cue list the rules read exists in the file
    for name in (
        "state",
        "armed_group",
        "civilian",
        "intervention",
        "lethal_force",
        "riot_act",
        "ied",
        "air",
    ):
        assert lex.cues[name].words or lex.cues[name].phrases, name


def test_subtypes_emitted_are_contract_strings(nlp: Language) -> None:
    for text, _ in SUBTYPE_CASES:
        for m in detect_mentions(nlp(text)):
            assert m.sub_event_type in SUBTYPE_PARENT
