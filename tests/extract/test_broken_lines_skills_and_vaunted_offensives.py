"""Armed-clash words that report no battle (precision pass c2):

* the second deed of "those who ..." that the parser hung on the main clause of wire copy ("quarrels
  between those who murdered the archbishop and massacred thousands");
* a bare event noun that ends a broken line and that the parser could only coordinate with a verb
  ("since this cabinet was sworn and selective killings.");
* a bare word of fighting in general on a thing or a skill ("manuals for the weapons in urban
  combat", "training in close combat");
* a struggle vaunted in the present ("the general proclaims his offensive") or said to yield a
  verdict ("the offensive continues building victory");
* a second toll, or its cause, that shares a huge tally ("25,000 have been killed as a result of
  ethnic violence, and a small number has been killed in clashes").

A real incident of similar shape stays. Every sentence is written for this test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventscope.extract.salience.generic import _deed_of_those, _noun_on_a_verb
from support import PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a noun the parser coordinated with a verb at the end of a broken line
        ("THE PRESIDENT SPOKE ABOUT PEACE. SINCE THIS CABINET WAS SWORN AND SELECTIVE KILLINGS. THERE IS NO "
         "REASON FOR THIS.", "KILLINGS"),
        ("The president spoke about peace. Since this cabinet was sworn and selective killings. There is no "
         "reason for this.", "killings"),
        # fighting in general describing a thing or a skill
        ("THE TROOPS FOUND RIFLES, GRENADES, DETONATORS, AND INSTRUCTION MANUALS FOR THE WEAPONS IN URBAN "
         "COMBAT.", "COMBAT"),
        ("The recruits received training in close combat at the base.", "combat"),
        # a struggle vaunted or said to yield a verdict
        (PAST_STORY + "THE OFFENSIVE CONTINUES BUILDING VICTORY.", "OFFENSIVE"),
        ('GENERAL OKELLO OPENLY PROCLAIMS HIS "THUNDER AND STEEL" OFFENSIVE AGAINST REBEL POSITIONS.',
         "OFFENSIVE"),
        (PAST_STORY + "The minister proudly proclaims his new offensive against the separatists.", "offensive"),
        # a toll and its cause that share a huge tally
        ('THE ENVOY SAID THAT, ACCORDING TO OFFICIAL FIGURES, ABOUT 25,000 PEOPLE HAVE BEEN KILLED AS A '
         'RESULT OF ETHNIC VIOLENCE IN THE REGION, AND THAT A "SMALL NUMBER" HAS BEEN KILLED IN CLASHES.',
         "CLASHES"),
        ('THE ENVOY SAID THAT, ACCORDING TO OFFICIAL FIGURES, ABOUT 25,000 PEOPLE HAVE BEEN KILLED AS A '
         'RESULT OF ETHNIC VIOLENCE IN THE REGION, AND THAT A "SMALL NUMBER" HAS BEEN KILLED IN CLASHES.',
         "ETHNIC VIOLENCE"),
    ],
)
def test_clash_words_that_report_no_battle_are_dropped_or_restatused(
    nlp: Language, text: str, trigger: str
) -> None:
    verdict = salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)
    assert not verdict.keep or verdict.status == "hypothetical", verdict


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (PAST_STORY + "Troops opened fire and clashes broke out near the town of Beni on Monday.", "clashes"),
        (PAST_STORY + "Gunmen stormed the village and killed four farmers near Jos on Monday.", "killed"),
        ("Three soldiers were killed in combat with rebels near the town of Beni on Monday.", "killed"),
        (PAST_STORY + "Rebels used heavy weapons in combat with the army near the border on Sunday.", "combat"),
        ("Rebels launched a new offensive against army positions in the north on Monday.", "offensive"),
        (PAST_STORY + "The offensive brought heavy losses to the rebels near Beni on Monday.", "offensive"),
        (PAST_STORY + "The army announced an offensive against rebel positions near Beni on Monday.",
         "offensive"),
        ("Police said two people have been killed as a result of ethnic violence in Jos, and that a third "
         "has been killed in clashes with troops.", "clashes"),
    ],
)
def test_real_incidents_of_that_shape_stay(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)
    assert verdict.keep and verdict.status in (None, "asserted", "claimed"), verdict


def _parsed(nlp: Language, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A parse given by hand: (word, tag, part of speech, dependency, head index) per token."""
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def test_second_deed_of_those_who_hung_on_the_main_clause(nlp: Language) -> None:
    # "THERE WILL BE QUARRELS BETWEEN THOSE WHO MURDERED THE BISHOP AND MASSACRED THOUSANDS", with
    # "MASSACRED" read as a conjunct of the main "BE"
    doc = _parsed(nlp, [
        ("THERE", "EX", "PRON", "expl", 2), ("WILL", "MD", "AUX", "aux", 2), ("BE", "VB", "AUX", "ROOT", 2),
        ("QUARRELS", "NNS", "NOUN", "attr", 2), ("BETWEEN", "IN", "ADP", "prep", 3),
        ("THOSE", "DT", "PRON", "pobj", 4), ("WHO", "WP", "PRON", "nsubj", 7),
        ("MURDERED", "VBD", "VERB", "relcl", 5), ("THE", "DT", "DET", "det", 9),
        ("BISHOP", "NN", "NOUN", "dobj", 7), ("AND", "CC", "CCONJ", "cc", 2),
        ("MASSACRED", "VBD", "VERB", "conj", 2), ("THOUSANDS", "NNS", "NOUN", "dobj", 11),
        (".", ".", "PUNCT", "punct", 2),
    ])
    assert _deed_of_those(doc[7])
    assert _deed_of_those(doc[11])


def test_a_verb_with_a_subject_of_its_own_is_no_second_deed(nlp: Language) -> None:
    # "POLICE SEEK THOSE WHO ATTACKED THE POST AND REBELS KILLED TWO": "KILLED" has its own subject
    doc = _parsed(nlp, [
        ("POLICE", "NNS", "NOUN", "nsubj", 1), ("SEEK", "VBP", "VERB", "ROOT", 1),
        ("FOR", "IN", "ADP", "prep", 1), ("THOSE", "DT", "PRON", "pobj", 2), ("WHO", "WP", "PRON", "nsubj", 5),
        ("ATTACKED", "VBD", "VERB", "relcl", 3), ("THE", "DT", "DET", "det", 7), ("POST", "NN", "NOUN", "dobj", 5),
        ("AND", "CC", "CCONJ", "cc", 1), ("REBELS", "NNS", "NOUN", "nsubj", 10),
        ("KILLED", "VBD", "VERB", "conj", 1), ("TWO", "CD", "NUM", "dobj", 10), (".", ".", "PUNCT", "punct", 1),
    ])
    assert _deed_of_those(doc[5])
    assert not _deed_of_those(doc[10])


def test_a_verb_mistagged_as_a_noun_is_no_noun_on_a_verb(nlp: Language) -> None:
    # "ITS DISCOVERY CAUSED WORSHIPPERS TO PANIC AND FLEE", with "FLEE" tagged as a singular noun
    # coordinated with "PANIC"; "SWORN AND SELECTIVE KILLINGS" is a noun phrase that lost its verb
    doc = _parsed(nlp, [
        ("ITS", "PRP$", "PRON", "poss", 1), ("DISCOVERY", "NN", "NOUN", "nsubj", 2),
        ("CAUSED", "VBD", "VERB", "ROOT", 2), ("WORSHIPPERS", "NNS", "NOUN", "nsubj", 5),
        ("TO", "TO", "PART", "aux", 5), ("PANIC", "VB", "VERB", "ccomp", 2), ("AND", "CC", "CCONJ", "cc", 5),
        ("FLEE", "NN", "NOUN", "conj", 5), (".", ".", "PUNCT", "punct", 2),
    ])
    assert not _noun_on_a_verb(doc[7])
    doc = _parsed(nlp, [
        ("SINCE", "IN", "SCONJ", "mark", 4), ("THIS", "DT", "DET", "det", 2),
        ("CABINET", "NN", "NOUN", "nsubjpass", 4), ("WAS", "VBD", "AUX", "auxpass", 4),
        ("SWORN", "VBN", "VERB", "ROOT", 4), ("AND", "CC", "CCONJ", "cc", 4),
        ("SELECTIVE", "JJ", "ADJ", "amod", 7), ("KILLINGS", "NNS", "NOUN", "conj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ])
    assert _noun_on_a_verb(doc[7])
