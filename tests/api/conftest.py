"""API fixtures: a seeded store, a TestClient over it, and an extractor that needs no spaCy model."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from api.seed import Seeded, seed
from eventscope import records as r
from eventscope.api import create_app


class KeywordExtractor:
    """Stands in for ``Extractor``: one "Armed clash" event per document that says "clashed",
    with the first sentence as evidence. Counts how many documents it was given."""

    def __init__(self) -> None:
        self.seen: list[r.Document] = []

    def extract(self, docs: Iterable[r.Document]) -> Iterator[tuple[r.Document, list[r.Event]]]:
        for doc in docs:
            self.seen.append(doc)
            events = []
            if "clashed" in doc.text:
                end = doc.text.find(".") + 1 or len(doc.text)
                day = doc.published or dt.date(2024, 1, 1)
                events.append(
                    r.Event(
                        doc_id=doc.id,
                        event_id=f"kw-{doc.id}",
                        event_type="Battles",
                        sub_event_type="Armed clash",
                        date=r.When(day, day, day, "day"),
                        location=None,
                        actor1=None,
                        actor2=None,
                        fatalities=None,
                        counts=(),
                        claims=(),
                        status="asserted",
                        evidence=(r.Span(0, end),),
                        confidence=0.5,
                    )
                )
            yield doc, events


@pytest.fixture
def seeded_db(tmp_path: Path) -> tuple[str, Seeded]:
    db = str(tmp_path / "api.db")
    return db, seed(db)


@pytest.fixture
def extractor_stub() -> KeywordExtractor:
    return KeywordExtractor()


def _pages(request: httpx.Request) -> httpx.Response:
    """The web, as far as these tests are concerned."""
    html = (
        "<html><head><title>Clash at the border</title></head><body><article><h1>Clash at the border</h1>"
        "<p>Border guards and smugglers clashed near the crossing on Friday morning, officials said.</p>"
        "<p>The crossing stayed closed for the rest of the day while officers searched the area.</p>"
        "</article></body></html>"
    )
    if request.url.path == "/clash":
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, text=html)
    if request.url.path == "/report.pdf":
        return httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF-1.4")
    if request.url.path == "/slow":
        raise httpx.ReadTimeout("timed out", request=request)
    return httpx.Response(404, text="not here")


@pytest.fixture
def client(seeded_db: tuple[str, Seeded], extractor_stub: KeywordExtractor) -> Iterator[TestClient]:
    db, _ = seeded_db
    app = create_app(db, extractor_factory=lambda: extractor_stub, transport=httpx.MockTransport(_pages))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def token(seeded_db: tuple[str, Seeded]) -> str:
    return seeded_db[1].token


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


PG_URL = os.environ.get("EVENTSCOPE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose connections live in a throwaway schema; skips when no server answers."""
    pytest.importorskip("psycopg")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    schema = f"eventscope_api_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"no PostgreSQL at {PG_URL}: {exc.orig}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
