"""Persistence of incidents and of the analysts' split/merge decisions.

    incidents            one row per incident: summary columns for SQL filters + the full JSON
    incident_members     one row per (incident, event): role, score and why it joined; the member
                         JSON keeps what later runs compare against without the article
    incident_decisions   every analyst decision, in the order made; never rewritten by clustering

    istore = IncidentStore(engine)                 # same engine (SQLite or PostgreSQL) as the Store
    istore.add_decision(split_decision(inc, ["ev1"], analyst="jd"))
    incidents = cluster(new_events, new_docs, existing=istore.load(), decisions=istore.decisions())
    istore.save(incidents)                         # replaces every stored incident in one transaction

The tables live on their own ``MetaData`` and are created on first use (``checkfirst``), so the event
store's schema and migrations are untouched. Members reference events by id only, without a foreign
key: re-extracting an article replaces its events, and the incidents are re-clustered afterwards.
Decisions refer to stable event ids, so they outlive any incident id and any re-clustering.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
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
    delete,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from eventscope.errors import StoreError
from eventscope.incidents import (
    ClusterOptions,
    Decision,
    Incident,
    Member,
    cluster,
    summarise,
)
from eventscope.records import Document, Event
from eventscope.store.db import read_connection, write_transaction
from eventscope.store.schema import tables


@dataclass(frozen=True)
class IncidentTables:
    metadata: MetaData
    incidents: Table
    members: Table
    decisions: Table


@lru_cache(maxsize=1)
def incident_tables() -> IncidentTables:
    """The incident tables (built once, never mutated)."""
    md = MetaData()
    incidents = Table(
        "incidents",
        md,
        Column("incident_id", Text, primary_key=True),
        Column("event_type", Text, nullable=False),
        Column("sub_event_type", Text, nullable=False),
        Column("date_best", Date),
        Column("location_name", Text),
        Column("location_iso3", Text),
        Column("fatalities_best", Integer),
        Column("independent_sources", Integer, nullable=False),
        Column("conflict", Text),  # comma-separated fields the sources disagree on; NULL: none
        Column("incident_json", Text, nullable=False),  # summary without members
        Column("updated_at", DateTime(timezone=True), nullable=False),
        Index("ix_incidents_date_best", "date_best"),
        Index("ix_incidents_location_iso3", "location_iso3"),
    )
    members = Table(
        "incident_members",
        md,
        Column("incident_id", Text, primary_key=True),
        Column("event_id", Text, primary_key=True),
        Column("position", Integer, nullable=False),  # order of joining (the seed is 0)
        Column("doc_id", Text, nullable=False),
        Column("role", Text, nullable=False),
        Column("score", Float, nullable=False),
        Column("why", Text, nullable=False),
        Column("member_json", Text, nullable=False),
        Index("ix_incident_members_event_id", "event_id"),
    )
    decisions = Table(
        "incident_decisions",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("decision_id", Text, nullable=False),
        Column("kind", Text, nullable=False),
        Column("event_ids", Text, nullable=False),  # JSON list
        Column("apart_from", Text, nullable=False),  # JSON list
        Column("analyst", Text),
        Column("note", Text),
        Column("made_at", DateTime(timezone=True), nullable=False),
    )
    return IncidentTables(md, incidents, members, decisions)


class IncidentStore:
    """Incidents and decisions in the database behind ``engine`` (the event store's, typically)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        try:
            with engine.begin() as conn:
                incident_tables().metadata.create_all(conn, checkfirst=True)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot create incident tables in {engine.url!r}: {exc}") from exc

    # Incidents -----------------------------------------------------------------------------------

    def save(self, incidents: Sequence[Incident]) -> int:
        """Replace every stored incident with ``incidents`` in one transaction; return how many."""
        t = incident_tables()
        now = dt.datetime.now(dt.UTC)
        inc_rows = [_incident_row(i, now) for i in incidents]
        member_rows = [
            {
                "incident_id": i.incident_id,
                "event_id": m.event_id,
                "position": n,
                "doc_id": m.doc_id,
                "role": m.role,
                "score": m.score,
                "why": m.why(),
                "member_json": json.dumps(m.to_json(), ensure_ascii=False),
            }
            for i in incidents
            for n, m in enumerate(i.members)
        ]
        with self._write() as conn:
            conn.execute(delete(t.members))
            conn.execute(delete(t.incidents))
            if inc_rows:
                conn.execute(insert(t.incidents), inc_rows)
            if member_rows:
                conn.execute(insert(t.members), member_rows)
        return len(inc_rows)

    def load(self) -> list[Incident]:
        """Every stored incident, rebuilt from its members (summaries recomputed)."""
        t = incident_tables()
        stmt = select(t.members.c.incident_id, t.members.c.member_json).order_by(
            t.members.c.incident_id, t.members.c.position
        )
        grouped: dict[str, list[Member]] = {}
        with self._read() as conn:
            for incident_id, member_json in conn.execute(stmt):
                grouped.setdefault(incident_id, []).append(Member.from_json(json.loads(member_json)))
        return [summarise(iid, members) for iid, members in grouped.items()]

    def update(self, *, full: bool = False, options: ClusterOptions | None = None) -> list[Incident]:
        """Cluster the stored events into the stored incidents and save the result.

        Incremental by default: events not yet in an incident join the stored ones (or start new
        ones). ``full`` re-clusters every event from scratch. The analysts' decisions apply either
        way. Members whose event is no longer stored (its article was re-extracted) are dropped.
        """
        t = tables()
        existing = [] if full else self.load()
        with self._read() as conn:
            stored = {row[0] for row in conn.execute(select(t.events.c.event_id))}
        kept: list[Incident] = []
        for inc in existing:
            members = [m for m in inc.members if m.event_id in stored]
            if members:
                kept.append(summarise(inc.incident_id, members) if len(members) < len(inc.members) else inc)
        known = {e for inc in kept for e in inc.event_ids}
        with self._read() as conn:
            rows = conn.execute(select(t.events.c.event_id, t.events.c.event_json)).all()
            new_events = [Event.from_json(json.loads(js)) for eid, js in rows if eid not in known]
            doc_ids = sorted({e.doc_id for e in new_events})
            docs = (
                [
                    Document(r.id, r.text, r.published, r.title, r.url, r.outlet)
                    for r in conn.execute(select(t.articles).where(t.articles.c.id.in_(doc_ids)))
                ]
                if doc_ids
                else []
            )
        incidents = cluster(new_events, docs, existing=kept, decisions=self.decisions(), options=options)
        self.save(incidents)
        return incidents

    def incident_of(self, event_id: str) -> str | None:
        t = incident_tables().members
        with self._read() as conn:
            row = conn.execute(select(t.c.incident_id).where(t.c.event_id == event_id)).first()
        return None if row is None else str(row[0])

    # Decisions -----------------------------------------------------------------------------------

    def add_decision(self, decision: Decision) -> None:
        """Record an analyst's split or merge; kept for good, applied by every later clustering."""
        t = incident_tables().decisions
        with self._write() as conn:
            conn.execute(
                insert(t).values(
                    decision_id=decision.decision_id,
                    kind=decision.kind,
                    event_ids=json.dumps(list(decision.event_ids)),
                    apart_from=json.dumps(list(decision.apart_from)),
                    analyst=decision.analyst,
                    note=decision.note,
                    made_at=decision.made_at or dt.datetime.now(dt.UTC),
                )
            )

    def decisions(self) -> tuple[Decision, ...]:
        """Every decision, oldest first (later ones override earlier ones)."""
        t = incident_tables().decisions
        with self._read() as conn:
            rows = conn.execute(select(t).order_by(t.c.id)).mappings().all()
        return tuple(_decision(r) for r in rows)

    # Internals -----------------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Connection]:
        return write_transaction(self._engine)

    def _read(self) -> AbstractContextManager[Connection]:
        return read_connection(self._engine)


def _incident_row(i: Incident, now: dt.datetime) -> dict[str, object]:
    return {
        "incident_id": i.incident_id,
        "event_type": i.event_type,
        "sub_event_type": i.sub_event_type,
        "date_best": i.date.best if i.date else None,
        "location_name": i.location.name if i.location else None,
        "location_iso3": i.location.iso3 if i.location else None,
        "fatalities_best": i.fatalities.best if i.fatalities else None,
        "independent_sources": i.independent_sources,
        "conflict": ",".join(i.conflict.fields) or None,
        "incident_json": json.dumps(i.to_json(members=False), ensure_ascii=False),
        "updated_at": now,
    }


def _decision(row: RowMapping) -> Decision:
    made_at = row["made_at"]
    if isinstance(made_at, dt.datetime) and made_at.tzinfo is None:
        made_at = made_at.replace(tzinfo=dt.UTC)  # SQLite returns naive UTC timestamps
    return Decision(
        kind=row["kind"],
        event_ids=tuple(json.loads(row["event_ids"])),
        apart_from=tuple(json.loads(row["apart_from"])),
        analyst=row["analyst"],
        note=row["note"],
        made_at=made_at if isinstance(made_at, dt.datetime) else None,
    )
