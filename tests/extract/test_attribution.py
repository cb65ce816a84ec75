"""Attribution: speakers, their kinds, relays (via) and the statuses they imply."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventscope.extract.attribution import claim_status, find_claims, speaker_kind


def _claims(nlp: Language, text: str, outlet: str | None = "Lakeside Courier"):  # type: ignore[no-untyped-def]
    return find_claims(list(nlp(text).sents), outlet=outlet)


def test_relay_citing_a_source(nlp: Language) -> None:
    claims, denial = _claims(
        nlp,
        "Militants executed 40 captives near Hama, the Evening Ledger reported on Monday, "
        "citing an activist.",
    )
    assert not denial
    (c,) = claims
    assert c.kind == "activist"
    assert c.via == ("Evening Ledger", "Lakeside Courier")


def test_told_makes_the_listener_a_relay(nlp: Language) -> None:
    (c,), _ = _claims(nlp, "A district commissioner told Radio Kisima that six herders were shot dead.")
    assert c.kind == "official"
    assert c.via[0] == "Radio Kisima"


def test_according_to_a_monitor(nlp: Language) -> None:
    (c,), _ = _claims(nlp, "According to the Observatory for Civil Rights, nine people died in the shelling.")
    assert c.kind == "monitor"
    assert c.text.startswith("According to")


def test_party_only_source_makes_the_event_claimed(nlp: Language) -> None:
    claims, denial = _claims(nlp, "The Taliban said its fighters killed 12 soldiers at a checkpoint.")
    assert claims[0].kind == "armed group"
    assert claim_status(claims, denial, "asserted") == "claimed"


def test_denial_sets_denied(nlp: Language) -> None:
    claims, denial = _claims(nlp, "The army denied that soldiers opened fire on the crowd.")
    assert denial
    assert claim_status(claims, denial, "asserted") == "denied"


def test_no_cue_no_claim(nlp: Language) -> None:
    claims, denial = _claims(nlp, "Gunmen stormed a bus station in Wajir on Friday.", outlet=None)
    assert claims == () and not denial
    assert claim_status(claims, denial, "asserted") == "asserted"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("a police spokesman", "official"),
        ("a rebel spokesman", "armed group"),
        ("local residents", "witness"),
        ("security sources", "unnamed"),
        ("the state news agency", "media"),
        ("a military commander", "military"),
        ("a human rights group", "monitor"),
    ],
)
def test_speaker_kinds(phrase: str, kind: str) -> None:
    assert speaker_kind(phrase) == kind
