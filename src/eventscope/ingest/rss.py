"""RSS and Atom feeds (feedparser): feed entries -> article URLs, and what ``watch`` has already seen.

    entries = read_feed(url, client=client)          # list[FeedEntry] | Rejection
    with SeenStore.open(path) as seen:
        fresh = [e for e in entries if not seen.is_seen(e)]
        ...fetch and store each fresh entry's page...
        seen.mark(fresh)                               # only once the pages are stored

The seen-store is a small SQLite file of its own (``feed_seen`` table), so it works whatever the
event database is (SQLite file or PostgreSQL URL). It only saves fetches: correctness does not
depend on it, because article ids are content hashes and the store skips what it already holds.
Entries are therefore marked seen *after* their pages are stored; a poll killed half way fetches
the unmarked entries again next time and nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import feedparser
import httpx

from ..errors import StoreError
from ..records import Rejection
from .ids import RawPage
from .web import DEFAULT_FETCH, FetchOptions, fetch, is_url

__all__ = ["FeedEntry", "SeenStore", "entries_of", "looks_like_feed", "read_feed"]

_FEED_MIMES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/xml",
               "application/xml")
_FEED_STARTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<?xml")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed. ``key`` identifies it within the feed (its guid/id, else its link)."""

    feed: str
    key: str
    url: str
    title: str | None = None
    published: dt.date | None = None


def looks_like_feed(page: RawPage) -> bool:
    """Whether a fetched page is a feed rather than an article (by type, else by first bytes)."""
    mime = (page.content_type or "").split(";", 1)[0].strip().lower()
    if mime in _FEED_MIMES[:3]:
        return True
    head = page.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head.startswith(_FEED_STARTS):
        return False
    # An XHTML page also starts with <?xml: a feed names its root element soon after.
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or any(
        tag in page.body[:2048].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf")
    )


def entries_of(body: bytes, *, feed: str) -> list[FeedEntry] | Rejection:
    """The entries of a feed document with a link, in feed order; ``bad-feed`` when it is none."""
    # feedparser parses the bytes it is given and never fetches anything itself.
    parsed: Any = feedparser.parse(body)
    if parsed.get("bozo") and not parsed.get("entries"):
        exc = parsed.get("bozo_exception")
        return Rejection(feed, "bad-feed", f"not an RSS/Atom feed: {exc}")
    out: list[FeedEntry] = []
    for entry in parsed.get("entries", []):
        link = entry.get("link")
        # feedparser takes a <guid> for the link when an item has none; a guid is often no URL.
        if not link or not is_url(str(link)):
            continue
        key = entry.get("id") or link
        out.append(FeedEntry(feed=feed, key=str(key), url=str(link), title=entry.get("title"),
                             published=_date(entry.get("published_parsed") or entry.get("updated_parsed"))))
    return out


def read_feed(url: str, *, client: httpx.Client, options: FetchOptions = DEFAULT_FETCH) -> (
        list[FeedEntry] | Rejection):
    """Fetch a feed and list its entries."""
    page = fetch(url, client=client, options=options, accept_feeds=True)
    if isinstance(page, Rejection):
        return page
    return entries_of(page.body, feed=url)


def _date(value: object) -> dt.date | None:
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


class SeenStore:
    """Which feed entries ``watch`` has already fetched, kept across runs in a SQLite file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        with conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS feed_seen (feed TEXT NOT NULL, key TEXT NOT NULL, "
                "url TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (feed, key))"
            )

    @classmethod
    def open(cls, path: str | Path) -> SeenStore:
        try:
            # 30 s: a second `watch` on the same file waits for the lock instead of failing.
            conn = sqlite3.connect(str(path), timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open feed seen-store {path}: {exc}") from exc
        return cls(conn)

    def is_seen(self, entry: FeedEntry) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM feed_seen WHERE feed = ? AND key = ?", (entry.feed, entry.key)
        ).fetchone()
        return row is not None

    def unseen(self, entries: Iterable[FeedEntry]) -> list[FeedEntry]:
        return [e for e in entries if not self.is_seen(e)]

    def mark(self, entries: Iterable[FeedEntry]) -> int:
        """Remember these entries (one transaction); return how many were new."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        rows = [(e.feed, e.key, e.url, now) for e in entries]
        try:
            with self._conn:
                cur = self._conn.executemany(
                    "INSERT OR IGNORE INTO feed_seen (feed, key, url, seen_at) VALUES (?, ?, ?, ?)", rows
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the feed seen-store: {exc}") from exc
        return cur.rowcount

    def count(self, feed: str | None = None) -> int:
        if feed is None:
            return int(self._conn.execute("SELECT count(*) FROM feed_seen").fetchone()[0])
        return int(self._conn.execute("SELECT count(*) FROM feed_seen WHERE feed = ?", (feed,)).fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SeenStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
