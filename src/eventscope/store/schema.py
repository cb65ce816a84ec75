"""Database schema (SQLAlchemy Core) and its registered migrations.

    articles       one row per cleaned document (id = the content-hash id from ingest)
    events         one row per contract event: every field flattened into a column for SQL filters,
                   plus ``event_json``, the full contract record, so nothing the extractor writes is lost
    evidence       character spans supporting an event (``field`` NULL: the event's own evidence;
                   otherwise the field it supports, from ``Event.field_evidence``)
    counts         the non-fatality counts of an event (injured, arrested, ...)
    claims         who said it
    rejections     inputs that could not be used, with their reason code
    schema_version one row per applied migration

The same tables serve SQLite and PostgreSQL, so only portable types are used (text, integer, float,
date, boolean, timestamp). Strings are unbounded ``TEXT`` on purpose: SQLite ignores VARCHAR lengths
but PostgreSQL enforces them, so a length limit would make one odd value (a malformed country code)
fail a whole document on one backend only; PostgreSQL stores TEXT and VARCHAR alike. Span columns are
``char_start``/``char_end`` rather than ``start``/``end`` because ``end`` is an SQL keyword and
analysts write raw SQL against this file. Timestamps are UTC (SQLite keeps them without an offset).

Migrations are plain functions ``(Connection) -> None`` listed in ``MIGRATIONS``; migration *n*
brings a database from version *n - 1* to *n*. :func:`migrate` applies the missing ones in order,
each in the caller's transaction, so a crash mid-migration leaves the previous version intact.
Version 1 creates every table from :func:`build_metadata`. When the schema changes, freeze the
version-1 table definitions inside ``_v1`` first, then edit ``build_metadata`` and append a migration
that alters existing databases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    func,
    inspect,
    select,
)

from eventscope.errors import StoreError

Migration = Callable[[Connection], None]


@dataclass(frozen=True)
class Tables:
    """The tables of the current schema version, bound to one ``MetaData``."""

    metadata: MetaData
    articles: Table
    events: Table
    evidence: Table
    counts: Table
    claims: Table
    rejections: Table
    schema_version: Table


def _event_child(metadata: MetaData, name: str, *columns: Column[Any]) -> Table:
    """A table of rows owned by one event, deleted with it."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "event_id",
            Text,
            ForeignKey("events.event_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        *columns,
    )


def build_metadata() -> Tables:
    """Declare the tables on a fresh ``MetaData`` (pure: call :func:`tables` for the shared one)."""
    md = MetaData()
    articles = Table(
        "articles",
        md,
        Column("id", Text, primary_key=True),
        Column("url", Text),
        Column("title", Text),
        Column("outlet", Text),
        Column("published", Date),
        Column("text", Text, nullable=False),
        Column("source", Text),  # file path, URL or "<stdin>:LINE" the article came from
        Column("ingested_at", DateTime(timezone=True), nullable=False),
        Column("text_sha256", Text, nullable=False),
    )
    events = Table(
        "events",
        md,
        Column("event_id", Text, primary_key=True),
        Column("doc_id", Text, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        Column("event_type", Text, nullable=False),
        Column("sub_event_type", Text, nullable=False),
        Column("date_best", Date),
        Column("date_start", Date),
        Column("date_end", Date),
        Column("date_precision", Text),
        Column("date_text", Text),
        Column("date_defaulted", Boolean),
        Column("location_name", Text),
        Column("location_country", Text),
        Column("location_iso3", Text),
        Column("location_admin1", Text),
        Column("location_admin2", Text),
        Column("location_lat", Float),
        Column("location_lon", Float),
        Column("location_precision", Text),
        Column("location_geonameid", Integer),
        Column("location_text", Text),
        Column("actor1_name", Text),
        Column("actor1_type", Text),
        Column("actor1_country", Text),
        Column("actor1_text", Text),
        Column("actor2_name", Text),
        Column("actor2_type", Text),
        Column("actor2_country", Text),
        Column("actor2_text", Text),
        # Counts are BIGINT: PostgreSQL's INTEGER would refuse a parsed "1.5 billion" outright.
        Column("fatalities_best", BigInteger),
        Column("fatalities_low", BigInteger),
        Column("fatalities_high", BigInteger),
        Column("fatalities_text", Text),
        Column("status", Text, nullable=False),
        Column("confidence", Float, nullable=False),
        Column("plover", Text),
        Column("event_json", Text, nullable=False),
        # The filters of Store.query_events and of the API: date range, country, type.
        Index("ix_events_date_best", "date_best"),
        Index("ix_events_location_iso3", "location_iso3"),
        Index("ix_events_event_type", "event_type", "sub_event_type"),
        Index("ix_events_doc_id", "doc_id"),
    )
    evidence = _event_child(
        md,
        "evidence",
        Column("char_start", Integer, nullable=False),
        Column("char_end", Integer, nullable=False),
        Column("field", Text),
    )
    counts = _event_child(
        md,
        "counts",
        Column("kind", Text, nullable=False),
        Column("best", BigInteger, nullable=False),
        Column("low", BigInteger, nullable=False),
        Column("high", BigInteger),
        Column("text", Text),
    )
    claims = _event_child(
        md,
        "claims",
        Column("source", Text, nullable=False),
        Column("kind", Text, nullable=False),
        Column("via", Text, nullable=False),  # JSON list of strings
        Column("text", Text),
    )
    rejections = Table(
        "rejections",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("source", Text, nullable=False),
        Column("reason", Text, nullable=False),
        Column("detail", Text, nullable=False),
        Column("at", DateTime(timezone=True), nullable=False),
    )
    schema_version = Table(
        "schema_version",
        md,
        Column("version", Integer, primary_key=True),
        Column("applied_at", DateTime(timezone=True), nullable=False),
    )
    return Tables(md, articles, events, evidence, counts, claims, rejections, schema_version)


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The shared table objects every query is built from (built once, never mutated)."""
    return build_metadata()


# Migrations ------------------------------------------------------------------------------------


def _v1(conn: Connection) -> None:
    """Create every table and index of schema version 1."""
    tables().metadata.create_all(conn)


MIGRATIONS: tuple[Migration, ...] = (_v1,)


def current_version(conn: Connection) -> int:
    """The schema version of the database behind ``conn`` (0: empty database)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    version = conn.execute(select(func.max(tables().schema_version.c.version))).scalar_one()
    return int(version or 0)


def migrate(conn: Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Apply the migrations ``conn``'s database lacks, in order; return the resulting version.

    Runs inside the caller's transaction: on SQLite and PostgreSQL DDL is transactional, so either
    every step lands or none does.
    """
    version = current_version(conn)
    if version > len(migrations):
        raise StoreError(
            f"database schema version {version} is newer than this eventscope ({len(migrations)}); "
            "upgrade eventscope"
        )
    sv = tables().schema_version
    for number, step in enumerate(migrations[version:], start=version + 1):
        step(conn)
        conn.execute(sv.insert().values(version=number, applied_at=dt.datetime.now(dt.UTC)))
    return len(migrations)
