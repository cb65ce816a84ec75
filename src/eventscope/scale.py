"""Ingest at any scale: one process, a process pool, or a Dask cluster, with identical results.

``ingest(inputs, db, options)`` is the whole of ``eventscope ingest``:

1. Read the inputs in order (``iter_inputs``): files and folders through ``ingest.sources``,
   ``.warc``/``.warc.gz`` archives through ``ingest.warc``, URLs through ``ingest.web`` (a URL that
   turns out to be an RSS/Atom feed is expanded into its entries' pages).
2. Skip what is already done, *before* any cleaning: ids are content hashes of the page bytes
   (``ingest.ids``), and the ingest log (table ``ingest_log``) lists every article fully stored.
3. Map, stage one (``prepare_chunk``, in the workers): clean each page, compute the MinHash
   signature of its text.
4. In the driver, in input order: near-duplicates are linked to their first copy
   (``ingest.dedup``) and stored at once, without events; they are never extracted.
5. Map, stage two (``extract_chunk``, in the workers): extract the events of the first copies.
   The model is loaded once per worker process (``_extractor`` is cached per process), whatever
   runs the workers.
6. Store, in the driver: article, events, then the ingest-log row. Every decision that depends on
   order (which copy is first, what is already stored) is taken sequentially in the driver, so
   every executor gives the same database.

Exactly once, even under ``kill -9``: the ``Store`` writes an article and its events in two
transactions, so an article counts as done only once its row is in ``ingest_log``, written after
both. An article stored without its log row is processed again on the next run: ``add_article``
finds it and ``add_events`` replaces its events, so it still ends up stored once. A copy may be
logged before its first copy; if a crash falls between the two, the next run processes the first
copy again, finds no earlier copy of it in the index (copies never enter it) and stores it as the
first copy, as before. The links answer "how many outlets carried this story":
``SELECT duplicate_of, count(*) FROM ingest_log WHERE duplicate_of IS NOT NULL GROUP BY 1``.

Executors (``IngestOptions``): ``workers=1`` runs in the calling process; ``workers=N`` a process
pool of N (spawned, so nothing of the driver's state is shared); ``dask="local"`` a
``LocalCluster`` of ``workers`` processes (one per CPU when ``workers`` is 1), or
``dask="tcp://host:8786"`` an existing scheduler (its workers need eventscope and the model
installed). At most ``2 * workers`` chunks are in flight, so memory stays flat however large the
input.

Very large runs can write Parquet shards instead of the database (``shard_dir``): each shard is
written whole (temporary file, then rename) and ``load_shards`` brings them into a database
later, through the same exactly-once path. Re-running into the same shard folder skips articles
already in a shard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

import httpx
from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    create_engine,
    event,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from .errors import StoreError
from .ingest.clean import DEFAULT_OPTIONS, CleanOptions
from .ingest.dedup import DEFAULT_DEDUP, DedupOptions, Link, NearDuplicateIndex, signature
from .ingest.ids import RawPage
from .ingest.rss import FeedEntry, SeenStore, entries_of, looks_like_feed, read_feed
from .ingest.warc import WARC_SUFFIXES, Skipped, is_warc, iter_warc
from .ingest.web import DEFAULT_FETCH, FetchOptions, clean_page, fetch, is_url, make_client
from .progress import Progress
from .records import Document, Event, Rejection

if TYPE_CHECKING:
    from .extract.pipeline import ExtractOptions, Extractor
    from .store.db import Store

__all__ = [
    "DEFAULT_INGEST",
    "IngestOptions",
    "IngestSummary",
    "Prepared",
    "Processed",
    "WorkOptions",
    "default_seen_path",
    "extract_chunk",
    "ingest",
    "ingest_items",
    "iter_inputs",
    "load_shards",
    "parse_interval",
    "prepare_chunk",
    "process_chunk",
    "report",
    "watch",
]

Item = Document | RawPage
Read = Document | RawPage | Rejection | Skipped
# Reasons a page is not extracted again without being an error (shown under "skipped").
ALREADY = "already-stored"


# Options and results ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkOptions:
    """What a worker needs to process a chunk: picklable, hashable, built once per run."""

    extract: ExtractOptions | None = None  # None: ExtractOptions() defaults
    clean: CleanOptions = DEFAULT_OPTIONS
    dedup: DedupOptions | None = DEFAULT_DEDUP  # None: no signatures, no near-duplicate links


@dataclass(frozen=True)
class IngestOptions:
    """One ingest run's settings (the CLI builds this once from its flags)."""

    work: WorkOptions = field(default_factory=WorkOptions)
    workers: int = 1
    dask: str | None = None  # "local" or a scheduler address
    # 16 documents per task: enough for spaCy's batching and to amortise the IPC of a task,
    # small enough that 2 workers x 2 chunks in flight stay well under a second of latency each.
    chunk_size: int = 16
    fetch: FetchOptions = DEFAULT_FETCH
    shard_dir: Path | None = None
    # Rows per Parquet shard: a few MB of text per file, and little lost if a run dies.
    shard_rows: int = 2000

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.chunk_size < 1 or self.shard_rows < 1:
            raise ValueError("chunk_size and shard_rows must be at least 1")


DEFAULT_INGEST = IngestOptions()


@dataclass(frozen=True)
class Processed:
    """One item ready to store: a document with its events and signature, or a rejection."""

    source: str
    doc: Document | None
    events: tuple[Event, ...] = ()
    signature: bytes | None = None
    rejection: Rejection | None = None


@dataclass
class IngestSummary:
    """What an ingest did (a tally the driver updates; shown at the end, decides the exit code)."""

    read: int = 0
    stored: int = 0
    with_events: int = 0
    events: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejection] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"read {self.read}", f"stored {self.stored}", f"articles with events {self.with_events}",
                 f"events {self.events}"]
        if self.duplicates:
            parts.append(f"near-duplicates linked {self.duplicates}")
        if self.skipped:
            parts.append("skipped " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        if self.rejected:
            reasons = Counter(r.reason for r in self.rejected)
            parts.append(f"rejected {len(self.rejected)} (" +
                         ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) + ")")
        return ", ".join(parts)


# Reading ---------------------------------------------------------------------------------------


def iter_inputs(inputs: Sequence[str], *, options: IngestOptions = DEFAULT_INGEST,
                client: httpx.Client | None = None, stdin: TextIO | None = None) -> Iterator[Read]:
    """Every input in order as a Document, RawPage, Skipped record or Rejection (module doc, step 1)."""
    from .ingest.sources import iter_documents

    own = client is None and any(is_url(x) for x in inputs)
    http = client if client is not None else (make_client(options.fetch) if own else None)
    try:
        for raw in inputs:
            if is_url(raw):
                assert http is not None  # made above whenever an input is a URL
                yield from _iter_url(raw, http, options.fetch)
            elif is_warc(raw):
                yield from iter_warc(raw, max_bytes=options.work.clean.max_bytes)
            elif raw != "-" and Path(raw).is_dir():
                yield from iter_documents([raw], options=options.work.clean)
                for archive in _warcs_under(Path(raw)):
                    yield from iter_warc(archive, max_bytes=options.work.clean.max_bytes)
            else:
                yield from iter_documents([raw], stdin=stdin, options=options.work.clean)
    finally:
        if own and http is not None:
            http.close()


def _iter_url(url: str, client: httpx.Client, fetch_options: FetchOptions) -> Iterator[Read]:
    page = fetch(url, client=client, options=fetch_options, accept_feeds=True)
    if isinstance(page, RawPage) and looks_like_feed(page):
        entries = entries_of(page.body, feed=url)
        if isinstance(entries, Rejection):
            yield entries
            return
        for entry in entries:
            yield fetch(entry.url, client=client, options=fetch_options)
        return
    yield page


def _warcs_under(root: Path) -> list[Path]:
    found = [p for p in root.rglob("*") if p.name.lower().endswith(WARC_SUFFIXES) and p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(root).parts)]
    return sorted(found)


# Map: the per-article work -------------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _extractor(options: ExtractOptions | None) -> Extractor:
    """One Extractor (spaCy model, gazetteer) per worker process, loaded on its first chunk."""
    from .extract.pipeline import ExtractOptions, Extractor

    return Extractor(options or ExtractOptions())


@dataclass(frozen=True)
class Prepared:
    """Stage one of the map for one item: the cleaned document and its signature, or a rejection."""

    source: str
    doc: Document | None
    signature: bytes | None = None
    rejection: Rejection | None = None


def prepare_chunk(items: Sequence[Item], work: WorkOptions) -> list[Prepared]:
    """Clean raw pages and sign every text; one ``Prepared`` per item, in order. Runs in workers."""
    out: list[Prepared] = []
    for item in items:
        if isinstance(item, RawPage):
            doc = clean_page(item, options=work.clean)
            if isinstance(doc, Rejection):
                out.append(Prepared(item.source, None, rejection=doc))
                continue
            source = item.source
        else:
            doc, source = item, item.url or item.id
        sig = signature(doc.text, work.dedup) if work.dedup is not None else None
        out.append(Prepared(source, doc, sig))
    return out


def extract_chunk(docs: Sequence[Document], work: WorkOptions) -> list[tuple[Event, ...]]:
    """Stage two of the map: the events of each document, in order. Runs in workers."""
    return [tuple(events) for _doc, events in _extractor(work.extract).extract(docs)]


def process_chunk(items: Sequence[Item], work: WorkOptions) -> list[Processed]:
    """Both stages for one chunk, without near-duplicate linking (for callers that want the lot)."""
    prepared = prepare_chunk(items, work)
    docs = [p.doc for p in prepared if p.doc is not None]
    events = iter(extract_chunk(docs, work)) if docs else iter(())
    return [Processed(p.source, p.doc, next(events), p.signature) if p.doc is not None
            else Processed(p.source, None, rejection=p.rejection) for p in prepared]


class _Result(Protocol):
    def result(self) -> Any: ...


@dataclass
class _Inline:
    """The single-process "future": runs the task when its result is asked for."""

    fn: Callable[[Any, WorkOptions], Any]
    arg: Any
    work: WorkOptions

    def result(self) -> Any:
        return self.fn(self.arg, self.work)


# submit(task, argument) -> future; the task is prepare_chunk or extract_chunk.
Submit = Callable[[Callable[[Any, WorkOptions], Any], Any], _Result]


@contextlib.contextmanager
def _executor(options: IngestOptions) -> Iterator[tuple[Submit, int]]:
    """``(submit, window)``: submit a task, get a future; ``window`` chunks may be in flight."""
    work = options.work
    if options.dask:
        from distributed import Client, LocalCluster

        if options.dask == "local":
            # One thread per worker process: spaCy and the extractor are CPU-bound and hold the GIL.
            # --dask local without --workers: one worker per CPU, the point of asking for a cluster.
            n_workers = options.workers if options.workers > 1 else (os.cpu_count() or 1)
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            cluster, client = None, Client(options.dask)
        try:
            n = max(1, len(client.scheduler_info().get("workers", {})))
            yield (lambda fn, arg: client.submit(fn, arg, work, pure=False)), 2 * n
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    elif options.workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: workers start clean (no copy of the driver's database connections or threads).
        with ProcessPoolExecutor(options.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            yield (lambda fn, arg: pool.submit(fn, arg, work)), 2 * options.workers
    else:
        yield (lambda fn, arg: _Inline(fn, arg, work)), 1


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Reduce: where results go ----------------------------------------------------------------------


class _Sink(Protocol):
    def done_ids(self) -> set[str]: ...
    def first_copies(self) -> Iterator[tuple[str, bytes]]: ...
    def add_rejection(self, r: Rejection) -> None: ...
    def write(self, p: Processed, link: Link | None) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


def _log_metadata() -> tuple[MetaData, Table, Table]:
    md = MetaData()
    log = Table(
        "ingest_log", md,
        Column("doc_id", Text, primary_key=True),
        Column("source", Text),
        Column("duplicate_of", Text, index=True),  # NULL: a first copy; else the id it copies
        Column("similarity", Float),
        Column("signature", LargeBinary),  # MinHash of a first copy, to rebuild the index next run
        Column("ingested_at", DateTime(timezone=True), nullable=False),
    )
    shards = Table(
        "ingest_shards", md,
        Column("name", Text, primary_key=True),
        Column("rows", Integer, nullable=False),
        Column("loaded_at", DateTime(timezone=True), nullable=False),
    )
    return md, log, shards


@functools.lru_cache(maxsize=1)
def _log_tables() -> tuple[MetaData, Table, Table]:
    return _log_metadata()


def _busy_timeout(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cur = dbapi_connection.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 30000")  # as the Store: wait for its write lock
    finally:
        cur.close()


def _log_engine(db: str) -> Engine:
    if "://" in db:
        engine = create_engine(db, pool_pre_ping=True)
    else:
        engine = create_engine(f"sqlite:///{Path(db).expanduser()}")
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _busy_timeout)
    return engine


class StoreSink:
    """Writes to the ``Store`` plus the ingest log (same database, tables ``ingest_log`` and
    ``ingest_shards``) that makes runs exactly-once; see the module doc."""

    def __init__(self, store: Store, engine: Engine) -> None:
        self.store = store
        self._engine = engine
        self._pending: list[dict[str, Any]] = []
        md, self._log, self._shards = _log_tables()
        try:
            with engine.begin() as conn:
                md.create_all(conn, checkfirst=True)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot create the ingest log: {exc}") from exc

    @classmethod
    def open(cls, db: str) -> StoreSink:
        from .store.db import Store

        if db == ":memory:":
            raise StoreError("ingest needs a database file or URL, not :memory:")
        store = Store.open(db)
        return cls(store, _log_engine(db))

    def done_ids(self) -> set[str]:
        with self._engine.connect() as conn:
            return set(conn.execute(select(self._log.c.doc_id)).scalars())

    def first_copies(self) -> Iterator[tuple[str, bytes]]:
        t = self._log
        stmt = select(t.c.doc_id, t.c.signature).where(t.c.duplicate_of.is_(None), t.c.signature.is_not(None))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt).all()
        for doc_id, sig in rows:
            yield str(doc_id), bytes(sig)

    def shard_loaded(self, name: str) -> bool:
        with self._engine.connect() as conn:
            found = conn.execute(select(self._shards.c.name).where(self._shards.c.name == name)).first()
        return found is not None

    def mark_shard(self, name: str, rows: int) -> None:
        row = {"name": name, "rows": rows, "loaded_at": dt.datetime.now(dt.UTC)}
        self._insert_ignore(self._shards, [row])

    def add_rejection(self, r: Rejection) -> None:
        self.store.add_rejection(r)

    def write(self, p: Processed, link: Link | None) -> None:
        assert p.doc is not None  # rejections go to add_rejection
        # Article and events in one transaction; a syndicated copy is stored without events.
        self.store.add_document(p.doc, list(p.events) if link is None else [], source=p.source)
        self._pending.append({
            "doc_id": p.doc.id,
            "source": p.source,
            "duplicate_of": link.duplicate_of if link else None,
            "similarity": link.similarity if link else None,
            "signature": p.signature if link is None else None,
            "ingested_at": dt.datetime.now(dt.UTC),
        })

    def flush(self) -> None:
        """Log the articles written since the last flush (one transaction). Batched per chunk:
        an article whose log row is lost to a crash is only re-done, never duplicated."""
        if self._pending:
            self._insert_ignore(self._log, self._pending)
            self._pending = []

    def _insert_ignore(self, table: Table, rows: list[dict[str, Any]]) -> None:
        dialect_insert = sqlite.insert if self._engine.dialect.name == "sqlite" else postgresql.insert
        stmt = dialect_insert(table).on_conflict_do_nothing()
        try:
            with self._engine.begin() as conn:
                conn.execute(stmt, rows)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write the ingest log: {exc}") from exc

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.store.close()
            self._engine.dispose()


_SHARD = re.compile(r"^part-(\d{6})\.parquet$")


def _shard_schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("kind", pa.string()),  # "article" | "rejection"
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("document", pa.string()),  # Document.to_json() as JSON text
        ("events", pa.string()),  # JSON list of Event.to_json() (+ exact confidence)
        ("duplicate_of", pa.string()),
        ("similarity", pa.float64()),
        ("signature", pa.binary()),
        ("reason", pa.string()),
        ("detail", pa.string()),
    ])


class ShardSink:
    """Writes Parquet shards ``part-NNNNNN.parquet`` into a folder, each one whole or not at all."""

    def __init__(self, folder: Path, rows_per_shard: int) -> None:
        self.folder = folder
        self.rows_per_shard = rows_per_shard
        folder.mkdir(parents=True, exist_ok=True)
        self._rows: list[dict[str, Any]] = []
        self._next = 1 + max((int(m.group(1)) for p in folder.iterdir() if (m := _SHARD.match(p.name))),
                             default=0)

    def _existing(self) -> Iterator[dict[str, Any]]:
        import pyarrow.parquet as pq

        for path in shard_files(self.folder):
            table = pq.read_table(path, columns=["kind", "doc_id", "duplicate_of", "signature"])
            yield from table.to_pylist()

    def done_ids(self) -> set[str]:
        return {r["doc_id"] for r in self._existing() if r["kind"] == "article"}

    def first_copies(self) -> Iterator[tuple[str, bytes]]:
        for r in self._existing():
            if r["kind"] == "article" and r["duplicate_of"] is None and r["signature"] is not None:
                yield r["doc_id"], r["signature"]

    def add_rejection(self, r: Rejection) -> None:
        self._rows.append({"kind": "rejection", "source": r.source, "reason": r.reason, "detail": r.detail})

    def write(self, p: Processed, link: Link | None) -> None:
        assert p.doc is not None
        events = [{**e.to_json(), "confidence_exact": e.confidence} for e in p.events] if link is None else []
        self._rows.append({
            "kind": "article",
            "doc_id": p.doc.id,
            "source": p.source,
            "document": json.dumps(p.doc.to_json(), ensure_ascii=False),
            "events": json.dumps(events, ensure_ascii=False),
            "duplicate_of": link.duplicate_of if link else None,
            "similarity": link.similarity if link else None,
            "signature": p.signature if link is None else None,
        })

    def flush(self) -> None:
        if len(self._rows) >= self.rows_per_shard:
            self._write_shard()

    def _write_shard(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        schema = _shard_schema()
        table = pa.Table.from_pylist([{name: r.get(name) for name in schema.names} for r in self._rows],
                                     schema=schema)
        path = self.folder / f"part-{self._next:06d}.parquet"
        tmp = path.with_name(path.name + ".part")
        pq.write_table(table, tmp, compression="zstd")
        tmp.replace(path)  # a reader (or the next run) never sees half a shard
        self._next += 1
        self._rows = []

    def close(self) -> None:
        self._write_shard()


def shard_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if _SHARD.match(p.name))


# The driver --------------------------------------------------------------------------------------


class _Run:
    """The driver's state for one or more batches: sink, executor, near-duplicate index, tally."""

    def __init__(self, sink: _Sink, submit: Submit, window: int, options: IngestOptions,
                 progress: Progress | None) -> None:
        self.sink, self.submit, self.window, self.options = sink, submit, window, options
        self.progress = progress
        self.summary = IngestSummary()
        self.done = sink.done_ids()
        self.index = NearDuplicateIndex(options.work.dedup) if options.work.dedup is not None else None
        if self.index is not None:
            for doc_id, sig in sink.first_copies():
                self.index.add(doc_id, sig)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress.update()

    def reject(self, r: Rejection) -> None:
        self.summary.rejected.append(r)
        self.sink.add_rejection(r)
        self._tick()

    def _todo(self, items: Iterable[Read]) -> Iterator[Item]:
        for item in items:
            self.summary.read += 1
            if isinstance(item, Rejection):
                self.reject(item)
            elif isinstance(item, Skipped):
                self.summary.skipped[item.reason] += 1
                self._tick()
            elif item.id in self.done:
                self.summary.skipped[ALREADY] += 1
                self._tick()
            else:
                self.done.add(item.id)  # the same page twice in one run is processed once
                yield item

    def feed(self, items: Iterable[Read]) -> None:
        """Two map stages with the near-duplicate check between them, so copies are never
        extracted: chunks are prepared (cleaned, signed) in order; each prepared chunk's first
        copies go straight back out for extraction. At most ``window`` chunks of each stage are
        in flight; results of both stages are taken in submission order."""
        prepare: deque[_Result] = deque()
        extract: deque[tuple[_Result, list[Prepared]]] = deque()
        for chunk in _chunks(self._todo(items), self.options.chunk_size):
            prepare.append(self.submit(prepare_chunk, chunk))
            if len(prepare) >= self.window:
                self._link(prepare.popleft().result(), extract)
        while prepare:
            self._link(prepare.popleft().result(), extract)
        self._store_extracted(extract, keep=0)

    def _link(self, prepared: list[Prepared], extract: deque[tuple[_Result, list[Prepared]]]) -> None:
        """Reject, or link to a first copy and store, or send for extraction: in input order."""
        firsts: list[Prepared] = []
        for p in prepared:
            if p.doc is None:
                self.reject(p.rejection or Rejection(p.source, "unusable"))
                continue
            link = self.index.check_and_add(p.doc.id, p.signature) if self.index is not None else None
            if link is None:
                firsts.append(p)
                continue
            self.sink.write(Processed(p.source, p.doc, (), p.signature), link)
            self.summary.stored += 1
            self.summary.duplicates += 1
            self._tick()
        self.sink.flush()
        if firsts:
            extract.append((self.submit(extract_chunk, [p.doc for p in firsts]), firsts))
        self._store_extracted(extract, keep=self.window)

    def _store_extracted(self, extract: deque[tuple[_Result, list[Prepared]]], *, keep: int) -> None:
        while len(extract) > keep:
            future, firsts = extract.popleft()
            for p, events in zip(firsts, future.result(), strict=True):
                self.sink.write(Processed(p.source, p.doc, events, p.signature), None)
                s = self.summary
                s.stored += 1
                s.events += len(events)
                s.with_events += bool(events)
                self._tick()
            self.sink.flush()


@contextlib.contextmanager
def _running(db: str, options: IngestOptions, progress: Progress | None) -> Iterator[_Run]:
    sink: _Sink = (ShardSink(options.shard_dir, options.shard_rows) if options.shard_dir is not None
                   else StoreSink.open(db))
    try:
        with _executor(options) as (submit, window):
            yield _Run(sink, submit, window, options, progress)
    finally:
        sink.close()


def ingest_items(items: Iterable[Read], db: str, *, options: IngestOptions = DEFAULT_INGEST,
                 progress: Progress | None = None) -> IngestSummary:
    """Ingest already-read items (documents, raw pages, rejections) into ``db`` (or the shards)."""
    with _running(db, options, progress) as run:
        run.feed(items)
        return run.summary


def ingest(inputs: Sequence[str], db: str, *, options: IngestOptions = DEFAULT_INGEST,
           progress: Progress | None = None, client: httpx.Client | None = None,
           stdin: TextIO | None = None) -> IngestSummary:
    """``eventscope ingest``: read, skip what is stored, clean + extract (in parallel), link
    near-duplicates, store exactly once. See the module doc."""
    with _running(db, options, progress) as run:
        run.feed(iter_inputs(inputs, options=options, client=client, stdin=stdin))
        return run.summary


# Shards -> database ----------------------------------------------------------------------------


def load_shards(folder: Path, db: str, *, progress: Progress | None = None) -> IngestSummary:
    """Bring Parquet shards written with ``shard_dir`` into the database. Idempotent: articles in
    the ingest log are skipped, and a shard's rejections are added only the first time it loads."""
    import pyarrow.parquet as pq

    summary = IngestSummary()
    sink = StoreSink.open(db)
    try:
        done = sink.done_ids()
        for path in shard_files(folder):
            first_time = not sink.shard_loaded(path.name)
            rows = pq.read_table(path).to_pylist()
            for r in rows:
                summary.read += 1
                if progress is not None:
                    progress.update()
                if r["kind"] == "rejection":
                    rej = Rejection(r["source"], r["reason"], r["detail"] or "")
                    summary.rejected.append(rej)
                    if first_time:
                        sink.add_rejection(rej)
                    continue
                if r["doc_id"] in done:
                    summary.skipped[ALREADY] += 1
                    continue
                doc = Document.from_json(json.loads(r["document"]))
                events = tuple(Event.from_json(e) for e in json.loads(r["events"]))
                link = Link(doc.id, r["duplicate_of"], r["similarity"]) if r["duplicate_of"] else None
                sink.write(Processed(r["source"], doc, events, r["signature"]), link)
                done.add(doc.id)
                summary.stored += 1
                summary.duplicates += link is not None
                summary.events += len(events)
                summary.with_events += bool(events)
            sink.flush()
            sink.mark_shard(path.name, len(rows))
    finally:
        sink.close()
    return summary


# Feeds: `eventscope watch` ---------------------------------------------------------------------

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
# Fetch failures worth retrying on the next poll; other rejections (404, not HTML, too large) are
# marked seen so a dead link is not fetched every 15 minutes forever.
_RETRY = frozenset({"timeout", "network"})


def parse_interval(text: str) -> float:
    """``"15m"`` -> 900.0 seconds (units s, m, h, d; a bare number is seconds)."""
    match = _INTERVAL.match(text)
    if match is None:
        raise ValueError(f"not an interval like 30s, 15m, 2h or 1d: {text!r}")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    if seconds <= 0:
        raise ValueError(f"the interval must be positive: {text!r}")
    return seconds


def default_seen_path(db: str) -> Path:
    """Where ``watch`` keeps its seen-store: beside a SQLite database file (``news.db`` ->
    ``news.feeds.sqlite``), else in ``$EVENTSCOPE_HOME`` or ``~/.cache/eventscope``."""
    if "://" not in db:
        return Path(db).expanduser().with_suffix(".feeds.sqlite")
    home = Path(os.environ.get("EVENTSCOPE_HOME") or Path.home() / ".cache" / "eventscope")
    home.mkdir(parents=True, exist_ok=True)
    return home / "feeds-seen.sqlite"


def _feed_round(run: _Run, feeds: Sequence[str], seen: SeenStore, client: httpx.Client,
                fetch_options: FetchOptions) -> None:
    fresh: list[FeedEntry] = []
    for feed in feeds:
        entries = read_feed(feed, client=client, options=fetch_options)
        if isinstance(entries, Rejection):
            run.reject(entries)
            continue
        fresh.extend(seen.unseen(entries))
    retry: set[str] = set()

    def pages() -> Iterator[Read]:
        for entry in fresh:
            page = fetch(entry.url, client=client, options=fetch_options)
            if isinstance(page, Rejection) and page.reason in _RETRY:
                retry.add(entry.key)
            yield page

    run.feed(pages())
    # Only now: every fetched page is stored (module doc of ingest.rss).
    seen.mark(e for e in fresh if e.key not in retry)


def watch(feeds: Sequence[str], db: str, *, every: float, seen_path: Path,
          options: IngestOptions = DEFAULT_INGEST, rounds: int | None = None,
          client: httpx.Client | None = None, progress: Progress | None = None,
          sleep: Callable[[float], None] = time.sleep,
          on_round: Callable[[int, IngestSummary], None] | None = None) -> IngestSummary:
    """``eventscope watch``: poll the feeds every ``every`` seconds (``rounds`` times, or until
    interrupted), ingesting entries not seen before. The model stays loaded between polls."""
    http = client if client is not None else make_client(options.fetch)
    try:
        with _running(db, options, progress) as run, SeenStore.open(seen_path) as seen:
            n = 0
            while rounds is None or n < rounds:
                started = time.monotonic()
                _feed_round(run, feeds, seen, http, options.fetch)
                n += 1
                if on_round is not None:
                    on_round(n, run.summary)
                if rounds is not None and n >= rounds:
                    break
                sleep(max(0.0, every - (time.monotonic() - started)))
            return run.summary
    finally:
        if client is None:
            http.close()


def report(summary: IngestSummary, *, command: str = "ingest", err: TextIO = sys.stderr) -> None:
    """The end-of-run summary line, and one line per rejection (as the other commands do)."""
    for r in summary.rejected:
        detail = f": {r.detail}" if r.detail else ""
        print(f"eventscope: skipped {r.source} ({r.reason}){detail}", file=err)
    print(f"eventscope {command}: {summary.line()}", file=err)
