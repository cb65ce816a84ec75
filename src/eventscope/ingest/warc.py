"""Read web archives (``.warc`` and ``.warc.gz``, e.g. a Common Crawl news crawl) with warcio.

``iter_warc(path)`` yields, in file order, one item per record:

    RawPage     an HTTP response with status 2xx and an HTML Content-Type; its ``source`` is
                ``PATH#OFFSET`` (the record's byte offset, so an analyst can pull it out again)
    Skipped     any other record, counted and not stored: ``warc-other`` (request, metadata,
                warcinfo, revisit...), ``not-html`` (images, scripts, PDFs, DNS records),
                ``http-status`` (redirects, 404s)
    Rejection   ``broken-record`` for a record warcio cannot parse (corrupt gzip member, garbage
                between records, truncated file), ``too-large`` for a payload over the limit,
                ``unreadable`` when the file cannot be opened

A broken record does not end the archive: reading resumes at the next record boundary found after
it (a ``WARC/1.x`` line, or the next gzip member header), so one bad record costs one record.
The charset is taken from the HTTP header when it declares one (``ids.decode_declared``) and
otherwise sniffed by the cleaner.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from ..records import Rejection
from .ids import RawPage

__all__ = ["WARC_SUFFIXES", "Skipped", "is_warc", "iter_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# What a record boundary looks like: a WARC version line, or a gzip member (magic + deflate).
_WARC_LINE = b"WARC/1."
_GZIP_MEMBER = b"\x1f\x8b\x08"
_SCAN_CHUNK = 1 << 20
# What warcio lets escape on malformed input: its own errors, header parse errors, zlib errors
# from a corrupt member, and AttributeError/ValueError from a record cut off by the end of file.
_BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError,
           AttributeError, IndexError)


@dataclass(frozen=True)
class Skipped:
    """A record that is not an article (counted in the summary, neither stored nor an error)."""

    source: str
    reason: str


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def iter_warc(path: str | Path, *, max_bytes: int = 5_000_000) -> Iterator[RawPage | Skipped | Rejection]:
    """Every record of the archive as a ``RawPage``, ``Skipped`` or ``Rejection`` (module doc)."""
    name = str(path)
    try:
        handle = open(path, "rb")  # closed in the finally below, across yields
    except OSError as exc:
        yield Rejection(name, "unreadable", exc.strerror or str(exc))
        return
    gzipped = name.lower().endswith(".gz")
    try:
        start = 0
        resynced = False
        while True:
            handle.seek(start)
            failed_at = yield from _read_from(handle, name, max_bytes=max_bytes)
            if failed_at is None:
                return
            # A failure right after a resync is the same damaged stretch (the scan found a false
            # boundary inside it): one rejection for the stretch is enough.
            if not (resynced and failed_at == start):
                yield Rejection(f"{name}#{failed_at}", "broken-record", "warcio could not parse the record")
            nxt = _next_boundary(handle, failed_at + 1, gzipped=gzipped)
            if nxt is None:
                return
            start, resynced = nxt, True
    finally:
        handle.close()


def _read_from(
    handle: BinaryIO, name: str, *, max_bytes: int
) -> Generator[RawPage | Skipped | Rejection, None, int | None]:
    """Read records from the handle's position; return the offset where parsing failed, or None."""
    records = ArchiveIterator(handle)
    next_start = handle.tell()
    try:
        for record in records:
            item = _item(record, name, max_bytes=max_bytes, offset_of=records)
            next_start = records.get_record_offset() + records.get_record_length()
            yield item
    except _BROKEN:
        return next_start
    return None


def _item(
    record: object, name: str, *, max_bytes: int, offset_of: ArchiveIterator
) -> RawPage | Skipped | Rejection:
    rec = record  # warcio's ArcWarcRecord (untyped)
    rec_type = getattr(rec, "rec_type", None)
    headers = getattr(rec, "rec_headers", None)
    url = headers.get_header("WARC-Target-URI") if headers is not None else None
    http = getattr(rec, "http_headers", None)
    if rec_type != "response":
        offset_of.read_to_end()
        return Skipped(f"{name}#{offset_of.get_record_offset()}", "warc-other")
    content_type = http.get_header("Content-Type") if http is not None else None
    status = http.get_statuscode() if http is not None else None
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if http is None or mime not in _HTML_TYPES:
        offset_of.read_to_end()
        return Skipped(f"{name}#{offset_of.get_record_offset()}", "not-html")
    if not (status or "").startswith("2"):
        offset_of.read_to_end()
        return Skipped(f"{name}#{offset_of.get_record_offset()}", "http-status")
    # content_stream undoes chunked transfer and Content-Encoding (gzip, brotli) of the payload.
    body = rec.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    offset_of.read_to_end()
    source = f"{name}#{offset_of.get_record_offset()}"
    # An uncompressed archive cut off mid-record reads as a short record: warcio stops at the end
    # of file without complaint, leaving part of the declared Content-Length unread.
    if getattr(getattr(rec, "raw_stream", None), "limit", 0) > 0:
        return Rejection(source, "broken-record", "the record is cut off before its declared length")
    if len(body) > max_bytes:
        return Rejection(source, "too-large", f"payload over the {max_bytes}-byte limit")
    return RawPage(source=source, url=url, body=body, content_type=content_type,
                   fetched_at=_warc_date(headers.get_header("WARC-Date") if headers is not None else None))


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _next_boundary(handle: BinaryIO, start: int, *, gzipped: bool) -> int | None:
    """Offset of the first plausible record start at or after ``start`` (None: end of file)."""
    marker = _GZIP_MEMBER if gzipped else _WARC_LINE
    pos = start
    carry = b""
    while True:
        handle.seek(pos)
        chunk = handle.read(_SCAN_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        base = pos - len(carry)
        at = data.find(marker)
        while at != -1:
            # A WARC version line must begin a line; a gzip member can start anywhere.
            if gzipped or (at == 0 and base == 0) or (at > 0 and data[at - 1 : at] == b"\n"):
                return base + at
            at = data.find(marker, at + 1)
        carry = data[-(len(marker) - 1) :]
        pos += len(chunk)
