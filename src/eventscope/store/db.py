"""The event store: articles, events and rejections in SQLite (default) or PostgreSQL.

    store = Store.open("eventscope.db")              # a bare path: SQLite, WAL mode
    store = Store.open("postgresql+psycopg://127.0.0.1/test")
    store.add_article(doc, source=path)              # False when that content is already stored
    store.add_events(doc.id, events)                 # replaces the doc's events in one transaction
    store.query_events(EventFilter(country="KEN", since=dt.date(2019, 1, 1)))

Every write is one transaction, so a crash mid-write loses nothing already committed and leaves no
half-written document. Re-ingesting is idempotent because ids are content hashes: the same article
is stored once and the same events replace themselves. SQLite allows one writer at a time; write
transactions start with ``BEGIN IMMEDIATE`` so a second writer waits (``busy_timeout``) instead of
failing half way through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from eventscope import records
from eventscope.errors import StoreError
from eventscope.store.schema import migrate, tables

DEFAULT_PATH = "eventscope.db"
# How long a second SQLite writer waits for the lock before giving up: long enough to outlast one
# document's write transaction under load, short enough that a stuck process is noticed.
SQLITE_BUSY_TIMEOUT_MS = 30_000
_BEGIN_OPTION = "eventscope_sqlite_begin"


@dataclass(frozen=True)
class EventFilter:
    """What :meth:`Store.query_events` selects; every criterion is optional and they combine with AND.

    ``country`` matches the location's country name or ISO3 code, ``event_type`` the type or the
    sub-type (both case-insensitive); ``since``/``until`` bound the event's best date (inclusive);
    ``actor`` is a case-insensitive substring of actor1's or actor2's name.
    """

    country: str | None = None
    event_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be >= 0, got {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be >= 0, got {self.offset}")


class Store:
    """One database of articles, events and rejections.

    Takes an injected SQLAlchemy ``Engine`` (tests pass their own); :meth:`open` builds one from a
    path or URL. Brings the schema up to date on construction.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._writer: Engine
        if self._sqlite:
            _take_over_sqlite_transactions(engine)
            self._writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        else:
            self._writer = engine
        try:
            with self._writer.begin() as conn:
                migrate(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {engine.url!r}: {exc}") from exc

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for stores of other record kinds on the same database
        (incidents, reviews)."""
        return self._engine

    @property
    def writer(self) -> Engine:
        """The engine to write through (``BEGIN IMMEDIATE`` on SQLite: one writer at a time)."""
        return self._writer

    @classmethod
    def open(cls, url_or_path: str = DEFAULT_PATH) -> Store:
        """Open (creating if needed) the store at a SQLAlchemy URL or, for a bare path, a SQLite file."""
        if "://" in url_or_path:
            try:
                url = make_url(url_or_path)
                engine = create_engine(url, pool_pre_ping=True)
            except (ArgumentError, NoSuchModuleError, ImportError) as exc:
                raise StoreError(f"cannot use database URL {_redact(url_or_path)!r}: {exc}") from exc
        elif url_or_path == ":memory:":
            # One shared connection, or every checkout would see its own empty database.
            engine = create_engine("sqlite://", poolclass=StaticPool)
        else:
            path = Path(url_or_path).expanduser()
            if not path.parent.is_dir():
                raise StoreError(f"cannot create database {path}: directory {path.parent} does not exist")
            engine = create_engine(f"sqlite:///{path}")
        try:
            return cls(engine)
        except StoreError:
            engine.dispose()
            raise

    # Writes --------------------------------------------------------------------------------------

    def add_article(self, doc: records.Document, *, source: str | None = None) -> bool:
        """Store a document; False when an article with the same id is already stored."""
        with self._write() as conn:
            return self._insert_article(conn, doc, source)

    def add_document(
        self, doc: records.Document, events: Sequence[records.Event], *, source: str | None = None
    ) -> bool:
        """Store an article and its events in one transaction (False, and nothing written, when the
        article is already stored). An ingest killed at any point therefore leaves each article
        either absent or complete, and running it again stores every article exactly once."""
        with self._write() as conn:
            if not self._insert_article(conn, doc, source):
                return False
            self._replace_events(conn, doc.id, events)
            return True

    def _insert_article(self, conn: Connection, doc: records.Document, source: str | None) -> bool:
        t = tables().articles
        values = {
            "id": doc.id,
            "url": doc.url,
            "title": doc.title,
            "outlet": doc.outlet,
            "published": doc.published,
            "text": doc.text,
            "source": source,
            "ingested_at": dt.datetime.now(dt.UTC),
            "text_sha256": hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        }
        # INSERT .. ON CONFLICT DO NOTHING: one atomic statement, so two ingesters racing on the
        # same page cannot both store it or fail on the primary key.
        # RETURNING rather than rowcount, which the psycopg dialect reports as -1 here.
        stmt = (
            self._insert(t).values(**values).on_conflict_do_nothing(index_elements=["id"]).returning(t.c.id)
        )
        return conn.execute(stmt).first() is not None

    def add_events(self, doc_id: str, events: Sequence[records.Event]) -> int:
        """Replace the stored events of ``doc_id`` with ``events`` atomically; return how many are stored.

        The article must be stored first. Storing the same events again changes nothing; storing a
        new extraction of the document drops events it no longer finds.
        """
        with self._write() as conn:
            return self._replace_events(conn, doc_id, events)

    def _replace_events(self, conn: Connection, doc_id: str, events: Sequence[records.Event]) -> int:
        seen: set[str] = set()
        for ev in events:
            if ev.doc_id != doc_id:
                raise ValueError(f"event {ev.event_id} belongs to {ev.doc_id!r}, not {doc_id!r}")
            if ev.event_id in seen:
                raise ValueError(f"event id {ev.event_id} appears twice for {doc_id!r}")
            seen.add(ev.event_id)
        t = tables()
        event_rows = [_event_row(ev) for ev in events]
        evidence_rows = [row for ev in events for row in _evidence_rows(ev)]
        count_rows = [{"event_id": ev.event_id, **c.to_json()} for ev in events for c in ev.counts]
        claim_rows = [
            {
                "event_id": ev.event_id,
                "source": c.source,
                "kind": c.kind,
                "via": json.dumps(list(c.via), ensure_ascii=False),
                "text": c.text,
            }
            for ev in events
            for c in ev.claims
        ]
        if not self._has_article(conn, doc_id):
            raise StoreError(f"article {doc_id!r} is not stored: add_article() before add_events()")
        old_ids = select(t.events.c.event_id).where(t.events.c.doc_id == doc_id)
        # Children first, explicitly: ON DELETE CASCADE would do it, but only where the SQLite
        # connection enabled foreign keys, and an injected engine might not have.
        for child in (t.evidence, t.counts, t.claims):
            conn.execute(delete(child).where(child.c.event_id.in_(old_ids)))
        conn.execute(delete(t.events).where(t.events.c.doc_id == doc_id))
        for table, rows in (
            (t.events, event_rows),
            (t.evidence, evidence_rows),
            (t.counts, count_rows),
            (t.claims, claim_rows),
        ):
            if rows:
                conn.execute(insert(table), rows)
        return len(event_rows)

    def add_rejection(self, r: records.Rejection) -> None:
        """Record an input that could not be used (kept even when the same source is rejected again)."""
        t = tables().rejections
        with self._write() as conn:
            conn.execute(
                insert(t).values(
                    source=r.source, reason=r.reason, detail=r.detail, at=dt.datetime.now(dt.UTC)
                )
            )

    # Reads ---------------------------------------------------------------------------------------

    def has_article(self, doc_id: str) -> bool:
        with self._read() as conn:
            return self._has_article(conn, doc_id)

    def query_events(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """The matching events as contract JSON dicts, ordered by date (undated last), then event id."""
        f = filters or EventFilter()
        ev = tables().events
        conditions = []
        if f.country:
            c = f.country.strip().lower()
            conditions.append(
                or_(func.lower(ev.c.location_iso3) == c, func.lower(ev.c.location_country) == c)
            )
        if f.event_type:
            et = f.event_type.strip().lower()
            conditions.append(or_(func.lower(ev.c.event_type) == et, func.lower(ev.c.sub_event_type) == et))
        if f.since:
            conditions.append(ev.c.date_best >= f.since)
        if f.until:
            conditions.append(ev.c.date_best <= f.until)
        if f.actor:
            a = f.actor.strip().lower()
            conditions.append(
                or_(
                    func.lower(ev.c.actor1_name).contains(a, autoescape=True),
                    func.lower(ev.c.actor2_name).contains(a, autoescape=True),
                )
            )
        if f.doc_id:
            conditions.append(ev.c.doc_id == f.doc_id)
        stmt = (
            select(ev.c.event_json)
            .where(and_(*conditions) if conditions else true())
            # SQLite sorts NULL first and PostgreSQL last; sort on IS NULL so both put undated last.
            .order_by(ev.c.date_best.is_(None), ev.c.date_best, ev.c.event_id)
            .offset(f.offset)
        )
        if f.limit is not None:
            stmt = stmt.limit(f.limit)
        with self._read() as conn:
            return [json.loads(text) for text in conn.execute(stmt).scalars()]

    def counts(self) -> dict[str, int]:
        """Row counts: ``{"articles": n, "events": n, "rejections": n}``."""
        t = tables()
        named = (("articles", t.articles), ("events", t.events), ("rejections", t.rejections))
        with self._read() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in named
            }

    # Lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # Internals -----------------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Connection]:
        return write_transaction(self._writer)

    def _read(self) -> AbstractContextManager[Connection]:
        return read_connection(self._engine)

    def _insert(self, table: Any) -> Any:
        """The dialect's INSERT, which knows ON CONFLICT (both SQLite and PostgreSQL have it)."""
        return sqlite.insert(table) if self._sqlite else postgresql.insert(table)

    @staticmethod
    def _has_article(conn: Connection, doc_id: str) -> bool:
        a = tables().articles
        return conn.execute(select(a.c.id).where(a.c.id == doc_id)).first() is not None


# Row builders ----------------------------------------------------------------------------------


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any exception; database
    errors become ``StoreError``. Shared by every store on the database (events, incidents, reviews)."""
    try:
        with engine.begin() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"database write failed: {exc}") from exc


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    try:
        with engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"database read failed: {exc}") from exc


def _event_row(ev: records.Event) -> dict[str, Any]:
    d, loc, a1, a2, fat = ev.date, ev.location, ev.actor1, ev.actor2, ev.fatalities
    return {
        "event_id": ev.event_id,
        "doc_id": ev.doc_id,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "date_best": d.best if d else None,
        "date_start": d.start if d else None,
        "date_end": d.end if d else None,
        "date_precision": d.precision if d else None,
        "date_text": d.text if d else None,
        "date_defaulted": d.defaulted if d else None,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_iso3": loc.iso3 if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "location_admin2": loc.admin2 if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_precision": loc.precision if loc else None,
        "location_geonameid": loc.geonameid if loc else None,
        "location_text": loc.text if loc else None,
        "actor1_name": a1.name if a1 else None,
        "actor1_type": a1.type if a1 else None,
        "actor1_country": a1.country if a1 else None,
        "actor1_text": a1.text if a1 else None,
        "actor2_name": a2.name if a2 else None,
        "actor2_type": a2.type if a2 else None,
        "actor2_country": a2.country if a2 else None,
        "actor2_text": a2.text if a2 else None,
        "fatalities_best": fat.best if fat else None,
        "fatalities_low": fat.low if fat else None,
        "fatalities_high": fat.high if fat else None,
        "fatalities_text": fat.text if fat else None,
        "status": ev.status,
        "confidence": ev.confidence,
        "plover": ev.plover,
        "event_json": json.dumps(ev.to_json(), ensure_ascii=False),
    }


def _evidence_rows(ev: records.Event) -> Iterator[dict[str, Any]]:
    for span in ev.evidence:
        yield {"event_id": ev.event_id, "char_start": span.start, "char_end": span.end, "field": None}
    for name, span in ev.field_evidence.items():
        yield {"event_id": ev.event_id, "char_start": span.start, "char_end": span.end, "field": name}


# SQLite setup ----------------------------------------------------------------------------------


def _take_over_sqlite_transactions(engine: Engine) -> None:
    """Make SQLite transactions real: WAL, foreign keys, a busy timeout, and our own BEGIN.

    Python 3.11's sqlite3 only opens a transaction before INSERT/UPDATE/DELETE, so DDL (migrations)
    and the reads inside a write would run outside it; SQLAlchemy's documented fix is to switch the
    driver to autocommit and emit BEGIN from the ``begin`` event. Must run before the engine's first
    connection.
    """
    if event.contains(engine, "connect", _on_sqlite_connect):
        return
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_sqlite_begin)
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL: readers (the API, a CLI query) never block the one writer, nor it them. An in-memory
        # database answers "memory" and stays as it is.
        cur.execute("PRAGMA journal_mode = WAL")
    finally:
        cur.close()


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _redact(url_or_path: str) -> str:
    """The URL without its password, for error messages."""
    if "://" not in url_or_path:
        return url_or_path
    try:
        return make_url(url_or_path).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"
