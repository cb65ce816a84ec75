"""Over-counts of the fatality counter: background deaths, pronouns, titles, split words, killers
taken for victims, subset lists and tolls told as a total and its parts. Sentences written for the
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.counts import find_counts, merge_counts


def killed(nlp: Language, text: str) -> int | None:
    doc = nlp(text)
    fat, _ = merge_counts([find_counts(s) for s in doc.sents])
    return None if fat is None else fat.best


# 1. Deaths that are the cause or background of the event --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a person glossed right after a background death phrase
        "Teachers marched in Eldoret demanding justice for the death of their colleague, the union "
        "official Peter Otieno, who was found dead in a forest near Kapsabet.",
        # "accused ... of being involved in the death of"
        "Angry traders stormed a police post in Kitale after they accused officers of being involved "
        "in the death of a hawker while in custody.",
        # "related to the killing of ... earlier in the week"
        "The unrest is thought to be related to the killing of a pastor earlier in the week.",
        # a death noun dated earlier
        "Youths blocked the highway over the killing of a boda boda rider earlier in the month.",
        # relative clause and participle dated with a year or month/year
        "Gunmen abducted a farmer said to be close to the late chief assassinated in March 2019.",
        "Students gathered at the grave of Amina Diallo, who was murdered in 2011.",
        "Ali was a respected imam killed in 06/04 in Garissa.",
        # grievance reported through "saying" in the present perfect
        "Boda boda riders joined the protest, saying many of their colleagues have died on the road.",
        # "N months later" in another attack
        "Gunmen fired on the home of the chief in Mandera. He died in a second attack three months later.",
    ],
)
def test_background_deaths_do_not_count(nlp: Language, text: str) -> None:
    assert killed(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # the event itself, with a later death from the wounds counted
        ("Gunmen shot a trader in Mandera. He died in hospital two days later.", 1),
        ("Police said bandits killed three herders in Baringo on Monday.", 3),
        ("Residents fled the village, saying gunmen killed four people on Sunday night.", 4),
        ("Gunmen killed a teacher who was abducted earlier in Wajir.", 1),
        ("Raiders killed two farmers in Isiolo on Tuesday.", 2),
    ],
)
def test_reported_deaths_still_count(nlp: Language, text: str, best: int) -> None:
    assert killed(nlp, text) == best


# 2. A plural pronoun with a nearer plural subject --------------------------------------------


def test_they_with_a_nearer_plural_subject_is_not_the_numbered_group(nlp: Language) -> None:
    text = (
        "At least 32 people were killed on Friday following an attack by two gunmen on a wedding hall. "
        "The gunmen fled to a nearby house, where they were killed in a shootout with police."
    )
    doc = nlp(text)
    last = list(doc.sents)[-1]
    assert not [c for c in find_counts(last) if c.kind == "killed"]
    assert killed(nlp, text) == 32


def test_they_for_the_numbered_group_still_counts(nlp: Language) -> None:
    assert killed(nlp, "Gunmen abducted four teachers and they were later killed.") == 4


# 3. A title and a name under a singular verb ------------------------------------------------


def test_title_and_name_are_one_person(nlp: Language) -> None:
    assert killed(nlp, "Councillor, Jane Wanjiru of the ODM party was shot dead on Sunday.") == 1


def test_a_list_with_a_conjunction_is_summed(nlp: Language) -> None:
    assert killed(nlp, "A teacher, a nurse and a trader were killed on Sunday.") == 3


# 4. A word split at its hyphen ------------------------------------------------------------------


def test_hyphenated_person_noun_is_one_person(nlp: Language) -> None:
    assert killed(nlp, "A KDF sub-officer and his cousin were shot dead in Mandera.") == 2


def test_hyphenated_noun_alone_still_counts(nlp: Language) -> None:
    assert killed(nlp, "A co-worker was stabbed to death in Thika.") == 1


# 5. The killer is never a victim ----------------------------------------------------------------


def test_the_shooter_is_not_counted(nlp: Language) -> None:
    assert killed(nlp, "A soldier in a rage shot dead 10 people at a bar in Nyeri.") == 10


def test_a_victim_shot_dead_still_counts(nlp: Language) -> None:
    assert killed(nlp, "A herder shot dead by raiders in Turkana.") == 1
    assert killed(nlp, "One man was shot dead and two others were injured.") == 1


# 6. The last item of an "including" list ---------------------------------------------------------


def test_last_item_of_including_list_is_a_subset(nlp: Language) -> None:
    text = (
        "Gunmen killed four villagers, including a teacher, the local imam, and a trader from Garissa. "
        "Another person was wounded in the attack."
    )
    assert killed(nlp, text) == 4


def test_coordinated_people_without_including_are_summed(nlp: Language) -> None:
    assert killed(nlp, "Gunmen killed four villagers and a trader from Garissa.") == 5


# 7. A total and its parts -----------------------------------------------------------------------


def test_parts_within_an_earlier_total_are_not_added(nlp: Language) -> None:
    text = (
        "At least twelve people are feared dead after raids in Marsabit. Seven people were killed at "
        "Turbi on Sunday. Reports say another four were killed at Bubisa that evening."
    )
    assert killed(nlp, text) == 12


def test_another_inside_one_sentence_is_not_added_to_the_total(nlp: Language) -> None:
    text = (
        "At least two people were killed in the protests. One man was killed on Monday and another "
        "was beaten to death by police on Tuesday."
    )
    assert killed(nlp, text) == 2


def test_another_beyond_the_total_is_added(nlp: Language) -> None:
    text = "Five soldiers were killed in the ambush. Another three died later in hospital."
    assert killed(nlp, text) == 8
    text = "Five soldiers were killed. Four were killed at the gate. Another three died in hospital."
    assert killed(nlp, text) == 8
