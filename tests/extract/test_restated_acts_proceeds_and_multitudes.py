"""Violent words that tell no incident of their own, next to real incidents of the same shape:

* a killing told again in a relative clause on its victims ("linked to the murder of the major,
  an officer who was killed after the mutiny") is judged as the noun of that killing is;
* what is gained from a crime, after "in" as well as "from" ("the money collected in the
  kidnapping of the banker");
* evidence or contraband the police seize, told in a relative clause ("documents that were
  seized from the rebels"), and a drug haul whatever else was seized with the drugs;
* a role a place is put in for violence to come ("used as a springboard to attack", "a
  springboard for the murder of children") and the purpose of a change ("turning the country into
  an inferno to capture the dictator");
* a verbal attack, said in a meeting or a speech ("the meetings in which the country was
  attacked");
* a share in harm someone is said in the present to contribute to ("users are contributing to
  the killing of our people");
* a country's wealth "plundered" ("foreigners who are plundering the natural resources") and
  things stolen that are no goods ("stealing tally sheets");
* an unnumbered many of cases ("the many instances of kidnapping", "countless cases of torture"),
  and a past harm done to hundreds with nothing of its own ("they killed hundreds of union
  leaders");
* a definite act that only tells the time of something else ("at the beginning, when the
  assassination was committed"), and a death named as the cause of a state ("the crisis created
  by the death of its leader");
* people named by what they did, as the object of a present verb ("this support encourages those
  who have unleashed that violence").

Every sentence is written for this test; a past-tense story comes first where a rule reads the
sentence in its document."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Token

from eventscope.extract.pipeline import text_for_parsing
from eventscope.extract.salience.cues import load_cues
from eventscope.extract.salience.generic import _deed_of_those
from eventscope.extract.salience.not_event import _plundered_wealth
from support import PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a killing told again in a relative clause on its victims
        (PAST_STORY + "One of the fugitives has been linked by the prosecutor to the murder of Major "
         "Tomas Ruiz, an officer who was killed after leading a failed mutiny against the general on 3 "
         "January.", "killed"),
        # proceeds of a crime
        (PAST_STORY + "Asked about the money collected in the kidnapping of the banker, the former "
         "commander said the matter was not discussed.", "kidnapping"),
        # evidence or contraband seized
        ("According to documents that were seized from the rebels by the intelligence services, the "
         "attackers planned to read a proclamation.", "seized"),
        ("This is a drug called crack which was confiscated last week by policemen in a park near the "
         "parliament.", "confiscated"),
        # what a role or a change is for
        (PAST_STORY + '"We could have cut ties long ago, from the moment our neighbour was first used as a '
         'springboard to attack us," the president said.', "attack"),
        (PAST_STORY + 'The president said the neighbouring authorities "have served as a springboard for '
         'the murder of children."', "murder"),
        (PAST_STORY + "The columnist wrote that the superpower does not mind turning the country into an "
         "inferno to capture the dictator or some of the major traffickers.", "capture"),
        # a verbal attack
        (PAST_STORY + 'The minister said that the meetings in which his country was attacked "must be '
         'denounced."', "attacked"),
        # a share in harm
        (PAST_STORY + "The president told the assembly that drug users are contributing to the killing "
         "of our people by the cartels.", "killing"),
        # wealth plundered
        (PAST_STORY + 'The minister said troops would be sent after reports on "foreigners who are '
         'plundering" the country\'s natural resources, including timber and gold.', "plundering"),
        # an unnumbered many of cases, a past harm done to hundreds
        (PAST_STORY + 'THE SPEAKER SPOKE OF "CONCERN OVER THE MANY INSTANCES OF KIDNAPPING WHICH HAVE '
         'LEFT FAMILIES IN DESPAIR."', "KIDNAPPING"),
        (PAST_STORY + "The speaker voiced concern over the countless cases of torture reported by the "
         "prisoners.", "torture"),
        (PAST_STORY + "The death squads have not stopped. They killed hundreds of union leaders and "
         "leftists.", "killed"),
        # a death named as the cause of a state
        (PAST_STORY + "The rebels are moving into areas the gang has been leaving because of the crisis "
         "created in its ranks by the death of its leader.", "death"),
        # an act that tells a time
        (PAST_STORY + "THERE WAS A LONG DEBATE AT THE BEGINNING WHEN THE ASSASSINATION WAS COMMITTED AS "
         "TO WHO COULD HAVE ORDERED THE CRIME.", "ASSASSINATION"),
    ],
)
def test_words_that_tell_no_incident_are_dropped_or_restatused(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)
    assert not verdict.keep or verdict.status in ("hypothetical", "negated"), verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a relative clause on the victims of a killing reported as news
        ("Gunmen carried out the massacre of six farmers who were killed near the river on Sunday, "
         "police said.", "killed"),
        # a kidnapping reported, not a source of money
        ("Police said the ransom was paid after the kidnapping of the banker in the capital on Monday.",
         "kidnapping"),
        # goods an armed group seizes
        ("Militants seized 40 cattle that were grazing near the border on Friday.", "seized"),
        # an act that happened: an implicative "use" with no role, a plain attack
        ("The gunmen used knives to kill the guard at the warehouse on Tuesday night.", "kill"),
        ("Rebels attacked the convoy that was carrying food to the refugees on Monday.", "attacked"),
        # an attack in a place that is no setting of words
        ("Residents said the market in which the trader was attacked stayed closed on Friday.",
         "attacked"),
        ("Witnesses said the meeting in which the delegates were attacked by a mob ended in chaos.",
         "attacked"),
        # looting of goods
        ("Rioters plundered shops and warehouses in the capital on Saturday night, police said.",
         "plundered"),
        # cases that are counted and dated, hundreds killed in a raid, an attack told with its place
        ("Two cases of kidnapping were reported in the town of Kitgum on Monday, police said.",
         "kidnapping"),
        ("Soldiers killed hundreds of villagers in the raid on Tuesday.", "killed"),
        ("Police fired tear gas at a riot sparked by the death of a student in police custody in Nairobi "
         "on Monday.", "death"),
        ("When the attack took place in Gulu on Monday, the soldiers were asleep, a spokesman said.",
         "attack"),
    ],
)
def test_real_incidents_of_that_shape_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)
    assert verdict.keep and verdict.status in (None, "asserted", "claimed"), verdict


def _word(nlp: Language, text: str, word: str) -> Token:
    doc = nlp(text_for_parsing(text))
    return next(x for x in doc if x.lower_ == word)


def test_those_named_by_a_deed_as_the_object_of_a_present_verb(nlp: Language) -> None:
    # (the parse the wire copy gets: "violence" the object of the relative clause on "those")
    assert _deed_of_those(_word(nlp, "THIS SUPPORT ENCOURAGES THOSE WHO HAVE UNLEASHED THAT IRRATIONAL "
                                     "VIOLENCE.", "violence"))
    # a past arrest of the people who did it is news, and so is what they did
    assert not _deed_of_those(_word(nlp, "Police arrested those who unleashed the violence.", "violence"))


def test_things_stolen_that_are_no_goods(nlp: Language) -> None:
    cues = load_cues()
    assert _plundered_wealth(_word(nlp, "The team was busy distributing money and stealing tally sheets.",
                                   "stealing"), cues)
    assert not _plundered_wealth(_word(nlp, "Gunmen stole cattle and two trucks from the farm.", "stole"), cues)
