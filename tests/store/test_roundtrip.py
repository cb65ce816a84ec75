"""Property: whatever Event the extractor builds, the store gives back exactly its contract JSON."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventscope import records as r
from eventscope.store import EventFilter, Store

# PostgreSQL text cannot hold NUL; everything else (any script, emoji, quotes, %) must survive.
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
opt_texts = st.none() | texts
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
ints = st.integers(0, 2**31 - 1)
big_ints = st.integers(0, 2**63 - 1)
coords = st.floats(-180, 180, allow_nan=False, allow_infinity=False)
spans = st.builds(r.Span, st.integers(0, 10_000), st.integers(0, 10_000))


@st.composite
def whens(draw: st.DrawFn) -> r.When:
    a, b, c = sorted(draw(st.lists(dates, min_size=3, max_size=3)))
    return r.When(
        b, a, c, draw(st.sampled_from(["day", "week", "month", "year"])), draw(opt_texts), draw(st.booleans())
    )


@st.composite
def counts(draw: st.DrawFn, kind: str | None = None) -> r.Count:
    low = draw(big_ints)
    return r.Count(
        kind or draw(st.sampled_from(["killed", "injured", "arrested", "other"])),
        low,
        low,
        draw(st.none() | st.integers(low, 2**63 - 1)),
        draw(texts),
    )


actors = st.builds(r.Actor, texts, st.none() | st.sampled_from(r.ACTOR_TYPES), st.none() | texts, opt_texts)
locations = st.builds(
    r.Location,
    opt_texts,
    opt_texts,
    st.none() | st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3),
    opt_texts,
    opt_texts,
    st.none() | coords,
    st.none() | coords,
    st.sampled_from(["exact", "near", "admin2", "admin1", "country"]),
    st.none() | ints,
    opt_texts,
)
claims = st.builds(
    r.Claim, texts, st.sampled_from(["media", "official", "unnamed"]), st.tuples(texts), opt_texts
)


@st.composite
def events(draw: st.DrawFn, doc_id: str, event_id: str) -> r.Event:
    sub = draw(st.sampled_from(sorted(r.SUBTYPE_PARENT)))
    return r.Event(
        doc_id=doc_id,
        event_id=event_id,
        event_type=r.SUBTYPE_PARENT[sub],
        sub_event_type=sub,
        date=draw(st.none() | whens()),
        location=draw(st.none() | locations),
        actor1=draw(st.none() | actors),
        actor2=draw(st.none() | actors),
        fatalities=draw(st.none() | counts("killed")),
        counts=tuple(draw(st.lists(counts(), max_size=3))),
        claims=tuple(draw(st.lists(claims, max_size=2))),
        status=draw(
            st.sampled_from(["asserted", "claimed", "denied", "negated", "hypothetical", "threatened"])
        ),
        evidence=tuple(draw(st.lists(spans, min_size=1, max_size=3))),
        confidence=draw(st.floats(0, 1)),
        assoc_actors=tuple(draw(st.lists(actors, max_size=2))),
        plover=draw(st.none() | st.sampled_from(["FIGHT", "ASSAULT", "PROTEST"])),
        field_evidence=draw(st.dictionaries(st.sampled_from(["actor1", "date", "location"]), spans)),
        trigger=draw(opt_texts),
    )


@st.composite
def batches(draw: st.DrawFn) -> tuple[r.Document, list[r.Event]]:
    doc_id = f"doc-{uuid.uuid4().hex}"  # fresh per example: examples share one store
    doc = r.Document(
        doc_id, draw(st.text(min_size=1).filter(lambda t: "\x00" not in t)), draw(st.none() | dates)
    )
    n = draw(st.integers(0, 3))
    return doc, [draw(events(doc_id, f"{doc_id}-{i}")) for i in range(n)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=batches())
def test_events_come_back_unchanged(store: Store, batch: tuple[r.Document, list[r.Event]]) -> None:
    doc, evs = batch
    assert store.add_article(doc, source=None)
    assert store.add_events(doc.id, evs) == len(evs)
    got: list[dict[str, Any]] = store.query_events(EventFilter(doc_id=doc.id))
    assert sorted(got, key=lambda e: e["event_id"]) == [e.to_json() for e in evs]
    # Stored twice, still the same rows.
    assert not store.add_article(doc, source=None)
    store.add_events(doc.id, evs)
    assert len(store.query_events(EventFilter(doc_id=doc.id))) == len(evs)
