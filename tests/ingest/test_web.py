"""ingest.web: every fetch outcome through httpx.MockTransport (no network)."""

from __future__ import annotations

import httpx
import pytest

from eventscope.ingest.ids import content_id
from eventscope.ingest.web import (
    USER_AGENT,
    FetchOptions,
    clean_page,
    fetch,
    fetch_document,
    is_url,
    make_client,
)
from eventscope.records import Document, Rejection

PAGE = (
    "<html><head><title>Flood warning</title></head><body><article><h1>Flood warning</h1>"
    "<p>River levels near the old bridge rose sharply overnight, the water board said on Monday.</p>"
    "<p>Residents of the lower town were told to move valuables upstairs before the evening.</p>"
    "</article></body></html>"
)


def handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/ok":
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, text=PAGE,
                              extensions={"ua": request.headers["user-agent"]})
    if path == "/ua":
        return httpx.Response(200, headers={"content-type": "text/plain"}, text=request.headers["user-agent"])
    if path == "/gone":
        return httpx.Response(404)
    if path == "/loop":
        return httpx.Response(302, headers={"location": "/loop"})
    if path == "/moved":
        return httpx.Response(301, headers={"location": "/ok"})
    if path == "/pdf":
        return httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF-1.4")
    if path == "/big":
        return httpx.Response(200, headers={"content-type": "text/html"}, content=b"<p>" + b"x" * 5000)
    if path == "/slow":
        raise httpx.ReadTimeout("timed out", request=request)
    if path == "/down":
        raise httpx.ConnectError("refused", request=request)
    if path == "/latin":
        body = PAGE.replace("old bridge", "vieux pont à Ségou").encode("cp1252")
        return httpx.Response(200, headers={"content-type": "text/html; charset=windows-1252"}, content=body)
    return httpx.Response(500)


@pytest.fixture
def client() -> httpx.Client:
    return make_client(FetchOptions(max_bytes=1000, max_redirects=3), transport=httpx.MockTransport(handler))


def test_fetch_ok_sends_the_project_user_agent(client: httpx.Client) -> None:
    page = fetch("https://news.example/ua", client=client)
    assert not isinstance(page, Rejection)
    assert page.body.decode() == USER_AGENT


def test_fetch_document_is_cleaned_with_a_content_id(client: httpx.Client) -> None:
    doc = fetch_document("https://news.example/ok", client=client)
    assert isinstance(doc, Document)
    assert doc.id == content_id(PAGE.encode())
    assert "River levels" in doc.text and "Flood warning" == doc.title


def test_redirect_followed_and_final_url_kept(client: httpx.Client) -> None:
    page = fetch("https://news.example/moved", client=client)
    assert not isinstance(page, Rejection)
    assert page.url == "https://news.example/ok"


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/gone", "http-error"), ("/loop", "too-many-redirects"), ("/pdf", "not-html"), ("/big", "too-large"),
     ("/slow", "timeout"), ("/down", "network"), ("/error", "http-error")],
)
def test_failures_become_rejections(client: httpx.Client, path: str, reason: str) -> None:
    got = fetch(f"https://news.example{path}", client=client, options=FetchOptions(max_bytes=1000))
    assert isinstance(got, Rejection)
    assert (got.source, got.reason) == (f"https://news.example{path}", reason)


def test_http_error_names_the_status(client: httpx.Client) -> None:
    got = fetch("https://news.example/gone", client=client)
    assert isinstance(got, Rejection) and "404" in got.detail


def test_header_charset_decodes_the_page(client: httpx.Client) -> None:
    page = fetch("https://news.example/latin", client=client)
    assert not isinstance(page, Rejection)
    doc = clean_page(page)
    assert isinstance(doc, Document) and "vieux pont à Ségou" in doc.text


def test_bad_url_is_rejected_without_a_request(client: httpx.Client) -> None:
    got = fetch("ftp://news.example/file", client=client)
    assert isinstance(got, Rejection) and got.reason == "bad-url"
    assert is_url("https://a.example/x") and not is_url("notes/page.html") and not is_url("-")
