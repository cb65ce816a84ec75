"""ACLED typing by who acted on whom: colleagues, crowds, communities, burnings, fights told in
two sentences. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from support import primary_subtype

CASES = [
    # a member of a force who shoots his colleagues: both sides are that force (a battle) ...
    ("A police constable shot dead two of his colleagues at the station on Sunday night.", "Armed clash"),
    ("A soldier opened fire on his comrades at the barracks, killing three of them.", "Armed clash"),
    # ... while the same officer shooting a civilian is an attack
    ("A police constable shot dead a hawker at the market on Sunday night.", "Attack"),
    # kidnappers killed by the police are an armed side, like raiders
    ("Police shot dead four suspected kidnappers during a raid on their hideout.", "Armed clash"),
    ("Police shot dead four traders during a raid on the market.", "Attack"),
    # the people who "died" in a clan war are its victims, not a side
    ("Two people died in a clan war over grazing land on Tuesday.", "Armed clash"),
    ("Two people died in a road accident on the highway on Tuesday.", "NONE"),
    # a crowd named by its temper acts as a mob ...
    ("Angry youths attacked two election officials and burned their car.", "Mob violence"),
    ("A group of rowdy voters assaulted the returning officer at the tallying centre.", "Mob violence"),
    # ... a plain band of attackers does not
    ("Unknown gunmen attacked two election officials and burned their car.", "Attack"),
    # a crowd named by its ethnic group or community is an identity militia
    ("Members of the Pokot community attacked Turkana herders and killed three of them.", "Attack"),
    ("Angry residents attacked a suspected thief and beat him to death.", "Mob violence"),
    # "burnt to death" by raiders is how armed men killed, not a crowd's justice
    ("A woman was burnt to death when armed bandits raided her home at night.", "Attack"),
    ("A suspected thief was burnt to death by a mob in the market.", "Mob violence"),
    # "engaged" to someone, "engaged in theft": no fight in the sentence
    ("Ahmed Noor was shot dead by a militant because he had got engaged to the militant's cousin.", "Attack"),
    ("Omar Sadiq was killed by gunmen who had engaged in cattle theft in the area.", "Attack"),
    ("Two soldiers were killed when militants engaged them in a gunfight near the border.", "Armed clash"),
    # armed people taken by the other side are a battle's captives; unarmed ones are abducted
    ("Militants abducted two policemen from their post near the border on Friday.", "Armed clash"),
    ("Militants abducted two teachers from their school near the border on Friday.", "Abduction/forced disappearance"),
    # an abduction is typed from its own sentence: a killing told in a later sentence is a second
    # act of the story (a kidnapping, then a murder), not the abduction's type
    ("Militants abducted a village chief on Monday. He was found dead near the border the next day.",
     "Abduction/forced disappearance"),
    ("Militants abducted and executed a village chief near the border on Monday.", "Attack"),
    # a guard called "civilian" is not a member of a force
    ("Gunmen shot dead a civilian guard at the mine on Friday.", "Attack"),
    ("Gunmen shot dead a guard at the police station on Friday.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acled_typing(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_grenade_then_gunfire_next_sentence_is_the_fight(nlp: Language) -> None:
    # an attack told in two sentences: the grenade, then the exchange of fire
    text = (
        "Militants hurled a grenade at a police patrol near the market on Monday. "
        "The officers returned fire and the attackers fled."
    )
    assert primary_subtype(nlp, text) == "Armed clash"
    alone = "Militants hurled a grenade at a police patrol near the market on Monday. Nobody was hurt."
    assert primary_subtype(nlp, alone) == "Grenade"
