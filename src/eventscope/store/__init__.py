"""Storage of articles, events and rejections (SQLite by default, PostgreSQL for shared deployments)."""

from eventscope.store.db import DEFAULT_PATH, EventFilter, Store

__all__ = ["DEFAULT_PATH", "EventFilter", "Store"]
