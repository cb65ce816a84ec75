"""Store: idempotent re-ingestion, atomic replacement, filters, persistence, failure isolation."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from eventscope import records as r
from eventscope.errors import StoreError
from eventscope.store import EventFilter, Store

EventFactory = Callable[..., r.Event]
DocFactory = Callable[..., r.Document]


def _ids(rows: list[dict[str, Any]]) -> list[str]:
    return [row["event_id"] for row in rows]


def test_readding_an_article_adds_nothing(store: Store, make_document: DocFactory) -> None:
    doc = make_document()
    assert not store.has_article(doc.id)
    assert store.add_article(doc, source="saved/page.html") is True
    assert store.add_article(doc, source="elsewhere.html") is False
    assert store.has_article(doc.id)
    assert store.counts() == {"articles": 1, "events": 0, "rejections": 0}


def test_readding_the_same_events_adds_nothing(
    store: Store, make_document: DocFactory, make_event: EventFactory
) -> None:
    store.add_article(make_document())
    events = [make_event(event_id="a"), make_event(event_id="b", sub_event_type="Air/drone strike")]
    assert store.add_events("doc-1", events) == 2
    first = store.query_events(EventFilter())
    assert store.add_events("doc-1", events) == 2
    assert store.counts()["events"] == 2
    assert store.query_events(EventFilter()) == first


def test_add_document_writes_article_and_events_together_once(
    store: Store, make_document: DocFactory, make_event: EventFactory
) -> None:
    doc = make_document()
    assert store.add_document(doc, [make_event(event_id="a")]) is True
    assert store.add_document(doc, [make_event(event_id="b")]) is False, "a stored article is left alone"
    assert _ids(store.query_events(EventFilter())) == ["a"]


def test_add_document_is_all_or_nothing(
    store: Store, make_document: DocFactory, make_event: EventFactory
) -> None:
    doc = make_document()
    with pytest.raises(ValueError):
        store.add_document(doc, [make_event(event_id="x"), make_event(event_id="x")])
    assert not store.has_article(doc.id), "a failed event write must not leave the article behind"


def test_events_round_trip_as_contract_json(
    store: Store, make_document: DocFactory, make_event: EventFactory
) -> None:
    ev = make_event(location=None, actor2=None, fatalities=None, date=None)
    full = make_event(event_id="full")
    store.add_article(make_document())
    store.add_events("doc-1", [ev, full])
    got = {row["event_id"]: row for row in store.query_events(EventFilter())}
    assert got == {"ev-1": ev.to_json(), "full": full.to_json()}


def test_new_extraction_replaces_old_events_and_their_rows(
    store_url: str, make_document: DocFactory, make_event: EventFactory
) -> None:
    with Store.open(store_url) as store:
        store.add_article(make_document())
        store.add_events("doc-1", [make_event(event_id="old-1"), make_event(event_id="old-2")])
        store.add_events("doc-1", [make_event(event_id="new")])
        assert _ids(store.query_events(EventFilter())) == ["new"]
        # Child rows of the dropped events must go too, not linger as orphans.
        engine = store._engine
        with engine.connect() as conn:
            for table, expected in (("evidence", 4), ("counts", 1), ("claims", 1)):
                n = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                assert n == expected, table
            via = conn.execute(text("SELECT via FROM claims")).scalar_one()
            assert via == '["Daily Nation"]'
        assert store.add_events("doc-1", []) == 0
        assert store.counts()["events"] == 0


def test_events_need_their_article(store: Store, make_event: EventFactory) -> None:
    with pytest.raises(StoreError, match="add_article"):
        store.add_events("doc-1", [make_event()])
    assert store.counts()["events"] == 0


def test_events_of_another_document_or_twice_the_same_id_are_refused(
    store: Store, make_document: DocFactory, make_event: EventFactory
) -> None:
    store.add_article(make_document())
    with pytest.raises(ValueError, match="belongs to"):
        store.add_events("doc-1", [make_event(doc_id="doc-2")])
    with pytest.raises(ValueError, match="twice"):
        store.add_events("doc-1", [make_event(), make_event()])


def test_rejections_are_recorded(store: Store) -> None:
    store.add_rejection(r.Rejection("feeds/broken.html", "binary", "NUL bytes at offset 12"))
    store.add_rejection(r.Rejection("feeds/broken.html", "binary", "NUL bytes at offset 12"))
    assert store.counts() == {"articles": 0, "events": 0, "rejections": 2}


@pytest.fixture
def filled(store: Store, make_document: DocFactory, make_event: EventFactory) -> Store:
    store.add_article(make_document("k"))
    store.add_article(make_document("b"))
    store.add_events(
        "k",
        [
            make_event("k", "k-clash", day=dt.date(2019, 12, 29)),
            make_event(
                "k",
                "k-protest",
                sub_event_type="Peaceful protest",
                day=dt.date(2019, 11, 2),
                actor1="Protesters (Kenya)",
                actor2=None,
            ),
            make_event("k", "k-undated", sub_event_type="Attack", day=None, actor1="100% Gunmen"),
        ],
    )
    store.add_events(
        "b",
        [
            make_event(
                "b",
                "b-strike",
                sub_event_type="Air/drone strike",
                day=dt.date(2020, 1, 15),
                country="Burkina Faso",
                iso3="BFA",
                place="Djibo",
                actor1="Military Forces of Burkina Faso",
                actor2="JNIM: Group for Support of Islam and Muslims",
            )
        ],
    )
    return store


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(), ["k-protest", "k-clash", "b-strike", "k-undated"]),  # by date, undated last
        (EventFilter(country="ken"), ["k-protest", "k-clash", "k-undated"]),
        (EventFilter(country="burkina faso"), ["b-strike"]),
        (EventFilter(country="Kenya Republic"), []),
        (EventFilter(event_type="battles"), ["k-clash"]),
        (EventFilter(event_type="Explosions/Remote violence"), ["b-strike"]),
        (EventFilter(event_type="peaceful PROTEST"), ["k-protest"]),
        (EventFilter(since=dt.date(2019, 12, 29)), ["k-clash", "b-strike"]),
        (EventFilter(until=dt.date(2019, 12, 29)), ["k-protest", "k-clash"]),
        (EventFilter(since=dt.date(2019, 12, 1), until=dt.date(2019, 12, 31)), ["k-clash"]),
        (EventFilter(actor="jnim"), ["b-strike"]),  # actor2
        (EventFilter(actor="military forces"), ["k-clash", "b-strike", "k-undated"]),
        (EventFilter(actor="100%"), ["k-undated"]),  # LIKE wildcards are literal
        (EventFilter(actor="0%"), ["k-undated"]),
        (EventFilter(actor="_"), []),
        (EventFilter(doc_id="b"), ["b-strike"]),
        (EventFilter(country="KEN", event_type="Attack"), ["k-undated"]),
        (EventFilter(limit=2), ["k-protest", "k-clash"]),
        (EventFilter(limit=2, offset=2), ["b-strike", "k-undated"]),
        (EventFilter(limit=0), []),
    ],
)
def test_filters(filled: Store, flt: EventFilter, expected: list[str]) -> None:
    assert _ids(filled.query_events(flt)) == expected


def test_filter_rejects_negative_paging() -> None:
    with pytest.raises(ValueError, match="limit"):
        EventFilter(limit=-1)
    with pytest.raises(ValueError, match="offset"):
        EventFilter(offset=-5)


def test_a_failing_write_leaves_earlier_data_intact(
    tmp_path: Path, make_document: DocFactory, make_event: EventFactory
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'e.db'}")
    store = Store(engine)
    store.add_article(make_document("a"))
    store.add_article(make_document("b"))
    store.add_events("a", [make_event("a", "a-1")])
    store.add_events("b", [make_event("b", "b-1"), make_event("b", "b-2")])
    before = store.query_events(EventFilter())

    @event.listens_for(engine, "before_cursor_execute")
    def fail_on_claims(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # Fails after the old events were deleted and the new ones inserted: the worst moment.
        if statement.startswith("INSERT INTO claims"):
            raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError, match="disk pulled out"):
        store.add_events("b", [make_event("b", "b-new")])
    event.remove(engine, "before_cursor_execute", fail_on_claims)

    assert store.query_events(EventFilter()) == before
    assert store.counts() == {"articles": 2, "events": 3, "rejections": 0}
    store.close()
    # A fresh process (here: a plain sqlite3 connection) sees the same committed state.
    with sqlite3.connect(tmp_path / "e.db") as raw:
        assert raw.execute("SELECT count(*) FROM events").fetchone() == (3,)
        assert raw.execute("SELECT count(*) FROM claims").fetchone() == (3,)


def test_sqlite_file_survives_close_and_reopen(
    tmp_path: Path, make_document: DocFactory, make_event: EventFactory
) -> None:
    path = tmp_path / "keep.db"
    with Store.open(str(path)) as store:
        store.add_article(make_document())
        store.add_events("doc-1", [make_event()])
        store.add_rejection(r.Rejection("x.pdf", "binary"))
        stored = store.query_events(EventFilter())
    with Store.open(str(path)) as store:
        assert store.counts() == {"articles": 1, "events": 1, "rejections": 1}
        assert store.query_events(EventFilter()) == stored
        assert store.add_article(make_document()) is False
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        # Reopening must not re-run migration 1.
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(1,)]


def test_two_stores_on_one_file_take_turns_writing(tmp_path: Path, make_document: DocFactory) -> None:
    path = str(tmp_path / "shared.db")
    with Store.open(path) as one, Store.open(path) as two:
        assert one.add_article(make_document("x"))
        assert two.add_article(make_document("x")) is False
        assert two.add_article(make_document("y"))
        assert one.counts()["articles"] == 2


def test_in_memory_store(make_document: DocFactory) -> None:
    with Store.open(":memory:") as store:
        store.add_article(make_document())
        assert store.has_article("doc-1")


def test_open_errors_are_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "dir.db"))
    with pytest.raises(StoreError, match="cannot use database URL"):
        Store.open("nosuchdb://somewhere/x")
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(str(tmp_path))  # a directory, not a database file


def test_newer_database_than_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO schema_version VALUES (99, '2030-01-01 00:00:00')")
    with pytest.raises(StoreError, match="newer than this eventscope"):
        Store.open(str(path))


def test_postgres_password_is_not_echoed(pg_admin_url: str) -> None:
    bad = "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none?connect_timeout=2"
    with pytest.raises(StoreError) as info:
        Store.open(bad)
    assert "s3cret" not in str(info.value)
