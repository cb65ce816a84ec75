"""Counts of people killed, injured, arrested, ...: one test per rule, on sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.counts import find_counts, load_lexicon, merge_counts
from eventscope.records import Count
from support import fatalities


def counts_of(nlp: Language, text: str) -> list[Count]:
    doc = nlp(text)
    return [c for sent in doc.sents for c in find_counts(sent)]


def by_kind(nlp: Language, text: str) -> dict[str, tuple[int, int, int | None]]:
    return {c.kind: (c.low, c.best, c.high) for c in counts_of(nlp, text)}


def test_lexicon_conventions() -> None:
    lex = load_lexicon()
    assert lex.vague["dozens"] == 12 and lex.vague["scores"] == 20
    assert lex.vague["hundreds"] == 100 and lex.vague["thousands"] == 1000
    assert lex.nouns["casualty"] == "other"  # casualties never become fatalities


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Rebels killed two farmers near the river.", 2),
        ("Eleven villagers were killed overnight.", 11),
        ("Raiders killed 1,200 people over the years.", 1200),
        ("A dozen traders were killed in the market.", 12),
        ("Twenty-five soldiers died in the ambush.", 25),
    ],
)
def test_numerals_and_number_words(nlp: Language, text: str, best: int) -> None:
    assert by_kind(nlp, text)["killed"][1] == best


def test_million(nlp: Language) -> None:
    assert (
        by_kind(nlp, "About 1.2 million people were displaced by the floods of war.")["displaced"][1]
        == 1_200_000
    )


def test_at_least_is_open_ended(nlp: Language) -> None:
    assert by_kind(nlp, "At least 14 pupils were injured in the blast.")["injured"] == (14, 14, None)


def test_more_than_keeps_stated_figure(nlp: Language) -> None:
    assert by_kind(nlp, "More than 30 herders were killed in the raid.")["killed"] == (30, 30, None)


def test_up_to_is_a_ceiling(nlp: Language) -> None:
    assert by_kind(nlp, "Up to 8 students were abducted from the school.")["abducted"] == (1, 8, 8)


def test_between_range(nlp: Language) -> None:
    assert by_kind(nlp, "Between 5 and 9 people died in the clashes.")["killed"] == (5, 5, 9)


def test_hyphen_range(nlp: Language) -> None:
    assert by_kind(nlp, "Gunmen killed 10-15 villagers on Sunday.")["killed"] == (10, 10, 15)


def test_vague_quantities(nlp: Language) -> None:
    assert by_kind(nlp, "Dozens of people were injured in the stampede.")["injured"][1] == 12
    assert by_kind(nlp, "Hundreds demonstrated outside parliament.")["participants"][1] == 100


def test_singular_noun_phrases(nlp: Language) -> None:
    assert by_kind(nlp, "A man was killed by unknown attackers.")["killed"][1] == 1
    assert by_kind(nlp, "A police officer and his son were killed by bandits.")["killed"][1] == 2


def test_sum_across_coordination(nlp: Language) -> None:
    counts = counts_of(nlp, "Three soldiers and two civilians were killed.")
    assert [(c.kind, c.best, c.text) for c in counts] == [("killed", 5, "Three soldiers and two civilians")]


def test_killing_and_injuring(nlp: Language) -> None:
    assert by_kind(nlp, "Militants attacked the post, killing 4 people and injuring 7.") == {
        "killed": (4, 4, 4),
        "injured": (7, 7, 7),
    }


def test_subgroup_is_not_added(nlp: Language) -> None:
    assert by_kind(nlp, "Gunmen killed nine people, including two children.")["killed"][1] == 9


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead five shopkeepers.",
        "Five were shot dead by the police.",
        "The explosion left 5 dead.",
        "The bodies of 5 herders were found in the forest.",
        "The attack caused 5 fatalities.",
        "5 killed in attack on bus.",
    ],
)
def test_active_passive_and_nominal_forms(nlp: Language, text: str) -> None:
    assert by_kind(nlp, text)["killed"][1] == 5


@pytest.mark.parametrize(
    "text",
    [
        "Raiders fatally shot five herders near the river.",
        "Five traders were fatally stabbed at the market.",
        "Five guards were mortally wounded in the raid.",
    ],
)
def test_fatal_manner_adverb_makes_a_killing(nlp: Language, text: str) -> None:
    kinds = by_kind(nlp, text)
    assert kinds["killed"][1] == 5
    assert "injured" not in kinds


def test_number_after_a_label_noun_names_not_counts(nlp: Language) -> None:
    assert fatalities(nlp, "A form four student was shot dead near the school gate.") == 1
    assert fatalities(nlp, "Raiders killed a grade 5 pupil and two herders in Ward 3.") == 3
    assert by_kind(nlp, "Two guards were wounded at Gate 9 of the port.")["injured"][1] == 2


def test_deed_a_lynched_person_was_believed_to_have_done_is_backstory(nlp: Language) -> None:
    assert fatalities(nlp, "Angry traders beat to death a youth they said had stabbed a vendor.") == 1
    # a wh-relative about the event itself still counts
    assert fatalities(nlp, "The blast, which officials say killed 9 people, hit the market.") == 9


def test_pluperfect_deaths_told_as_earlier_are_backstory(nlp: Language) -> None:
    text = "Nurses went on strike because three mothers had died on the ward the previous week."
    assert fatalities(nlp, text) is None
    assert fatalities(nlp, "Three mothers had died on the ward by the time police arrived.") == 3


def test_killed_or_wounded_reads_as_the_weaker_harm(nlp: Language) -> None:
    kinds = by_kind(nlp, "Two guards were killed or wounded by a sniper.")
    assert "killed" not in kinds and kinds["injured"][1] == 2
    assert by_kind(nlp, "Two guards were shot and killed by a sniper.")["killed"][1] == 2


def test_bracketed_alternative_verb_is_an_aside(nlp: Language) -> None:
    kinds = by_kind(nlp, "The guards fired back and wounded [possibly killed] two raiders.")
    assert kinds == {"injured": (2, 2, 2)}


def test_headline_object_without_article_is_one_person(nlp: Language) -> None:
    assert fatalities(nlp, "Bandits kill civilian near Moyale") == 1
    assert fatalities(nlp, "Raiders kill Ugandan, steal goats") == 1
    assert fatalities(nlp, "Raiders kill civilians near Moyale") is None  # plural without a number


def test_their_bodies_after_a_list_of_single_people(nlp: Language) -> None:
    text = "Gunmen seized a chief and a teacher near Kaya. Their bodies were found on Monday."
    assert fatalities(nlp, text) == 2


def test_earlier_deed_a_victim_was_suspected_of_is_backstory(nlp: Language) -> None:
    text = "Police shot dead a man in Kisumu. He was suspected of killing two guards last month."
    assert fatalities(nlp, text) == 1


def test_object_complement_is_not_another_person(nlp: Language) -> None:
    assert by_kind(nlp, "Raiders took 12 herders hostage near the river.")["abducted"][1] == 12
    assert by_kind(nlp, "Raiders took a herder hostage near the river.")["abducted"][1] == 1


def test_death_toll_update_replaces(nlp: Language) -> None:
    assert fatalities(nlp, "Four people were killed in the attack. The death toll later rose to 12.") == 12


def test_casualties_are_not_fatalities(nlp: Language) -> None:
    kinds = by_kind(nlp, "The bombing caused 9 casualties.")
    assert kinds == {"other": (9, 9, 9)}


def test_no_one_killed_is_zero(nlp: Language) -> None:
    assert by_kind(nlp, "No one was killed in the fire.")["killed"][1] == 0
    assert by_kind(nlp, "There were no casualties.")["other"][1] == 0


def test_arrests_and_participants(nlp: Language) -> None:
    assert by_kind(nlp, "Police arrested 23 protesters after the march.")["arrested"][1] == 23
    assert by_kind(nlp, "About 400 demonstrators marched to the governor's office.")["participants"][1] == 400


@pytest.mark.parametrize(
    "text",
    [
        "A 12-year-old girl was seen at the well.",  # age
        "The group was founded in 2011 and grew in 2015.",  # years
        "The army carried out 2,000 air raids last year.",  # events, not people
        "8,000 fighters took part in the parade.",  # people, but nothing happened to them
        "The convoy was stopped on Route 7.",  # road number
        "The camp lies 30 km from the border.",  # distance
        "The government pledged $5 million in aid.",  # money
        "Turnout rose by 12 percent on page 4.",  # percentage, page
        "Raiders killed 40 cattle and stole 200 goats.",  # animals
        "The gunmen threatened to kill 5 teachers.",  # threat, not harm done
    ],
)
def test_numbers_that_are_not_victims(nlp: Language, text: str) -> None:
    assert counts_of(nlp, text) == []


def test_age_does_not_hide_the_victim(nlp: Language) -> None:
    assert by_kind(nlp, "A 12-year-old boy was shot dead in 2019.")["killed"] == (1, 1, 1)


def test_background_killing_is_not_counted(nlp: Language) -> None:
    assert counts_of(nlp, "Traders protested the killing of two colleagues last week.") == []


def test_list_of_numbered_groups_is_summed(nlp: Language) -> None:
    text = "Four rebels, six soldiers, and two farmers were killed in the fighting."
    assert by_kind(nlp, text)["killed"][1] == 12


def test_gloss_is_not_added(nlp: Language) -> None:
    assert by_kind(nlp, "Bandits killed two people, a trader and his wife.")["killed"][1] == 2


def test_along_with_is_summed(nlp: Language) -> None:
    assert by_kind(nlp, "A senator was shot dead along with two bodyguards.")["killed"][1] == 3


def test_near_miss_is_not_harm(nlp: Language) -> None:
    assert counts_of(nlp, "An angry crowd nearly lynched a suspected thief.") == []


def test_age_is_not_added_to_the_person(nlp: Language) -> None:
    assert by_kind(nlp, "A 27-year-old man was stabbed to death.")["killed"] == (1, 1, 1)


def test_day_of_month_is_not_a_count(nlp: Language) -> None:
    assert by_kind(nlp, "On 14 May, three herders were killed near the dam.")["killed"][1] == 3


def test_telegraphic_bare_number_after_verb(nlp: Language) -> None:
    assert by_kind(nlp, "Militia raids a village and kills 4")["killed"][1] == 4


def test_background_after_clause_is_not_counted(nlp: Language) -> None:
    text = "Residents beat a man after he killed two goats and a herder."
    assert "killed" not in by_kind(nlp, text)


def test_offsets_point_into_the_document(nlp: Language) -> None:
    text = "On Monday, bandits killed 3 farmers in the hills."
    (count,) = counts_of(nlp, text)
    assert text[count.start : count.end] == count.text == "3 farmers"


def test_merge_repetition_is_not_double_counted(nlp: Language) -> None:
    text = "Gunmen killed five villagers on Monday. The five villagers were killed near the well."
    assert fatalities(nlp, text) == 5


def test_merge_adds_explicit_additions(nlp: Language) -> None:
    assert fatalities(nlp, "Two people were killed on Friday. Two more died later in hospital.") == 4


def test_merge_pronoun_does_not_double_count(nlp: Language) -> None:
    assert fatalities(nlp, "A man was killed when gunmen shot him dead.") == 1


def test_merge_exact_replaces_vague(nlp: Language) -> None:
    assert fatalities(nlp, "Dozens were killed. Hospital staff said 27 people died.") == 27


def test_merge_returns_one_count_per_kind(nlp: Language) -> None:
    doc = nlp("Bandits killed 3 herders and injured 4. Police later arrested 2 suspects.")
    fat, counts = merge_counts([find_counts(s) for s in doc.sents])
    assert fat is not None and fat.best == 3
    assert [(c.kind, c.best) for c in counts] == [("killed", 3), ("injured", 4), ("arrested", 2)]


def test_merge_of_nothing() -> None:
    assert merge_counts([[], []]) == (None, ())


# Survivors are never victims killed ("alive" is a killing only after "burnt", "buried").


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled four children alive from the rubble.",
        "Six traders were rescued alive from the burning market.",
        "Two hostages were found alive near the river on Monday.",
        "Three survivors were taken to the district hospital.",
        "The kidnapped engineer is alive, his employer said.",
    ],
)
def test_survivors_are_not_killed(nlp: Language, text: str) -> None:
    assert "killed" not in by_kind(nlp, text)


def test_burnt_alive_is_killed(nlp: Language) -> None:
    assert by_kind(nlp, "A mob burned two cattle thieves alive at the market.")["killed"][1] == 2


def test_freed_hostages_are_not_added_to_the_dead(nlp: Language) -> None:
    assert fatalities(nlp, "Soldiers freed 12 hostages in a raid that killed 3 kidnappers.") == 3


# "shot dead" however the parser attaches "dead"; a figure's own participle says what happened to it.


def test_shot_dead_is_a_killing(nlp: Language) -> None:
    assert by_kind(nlp, "A relief worker was shot dead - the motive is unknown.")["killed"][1] == 1


def test_conjoined_figures_keep_their_own_participle(nlp: Language) -> None:
    kinds = by_kind(nlp, "Militants raided the camp on Friday, nine soldiers killed, four wounded.")
    assert kinds["killed"][1] == 9 and kinds["injured"][1] == 4


def test_headline_number_with_participle(nlp: Language) -> None:
    assert fatalities(nlp, "Clan fighting flares near the lake, 11 killed in a village called Kalama.") == 11


def test_number_word_after_an_abbreviated_month_is_a_count(nlp: Language) -> None:
    assert fatalities(nlp, "14 Mar. Three herders were killed by raiders near the wells.") == 3


# Asides, alternatives and nested phrases are not added.


def test_bracketed_estimate_is_not_added(nlp: Language) -> None:
    assert fatalities(nlp, "At least 9 (some reports 14) have been killed in clashes near the border.") == 9


def test_alternative_is_not_another_person(nlp: Language) -> None:
    assert fatalities(nlp, "Soldiers killed a suspected Tuareg or Fulani fighter near the well.") == 1


def test_place_inside_a_counted_phrase_is_not_a_person(nlp: Language) -> None:
    assert fatalities(nlp, "Four people in Kawangware were stabbed to death by a gang.") == 4


# Plural pronouns take the size of the group they stand for.


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Vigilantes seized three suspected robbers and killed them.", 3),
        ("Soldiers detained eight herders at a checkpoint and executed them.", 8),
        ("Four drivers were kidnapped; their bodies were found a week later.", 4),
    ],
)
def test_plural_pronoun_takes_the_antecedent_size(nlp: Language, text: str, best: int) -> None:
    assert fatalities(nlp, text) == best


def test_plural_pronoun_does_not_double_a_counted_group(nlp: Language) -> None:
    assert fatalities(nlp, "Police shot dead two men; they were later named as traders.") == 2


def test_shared_object_of_coordinated_verbs(nlp: Language) -> None:
    assert fatalities(nlp, "Gunmen stopped the bus, killing and robbing him.") == 1
    assert "killed" not in by_kind(nlp, "Thieves broke into the church, stealing and burning several benches.")


# Harm told as backstory: the nominal killing is what people protest, avenge or remember.


@pytest.mark.parametrize(
    "text",
    [
        "Students marched against the murder of a classmate.",
        "A mob torched shops in revenge for the killing of a herder.",
        "Hundreds gathered on the anniversary of the death of a journalist.",
        "Mourners arrived with the bodies of two fishermen and blocked the road.",
        "Traders rallied at the market, where a bomb killed two women three weeks before.",
    ],
)
def test_backstory_harm_is_not_counted(nlp: Language, text: str) -> None:
    assert fatalities(nlp, text) is None


def test_claimed_responsibility_for_deaths_is_the_event(nlp: Language) -> None:
    assert fatalities(nlp, "The group claimed responsibility for the deaths of five guards.") == 5


# ACLED counts every death of the event, the attackers' too.


def test_attackers_killed_later_are_added(nlp: Language) -> None:
    text = "Insurgents ambushed a patrol and killed two soldiers. Troops killed five insurgents in the fighting."
    assert fatalities(nlp, text) == 7


def test_same_side_retold_is_not_added(nlp: Language) -> None:
    text = "Insurgents killed two soldiers at a checkpoint. The two soldiers were buried on Sunday."
    assert fatalities(nlp, text) == 2


def test_retelling_the_attacker_is_not_added(nlp: Language) -> None:
    text = "Two gunmen shot dead a teacher. The gunmen were later arrested."
    assert fatalities(nlp, text) == 1
    text = "Villagers lynched a suspected thief. The thief was a stranger, said the chief."
    assert fatalities(nlp, text) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Two people were reported to have died in the clashes on Sunday.", 2),
    ("Three soldiers are believed to have died when their truck hit a mine.", 3),
])
def test_a_death_reported_through_a_raising_verb_counts(nlp: Language, text: str, expected: int) -> None:
    assert fatalities(nlp, text) == expected


def test_being_forced_to_flee_is_displacement_not_death(nlp: Language) -> None:
    assert fatalities(nlp, "Five families were forced to flee their homes after the raid.") in (None, 0)


@pytest.mark.parametrize("text", [
    "The senators tied the aid to talks to end a war that has lasted a decade and left 72,000 people dead.",
    "The insurgency has killed more than 300 people in the north, officials say.",
    "After nine years of armed conflict, which has claimed almost 60,000 lives, both sides met.",
])
def test_a_wars_tally_is_not_a_toll(nlp: Language, text: str) -> None:
    assert "killed" not in by_kind(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a local clash called a conflict, and a fight told as a verb, keep their tolls
    ("Herders and farmers fought each other in a conflict that left six dead.", 6),
    ("Gunmen killed four villagers in an attack that the army blamed on the insurgency.", 4),
])
def test_a_local_conflict_keeps_its_toll(nlp: Language, text: str, expected: int) -> None:
    assert by_kind(nlp, text)["killed"][1] == expected


def test_pronouns_for_the_same_captives_count_once(nlp: Language) -> None:
    text = "Soldiers abducted four traders near the market, executed them and dumped their bodies in a well."
    assert by_kind(nlp, text)["killed"][1] == 4


def test_a_pronoun_stands_for_the_whole_list(nlp: Language) -> None:
    assert by_kind(nlp, "Bandits seized three farmers and two herders and shot them dead.")["killed"][1] == 5


def test_a_fight_to_the_death_is_no_toll(nlp: Language) -> None:
    assert "killed" not in by_kind(nlp, "For months the two gangs have been locked in a fight to the death.")
    # but a death someone's act led to is one
    assert by_kind(nlp, "A boy was beaten by a guard, leading to his death on Friday.")["killed"][1] == 1


def test_captives_found_dead_are_counted(nlp: Language) -> None:
    text = "Gunmen abducted four traders near the border on Monday. The traders were found dead on Thursday."
    assert fatalities(nlp, text) == 4


def test_captives_found_dead_add_to_those_killed_in_the_raid(nlp: Language) -> None:
    text = ("Bandits raided a ranger post, killing a ranger and abducting three others. "
            "The abducted rangers were later found dead near the river.")
    assert fatalities(nlp, text) == 4


def test_a_definite_plural_after_a_toll_is_not_counted_again(nlp: Language) -> None:
    text = "Four soldiers were killed in an ambush on Monday. The soldiers were killed by a roadside bomb."
    assert fatalities(nlp, text) == 4


def test_a_modifier_parsed_as_a_preposition_still_counts(nlp: Language) -> None:
    text = "Gunmen stormed two hotels on Tuesday, killing 40 people and injuring over 200."
    assert by_kind(nlp, text)["injured"] == (200, 200, None)
    assert "injured" not in by_kind(nlp, "Police fired over 300 rounds during the clash.")


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants raided the police post, one attacker killed, and two attackers and a constable wounded.", 1),
    ("Rebels ambushed the convoy, four soldiers killed and three others wounded.", 4),
    ("Raiders struck the camp, two herders killed and five others missing.", 2),
])
def test_a_conjunct_with_its_own_fate_is_not_added(nlp: Language, text: str, killed: int) -> None:
    assert by_kind(nlp, text)["killed"][1] == killed


def test_a_shoot_out_is_no_person(nlp: Language) -> None:
    text = "Police chased the bandits; a shoot out ensued and three police officers and one raider were killed."
    assert not any("shoot" in c.text.lower() for c in counts_of(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked a bus near Garsen, killing two. The death toll later rose from two to six.", 6),
    ("Militants raided a police post. One death was reported. Days later the death total was raised "
     "from 1 to 3.", 3),
])
def test_a_toll_raised_from_one_figure_to_another_is_the_later(nlp: Language, text: str, expected: int) -> None:
    assert fatalities(nlp, text) == expected


def test_a_group_acronym_read_as_a_verb_still_names_the_dead(nlp: Language) -> None:
    assert by_kind(nlp, "Army operations in Anbar killed 14 IS fighters on Monday.")["killed"][1] == 14
