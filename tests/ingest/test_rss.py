"""ingest.rss: feed entries, feed sniffing, and the seen-store across runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventscope.ingest.ids import RawPage
from eventscope.ingest.rss import FeedEntry, SeenStore, entries_of, looks_like_feed
from eventscope.records import Rejection

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example wire</title>
<item><title>Market reopens</title><link>https://wire.example/a</link><guid>wire-a</guid>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>No link here</title><guid>wire-b</guid></item>
<item><title>Bridge closed</title><link>https://wire.example/c</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Road repaired</title><link href="https://atom.example/1"/><id>urn:atom:1</id>
<updated>2024-04-01T10:00:00Z</updated></entry></feed>"""


def test_rss_entries_keep_order_and_skip_linkless_items() -> None:
    entries = entries_of(RSS, feed="https://wire.example/rss")
    assert not isinstance(entries, Rejection)
    assert [(e.key, e.url) for e in entries] == [("wire-a", "https://wire.example/a"),
                                                  ("https://wire.example/c", "https://wire.example/c")]
    assert entries[0].published == dt.date(2024, 3, 5)


def test_atom_entries() -> None:
    entries = entries_of(ATOM, feed="https://atom.example/feed")
    assert not isinstance(entries, Rejection)
    got = [(e.key, e.url, e.title) for e in entries]
    assert got == [("urn:atom:1", "https://atom.example/1", "Road repaired")]


def test_garbage_is_a_bad_feed() -> None:
    got = entries_of(b"\x00\x01 not xml at all <<<", feed="https://x.example/feed")
    assert isinstance(got, Rejection) and got.reason == "bad-feed"


def test_feed_sniffing() -> None:
    assert looks_like_feed(RawPage("u", "u", RSS, "application/rss+xml"))
    assert looks_like_feed(RawPage("u", "u", ATOM, "text/xml"))
    assert looks_like_feed(RawPage("u", "u", RSS, None))
    assert not looks_like_feed(RawPage("u", "u", b"<!DOCTYPE html><html><body>hi</body></html>", "text/html"))
    xhtml = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>'
    assert not looks_like_feed(RawPage("u", "u", xhtml, "application/xhtml+xml"))


def test_seen_store_remembers_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "seen.sqlite"
    a = FeedEntry("f", "k1", "https://x.example/1")
    b = FeedEntry("f", "k2", "https://x.example/2")
    other_feed = FeedEntry("g", "k1", "https://y.example/1")
    with SeenStore.open(path) as seen:
        assert seen.unseen([a, b]) == [a, b]
        assert seen.mark([a]) == 1
        assert seen.mark([a]) == 0  # already there
    with SeenStore.open(path) as seen:
        assert seen.unseen([a, b, other_feed]) == [b, other_feed]
        assert seen.count() == 1 and seen.count("g") == 0
