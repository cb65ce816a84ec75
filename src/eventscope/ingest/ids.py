"""Raw pages before cleaning, and the content-hash ids that make ingestion idempotent.

    RawPage      the bytes of one fetched page (web, RSS entry, WARC record) with where it came from
    content_id   same bytes in -> same id out (``"sha1:"`` + 16 hex, as ``clean.stable_id``)

An article's id is the hash of the page bytes it was cleaned from, exactly as for saved ``.html``
files (``ingest.sources``), so a page read from a folder, a WARC or the web gets one id, and a
re-run can skip stored pages *before* cleaning them. Two outlets carrying the same wire story have
different page bytes and therefore different ids; ``ingest.dedup`` links such copies by their text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .clean import stable_id

__all__ = ["RawPage", "charset_of", "content_id", "decode_declared"]

_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def content_id(data: bytes | str) -> str:
    """The article id of a page: a hash of its bytes (of its UTF-8 encoding for ``str``)."""
    return stable_id(data)


@dataclass(frozen=True)
class RawPage:
    """One page as fetched, before cleaning. ``source`` names it in rejections and in the store
    (``archive.warc.gz#1234`` for the WARC record at byte offset 1234, or the URL)."""

    source: str
    url: str | None
    body: bytes
    content_type: str | None = None
    fetched_at: dt.datetime | None = None

    @property
    def id(self) -> str:
        return content_id(self.body)


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of an HTTP ``Content-Type`` header, if any."""
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1).lower() if match else None


def decode_declared(body: bytes, content_type: str | None) -> str | bytes:
    """Decode with the charset the HTTP header declares, which outranks the page's own ``<meta>``
    (HTML standard, after a byte-order mark). Undeclared, unknown or wrong charsets give the bytes
    back unchanged, for ``clean.decode_bytes`` to sniff (BOM, meta, UTF-8, charset_normalizer)."""
    charset = charset_of(content_type)
    if charset is None or body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body
    # Browsers decode pages labelled latin-1/ascii as windows-1252 (curly quotes in 0x80-0x9F).
    if charset in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        charset = "cp1252"
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body
