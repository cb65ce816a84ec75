"""Fetch pages over HTTP(S) with httpx: bounded in time, size and redirects, polite, injectable.

    client = make_client(FetchOptions(), transport=None)    # tests pass httpx.MockTransport
    item = fetch(url, client=client)                         # RawPage | Rejection, never raises
    item = fetch_document(url, client=client)                # Document | Rejection (cleaned)

Every failure becomes a ``Rejection`` with one of these reason codes (the batch goes on):

    bad-url             not an absolute http(s) URL
    timeout             connect/read exceeded ``FetchOptions.timeout``
    network             DNS, refused connection, TLS, broken transfer
    too-many-redirects  more than ``FetchOptions.max_redirects`` hops
    http-error          status 4xx/5xx (the detail names the status)
    not-html            a Content-Type that is neither HTML nor text (PDF, image, JSON...)
    too-large           the body exceeds ``FetchOptions.max_bytes`` (the download is cut off there)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from ..errors import InputError
from ..records import Document, Rejection
from .clean import DEFAULT_OPTIONS, CleanOptions, clean_html
from .ids import RawPage, decode_declared

__all__ = [
    "DEFAULT_FETCH",
    "USER_AGENT",
    "FetchOptions",
    "clean_page",
    "fetch",
    "fetch_document",
    "is_html_type",
    "is_url",
    "iter_urls",
    "make_client",
]

USER_AGENT = "eventscope/0.1 (+https://example.invalid/eventscope)"

# Content types we clean. Servers often label articles text/plain or send no type at all; those go
# through and the cleaner decides. XML is let through for feeds (``rss`` reads them with this module).
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


@dataclass(frozen=True)
class FetchOptions:
    """How pages are fetched; built once per run.

    20 s covers slow news sites without letting one dead host stall a feed poll for minutes; 5 MB
    is the cleaner's own limit (``CleanOptions.max_bytes``), so nothing bigger could be used anyway.
    """

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT


DEFAULT_FETCH = FetchOptions()


def make_client(options: FetchOptions = DEFAULT_FETCH, *,
                transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An ``httpx.Client`` configured from ``options`` (the caller closes it)."""
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=True,
        max_redirects=options.max_redirects,
        headers={"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
    )


def is_url(value: str) -> bool:
    """True for an absolute http(s) URL (what ``ingest`` treats as something to fetch)."""
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_html_type(content_type: str | None, *, feeds: bool = False) -> bool:
    """Whether a Content-Type is worth cleaning (None: unknown, let the cleaner decide)."""
    if not content_type:
        return True
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime in _TEXT_TYPES or (feeds and mime in _FEED_TYPES)


def fetch(url: str, *, client: httpx.Client, options: FetchOptions = DEFAULT_FETCH,
          accept_feeds: bool = False) -> RawPage | Rejection:
    """Download one page; a ``Rejection`` (see the module doc for the codes) instead of raising."""
    if not is_url(url):
        return Rejection(url, "bad-url", "not an absolute http(s) URL")
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                return Rejection(url, "http-error", f"HTTP {response.status_code} {response.reason_phrase}")
            content_type = response.headers.get("content-type")
            if not is_html_type(content_type, feeds=accept_feeds):
                return Rejection(url, "not-html", f"Content-Type {content_type}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                limit = options.max_bytes
                return Rejection(url, "too-large", f"{declared} bytes, over the {limit}-byte limit")
            chunks: list[bytes] = []
            size = 0
            # Counted while streaming: Content-Length may be absent or wrong, and a bottomless
            # response must not fill memory.
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    return Rejection(url, "too-large", f"over the {options.max_bytes}-byte limit")
                chunks.append(chunk)
            final_url = str(response.url)
    except httpx.TooManyRedirects as exc:
        return Rejection(url, "too-many-redirects", f"more than {options.max_redirects}: {exc}")
    except httpx.TimeoutException as exc:
        return Rejection(url, "timeout", f"no answer within {options.timeout:g} s ({type(exc).__name__})")
    except httpx.HTTPError as exc:  # transport and protocol errors
        return Rejection(url, "network", f"{type(exc).__name__}: {exc}")
    return RawPage(
        source=url,
        url=final_url,
        body=b"".join(chunks),
        content_type=content_type,
        fetched_at=dt.datetime.now(dt.UTC),
    )


def clean_page(page: RawPage, *, options: CleanOptions = DEFAULT_OPTIONS) -> Document | Rejection:
    """Clean a fetched page into a ``Document`` whose id is the hash of the page bytes."""
    try:
        return clean_html(decode_declared(page.body, page.content_type), source=page.source,
                          url=page.url, doc_id=page.id, options=options)
    except InputError as exc:
        return Rejection(exc.source, exc.reason, exc.detail)


def fetch_document(url: str, *, client: httpx.Client, options: FetchOptions = DEFAULT_FETCH,
                   clean_options: CleanOptions = DEFAULT_OPTIONS) -> Document | Rejection:
    page = fetch(url, client=client, options=options)
    return page if isinstance(page, Rejection) else clean_page(page, options=clean_options)


def iter_urls(urls: Iterable[str], *, client: httpx.Client | None = None,
              options: FetchOptions = DEFAULT_FETCH) -> Iterator[RawPage | Rejection]:
    """Fetch each URL in turn (with a client of our own unless one is given)."""
    own = client is None
    http = client if client is not None else make_client(options)
    try:
        for url in urls:
            yield fetch(url, client=http, options=options)
    finally:
        if own:
            http.close()
