"""Short news items that are not ACLED events (accidents, wildlife, suicides, family killings, arms
deals and tests, drills, sanctions, talks, refugees, anniversaries, speeches, markets, sport) and
rare sub-types the rules must still find. Every sentence here is written for this test; none is
taken from ``benchmarks/snippets``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from support import primary


def subtype(nlp: Language, text: str) -> str:
    m = primary(nlp, text)
    return m.sub_event_type if m else "NONE"


NOT_EVENTS = [
    # animals that kill (cue.disaster)
    "A hippo overturned a canoe and killed two fishermen on the lake on Tuesday.",
    "A leopard attacked and injured three herders near the park boundary.",
    # collisions, mine gas, fires (cue.disaster)
    "Three people died when a lorry collided with a minibus near the border town on Friday.",
    "A methane explosion killed nine workers underground on Monday.",
    "A fire that broke out in a timber yard killed two night watchmen.",
    # suicide (scope:self-harm)
    "A police constable shot himself dead inside the station armoury on Sunday.",
    # a family killing (scope:domestic)
    "The woman was stabbed to death by her boyfriend after an argument on Saturday.",
    # weapons bought, sold or tested (scope:arms-trade)
    "The navy will purchase six attack submarines and a batch of cruise missiles, the ministry said.",
    "The army test-fired a new hypersonic missile from a launch site on the coast on Thursday.",
    # drills (scope:drill)
    "Warships and bombers staged naval exercises near the strait, rehearsing a blockade of the ports.",
    # sanctions (cue.sanction)
    "Washington imposed sanctions on two militia commanders on Monday, banning them from travel.",
    # talks without a deal ("peace talks" is no agreement trigger)
    "Peace talks between the government and the rebels opened in Doha on Monday.",
    # refugees (scope:reference)
    "Thousands of families fleeing violence in the north have reached the coastal camps.",
    # anniversaries (cue.history)
    "Relatives laid wreaths on Saturday to mark ten years since the bombing of the bus station.",
    # a speech (cue.metaphor_context)
    "The senator launched a scathing attack on the interior minister during Tuesday's debate.",
    # a share price (scope:metaphor)
    "Shares in the arms maker shot up 9 percent after the announcement.",
    # sport (cue.sport)
    "The bowlers attacked the stumps from the first over and the batsmen struggled all morning.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(nlp: Language, text: str) -> None:
    assert subtype(nlp, text) == "NONE"


EVENTS = [
    # the contrasts of the rules above: a perpetrator, a bomb, an agreement, a named attacker
    ("Gunmen overturned a canoe and killed two fishermen on the lake on Tuesday.", "Attack"),
    ("A suicide bomber blew himself up at the gate, killing four guards.", "Suicide bomb"),
    ("Gunmen killed a trader and his wife at their shop on Saturday.", "Attack"),
    ("The government and the rebels signed a peace deal in Doha on Monday.", "Agreement"),
    # a gas the munitions released (cue.chemical)
    ("Helicopters dropped bombs that released a poison gas on the village, witnesses said.", "Chemical weapon"),
    # a base with adjectives (trigger.base)
    ("The army has established a new military base on the outskirts of the town.", "Headquarters or base established"),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_kept(nlp: Language, text: str, expected: str) -> None:
    assert subtype(nlp, text) == expected


def test_protesters_dispersing_peacefully_is_no_intervention(nlp: Language) -> None:
    text = "Hundreds of nurses marched to the health ministry on Monday and later dispersed peacefully."
    assert subtype(nlp, text) == "Peaceful protest"


def test_police_dispersing_protesters_is_an_intervention(nlp: Language) -> None:
    text = "Hundreds of nurses marched to the health ministry on Monday before police dispersed them."
    assert subtype(nlp, text) == "Protest with intervention"


def test_fleeing_violence_by_named_forces_stays(nlp: Language) -> None:
    text = "Villagers said they were fleeing violence at the hands of the soldiers."
    assert subtype(nlp, text) != "NONE"


def test_hiding_oneself_during_an_attack_is_no_suicide(nlp: Language) -> None:
    text = "Gunmen attacked the clinic at night while the nurses hid themselves in a storeroom."
    assert subtype(nlp, text) == "Attack"


def test_a_force_described_by_its_fight_is_no_clash(nlp: Language) -> None:
    text = (
        "Uganda deployed 500 more troops on Monday to support the African Union force fighting the rebels in the"
        " south."
    )
    assert subtype(nlp, text) == "Change to group/activity"


def test_weapons_in_an_arms_supply_list_are_no_strike(nlp: Language) -> None:
    text = "The ally is supplying the army with weapons, including assault helicopters and rockets, worth $90 million."
    assert subtype(nlp, text) == "NONE"
