"""Battle words judged, framed or talked about rather than reported, and tolls of many clashes:

* a toll over many clashes ("killed in more than 400 clashes"), and a second present-perfect toll
  or a cause that shares a large tally ("9,000 have died as a result of political violence, and a
  small number has been killed in clashes");
* a struggle noun judged ("the battle is commendable", "described as a total failure the
  offensive", "their unsuccessful offensive", "the offensive has failed") or used as a frame ("part
  of this new offensive", "the movement involved in the offensive", "known for the battles");
* an event noun inside what a speech or a comment is about ("a speech on the ongoing offensive");
* the object of an act of violence that is only ordered or claimed as a right ("orders to stand
  ready to shoot down hostile aircraft", "no right to send troops and murder civilians"), and the
  last item of a wire-copy list of infinitives the parser coordinated with the main verb;
* a bare verb sharing the modal of its first conjunct ("could block the roads, raid the villages
  and burn the markets"), a habit someone has taken on ("accustomed itself to ... repulsing them"),
  "it" beaten (a side defeated, no one hurt);
* the means of a trend in a group's acts ("increased their terror campaign by killing farmers"),
  and acts a strategy or a method consists of ("the strategy of using kidnappings");
* a period the article has already counted ("in the same period of time");
* a place described as the site of clashes ("these areas are among the sites of the clashes");
* a name taken in someone's honour ("have taken the name of the colonel who died when ...");
* a group named by its deed ("quarrels between those who murdered the archbishop").

A real incident of similar shape stays. Every sentence is written for this test; a past-tense
story comes first where a rule reads the sentence in its document."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventscope.extract.salience.status import _listed_infinitive
from support import PAST_STORY, salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # tolls of many clashes
        ("The army said on Tuesday that its units had killed 210 militants and wounded 90 in over 400 "
         "clashes.", "killed"),
        ("Commanders reported that 98 fighters died in 212 separate clashes during March.", "died"),
        ("The envoy said some 9,000 people have died because of the insurgency, and that only a few have "
         "been killed in clashes.", "killed"),
        ("The envoy said some 9,000 people have died because of the insurgency, and that only a few have "
         "been killed in clashes.", "clashes"),
        ("The envoy said some 9,000 people have died as a result of ethnic violence in the region.",
         "ethnic violence"),
        # struggles judged or used as a frame
        ("If the aim is truly to stop cattle rustling, the battle is laudable; the methods, though, are "
         "heavy-handed.", "battle"),
        ("The governor described as an utter fiasco the militia offensive, which villagers had refused to "
         "back.", "offensive"),
        ("The spokesman wrote that the militia is hiding its unsuccessful offensive behind new lies.",
         "offensive"),
        (PAST_STORY + "The separatists and their spring offensive, armed by foreign backers, have failed, "
         "the governor said.", "offensive"),
        ("Analysts think the wave of extortion in the market towns is part of this new offensive by the "
         "militia.", "offensive"),
        ("The minister named three foreign backers involved in the separatist offensive but gave no details.",
         "offensive"),
        (PAST_STORY + "These hill towns are famous across the region for the battles fought there against "
         "colonial troops.", "battles"),
        # talked about
        ("The national broadcaster aired an address by the interior minister on the continuing militia "
         "offensive in the north.", "offensive"),
        ("The governor reflects on the situation arising from last week's attacks by the militia on several "
         "villages and pledges that police will restore calm.", "attacks"),
        ("Regarding the raids blamed on the militia, especially the 2 March raid on the barracks, the "
         "governor said civilians suffer most.", "raid"),
        ("TELEVISION CARRIED A SPEECH BY INTERIOR MINISTER GENERAL JOHN OKELLO ON THE CONTINUING MILITIA "
         "OFFENSIVE IN THE NORTH.", "OFFENSIVE"),
        (PAST_STORY + '"Regarding the fighting in the suburbs, the governor says: "Our worry is the north."',
         "fighting"),
        # ordered or claimed as a right
        (PAST_STORY + "Navy crews were told to stand ready to intercept, board or shoot down any hostile "
         "aircraft entering the zone.", "aircraft"),
        (PAST_STORY + '"No foreign power has the right to send troops and murder villagers who defend their '
         'land," the statement said.', "murder"),
        # a bare verb that shares the modal of the verb it is coordinated with
        (PAST_STORY + "The report said the gangs could block the roads, raid the villages and burn the "
         "markets.", "burn"),
        # a habit taken on, a side defeated
        (PAST_STORY + "The report said ranchers have accustomed themselves to repelling the raiders with "
         "their own armed guards.", "repelling"),
        (PAST_STORY + "The spokesman said the militia is spreading rumours because it was beaten by the army.",
         "beaten"),
        # a trend's means, a strategy's content
        (PAST_STORY + "The gangs have recently intensified their raids across the delta by killing fishermen "
         "and ferry crews.", "killing"),
        (PAST_STORY + "Officials say the strategy of using kidnappings to fund the group is back.",
         "kidnappings"),
        # a period already counted, a span of months
        (PAST_STORY + "Over the same period, militants damaged two helicopters and a fuel depot.",
         "helicopters"),
        ("The regional commander said on 2 October that between March and August his troops seized 150 "
         "rifles in the south.", "seized"),
        # an example singled out of a list that is talked about
        ("Regarding the raids blamed on the militia, particularly the 2 March raid on the barracks, the "
         "governor said civilians suffer most.", "raid"),
        # a place described
        (PAST_STORY + "These suburbs are among the chief scenes of the heaviest clashes between police and "
         "gangs.", "clashes"),
        # a name taken in someone's honour
        (PAST_STORY + "The new brigade has adopted the name of a general who died when his helicopter was "
         "fired on over the eastern hills.", "helicopter"),
        # a group named by its deed
        (PAST_STORY + "The vote will only bring new feuds between those who murdered the bishop and "
         "slaughtered thousands of farmers and the elites who looted the treasury.", "murdered"),
    ],
)
def test_battle_words_talked_about_are_dropped_or_restatused(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert not verdict.keep or verdict.status == "hypothetical", verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army said on Tuesday that two soldiers were killed in two clashes with rebels near Beni.",
         "killed"),
        (PAST_STORY + "Two villagers have been killed by gunmen near Jos, and a third has been wounded in "
         "the attack.", "wounded"),
        (PAST_STORY + "The battle was fierce and lasted six hours near the border town of Beni.", "battle"),
        ("Rebels launched a new offensive against army positions in the north on Monday.", "offensive"),
        (PAST_STORY + "The rebel offensive on the town failed on Monday when troops drove the fighters back.",
         "offensive"),
        (PAST_STORY + "The minister commented on reports that rebels had attacked a police post near Beni on "
         "Monday.", "attacked"),
        (PAST_STORY + "A speech by the mayor was interrupted when gunmen attacked the hall in Kano.", "attacked"),
        (PAST_STORY + "Rebels led by Commander John Okello on Monday launched an offensive against the town of "
         "Beni.", "offensive"),
        (PAST_STORY + "Soldiers shot down a hostile aircraft over the border on Monday.", "aircraft"),
        (PAST_STORY + "The police said they would question the suspects and later arrested the gang that "
         "burned the market in Kano.", "burned"),
        ("The armed group announced today that they will lay down their weapons and suspend their operations "
         "in the north.", "suspend"),
        (PAST_STORY + "Residents said the protesters were beaten by police in Nairobi on Monday.", "beaten"),
        ("Four people inured in a grenade attack at a market in Garissa.", "attack"),
        (PAST_STORY + "Villagers said the gang raided the village of Kiwanja on Monday, as the people had grown "
         "used to.", "raided"),
        (PAST_STORY + "The investigation requested by the family to clarify last week's murder of a trader "
         "in Kano has begun.", "murder"),
        (PAST_STORY + "Troops increased the pressure on the rebels by shelling their positions near Beni on "
         "Monday.", "shelling"),
        (PAST_STORY + "In the same town, the rebels damaged three helicopters and a light plane on Monday.",
         "helicopters"),
        ("The brigade commander reported that between 3 and 5 May the army seized 300 weapons in the east.",
         "seized"),
        (PAST_STORY + "Rebels attacked several villages, particularly the village of Kiwanja, near Beni on "
         "Monday.", "attacked"),
        (PAST_STORY + "The town was the scene of heavy fighting between troops and rebels on Monday.",
         "fighting between"),
        (PAST_STORY + "Police arrested those who attacked the bus near Jos on Monday.", "attacked"),
        (PAST_STORY + "Police released the name of the trader who died when his shop was attacked by gunmen "
         "near Jos.", "attacked"),
    ],
)
def test_real_incidents_of_that_shape_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert verdict.keep and verdict.status in (None, "asserted", "claimed"), verdict


def _parsed(nlp: Language, rows: list[tuple[str, str, str, int]]) -> Doc:
    """A parse given by hand: (word, tag, dependency, head index) per token."""
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
    )


def test_last_item_of_a_list_of_infinitives_read_as_a_main_verb_conjunct(nlp: Language) -> None:
    # wire copy the parser read as "PILOTS RECEIVED ... OR SHOOT DOWN AIRCRAFT": "shoot" coordinated
    # with "received", though it is the last item of "to take off, intercept, or shoot down"
    doc = _parsed(nlp, [
        ("PILOTS", "NNS", "nsubj", 1), ("RECEIVED", "VBD", "ROOT", 1), ("ORDERS", "NNS", "dobj", 1),
        ("TO", "TO", "aux", 4), ("TAKE", "VB", "acl", 2), ("OFF", "RP", "prt", 4), (",", ",", "punct", 4),
        ("INTERCEPT", "VB", "conj", 4), (",", ",", "punct", 1), ("OR", "CC", "cc", 1),
        ("SHOOT", "VB", "conj", 1), ("DOWN", "RP", "prt", 10), ("AIRCRAFT", "NN", "dobj", 10), (".", ".", "punct", 1),
    ])
    listed = _listed_infinitive(doc[10])
    assert listed is not None and listed.i == 4


def test_a_past_conjunct_of_a_main_verb_is_no_listed_infinitive(nlp: Language) -> None:
    doc = _parsed(nlp, [
        ("POLICE", "NNS", "nsubj", 1), ("WANTED", "VBD", "ROOT", 1), ("TO", "TO", "aux", 3),
        ("QUESTION", "VB", "xcomp", 1), ("TWO", "CD", "nummod", 5), ("MEN", "NNS", "dobj", 3),
        ("AND", "CC", "cc", 1), ("SHOT", "VBD", "conj", 1), ("A", "DT", "det", 9), ("THIRD", "NN", "dobj", 7),
        (".", ".", "punct", 1),
    ])
    assert _listed_infinitive(doc[7]) is None
