"""Read the inputs of the CLI commands as a stream of ``Document | Rejection``.

One bad input never stops a batch: it becomes a ``Rejection`` with a reason code and the stream
goes on. What each kind of path yields:

``-``                 JSON Lines from stdin (as a ``.jsonl`` file; sources are ``<stdin>:LINE``).
``*.jsonl``, ``*.json``
                      one contract document per line: ``{"id", "text", "published", "title",
                      "url", "outlet"}``. A line whose ``text`` is empty and which carries an
                      ``html`` field is cleaned from that HTML; fields given on the line win over
                      what the page says about itself. A ``.json`` file holding one JSON value
                      (an array of documents, or one pretty-printed document) is read as such;
                      otherwise as lines (``.jsonl`` is always read as lines). An object with
                      neither ``text`` nor ``html`` is ``bad-jsonl`` (not a document).
                      Blank lines are skipped. A line missing ``id`` gets ``stable_id`` of its
                      text (of its url or html when cleaned), so re-reading it gives the same
                      id. Malformed line -> ``bad-jsonl`` naming the line number.
``*.txt``             id = file stem, text = the content. An optional header block at the very top,
                      lines ``Published: 2024-03-08``, ``Title: ...``, ``URL: ...``, ``Outlet: ...``
                      (any order, case-insensitive keys), is read into those fields and removed
                      from the text; without it ``published`` is None. A ``Published`` value
                      that is not an ISO date makes the file ``unreadable`` (guessing would
                      shift every relative date in it).
``*.html``, ``*.htm``, ``*.xhtml``
                      cleaned by ``clean.clean_html``; id = ``stable_id`` of the file's bytes.
folder                recursed in sorted path order, picking the extensions above (hidden files
                      and folders are skipped).
other files           sniffed: JSON Lines if the first character is ``{`` or ``[``, HTML if it
                      starts with ``<``, else text.

Reason codes: ``unreadable`` (missing, permission, undecodable), ``binary``, ``bad-jsonl``,
``empty``, ``too-large``, ``not-html`` (``iter_pages`` given a text file).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO

from ..errors import BadJSONL, EmptyDocument, InputError, UnreadableInput
from ..records import Document, Rejection
from .clean import DEFAULT_OPTIONS, CleanOptions, TooLargeInput, clean_html, decode_bytes, stable_id

log = logging.getLogger(__name__)

__all__ = ["HTML_SUFFIXES", "iter_documents", "iter_pages", "parse_published"]

JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt"})

Mode = Literal["documents", "pages"]
Item = Document | Rejection

_HEADER_LINE = re.compile(r"^(published|title|url|outlet)[ \t]*:[ \t]*(.*?)\s*$", re.IGNORECASE)
_STRING_FIELDS = ("title", "url", "outlet")
# A .json file up to this size is first tried as one JSON value; larger ones are read as lines.
_WHOLE_JSON_MAX = 50_000_000


def iter_documents(
    paths: Sequence[str], *, stdin: TextIO | None = None, options: CleanOptions = DEFAULT_OPTIONS
) -> Iterator[Item]:
    """Documents for ``extract`` and the other text commands, in input order (see module doc)."""
    yield from _iter_paths(paths, stdin=stdin, options=options, mode="documents")


def iter_pages(
    paths: Sequence[str], *, stdin: TextIO | None = None, options: CleanOptions = DEFAULT_OPTIONS
) -> Iterator[Item]:
    """Cleaned pages for the ``clean`` command: HTML files, folders of them, JSONL with ``html``.

    Unlike ``iter_documents``, a JSONL line that has both ``text`` and ``html`` is cleaned from
    its HTML (cleaning is what was asked for); a line with only ``text`` passes through as is.
    """
    yield from _iter_paths(paths, stdin=stdin, options=options, mode="pages")


def parse_published(value: object) -> dt.date | None:
    """``"2019-12-31"``, ``"2019-12-31T08:00:00Z"`` or ``"2019-12-31 08:00:00+02:00"`` -> a date.

    The calendar date is the one written (no time-zone conversion): it is the date the outlet
    printed. Raises ``ValueError`` for anything else that is not None or "".
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string, not {type(value).__name__}")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published is not an ISO date: {value!r}") from None


# Dispatch ------------------------------------------------------------------------------------


def _iter_paths(
    paths: Sequence[str], *, stdin: TextIO | None, options: CleanOptions, mode: Mode
) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _iter_jsonl_lines(_text_lines(stream), label="<stdin>", options=options, mode=mode)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, mode=mode):
                yield from _iter_file(child, options=options, mode=mode)
        else:
            yield from _iter_file(path, options=options, mode=mode)


def _walk(root: Path, *, mode: Mode) -> list[Path]:
    wanted = JSONL_SUFFIXES | HTML_SUFFIXES | (TEXT_SUFFIXES if mode == "documents" else frozenset())
    found = []
    for child in root.rglob("*"):
        rel = child.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if child.suffix.lower() in wanted and child.is_file():
            found.append(child)
    return sorted(found)


def _iter_file(path: Path, *, options: CleanOptions, mode: Mode) -> Iterator[Item]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        kind = suffix if suffix in JSONL_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES else _sniff(path)
        if kind in JSONL_SUFFIXES:
            # Streamed line by line, so no size limit applies to the file as a whole.
            yield from _iter_jsonl_file(path, options=options, mode=mode)
            return
        data = _read_bytes(path, limit=options.max_bytes)
    except InputError as exc:
        yield _reject(exc)
        return
    if kind in HTML_SUFFIXES:
        try:
            yield clean_html(data, source=source, options=options)
        except InputError as exc:
            yield _reject(exc)
    elif mode == "pages":
        yield Rejection(source, "not-html", "a text file; the clean command reads HTML pages or JSONL")
    else:
        try:
            yield _text_document(path, data)
        except InputError as exc:
            yield _reject(exc)


def _read_bytes(path: Path, *, limit: int, head_only: bool = False) -> bytes:
    source = str(path)
    try:
        if head_only:
            with path.open("rb") as handle:
                return handle.read(512)
        size = path.stat().st_size
        if size > limit:
            raise TooLargeInput(source, f"{size} bytes, over the {limit}-byte limit")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableInput(source, "no such file or directory") from exc
    except PermissionError as exc:
        raise UnreadableInput(source, "permission denied") from exc
    except OSError as exc:
        raise UnreadableInput(source, exc.strerror or str(exc)) from exc


def _sniff(path: Path) -> str:
    """Guess the kind of a file whose extension says nothing, from its first bytes."""
    head = _read_bytes(path, limit=0, head_only=True).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return ".jsonl"
    if head.startswith(b"<"):
        return ".html"
    return ".txt"


def _reject(exc: InputError) -> Rejection:
    return Rejection(exc.source, exc.reason, exc.detail)


# Plain text ----------------------------------------------------------------------------------


def _text_document(path: Path, data: bytes) -> Document:
    source = str(path)
    text = decode_bytes(data, source=source).replace("\r\n", "\n").replace("\r", "\n")
    fields, body = _split_header(text)
    try:
        published = parse_published(fields.get("published"))
    except ValueError as exc:
        raise UnreadableInput(source, f"header line: {exc}") from exc
    body = body.strip()
    if not body:
        raise EmptyDocument(source, "the file has no text")
    return Document(
        id=path.stem,
        text=body,
        published=published,
        title=fields.get("title") or None,
        url=fields.get("url") or None,
        outlet=fields.get("outlet") or None,
    )


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Read ``Key: value`` header lines at the very top; they stop at the first other line."""
    fields: dict[str, str] = {}
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        match = _HEADER_LINE.match(lines[n].lstrip("\ufeff") if n == 0 else lines[n])
        if match is None or match.group(1).lower() in fields:
            break
        fields[match.group(1).lower()] = match.group(2)
        n += 1
    return fields, "\n".join(lines[n:])


# JSON Lines ----------------------------------------------------------------------------------


def _iter_jsonl_file(path: Path, *, options: CleanOptions, mode: Mode) -> Iterator[Item]:
    source = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield Rejection(source, "unreadable", "no such file or directory")
        return
    except OSError as exc:
        yield Rejection(source, "unreadable", exc.strerror or str(exc))
        return
    with handle:
        try:
            head = handle.read(4096)
        except OSError as exc:
            yield Rejection(source, "unreadable", exc.strerror or str(exc))
            return
        if b"\x00" in head:
            yield Rejection(source, "binary", "contains NUL bytes, not JSON Lines")
            return
        if path.suffix.lower() != ".jsonl":
            whole = _whole_json(path, head, handle)
            if whole is not None:
                yield from _iter_json_value(whole, source=source, options=options, mode=mode)
                return
        handle.seek(0)
        yield from _iter_jsonl_lines(_byte_lines(handle, source), label=source, options=options, mode=mode)


def _whole_json(path: Path, head: bytes, handle: BinaryIO) -> object | None:
    """A ``.json`` file parsed as one JSON value (array or pretty-printed object), else None.

    None means "read it as JSON Lines": the file does not parse as a single value (several
    objects, one per line), or is too large to hold in memory at once (``_WHOLE_JSON_MAX``).
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith((b"[", b"{")):
        return None
    try:
        if path.stat().st_size > _WHOLE_JSON_MAX:
            return None
        data = head + handle.read()
        value: object = json.loads(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value


def _byte_lines(handle: Iterable[bytes], source: str) -> Iterator[tuple[int, str | None]]:
    """``(line number, text)``; text None when the line is not UTF-8 (the caller rejects it)."""
    for number, line in enumerate(handle, start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            yield number, None
            continue
        yield number, text.lstrip("\ufeff") if number == 1 else text


def _text_lines(stream: TextIO) -> Iterator[tuple[int, str | None]]:
    for number, line in enumerate(stream, start=1):
        yield number, line.lstrip("\ufeff") if number == 1 else line


def _iter_json_value(value: object, *, source: str, options: CleanOptions, mode: Mode) -> Iterator[Item]:
    if isinstance(value, list):
        for index, obj in enumerate(value):
            yield _record_to_item(obj, source=f"{source}[{index}]", options=options, mode=mode)
    else:
        yield _record_to_item(value, source=source, options=options, mode=mode)


def _iter_jsonl_lines(
    lines: Iterable[tuple[int, str | None]], *, label: str, options: CleanOptions, mode: Mode
) -> Iterator[Item]:
    for number, line in lines:
        source = f"{label}:{number}"
        if line is None:
            yield Rejection(source, BadJSONL.reason, "line is not UTF-8")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(source, BadJSONL.reason, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _record_to_item(obj, source=source, options=options, mode=mode)


def _record_to_item(obj: Any, *, source: str, options: CleanOptions, mode: Mode) -> Item:
    try:
        return _record_to_document(obj, source=source, options=options, mode=mode)
    except InputError as exc:
        return _reject(exc)


def _record_to_document(obj: Any, *, source: str, options: CleanOptions, mode: Mode) -> Document:
    if not isinstance(obj, dict):
        raise BadJSONL(source, f"expected a JSON object, got {type(obj).__name__}")
    if "text" not in obj and "html" not in obj:
        raise BadJSONL(source, "not a document: no text or html field")
    text = obj.get("text")
    html = obj.get("html")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise BadJSONL(source, f"text must be a string, not {type(text).__name__}")
    if html is not None and not isinstance(html, str):
        raise BadJSONL(source, f"html must be a string, not {type(html).__name__}")
    raw_id = obj.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise BadJSONL(source, f"id must be a string, not {type(raw_id).__name__}")
    fields: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise BadJSONL(source, f"{name} must be a string or null, not {type(value).__name__}")
        fields[name] = value or None
    try:
        published = parse_published(obj.get("published"))
    except ValueError as exc:
        # The document is still usable: its date anchor is unknown (relative dates stay unresolved
        # rather than being resolved against a guess). Said once per document, on stderr.
        log.warning("%s: %s; publication date treated as unknown", source, exc)
        published = None

    use_html = bool(html and html.strip()) and (mode == "pages" or not text.strip())
    doc_id = str(raw_id) if raw_id is not None and str(raw_id) else None
    if use_html:
        assert html is not None  # narrowed by use_html
        page = clean_html(html, source=source, url=fields["url"], doc_id=doc_id, options=options)
        # What the line says wins; the page fills in what the line left empty.
        return Document(
            id=page.id,
            text=page.text,
            published=published or page.published,
            title=fields["title"] or page.title,
            url=fields["url"] or page.url,
            outlet=fields["outlet"] or page.outlet,
        )
    if not text.strip():
        raise EmptyDocument(source, "text is empty and there is no html to clean")
    return Document(
        id=doc_id or stable_id(text),
        text=text,
        published=published,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
    )
