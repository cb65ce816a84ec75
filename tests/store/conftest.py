"""Store fixtures: every store test runs on SQLite and, when a server and driver are present, PostgreSQL.

PostgreSQL tests use ``EVENTSCOPE_TEST_PG_URL`` (default: the development server on 127.0.0.1, database
``test``) and run in a throwaway schema per test, so parallel runs and other users of the database do
not see each other's tables.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from eventscope import records as r
from eventscope.store import Store

PG_URL = os.environ.get("EVENTSCOPE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
EventFactory = Callable[..., r.Event]


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """The PostgreSQL URL, or skip when psycopg is not installed or no server answers."""
    pytest.importorskip("psycopg")
    engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {PG_URL}: {exc.orig}")
    finally:
        engine.dispose()
    return PG_URL


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A URL whose connections live in a fresh schema, dropped after the test."""
    schema = f"eventscope_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        # libpq's "options" sets search_path for every connection the store opens.
        yield f"{pg_admin_url}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "eventscope.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store.open(store_url)
    try:
        yield s
    finally:
        s.close()


def _event(
    doc_id: str = "doc-1",
    event_id: str = "ev-1",
    *,
    sub_event_type: str = "Armed clash",
    day: dt.date | None = dt.date(2019, 12, 29),
    country: str | None = "Kenya",
    iso3: str | None = "KEN",
    place: str = "Mandera",
    lat: float | None = 3.94,
    lon: float | None = 41.86,
    actor1: str | None = "Al Shabaab",
    actor1_type: str | None = "Rebel group",
    actor2: str | None = "Military Forces of Kenya (2013-2022)",
    actor2_type: str | None = "State forces",
    killed: int | None = 4,
    **extra: Any,
) -> r.Event:
    """A complete event, with every nested record filled in so round-trips exercise every column."""
    when = r.When(day, day, day, "day", text="on Sunday") if day else None
    location = (
        r.Location(place, country, iso3, "Mandera", None, lat, lon, "exact", 187585, place)
        if country or iso3
        else None
    )
    fields: dict[str, Any] = {
        "doc_id": doc_id,
        "event_id": event_id,
        "event_type": r.SUBTYPE_PARENT[sub_event_type],
        "sub_event_type": sub_event_type,
        "date": when,
        "location": location,
        "actor1": r.Actor(actor1, actor1_type, "SOM", "the militants") if actor1 else None,
        "actor2": r.Actor(actor2, actor2_type, "KEN", "soldiers") if actor2 else None,
        "fatalities": r.Count("killed", killed, killed, killed, f"killing {killed}") if killed else None,
        "counts": (r.Count("injured", 3, 3, None, "at least three were hurt"),),
        "claims": (r.Claim("Kenya Police", "official", ("Daily Nation",), "police said"),),
        "status": "asserted",
        "evidence": (r.Span(0, 40), r.Span(41, 90)),
        "confidence": 0.83,
        "assoc_actors": (r.Actor("Civilians (Kenya)", "Civilians", "KEN"),),
        "plover": "FIGHT",
        "field_evidence": {"actor1": r.Span(4, 14), "date": r.Span(30, 39)},
        "trigger": "clashed",
    }
    fields.update(extra)
    return r.Event(**fields)


@pytest.fixture
def make_event() -> EventFactory:
    return _event


def document(doc_id: str = "doc-1", text: str = "Militants and soldiers clashed on Sunday.") -> r.Document:
    return r.Document(doc_id, text, dt.date(2020, 1, 1), "A headline", "https://example.org/a", "Example")


@pytest.fixture
def make_document() -> Callable[..., r.Document]:
    return document
