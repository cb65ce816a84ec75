"""Strategic developments that are no new conflict development: agreement words with no conflict in
their own sentence (a debt or trade deal in a war story), agreements put off, turned down, only
proposed, consented to as talks, or referred back to, weak words of change (reinforce, blockade,
operation) with no force in their sentence, and the idiom "doors closed to". Each rule keeps the
real development next to it. Every sentence here is written for this test."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventscope.extract.salience import Salience
from support import DROPPED_AT_DETECTION, salience_verdict_or_detect

PUBLISHED = dt.date(2024, 5, 20)


def _verdict(nlp: Language, text: str, trigger: str) -> Salience:
    return salience_verdict_or_detect(nlp, text, trigger, PUBLISHED)


def _reported(s: Salience) -> bool:
    return s.keep and s.status is None


# Agreement words need the conflict in their own sentence --------------------------------------


def test_debt_agreement_in_a_war_story_is_no_conflict_agreement(nlp: Language) -> None:
    text = (
        "Rebels attacked an army post near Velaro on Sunday, killing three soldiers. "
        "On Monday the finance minister signed an agreement with Norland to reschedule the debt."
    )
    assert _verdict(nlp, text, "signed an agreement") == DROPPED_AT_DETECTION


def test_accords_between_two_states_are_diplomacy(nlp: Language) -> None:
    text = (
        "Guerrillas burned two buses in Velaro on Sunday. "
        "The two presidents said the accords between their countries had widened trade."
    )
    assert _verdict(nlp, text, "accords") == DROPPED_AT_DETECTION


def test_agreement_with_an_armed_party_or_a_truce_stays(nlp: Language) -> None:
    assert _reported(_verdict(nlp, "The government and the rebels signed an agreement in Puerto Lindo on Monday.",
                              "signed an agreement"))
    assert _reported(_verdict(nlp, "On Monday the two clans signed an accord to end hostilities in the valley.",
                              "accord"))
    assert _reported(_verdict(nlp, "The army and the militia declared a truce in Kalamu on Friday.", "truce"))
    assert _reported(_verdict(nlp, "The two warring factions signed an accord in Kalamu on Friday.", "accord"))


# Agreements put off, turned down, proposed or referred back to -------------------------------


def test_postponed_signing_is_no_agreement(nlp: Language) -> None:
    text = "The government and the rebel front have postponed signing a peace agreement, a spokesman said on Tuesday."
    assert not _verdict(nlp, text, "peace agreement").keep


def test_rejected_truce_is_no_agreement(nlp: Language) -> None:
    text = "The defence minister on Friday rejected the New Year truce proposed by the rebels."
    assert not _verdict(nlp, text, "truce").keep


def test_ceasefire_offer_is_a_proposal(nlp: Language) -> None:
    text = "The recent ceasefire offer by the rebels was accepted on Monday by a committee of elders."
    assert not _verdict(nlp, text, "ceasefire").keep


def test_reconciliation_commission_is_a_body(nlp: Language) -> None:
    text = "A rebel delegation met the National Reconciliation Commission in Lindora on Monday."
    assert not _verdict(nlp, text, "Reconciliation").keep


def test_follow_up_to_an_earlier_accord_is_a_reference(nlp: Language) -> None:
    text = "This second round of talks with the rebels is a follow-up to the peace accord of March."
    assert not _verdict(nlp, text, "peace accord").keep


def test_blow_to_an_agreement_signed_months_ago_is_a_reference(nlp: Language) -> None:
    text = "He said the new arms sale deals a blow to the peace agreement signed in Varena in February."
    assert not _verdict(nlp, text, "peace agreement").keep


def test_agreement_to_talk_is_a_consent_to_negotiate(nlp: Language) -> None:
    text = "The agreement of the ruling party to talk with the rebels opens a way to peace."
    assert not _verdict(nlp, text, "agreement").keep


def test_agreement_inside_a_proposal_is_not_concluded(nlp: Language) -> None:
    text = "The minister said the government proposal includes an agreement for the rebels to reduce attacks."
    assert not _verdict(nlp, text, "agreement").keep


def test_truce_respected_is_an_existing_agreement_whatever_its_date(nlp: Language) -> None:
    text = "The commander said the army continues to respect the truce declared by the rebels on 3 May."
    assert not _verdict(nlp, text, "truce").keep


def test_signed_peace_agreement_stays(nlp: Language) -> None:
    assert _reported(_verdict(nlp, "The army and the rebels signed a peace agreement in Varena on Monday.",
                              "peace agreement"))
    assert not _verdict(nlp, "The rebels turned down the truce offered by the army on Monday.", "truce").keep
    assert _reported(_verdict(nlp, "The rebels accepted a truce in Kalamu on Monday.", "truce"))


# Weak words of change need a force ------------------------------------------------------------


def test_border_controls_reinforced_against_smugglers_are_policy(nlp: Language) -> None:
    text = "The government has reinforced its border controls to stop smugglers from entering the country."
    assert _verdict(nlp, text, "reinforced") == DROPPED_AT_DETECTION


def test_eventual_blockade_without_forces_is_policy(nlp: Language) -> None:
    text = "The government said an eventual blockade of the coast is part of a package of measures."
    assert _verdict(nlp, text, "blockade") == DROPPED_AT_DETECTION


def test_reinforcement_by_troops_stays(nlp: Language) -> None:
    assert _reported(_verdict(nlp, "Soldiers reinforced their positions around Kalamu on Tuesday after rebel raids.",
                              "reinforced"))
    assert _reported(_verdict(nlp, "The navy imposed a blockade on the rebel-held port of Dalo on Monday.",
                              "blockade"))
    # the "military" of the trigger phrase is a force too
    assert _verdict(nlp, "The government launched a military operation in the hills near Dalo on Monday.",
                    "military operation").keep


# An idiom of refusal and a coordinated order ------------------------------------------------


def test_doors_closed_to_negotiation_is_an_idiom(nlp: Language) -> None:
    text = "The government is keeping the doors closed to any negotiation with the rebels."
    assert _verdict(nlp, text, "closed") == DROPPED_AT_DETECTION


def test_road_closed_by_soldiers_stays(nlp: Language) -> None:
    text = "Soldiers closed the road to Kalamu on Monday after a rebel ambush."
    assert _verdict(nlp, text, "closed").keep


def test_second_ordered_act_is_ordered_too(nlp: Language) -> None:
    text = "The rebel command ordered its fighters to hold their positions and launch an attack on the barracks."
    assert not _reported(_verdict(nlp, text, "attack"))
    assert _reported(_verdict(nlp, "The rebels held their positions and attacked the barracks in Dalo on Monday.",
                              "attacked"))


# An operation against a crime is a campaign ---------------------------------------------------


def test_operation_against_drug_trafficking_is_a_campaign(nlp: Language) -> None:
    text = "During a recent military operation against drug trafficking, police seized five passports."
    assert not _verdict(nlp, text, "military operation").keep


def test_operation_against_rebels_stays(nlp: Language) -> None:
    text = "Soldiers launched a military operation against the rebels in the hills near Dalo on Monday."
    assert _verdict(nlp, text, "military operation").keep
