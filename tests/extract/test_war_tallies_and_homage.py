"""A conflict's running toll ("a war that has lasted a decade and left 70,000 dead") and harm named
only as the object of remembrance ("we pay homage to the soldiers killed in combat") are context,
not incidents; a dated harm in the same kind of sentence stays news. Every sentence is written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from support import salience_verdicts

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the parser hangs "left" on the main verb; the "and" before it belongs to "has lasted"
        (
            "The committee voted to cut aid and tied another cut to progress in the talks to end "
            "a war that has lasted a decade and left 64,000 people killed.",
            "killed",
        ),
        (
            "The minister spoke of a cycle of violence that has lasted "
            "twelve years and killed more than 40,000 people.",
            "killed",
        ),
        ("The unrest, lasting for several months, killed 300 people across the region.", "killed"),
        ("Gunmen killed 80 farmers over a 6-year period of raids in the valley.", "killed"),
        ("The bulletin adds there were 31 cases of assault in June, against 44 in May.", "assault"),
        ("The cartels have set off more than 140 bombs, killing at least 90 people.", "killing"),
        ("Many policemen and soldiers have been killed, but they died as heroes.", "killed"),
        ("Hundreds of teachers have been killed in the civil war.", "killed"),
        ("The cartels have set off more than 140 bombs, killing at least 90 people.", "bombs"),
        ("We pay homage to the soldiers killed in combat while defending the border.", "killed"),
        ("The governor paid tribute to the officers who died in the line of duty.", "died"),
    ],
)
def test_tallies_and_remembrance_are_context(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert not verdict.keep, verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a fight that lasted hours is one battle
        ("Fighting that lasted six hours killed 14 soldiers near the bridge on Tuesday.", "killed"),
        # the tribute's harm is dated: news, whatever the mourners do
        ("Mourners paid tribute to the three students who were shot dead by police on Monday.", "shot dead"),
        ("Rebels attacked the garrison and killed 12 soldiers, and the army struck back.", "killed"),
        ("Gunmen killed seven farmers during a two-day raid on the valley.", "killed"),
        ("Two bombs exploded at the bus station on Friday, killing six people.", "killing"),
        ("Many people have been killed in Kisumu.", "killed"),
        ("Police said many people have been wounded in the blast at the market.", "wounded"),
        ("Police reported two cases of kidnapping in the town on Monday.", "kidnapping"),
    ],
)
def test_incidents_in_such_sentences_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdicts(nlp, text, PUBLISHED)[trigger]
    assert verdict.keep, verdict
