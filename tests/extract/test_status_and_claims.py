"""Who says so, end to end: status, claims, field evidence and confidence on articles we wrote."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventscope.records import Document, Event

PUBLISHED = dt.date(2024, 4, 13)  # a Saturday


def _events(extractor: Any, text: str, outlet: str | None = "Harbour Gazette") -> list[Event]:
    doc = Document(id="t", text=text, published=PUBLISHED, outlet=outlet)
    ((_, events),) = list(extractor.extract([doc]))
    return events


def _only(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.sub_event_type, e.status) for e in events]
    return events[0]


def test_asserted_with_an_official_source(extractor: Any) -> None:
    ev = _only(_events(extractor, "Gunmen shot dead six traders at a cattle market in Moyale on Friday, police said."))
    assert ev.status == "asserted"
    (claim,) = ev.claims
    assert claim.kind == "official" and claim.via == ("Harbour Gazette",)


def test_claimed_when_only_a_party_to_the_conflict_says_so(extractor: Any) -> None:
    ev = _only(_events(extractor, "The Taliban said their fighters killed nine soldiers at a checkpoint in "
                                  "Kunduz province on Thursday."))
    assert ev.status == "claimed"
    assert [c.kind for c in ev.claims] == ["armed group"]


def test_denied(extractor: Any) -> None:
    ev = _only(_events(extractor, "The army denied that its soldiers had shelled a market in Kadugli on Friday."))
    assert ev.status == "denied"


def test_a_denial_of_something_else_leaves_the_sourced_report_asserted(extractor: Any) -> None:
    events = _events(extractor, "A bomb exploded at a bus station in Gao on Friday, killing four people, "
                                "the regional governor said. Two suspects were arrested later that day. "
                                "The army denied reports that troops had been slow to reach the bus station "
                                "after the attack.")
    bomb = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert bomb.status == "asserted"


def test_a_report_and_its_denial_are_both_kept(extractor: Any) -> None:
    events = _events(extractor, "Soldiers shelled a market in Kadugli on Friday. The army denied that its soldiers "
                                "had shelled the market.")
    statuses = sorted(e.status for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert statuses == ["asserted", "denied"]


def test_threat_is_not_an_event_that_happened(extractor: Any) -> None:
    events = _events(extractor, "The militia threatened on Friday to execute the hostages it holds near Beni.")
    assert events, "a threat is kept, marked by its status"
    assert all(e.status in ("threatened", "hypothetical") for e in events)


def test_negated_killing(extractor: Any) -> None:
    events = _events(extractor, "Police in Kisumu said on Friday that no protesters were killed when officers "
                                "dispersed the march with tear gas.")
    counted = [e for e in events if e.status in ("asserted", "claimed")]
    assert counted, "the dispersal happened"
    assert all(e.fatalities is None or e.fatalities.best == 0 for e in counted)


def test_nested_attribution_keeps_the_relay(extractor: Any) -> None:
    ev = _events(extractor, "Militants executed 40 captives near Palmyra on Friday, the Evening Ledger "
                            "reported, citing a local activist.")[0]
    claim = next(c for c in ev.claims if c.kind == "activist")
    assert claim.via == ("Evening Ledger", "Harbour Gazette")


def test_two_sources_disagreeing_on_the_toll(extractor: Any) -> None:
    text = ("Militants executed 40 captives near Palmyra on Friday, the Evening Ledger reported, citing an "
            "activist. A monitoring group put the toll at 52.")
    ev = _events(extractor, text)[0]
    assert ev.fatalities is not None
    assert (ev.fatalities.best, ev.fatalities.low, ev.fatalities.high) == (40, 40, 52)
    tolls = sorted(c.fatalities for c in ev.claims if c.fatalities is not None)
    assert tolls == [40, 52]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead six traders at a cattle market in Moyale on Friday, police said.",
        "A roadside bomb killed three soldiers near Gao on Thursday, the army said.",
    ],
)
def test_every_filled_field_points_to_a_sentence(extractor: Any, text: str) -> None:
    ev = _events(extractor, text)[0]
    data = ev.to_json()
    for name in ("fatalities", "date", "location", "actor1", "claims"):
        if data[name]:
            start, end = data["field_evidence"][name]
            assert 0 <= start < end <= len(text)
    assert 0.0 < ev.confidence <= 1.0


def test_denying_someone_a_thing_is_no_denial_of_the_event(extractor: Any) -> None:
    events = _events(extractor, "Rioters set a bonfire and blocked the road after the party denied their "
                                "candidate a nomination certificate.")
    assert events and all(e.status == "asserted" for e in events)


@pytest.mark.parametrize("text", [
    "Post-election riots in Kisumu - details not specified.",
    "Students protested at a school in Ol Kalou. The exact date of the protest is not known.",
])
def test_unknown_details_do_not_negate_the_event(extractor: Any, text: str) -> None:
    events = _events(extractor, text)
    assert events and any(e.status == "asserted" for e in events)


def test_a_real_negation_still_negates(extractor: Any) -> None:
    events = _events(extractor, "No protest was held in Nairobi on Monday despite the call.")
    assert all(e.status != "asserted" for e in events)


def test_a_bracketed_aside_about_the_date_negates_nothing(extractor: Any) -> None:
    events = _events(extractor, "Around 30 October (exact date not reported) traders protested in Kakamega "
                                "over the state of the market.")
    assert events and any(e.status == "asserted" for e in events)


def test_denying_blame_does_not_deny_the_event(extractor: Any) -> None:
    text = "Gunmen shot dead a mayor in the market on Friday. The rebels denied responsibility for the killing."
    ev = _only(_events(extractor, text))
    assert ev.status == "asserted"
    denied = _events(extractor, "The ministry denied that soldiers had burned the village on Friday.")
    assert denied and all(e.status == "denied" for e in denied)


def test_a_plan_for_an_investigation_does_not_make_the_crime_hypothetical(extractor: Any) -> None:
    text = ("The governor urged the police to open an investigation into the murder of a councillor "
            "in Garissa on Thursday.")
    ev = _only(_events(extractor, text))
    assert ev.status == "asserted"
    plan = _events(extractor, "The rebels plan to attack the county headquarters in Garissa next week.")
    assert all(e.status != "asserted" for e in plan)
