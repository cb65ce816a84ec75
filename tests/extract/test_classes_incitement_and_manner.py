"""Harm talked about rather than reported: a passive habit shared by coordinated participles
("they are beaten or threatened"), acts of a class of people ("prison for people who commit
kidnappings"), a periodic habit, acts someone endorses or incites, the manner of death of a
tally's dead, and attacks that critics or thinkers launch. A real incident in the same kind of
sentence stays. Every sentence is written for this test (a lead sentence first where a rule
leaves a document's opening sentence alone)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from support import salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)
LEAD = "The senator spoke to reporters on Friday. "


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the second participle shares the first one's present "are"
        (LEAD + "Nevertheless, they are kidnapped or beaten in ways not in keeping with the calm that should "
         "prevail in the region.", "beaten"),
        # a class of people, whatever place the clause names
        (LEAD + 'She said it is urgent to pass "tough laws," such as life sentences, "for people who commit '
         'murders as they are doing in Benue.', "murders"),
        (LEAD + 'He said that "the villagers of Ondo are periodically suffering reprisal attacks by police units."',
         "attacks"),
        (LEAD + "The judge is known abroad as an extremist; he has endorsed violence, incited assassination, "
         "and raised money to buy guns.", "assassination"),
        (LEAD + "He said a preacher who glorifies murder has no place in the council.", "murder"),
        # "killed" hangs on "years", but tells how the tally's dead died
        (LEAD + "He said that almost 2,000 members of the farmers' union have died during the recent years "
         "killed by gunmen hired by landowners.", "killed"),
        (LEAD + "Critics and columnists who tried to bury the reform have launched a new attack against Kenya.",
         "attack"),
    ],
)
def test_harm_talked_about_is_dropped(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert not verdict.keep, verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (LEAD + "The gunmen who kidnapped two traders in Kaduna on Monday were arrested.", "kidnapped"),
        (LEAD + "Four farmers died on Sunday, killed by gunmen who raided their village near Jos.", "killed"),
        (LEAD + "Three soldiers died during the night, shot by rebels in Beni.", "shot"),
        (LEAD + "Gunmen and bandits launched a new attack against Kenyan troops near Mandera.", "attack"),
        (LEAD + "Police said the youths, incited by a local politician, burned three houses in Kisumu.", "burned"),
    ],
)
def test_incidents_in_such_sentences_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert verdict.keep, verdict
