"""Analyst reviews of stored events, with their audit trail, and the API tokens that authorise writes.

    api_tokens     one row per token: a name (who), the SHA-256 of the secret, created/revoked times.
                   The secret itself is shown once by :meth:`ReviewStore.create_token` and never stored.
    reviews        the current review of an event: ``status`` (confirmed / rejected / unreviewed), the
                   analyst's corrections as a contract-shaped JSON object, and the corrected values of
                   the filterable fields flattened into ``events``-named columns (NULL: not corrected)
    review_audit   every change ever made: who, when, action, the fields before and after, a note

Reviews are keyed by ``event_id`` with no foreign key to ``events`` on purpose: re-extracting a
document deletes and re-inserts its events (``Store.add_events``), and an analyst's review must
survive that. Event ids are content hashes of the document and trigger, so a re-extraction that finds
the same event gets the same id and the stored review applies to it again (:func:`apply_review`
lays the corrections over the extracted record on read; nothing in ``events`` is ever modified).

The tables live on their own ``MetaData`` and are created idempotently when a :class:`ReviewStore`
opens (``CREATE TABLE IF NOT EXISTS``), so a database made before this module existed gains them on
first use. :func:`create_review_tables` has the migration signature ``(Connection) -> None`` and can
be appended to ``schema.MIGRATIONS`` as-is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    RowMapping,
    Table,
    Text,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from eventscope.errors import StoreError
from eventscope.records import SUBTYPE_PARENT
from eventscope.store.db import read_connection, write_transaction

if TYPE_CHECKING:  # no runtime import: schema.py can then register create_review_tables without a cycle
    from eventscope.store.db import Store

ReviewStatus = Literal["unreviewed", "confirmed", "rejected"]
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "confirmed", "rejected")
# Contract fields an analyst may correct (the rest, e.g. evidence and claims, are the source's words).
CORRECTABLE_FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "date",
    "location",
    "actor1",
    "actor2",
    "fatalities",
)
TOKEN_PREFIX = "es_"
# The override column whose non-NULL value marks the whole location as corrected.
LOCATION_FLAG = "location_name"
# Columns of ``reviews`` holding corrected values under the name of the ``events`` column they
# override: the API filters on COALESCE(reviews.col, events.col), so a corrected event is found by
# its corrected values and never by the extracted ones.
OVERRIDE_COLUMNS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "date_best",
    "location_name",
    "location_country",
    "location_iso3",
    "location_admin1",
    "location_lat",
    "location_lon",
    "actor1_name",
    "actor2_name",
    "fatalities_best",
)


@dataclass(frozen=True)
class ReviewTables:
    metadata: MetaData
    api_tokens: Table
    reviews: Table
    review_audit: Table


def build_review_metadata() -> ReviewTables:
    """Declare the review tables on a fresh ``MetaData`` (pure: :func:`review_tables` is the shared one)."""
    md = MetaData()
    api_tokens = Table(
        "api_tokens",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("name", Text, nullable=False),
        Column("token_sha256", Text, nullable=False, unique=True),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("revoked_at", DateTime(timezone=True)),
    )
    reviews = Table(
        "reviews",
        md,
        Column("event_id", Text, primary_key=True),
        Column("status", Text, nullable=False),
        Column("corrections", Text, nullable=False),  # JSON object: contract field -> corrected value
        Column("note", Text),
        Column("reviewer", Text, nullable=False),
        Column("reviewed_at", DateTime(timezone=True), nullable=False),
        Column("event_type", Text),
        Column("sub_event_type", Text),
        Column("date_best", Date),
        Column("location_name", Text),
        Column("location_country", Text),
        Column("location_iso3", Text),
        Column("location_admin1", Text),
        Column("location_lat", Float),
        Column("location_lon", Float),
        Column("actor1_name", Text),
        Column("actor2_name", Text),
        Column("fatalities_best", BigInteger),
        Index("ix_reviews_status", "status"),
    )
    review_audit = Table(
        "review_audit",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("event_id", Text, nullable=False, index=True),
        Column("reviewer", Text, nullable=False),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("action", Text, nullable=False),  # confirm, reject, reopen, correct, revert, note
        Column("before", Text, nullable=False),  # JSON: the changed fields before the change
        Column("after", Text, nullable=False),  # JSON: the same fields after it
        Column("note", Text),
    )
    return ReviewTables(md, api_tokens, reviews, review_audit)


@lru_cache(maxsize=1)
def review_tables() -> ReviewTables:
    return build_review_metadata()


def create_review_tables(conn: Connection) -> None:
    """Create the review tables that are missing (a migration: safe to run on any version)."""
    review_tables().metadata.create_all(conn, checkfirst=True)


# Records ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None = None


@dataclass(frozen=True)
class Review:
    """The current review of one event."""

    event_id: str
    status: ReviewStatus
    corrections: Mapping[str, Any]
    note: str | None
    reviewer: str
    reviewed_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "corrected": sorted(self.corrections),
            "note": self.note,
            "reviewer": self.reviewer,
            "reviewed_at": _iso(self.reviewed_at),
        }


@dataclass(frozen=True)
class AuditEntry:
    id: int
    event_id: str
    reviewer: str
    at: dt.datetime
    action: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "reviewer": self.reviewer,
            "at": _iso(self.at),
            "action": self.action,
            "before": dict(self.before),
            "after": dict(self.after),
            "note": self.note,
        }


@dataclass(frozen=True)
class ReviewChange:
    """What one review request asks for. ``corrections`` holds contract-shaped values (already
    validated at the HTTP boundary); ``revert`` names corrected fields to return to the extracted value."""

    status: ReviewStatus | None = None
    corrections: Mapping[str, Any] = field(default_factory=dict)
    revert: tuple[str, ...] = ()
    note: str | None = None

    def __post_init__(self) -> None:
        unknown = (set(self.corrections) | set(self.revert)) - set(CORRECTABLE_FIELDS)
        if unknown:
            raise ValueError(f"not correctable: {', '.join(sorted(unknown))}")
        if self.status is not None and self.status not in REVIEW_STATUSES:
            raise ValueError(f"unknown review status {self.status!r}")


UNREVIEWED_JSON: Mapping[str, Any] = {
    "status": "unreviewed",
    "corrected": [],
    "note": None,
    "reviewer": None,
    "reviewed_at": None,
}


def apply_review(event: Mapping[str, Any], review: Review | None) -> dict[str, Any]:
    """The event as the analyst sees it: corrections laid over the extracted record, plus a
    ``review`` member (status, which fields were corrected, who and when)."""
    out = dict(event)
    if review is None:
        out["review"] = dict(UNREVIEWED_JSON)
        return out
    out.update(review.corrections)
    out["review"] = review.to_json()
    return out


def override_columns(corrections: Mapping[str, Any]) -> dict[str, Any]:
    """The ``OVERRIDE_COLUMNS`` values of a contract-shaped corrections object (None: not corrected)."""
    cols: dict[str, Any] = dict.fromkeys(OVERRIDE_COLUMNS)
    if "sub_event_type" in corrections:
        cols["sub_event_type"] = corrections["sub_event_type"]
    if "event_type" in corrections:
        cols["event_type"] = corrections["event_type"]
    date = corrections.get("date")
    if date:
        cols["date_best"] = dt.date.fromisoformat(date["best"])
    loc = corrections.get("location")
    if loc:
        for key in ("country", "iso3", "admin1", "lat", "lon"):
            cols[f"location_{key}"] = loc.get(key)
        # Never NULL for a corrected place: a non-NULL name is how queries tell that the location was
        # corrected, so that every location column then comes from the review (see LOCATION_FLAG).
        cols["location_name"] = loc.get("name") or ""
    for role in ("actor1", "actor2"):
        if role in corrections:
            actor = corrections[role]
            # Removing an actor (null) is stored as "", which COALESCE keeps and no name filter matches.
            cols[f"{role}_name"] = actor["name"] if actor else ""
    fat = corrections.get("fatalities")
    if fat:
        cols["fatalities_best"] = int(fat["best"])
    return cols


# Store -----------------------------------------------------------------------------------------


class ReviewStore:
    """Tokens, reviews and the audit trail, on the same database (and engine) as a :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self._engine, self._writer = store_engines(store)
        try:
            with self._writer.begin() as conn:
                create_review_tables(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot create the review tables: {exc}") from exc

    # Tokens --------------------------------------------------------------------------------------

    def create_token(self, name: str) -> str:
        """A new API token for ``name`` (the reviewer recorded in the audit trail); only its hash is
        kept, so this return value is the only time the secret is seen."""
        name = name.strip()
        if not name:
            raise ValueError("a token needs a name (who uses it)")
        secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
        t = review_tables().api_tokens
        with self._write() as conn:
            conn.execute(insert(t).values(name=name, token_sha256=hash_token(secret), created_at=_now()))
        return secret

    def verify_token(self, secret: str) -> TokenInfo | None:
        """The live token whose hash matches ``secret``, else None. A lookup by hash: the stored
        value is a SHA-256 of 256 random bits, so no slow password hash is needed."""
        t = review_tables().api_tokens
        with self._read() as conn:
            row = conn.execute(
                select(t).where(t.c.token_sha256 == hash_token(secret), t.c.revoked_at.is_(None))
            ).first()
        return _token(row._mapping) if row is not None else None

    def list_tokens(self) -> list[TokenInfo]:
        t = review_tables().api_tokens
        with self._read() as conn:
            return [_token(r._mapping) for r in conn.execute(select(t).order_by(t.c.id))]

    def revoke_tokens(self, name: str) -> int:
        """Revoke every live token of ``name``; return how many."""
        t = review_tables().api_tokens
        with self._write() as conn:
            result = conn.execute(
                update(t).where(t.c.name == name, t.c.revoked_at.is_(None)).values(revoked_at=_now())
            )
            return int(result.rowcount or 0)

    # Reviews -------------------------------------------------------------------------------------

    def get(self, event_id: str) -> Review | None:
        return self.get_many([event_id]).get(event_id)

    def get_many(self, event_ids: Iterable[str]) -> dict[str, Review]:
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return {}
        t = review_tables().reviews
        out: dict[str, Review] = {}
        with self._read() as conn:
            # Chunked: SQLite caps bound parameters (32766 in 3.32+, 999 before).
            for chunk in _chunks(ids, 500):
                for row in conn.execute(select(t).where(t.c.event_id.in_(chunk))):
                    out[row.event_id] = _review(row._mapping)
        return out

    def review(self, event: Mapping[str, Any], change: ReviewChange, *, reviewer: str) -> Review:
        """Apply ``change`` to the review of ``event`` (the extracted contract record) and record it in
        the audit trail, in one transaction. Corrections accumulate over successive reviews."""
        event_id = str(event["event_id"])
        t = review_tables()
        with self._write() as conn:
            row = conn.execute(select(t.reviews).where(t.reviews.c.event_id == event_id)).first()
            old = _review(row._mapping) if row is not None else None
            old_status: ReviewStatus = old.status if old else "unreviewed"
            corrections = dict(old.corrections) if old else {}
            effective_before = {**event, **corrections}
            for name in change.revert:
                corrections.pop(name, None)
            corrections.update(change.corrections)
            _keep_type_consistent(corrections, change)
            status: ReviewStatus = change.status or old_status
            note = change.note if change.note is not None else (old.note if old else None)

            effective_after = {**event, **corrections}
            before: dict[str, Any] = {}
            after: dict[str, Any] = {}
            for name in CORRECTABLE_FIELDS:
                if effective_before.get(name) != effective_after.get(name):
                    before[name], after[name] = effective_before.get(name), effective_after.get(name)
            if status != old_status:
                before["review_status"], after["review_status"] = old_status, status

            now = _now()
            values = {
                "status": status,
                "corrections": json.dumps(corrections, ensure_ascii=False, sort_keys=True),
                "note": note,
                "reviewer": reviewer,
                "reviewed_at": now,
                **override_columns(corrections),
            }
            if old is None:
                conn.execute(insert(t.reviews).values(event_id=event_id, **values))
            else:
                conn.execute(update(t.reviews).where(t.reviews.c.event_id == event_id).values(**values))
            conn.execute(
                insert(t.review_audit).values(
                    event_id=event_id,
                    reviewer=reviewer,
                    at=now,
                    action=_action(old_status, status, change),
                    before=json.dumps(before, ensure_ascii=False, default=str),
                    after=json.dumps(after, ensure_ascii=False, default=str),
                    note=change.note,
                )
            )
        return Review(event_id, status, corrections, note, reviewer, now)

    def audit(self, event_id: str) -> list[AuditEntry]:
        """The changes made to an event's review, oldest first."""
        t = review_tables().review_audit
        with self._read() as conn:
            rows = conn.execute(select(t).where(t.c.event_id == event_id).order_by(t.c.at, t.c.id))
            return [
                AuditEntry(
                    id=r.id,
                    event_id=r.event_id,
                    reviewer=r.reviewer,
                    at=_aware(r.at),
                    action=r.action,
                    before=json.loads(r.before),
                    after=json.loads(r.after),
                    note=r.note,
                )
                for r in rows
            ]

    # Internals -----------------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Connection]:
        return write_transaction(self._writer)

    def _read(self) -> AbstractContextManager[Connection]:
        return read_connection(self._engine)


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def store_engines(store: Store) -> tuple[Engine, Engine]:
    """The store's reading engine and its writing one (``BEGIN IMMEDIATE`` on SQLite), so reviews
    share the store's connection pool and its one-writer discipline."""
    return store.engine, store.writer


def _keep_type_consistent(corrections: dict[str, Any], change: ReviewChange) -> None:
    """A corrected sub-type brings its parent type along (the taxonomy fixes it)."""
    sub = change.corrections.get("sub_event_type")
    if sub is not None:
        corrections["event_type"] = SUBTYPE_PARENT[sub]
    if "sub_event_type" in change.revert:
        corrections.pop("event_type", None)


def _action(old_status: str, status: str, change: ReviewChange) -> str:
    if change.corrections:
        return "correct"
    if change.revert:
        return "revert"
    if status != old_status:
        return {"confirmed": "confirm", "rejected": "reject"}.get(status, "reopen")
    return "note"


def _review(m: RowMapping) -> Review:
    return Review(
        event_id=m["event_id"],
        status=m["status"],
        corrections=json.loads(m["corrections"]),
        note=m["note"],
        reviewer=m["reviewer"],
        reviewed_at=_aware(m["reviewed_at"]),
    )


def _token(m: RowMapping) -> TokenInfo:
    revoked = m["revoked_at"]
    return TokenInfo(m["id"], m["name"], _aware(m["created_at"]), _aware(revoked) if revoked else None)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without their offset; they were written in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _iso(value: dt.datetime) -> str:
    return _aware(value).isoformat(timespec="seconds").replace("+00:00", "Z")


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
