"""scale: ingest exactly once (resume after SIGKILL), same results on every executor, shards, watch."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventscope.ingest.dedup import signature
from eventscope.records import Document, Event
from eventscope.scale import (
    IngestOptions,
    default_seen_path,
    ingest,
    load_shards,
    parse_interval,
    process_chunk,
    watch,
)
from eventscope.scale import WorkOptions as Work
from newsgen import ArchiveInfo, write_archive

REPO = Path(__file__).resolve().parent.parent
SMALL = 50  # articles in the module's small archive

Dump = tuple[dict[str, str], dict[str, str], dict[str, str | None]]


def dump(db: Path) -> Dump:
    """What must be identical between runs: articles, events, near-duplicate links (not rejections,
    which the store records again each time an input is rejected)."""
    with sqlite3.connect(db) as conn:
        articles = dict(conn.execute("SELECT id, text FROM articles"))
        events = dict(conn.execute("SELECT event_id, event_json FROM events"))
        links = dict(conn.execute("SELECT doc_id, duplicate_of FROM ingest_log"))
    return articles, events, links


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> ArchiveInfo:
    return write_archive(tmp_path_factory.mktemp("small") / "small.warc.gz", articles=SMALL, seed=11)


@pytest.fixture(scope="module")
def reference(small: ArchiveInfo, tmp_path_factory: pytest.TempPathFactory) -> Dump:
    """The small archive ingested once, single process, start to end."""
    db = tmp_path_factory.mktemp("ref") / "ref.db"
    summary = ingest([str(small.path)], str(db))
    assert summary.stored == small.html_records == SMALL
    assert summary.rejected and {r.reason for r in summary.rejected} == {"broken-record"}
    return dump(db)


# Pure helpers -----------------------------------------------------------------------------------


def test_parse_interval() -> None:
    assert parse_interval("15m") == 900 and parse_interval("2h") == 7200 and parse_interval("30") == 30
    assert parse_interval("1.5s") == 1.5 and parse_interval("1d") == 86400
    for bad in ("", "m", "15 minutes", "-5m", "0s"):
        with pytest.raises(ValueError):
            parse_interval(bad)


def test_options_and_seen_path() -> None:
    with pytest.raises(ValueError, match="workers"):
        IngestOptions(workers=0)
    assert default_seen_path("data/news.db") == Path("data/news.feeds.sqlite")


def test_event_from_json_inverts_to_json() -> None:
    doc = Document(id="t1", published=dt.date(2024, 3, 5),
                   text="Gunmen killed four traders at a market in Garissa on Tuesday, police said. "
                        "Soldiers arrested nine suspects in Garissa on Wednesday.")
    [processed] = process_chunk([doc], Work())
    assert processed.events
    for ev in processed.events:
        back = Event.from_json({**ev.to_json(), "confidence_exact": ev.confidence})
        assert back.to_json() == ev.to_json() and back.confidence == ev.confidence


def test_process_chunk_keeps_order_and_signs() -> None:
    docs = [Document(id=f"d{i}", text=f"Item {i}: " + "the council met and discussed roads " * 6)
            for i in range(3)]
    out = process_chunk(docs, Work())
    assert [p.doc.id for p in out if p.doc] == ["d0", "d1", "d2"]
    assert out[1].signature == signature(docs[1].text)
    unsigned = process_chunk(docs[:1], Work(dedup=None))
    assert unsigned[0].signature is None


# Ingest, idempotence, near-duplicates ------------------------------------------------------------


def test_reference_links_copies_and_stores_their_articles_once(small: ArchiveInfo, reference: Dump) -> None:
    articles, events, links = reference
    assert len(articles) == SMALL and set(links) == set(articles)
    linked = {doc_id: orig for doc_id, orig in links.items() if orig is not None}
    assert 0 < len(linked) <= len(small.copies)
    # Every link points at a first copy, and copies have no events of their own.
    assert all(links[orig] is None for orig in linked.values())
    event_docs = {json.loads(j)["doc_id"] for j in events.values()}
    assert event_docs and not event_docs & set(linked)


def test_rerun_adds_nothing(small: ArchiveInfo, reference: Dump, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    first = ingest([str(small.path)], str(db))
    second = ingest([str(small.path)], str(db))
    assert first.stored == SMALL and second.stored == 0
    assert second.skipped["already-stored"] == SMALL
    assert dump(db) == reference


def test_crash_before_the_log_row_is_harmless_on_rerun(
    small: ArchiveInfo, reference: Dump, tmp_path: Path
) -> None:
    """A crash after an article and its events were stored (one transaction, ``add_document``) but
    before its ingest-log row: the rerun processes those articles again and stores nothing twice."""
    db = tmp_path / "half.db"
    ingest([str(small.path)], str(db))
    with sqlite3.connect(db) as conn:
        victims = [r[0] for r in conn.execute(
            "SELECT DISTINCT doc_id FROM events ORDER BY doc_id LIMIT 5")]
        marks = ",".join("?" * len(victims))
        conn.execute(f"DELETE FROM ingest_log WHERE doc_id IN ({marks})", victims)
    ingest([str(small.path)], str(db))
    assert dump(db) == reference


def test_folder_with_pages_text_and_archives(small: ArchiveInfo, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "crawl").mkdir(parents=True)
    (folder / "crawl" / "a.warc.gz").write_bytes(small.path.read_bytes())
    (folder / "note.txt").write_text("Published: 2024-05-02\n\nPolice arrested eleven protesters in Nairobi "
                                     "on Thursday, a police spokesman said.\n", encoding="utf-8")
    (folder / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    summary = ingest([str(folder)], str(tmp_path / "f.db"))
    assert summary.stored == SMALL + 1
    reasons = {r.reason for r in summary.rejected}
    assert reasons == {"broken-record", "empty"}
    assert summary.skipped["warc-other"] > 0 and summary.duplicates > 0
    assert f"stored {SMALL + 1}" in summary.line() and "rejected" in summary.line()


def test_pool_of_two_workers_gives_the_same_database(
    small: ArchiveInfo, reference: Dump, tmp_path: Path
) -> None:
    db = tmp_path / "pool.db"
    summary = ingest([str(small.path)], str(db), options=IngestOptions(workers=2, chunk_size=8))
    assert summary.stored == SMALL
    assert dump(db) == reference


def test_shards_then_load_gives_the_same_database(
    small: ArchiveInfo, reference: Dump, tmp_path: Path
) -> None:
    shards = tmp_path / "shards"
    summary = ingest([str(small.path)], "unused.db", options=IngestOptions(shard_dir=shards, shard_rows=20))
    assert summary.stored == SMALL
    files = sorted(p.name for p in shards.iterdir())
    assert files[0] == "part-000001.parquet" and len(files) >= 2
    assert not any(f.endswith(".part") for f in files)
    again = ingest([str(small.path)], "unused.db", options=IngestOptions(shard_dir=shards))
    assert again.stored == 0  # what is in a shard is done
    db = tmp_path / "loaded.db"
    loaded = load_shards(shards, str(db))
    assert loaded.stored == SMALL
    assert dump(db) == reference
    assert load_shards(shards, str(db)).stored == 0
    with sqlite3.connect(db) as conn:
        # Each of the two runs rejected the broken record once (the store keeps every rejection);
        # loading the shards a second time added none.
        assert conn.execute("SELECT count(*) FROM rejections").fetchone()[0] == 2 * small.broken


# Killed and resumed ------------------------------------------------------------------------------

_INGEST = "import sys; from eventscope.scale import ingest; ingest([sys.argv[1]], sys.argv[2])"


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def test_sigkill_midway_then_rerun_stores_every_article_once(
    small: ArchiveInfo, reference: Dump, tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    for kill_after in (10, 30):
        proc = subprocess.Popen([sys.executable, "-c", _INGEST, str(small.path), str(db)], cwd=REPO,
                                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while _stored(db) < kill_after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert kill_after <= _stored(db) < SMALL
    summary = ingest([str(small.path)], str(db))
    assert summary.skipped["already-stored"] >= 10
    assert dump(db) == reference


# Feeds ------------------------------------------------------------------------------------------


def _feed(items: list[str]) -> bytes:
    entries = "".join(f"<item><title>{u}</title><link>https://news.example/{u}</link></item>" for u in items)
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'
    return feed.encode()


def _page(word: str) -> str:
    return (f"<html><head><title>{word}</title></head><body><article><h1>{word}</h1>"
            f"<p>Soldiers clashed with rebel fighters near Goma on Monday, and a local official said "
            f"{len(word)} people were killed in the {word} fighting.</p>"
            f"<p>Residents of the {word} district fled toward the lake as the shooting went on.</p>"
            "</article></body></html>")


def test_watch_remembers_what_it_has_fetched(tmp_path: Path) -> None:
    published = ["alpha", "bravo"]
    fetched: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        name = request.url.path.strip("/")
        fetched.append(name)
        if name == "feed":
            rss = {"content-type": "application/rss+xml"}
            return httpx.Response(200, headers=rss, content=_feed(published))
        if name == "gone":
            return httpx.Response(404)
        return httpx.Response(200, headers={"content-type": "text/html"}, text=_page(name))

    client = httpx.Client(transport=httpx.MockTransport(handler))
    db, seen = tmp_path / "w.db", tmp_path / "seen.sqlite"

    def poll() -> Any:
        fetched.clear()
        return watch(["https://news.example/feed"], str(db), every=0, seen_path=seen, rounds=1, client=client)

    first = poll()
    assert first.stored == 2 and sorted(fetched) == ["alpha", "bravo", "feed"]
    published.extend(["charlie", "gone"])
    second = poll()  # a new run: the seen-store is read back from its file
    assert sorted(fetched) == ["charlie", "feed", "gone"]
    assert second.stored == 1 and [r.reason for r in second.rejected] == ["http-error"]
    third = poll()
    assert fetched == ["feed"] and third.stored == 0  # the 404 is not retried either
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_ingest_urls_expands_feeds(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        name = request.url.path.strip("/")
        if name == "feed":
            rss = {"content-type": "application/rss+xml"}
            return httpx.Response(200, headers=rss, content=_feed(["delta", "echo"]))
        if name == "slow":
            raise httpx.ConnectTimeout("no answer", request=request)
        return httpx.Response(200, headers={"content-type": "text/html"}, text=_page(name))

    client = httpx.Client(transport=httpx.MockTransport(handler))
    urls = ["https://news.example/feed", "https://news.example/foxtrot", "https://news.example/slow"]
    summary = ingest(urls, str(tmp_path / "u.db"), client=client)
    assert summary.stored == 3 and summary.with_events == 3
    assert [(r.source, r.reason) for r in summary.rejected] == [("https://news.example/slow", "timeout")]
    with sqlite3.connect(tmp_path / "u.db") as conn:
        sources = sorted(r[0] for r in conn.execute("SELECT source FROM articles"))
    assert sources == [f"https://news.example/{n}" for n in ("delta", "echo", "foxtrot")]


def test_watch_rounds_sleep_between_polls(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=_feed([]))

    naps: list[float] = []
    client = httpx.Client(transport=httpx.MockTransport(handler))
    rounds: list[int] = []
    watch(["https://news.example/feed"], str(tmp_path / "w.db"), every=60, seen_path=tmp_path / "s.sqlite",
          rounds=3, client=client, sleep=naps.append, on_round=lambda n, _s: rounds.append(n))
    assert rounds == [1, 2, 3] and len(naps) == 2 and all(50 < n <= 60 for n in naps)


# Done-when (1): >= 500 articles, single process vs a Dask LocalCluster of 2 workers ------------------


@pytest.mark.slow
def test_dask_local_cluster_stores_the_same_events_as_one_process(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("big")
    info = write_archive(folder / "news.warc.gz", articles=520, seed=7)
    assert info.html_records >= 500 and info.copies and info.broken
    one, two = folder / "one.db", folder / "dask.db"
    single = ingest([str(info.path)], str(one))
    dask = ingest([str(info.path)], str(two), options=IngestOptions(workers=2, dask="local"))
    assert single.line() == dask.line()
    assert single.stored == 520 and single.events > 300 and single.duplicates > 50
    a, b = dump(one), dump(two)
    assert a == b
    # Near-duplicate links match the generator's syndicated copies: none wrong, most found.
    by_url = {art.url: art for art in info.articles}
    with sqlite3.connect(one) as conn:
        url_of = dict(conn.execute("SELECT id, url FROM articles"))
    key_of = {doc_id: by_url[url].key for doc_id, url in url_of.items()}
    truth = {art.key: art.copy_of for art in info.articles}
    linked = {key_of[d]: key_of[o] for d, o in a[2].items() if o is not None}
    assert all(truth[copy] == orig for copy, orig in linked.items())
    assert len(linked) >= 0.9 * len(info.copies)
