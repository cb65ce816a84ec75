"""Every error, whatever raised it, comes back in one envelope: {"error": {"code", "message", "detail"}}."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.seed import Seeded
from eventscope import records as r
from eventscope.api import create_app
from eventscope.errors import StoreError


def _assert_envelope(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body["error"])


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("GET", "/api/nowhere", {}, 404, "not-found"),
        ("GET", "/static/missing.js", {}, 404, "not-found"),
        ("GET", "/api/events/no-such-event", {}, 404, "not-found"),
        ("GET", "/api/articles/no-such-article", {}, 404, "not-found"),
        ("DELETE", "/api/events/ev-doc-ken-1", {}, 405, "method-not-allowed"),
        ("GET", "/api/events", {"params": {"limit": "many"}}, 422, "invalid-request"),
        ("GET", "/api/events", {"params": {"limit": 10_001}}, 422, "invalid-request"),
        ("GET", "/api/events", {"params": {"format": "xml"}}, 422, "invalid-request"),
        ("GET", "/api/events", {"params": {"bbox": "1,2,3"}}, 422, "invalid-request"),
        ("GET", "/api/events", {"params": {"bbox": "10,50,20,40"}}, 422, "invalid-request"),
        ("GET", "/api/events", {"params": {"since": "2024-13-01"}}, 422, "invalid-request"),
        (
            "GET",
            "/api/events",
            {"params": {"since": "2024-03-10", "until": "2024-03-01"}},
            422,
            "invalid-request",
        ),
        ("GET", "/api/stats", {"params": {"interval": "day"}}, 422, "invalid-request"),
        ("POST", "/api/documents", {"json": {"text": "x"}}, 401, "unauthorized"),
        ("PATCH", "/api/events/ev-doc-ken-1", {"json": {"status": "confirmed"}}, 401, "unauthorized"),
        ("GET", "/api/token", {}, 401, "unauthorized"),
    ],
)
def test_error_envelope(
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int, code: str
) -> None:
    _assert_envelope(client.request(method, path, **kwargs), status, code)


def test_validation_detail_names_the_field_without_echoing_input(
    client: TestClient, auth: dict[str, str]
) -> None:
    secret = "do-not-echo-this-value"
    response = client.patch("/api/events/ev-doc-ken-1", json={"status": secret}, headers=auth)
    error = _assert_envelope(response, 422, "invalid-request")
    assert error["detail"][0]["loc"] == ["body", "status"]
    assert secret not in response.text
    assert error["message"].startswith("body.status:")


def test_malformed_json_body(client: TestClient, auth: dict[str, str]) -> None:
    response = client.post(
        "/api/documents", content=b"{not json", headers={**auth, "content-type": "application/json"}
    )
    _assert_envelope(response, 422, "invalid-request")


class _Failing:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def extract(self, docs: Iterable[r.Document]) -> Iterator[tuple[r.Document, list[r.Event]]]:
        raise self.exc
        yield from ()


@pytest.mark.parametrize(
    ("exc", "status", "code"),
    [
        (StoreError("database write failed: secret internals"), 503, "store-unavailable"),
        (RuntimeError("bug: secret internals"), 500, "internal-error"),
    ],
)
def test_server_side_failures(seeded_db: tuple[str, Seeded], exc: Exception, status: int, code: str) -> None:
    db, seeded = seeded_db
    app = create_app(db, extractor_factory=lambda: _Failing(exc))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post(
            "/api/documents", json={"text": "Words."}, headers={"Authorization": f"Bearer {seeded.token}"}
        )
    _assert_envelope(response, status, code)
    assert "secret internals" not in response.text
