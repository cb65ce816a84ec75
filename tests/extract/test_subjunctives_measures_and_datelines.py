"""Strategic developments, arrests, agreements and thefts that report no step taken: a wire
dateline read as the date of the first sentence, "of its own accord", a subjunctive ("demanded
that the parties declare a truce"), a group's activity as what someone backs, a word of change
used as a plain adjective, an "operation" that refers back to an act already told, "responsible
for" in a relative clause about people, and a pluperfect theft that says where goods came from.
Each rule keeps the real development next to it. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract import dateline
from eventscope.extract.salience import Salience
from support import DROPPED_AT_DETECTION, PAST_STORY, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _verdict(nlp: Language, text: str, trigger: str) -> Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


def _reported(s: Salience) -> bool:
    """Kept as a report: not dropped, not re-statused, and not already a plan or a threat when
    detected (``status:...``)."""
    if s.reason.startswith("status:"):
        return s.reason in ("status:asserted", "status:claimed")
    return s.keep and s.status in (None, "asserted", "claimed")


# A wire dateline is no date of what the first sentence reports --------------------------------


def test_dateline_is_found_only_at_the_opening() -> None:
    wire = "LIMA, 20 MAY 24 (RADIO SUR) -- [TEXT] THE ARMY SAID ..."
    assert dateline.find(wire, caseless=True) is not None
    assert dateline.find("QUITO, 3 May 2024 -- Police said ...", caseless=False) is not None
    assert dateline.find("On 20 May 2024, police arrested two men in Quito.", caseless=False) is None


def test_agreement_as_predicate_of_a_dated_dispatch_is_no_agreement(nlp: Language) -> None:
    text = (
        "LIMA, 20 MAY 24 (RADIO SUR) -- [TEXT] THIS HAS REALLY BEEN AN AGREEMENT THAT SERVES THE "
        "INTERESTS OF THE GOVERNMENT AND OF THE OPPOSITION, THE MINISTER SAID."
    )
    assert not _reported(_verdict(nlp, text, "AGREEMENT"))


def test_agreement_signed_in_a_dated_dispatch_stays(nlp: Language) -> None:
    text = (
        "LIMA, 20 MAY 24 (RADIO SUR) -- [TEXT] THE GOVERNMENT AND THE REBELS SIGNED A PEACE "
        "AGREEMENT IN THE CAPITAL TODAY."
    )
    s = _verdict(nlp, text, "PEACE AGREEMENT")
    if s == DROPPED_AT_DETECTION:
        s = _verdict(nlp, text, "SIGNED A PEACE AGREEMENT")
    assert _reported(s)


# "of its own accord" --------------------------------------------------------------------------


def test_own_accord_is_no_agreement(nlp: Language) -> None:
    text = PAST_STORY + "The movement began a peace process with the government of its own accord two years ago."
    assert _verdict(nlp, text, "accord") == DROPPED_AT_DETECTION


def test_an_accord_reached_stays(nlp: Language) -> None:
    text = PAST_STORY + "The army and the rebels reached an accord on a ceasefire in the northern province on Sunday."
    assert _reported(_verdict(nlp, text, "accord"))


# A subjunctive is what is wanted -------------------------------------------------------------


def test_truce_in_a_demand_with_a_shared_subject_is_hypothetical(nlp: Language) -> None:
    text = PAST_STORY + (
        "The bishops raised their voices, demanding that the warring parties immediately declare a "
        "ceasefire and establish a truce."
    )
    assert not _reported(_verdict(nlp, text, "truce"))


def test_surrender_in_a_bare_subjunctive_clause_is_hypothetical(nlp: Language) -> None:
    text = PAST_STORY + "The envoy insisted that the rebel commander surrender his arms to the bishop."
    assert not _reported(_verdict(nlp, text, "surrender"))


def test_what_was_seen_with_a_bare_verb_stays(nlp: Language) -> None:
    text = PAST_STORY + "Witnesses said they saw the soldiers kill two farmers near the river on Monday."
    assert _reported(_verdict(nlp, text, "kill"))


def test_rebels_who_surrendered_stay(nlp: Language) -> None:
    text = PAST_STORY + "Forty rebel combatants surrendered their arms to the army in the northern province on Sunday."
    assert _reported(_verdict(nlp, text, "surrendered"))


# A group's activity as what someone backs ----------------------------------------------------


def test_recruitment_that_someone_supports_is_a_charge(nlp: Language) -> None:
    text = PAST_STORY + (
        "The minister said the committee was doing nothing for peace, because it is supporting and "
        "promoting the recruitment, training and actions of armed groups."
    )
    assert not _verdict(nlp, text, "recruitment").keep


def test_recruitment_by_a_group_stays(nlp: Language) -> None:
    text = PAST_STORY + "The rebels stepped up the recruitment of young men in the border villages last week."
    assert _verdict(nlp, text, "recruitment").keep


# A word of change as a plain adjective -------------------------------------------------------


def test_a_closed_position_is_an_attitude(nlp: Language) -> None:
    text = PAST_STORY + (
        "The rebels said the government continues to refuse talks and continues maintaining a closed position."
    )
    assert not _verdict(nlp, text, "closed").keep


def test_a_road_closed_by_the_army_stays(nlp: Language) -> None:
    text = PAST_STORY + "The army closed the main road to the border on Tuesday after the clashes."
    assert _verdict(nlp, text, "closed").keep


# An operation that refers back to an act already told ----------------------------------------


def test_this_operation_refers_back(nlp: Language) -> None:
    text = PAST_STORY + (
        "Agents of the old regime travelled abroad to kill the exiled leader. For this operation they "
        "violated borders and laws with false passports."
    )
    assert not _verdict(nlp, text, "operation").keep


def test_an_operation_launched_stays(nlp: Language) -> None:
    text = PAST_STORY + "The army launched an operation against the rebels in the northern province on Sunday."
    assert _verdict(nlp, text, "operation").keep


# "responsible for" in a relative clause about people -----------------------------------------


def test_men_who_are_responsible_for_kidnappings_are_described(nlp: Language) -> None:
    text = PAST_STORY + (
        "The group said the crimes were committed by men who hide in anonymity and are responsible "
        "for the kidnapping and disappearances in our country."
    )
    assert not _verdict(nlp, text, "kidnapping").keep


def test_a_kidnapping_reported_with_its_author_stays(nlp: Language) -> None:
    text = PAST_STORY + "Gunmen kidnapped a trader on the road to the port on Monday, police said."
    assert _reported(_verdict(nlp, text, "kidnapped"))


# A pluperfect theft that says where goods came from ------------------------------------------


def test_cars_that_had_been_stolen_are_provenance(nlp: Language) -> None:
    text = PAST_STORY + (
        "Police said the ring exchanged cars that had been stolen in the capital for cocaine from abroad."
    )
    assert not _verdict(nlp, text, "stolen").keep


def test_cars_stolen_by_gunmen_stay(nlp: Language) -> None:
    text = PAST_STORY + "Armed men stole three cars from the market on Monday."
    assert _verdict(nlp, text, "stole").keep


# Security measures described, not taken -------------------------------------------------------


def test_measures_that_can_be_seen_are_described(nlp: Language) -> None:
    text = PAST_STORY + "Security measures at the court entrances can be noted by any visitor."
    assert not _verdict(nlp, text, "Security measures").keep


def test_one_of_the_measures_is_described(nlp: Language) -> None:
    text = PAST_STORY + "This is one of the security measures used to protect the judges working here."
    assert not _verdict(nlp, text, "security measures").keep


def test_measures_tightened_stay(nlp: Language) -> None:
    text = PAST_STORY + "The police tightened security measures around the court in the capital on Tuesday."
    assert _verdict(nlp, text, "security measures").keep


def test_a_demand_set_out_as_a_bare_passive_clause_is_hypothetical(nlp: Language) -> None:
    text = PAST_STORY + (
        "The ministers listed their demands: first, that courts hand down stiff sentences; second, "
        "that all property derived from drug profits be confiscated."
    )
    assert not _reported(_verdict(nlp, text, "confiscated"))


def test_property_that_was_confiscated_stays(nlp: Language) -> None:
    text = PAST_STORY + "Soldiers confiscated the property of the drug lord in the northern province on Monday."
    assert _reported(_verdict(nlp, text, "confiscated"))


# Efforts, fears and imposed boycotts ----------------------------------------------------------


def test_takeover_efforts_are_no_takeover(nlp: Language) -> None:
    text = PAST_STORY + (
        "Officials from nine nations met to protect one another against takeover efforts by displaced drug barons."
    )
    assert not _reported(_verdict(nlp, text, "takeover"))


def test_a_takeover_of_a_town_stays(nlp: Language) -> None:
    text = PAST_STORY + "Rebels took over the town of Velaro on Sunday after the police fled."
    assert _reported(_verdict(nlp, text, "took over"))


def test_an_attack_a_nation_is_fearful_of_is_no_attack(nlp: Language) -> None:
    text = PAST_STORY + "Every nation is fearful of what a concentrated attack by the drug cartels can buy."
    assert not _reported(_verdict(nlp, text, "attack"))


def test_an_attack_people_were_fearful_after_stays(nlp: Language) -> None:
    text = PAST_STORY + "Residents were fearful after the attack on the market on Monday."
    assert _reported(_verdict(nlp, text, "attack"))


def test_wire_copy_boycott_of_a_state_is_no_protest(nlp: Language) -> None:
    text = PAST_STORY + (
        "ISRAEL SOLD WEAPONS TO THE REGIME AT THE FULL PRICE WHEN THE U.S. BOYCOTT WAS IN EFFECT."
    )
    assert not _reported(_verdict(nlp, text, "BOYCOTT"))


def test_a_boycott_of_classes_by_students_stays(nlp: Language) -> None:
    text = PAST_STORY + "Students began a boycott of classes at the university in the capital on Monday."
    assert _verdict(nlp, text, "boycott").keep


# An accord reached only to talk more ----------------------------------------------------------


def test_an_accord_reached_to_clarify_a_phrase_is_talk(nlp: Language) -> None:
    text = PAST_STORY + (
        "The ceasefire was not approved because the sides disagreed, but an accord was finally reached "
        "to clarify the meaning of the phrase."
    )
    assert not _reported(_verdict(nlp, text, "accord"))


def test_an_accord_reached_to_end_the_fighting_stays(nlp: Language) -> None:
    text = PAST_STORY + "An accord was reached in the capital on Sunday to end the fighting in the north."
    assert _reported(_verdict(nlp, text, "accord"))


# A grievance list with a shared "of", dated only by the start of a period ---------------------


def test_arrests_in_a_list_of_grievances_since_a_date_are_a_catalogue(nlp: Language) -> None:
    text = PAST_STORY + (
        "He said the proposal fails to mention the violation of human rights, the arrest and "
        "persecution of political leaders, and the state of siege in force since 12 November."
    )
    assert not _verdict(nlp, text, "arrest").keep


def test_the_arrest_of_one_leader_in_a_list_stays(nlp: Language) -> None:
    text = PAST_STORY + (
        "He condemned the raids on the unions, the arrest and torture of the opposition leader, and the curfew."
    )
    assert _verdict(nlp, text, "arrest").keep


# Damage to an economy, an attack against a nation ---------------------------------------------


def test_damage_to_the_economy_is_no_property_destruction(nlp: Language) -> None:
    text = PAST_STORY + "The poisoning of two exported crates of fruit has caused incalculable damage to the economy."
    assert not _verdict(nlp, text, "damage").keep


def test_damage_to_a_power_station_stays(nlp: Language) -> None:
    text = PAST_STORY + "The bomb caused heavy damage to the power station in Velaro on Monday."
    assert _verdict(nlp, text, "damage").keep


def test_an_attack_against_the_nation_restated_in_apposition_is_a_figure(nlp: Language) -> None:
    text = PAST_STORY + (
        "This new attack against the nation, an attack that fate has placed in our path, compels us "
        "to close ranks behind the government."
    )
    verdicts = [_verdict(nlp, text, "attack")]
    assert all(not v.keep for v in verdicts)


def test_an_attack_against_a_police_post_stays(nlp: Language) -> None:
    text = PAST_STORY + "Rebels launched an attack against the police post in Velaro on Monday, killing two officers."
    assert _verdict(nlp, text, "attack").keep
