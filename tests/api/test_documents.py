"""POST /api/documents: text, HTML or a URL in; cleaned, extracted, stored; bad inputs recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.conftest import KeywordExtractor
from api.seed import Seeded
from eventscope.store import Store

TEXT = "Herders and farmers clashed near the river on Tuesday. Two huts were burned.\nElders called for calm."


def _post(client: TestClient, auth: dict[str, str], body: dict[str, Any]) -> Any:
    return client.post("/api/documents", json=body, headers=auth)


def test_text_is_extracted_and_stored_once(
    client: TestClient, auth: dict[str, str], extractor_stub: KeywordExtractor
) -> None:
    response = _post(client, auth, {"text": TEXT, "title": "Clash by the river", "published": "2024-05-02"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True
    doc_id = body["document"]["id"]
    assert doc_id.startswith("sha1:") and body["document"]["published"] == "2024-05-02"
    [event] = body["events"]
    assert event["sub_event_type"] == "Armed clash" and event["review"]["status"] == "unreviewed"

    article = client.get(f"/api/articles/{doc_id}").json()
    assert article["title"] == "Clash by the river" and article["source"] == "api:tester"
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["evidence"][0]["text"] == "Herders and farmers clashed near the river on Tuesday."

    again = _post(client, auth, {"text": TEXT})
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["events"] == body["events"]
    assert len(extractor_stub.seen) == 1  # the stored article was not extracted twice


def test_html_is_cleaned_first(
    client: TestClient, auth: dict[str, str], extractor_stub: KeywordExtractor
) -> None:
    html = (
        "<html><head><title>Night clash</title></head><body><nav>Home | World | Sport</nav><article>"
        "<p>Rival gangs clashed in the market district late on Saturday, witnesses told reporters.</p>"
        "<p>Traders counted the damage on Sunday morning and several stalls did not reopen.</p>"
        "</article><footer>Copyright notice</footer></body></html>"
    )
    response = _post(client, auth, {"html": html, "url": "https://news.example/night", "outlet": "Example"})
    assert response.status_code == 201, response.text
    [doc] = extractor_stub.seen
    assert doc.text.startswith("Rival gangs clashed") and "Home | World" not in doc.text
    assert doc.outlet == "Example"
    assert len(response.json()["events"]) == 1


def test_url_is_fetched_through_the_injected_transport(
    client: TestClient, auth: dict[str, str], extractor_stub: KeywordExtractor
) -> None:
    response = _post(client, auth, {"url": "https://news.example/clash"})
    assert response.status_code == 201, response.text
    [doc] = extractor_stub.seen
    assert "smugglers clashed near the crossing" in doc.text
    assert response.json()["document"]["url"] == "https://news.example/clash"
    article = client.get(f"/api/articles/{response.json()['document']['id']}").json()
    assert article["source"] == "https://news.example/clash"


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("https://news.example/report.pdf", 422, "not-html"),
        ("https://news.example/missing", 502, "http-error"),
        ("https://news.example/slow", 502, "timeout"),
        ("ftp://news.example/file", 422, "bad-url"),
    ],
)
def test_unusable_urls_are_refused_and_recorded(
    client: TestClient, auth: dict[str, str], seeded_db: tuple[str, Seeded], url: str, status: int, code: str
) -> None:
    response = _post(client, auth, {"url": url})
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["detail"]["source"] == url
    store = Store.open(seeded_db[0])
    try:
        assert store.counts()["rejections"] == 1
    finally:
        store.close()


def test_empty_html_is_refused_with_its_reason(client: TestClient, auth: dict[str, str]) -> None:
    response = _post(client, auth, {"html": "<html><body><div> </div></body></html>"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": "   "},
        {"text": "a", "html": "<p>a</p>"},
        {"title": "no text"},
        {"text": "a", "lang": "en"},
        {"text": "a", "published": "yesterday"},
    ],
)
def test_malformed_bodies_are_422(client: TestClient, auth: dict[str, str], body: dict[str, Any]) -> None:
    response = _post(client, auth, body)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid-request"


def test_posting_needs_a_token(client: TestClient, extractor_stub: KeywordExtractor) -> None:
    response = client.post("/api/documents", json={"text": TEXT})
    assert response.status_code == 401
    assert extractor_stub.seen == []


@pytest.mark.slow
def test_real_extractor_end_to_end(tmp_path: Path, extractor: Any) -> None:
    """The spaCy pipeline and gazetteer behind the API (loaded once per session by tests/conftest.py)."""
    from eventscope.api import create_app
    from eventscope.store.reviews import ReviewStore

    db = str(tmp_path / "real.db")
    store = Store.open(db)
    token = ReviewStore(store).create_token("analyst")
    store.close()
    text = (
        "Police fired tear gas at hundreds of traders protesting new market fees in Nairobi, Kenya, "
        "on Tuesday, witnesses said. Two people were injured."
    )
    with TestClient(create_app(db, extractor_factory=lambda: extractor)) as c:
        response = c.post(
            "/api/documents",
            json={"text": text, "published": "2024-02-08"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 201, response.text
        events = response.json()["events"]
        assert events, "no event extracted"
        assert any(e["event_type"] == "Protests" for e in events)
        assert any((e["location"] or {}).get("iso3") == "KEN" for e in events)
        listed = c.get("/api/events", params={"country": "KEN"}).json()
        assert listed["total"] == len([e for e in events if (e["location"] or {}).get("iso3") == "KEN"])
