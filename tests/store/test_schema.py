"""Schema and migrations: version 1 creates everything; later migrations run once, in order, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, inspect, text

from eventscope.errors import StoreError
from eventscope.store import Store
from eventscope.store.schema import MIGRATIONS, current_version, migrate


def test_version_1_creates_tables_and_indices(store_url: str) -> None:
    Store.open(store_url).close()
    engine = create_engine(store_url if "://" in store_url else f"sqlite:///{store_url}")
    with engine.connect() as conn:
        insp = inspect(conn)
        assert {"articles", "events", "evidence", "counts", "claims", "rejections", "schema_version"} <= set(
            insp.get_table_names()
        )
        indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes("events")}
        assert {("date_best",), ("location_iso3",), ("event_type", "sub_event_type")} <= indexed
        assert {fk["referred_table"] for fk in insp.get_foreign_keys("events")} == {"articles"}
        assert current_version(conn) == len(MIGRATIONS) == 1
    engine.dispose()


def test_registered_migrations_run_once_in_order(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    ran: list[str] = []

    def v2(conn: Connection) -> None:
        ran.append("v2")
        conn.execute(text("ALTER TABLE events ADD COLUMN region TEXT"))

    with engine.begin() as conn:
        assert migrate(conn) == 1
    with engine.begin() as conn:
        assert migrate(conn, (*MIGRATIONS, v2)) == 2
    with engine.begin() as conn:
        assert migrate(conn, (*MIGRATIONS, v2)) == 2  # already there: nothing runs
        assert "region" in {c["name"] for c in inspect(conn).get_columns("events")}
        assert current_version(conn) == 2
    assert ran == ["v2"]
    engine.dispose()


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Store.open(str(path)).close()  # Store sets up transactional DDL for SQLite

    def broken(conn: Connection) -> None:
        conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
        raise RuntimeError("migration bug")

    store = Store.open(str(path))
    with pytest.raises(RuntimeError), store._writer.begin() as conn:
        migrate(conn, (*MIGRATIONS, broken))
    with store._engine.connect() as conn:
        assert current_version(conn) == 1
        assert not inspect(conn).has_table("half_done")  # the DDL was rolled back with the version row
    store.close()


def test_store_refuses_a_database_from_the_future(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'f.db'}")
    with engine.begin() as conn:
        migrate(conn)
        conn.execute(text("INSERT INTO schema_version VALUES (2, '2030-01-01 00:00:00')"))
        with pytest.raises(StoreError, match="schema version 2 is newer"):
            migrate(conn)
    engine.dispose()
