"""PATCH /api/events/{id}: analyst reviews with an audit trail, applied on read over the extraction,
and the API tokens behind them (``store/reviews.py``)."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.seed import Seeded
from eventscope import records as r
from eventscope.store import Store
from eventscope.store.reviews import ReviewChange, ReviewStore


def _ids(client: TestClient, **params: Any) -> set[str]:
    response = client.get("/api/events", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return {e["event_id"] for e in response.json()["events"]}


def _patch(client: TestClient, auth: dict[str, str], event_id: str, body: dict[str, Any]) -> Any:
    response = client.patch(f"/api/events/{event_id}", json=body, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()


def test_review_needs_a_valid_token(client: TestClient, token: str) -> None:
    for headers in ({}, {"Authorization": "Bearer es_not-a-token"}, {"Authorization": f"Basic {token}"}):
        response = client.patch("/api/events/ev-doc-ken-1", json={"status": "confirmed"}, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"
        assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/events/ev-doc-ken-1").json()["event"]["review"]["status"] == "unreviewed"


def test_confirm_records_who_and_when(client: TestClient, auth: dict[str, str]) -> None:
    body = _patch(client, auth, "ev-doc-ken-1", {"status": "confirmed", "note": "matches the police report"})
    review = body["event"]["review"]
    assert review["status"] == "confirmed" and review["reviewer"] == "tester"
    assert review["reviewed_at"].endswith("Z")
    [entry] = body["audit"]
    assert entry["action"] == "confirm" and entry["reviewer"] == "tester"
    assert entry["before"] == {"review_status": "unreviewed"} and entry["after"] == {
        "review_status": "confirmed"
    }
    assert entry["note"] == "matches the police report"
    assert client.get("/api/token", headers=auth).json() == {"name": "tester"}


def test_rejected_events_leave_lists_and_stats_by_default(client: TestClient, auth: dict[str, str]) -> None:
    _patch(client, auth, "ev-doc-som-2", {"status": "rejected"})
    assert "ev-doc-som-2" not in _ids(client)
    assert _ids(client, review="rejected") == {"ev-doc-som-2"}
    assert "ev-doc-som-2" in _ids(client, review="all")
    assert client.get("/api/stats").json()["total"]["events"] == 12
    _patch(client, auth, "ev-doc-som-2", {"status": "unreviewed"})
    assert "ev-doc-som-2" in _ids(client)
    actions = [a["action"] for a in client.get("/api/events/ev-doc-som-2").json()["audit"]]
    assert actions == ["reject", "reopen"]


def test_corrected_place_is_used_by_filters_exports_and_stats(
    client: TestClient, auth: dict[str, str]
) -> None:
    place = {
        "name": "Beled Hawo",
        "admin1": "Gedo",
        "country": "Somalia",
        "iso3": "SOM",
        "lat": 3.93,
        "lon": 41.87,
    }
    body = _patch(client, auth, "ev-doc-ken-1", {"location": place})
    assert body["event"]["location"]["name"] == "Beled Hawo"
    assert body["event"]["review"]["corrected"] == ["location"]
    assert "ev-doc-ken-1" in _ids(client, country="SOM")
    assert "ev-doc-ken-1" not in _ids(client, country="KEN")
    assert "ev-doc-ken-1" in _ids(client, admin1="gedo")
    assert "ev-doc-ken-1" in _ids(client, q="beled")
    stats = client.get("/api/stats", params={"country": "SOM"}).json()
    assert stats["total"]["events"] == 4
    csv_text = client.get("/api/events", params={"format": "csv", "country": "SOM"}).text
    assert "Beled Hawo" in csv_text
    detail = client.get("/api/events/ev-doc-ken-1").json()
    assert detail["extracted"]["location"]["name"] == "Mandera"
    [entry] = detail["audit"]
    assert entry["action"] == "correct"
    assert (
        entry["before"]["location"]["name"] == "Mandera"
        and entry["after"]["location"]["name"] == "Beled Hawo"
    )


def test_corrected_place_without_coordinates_leaves_the_map(client: TestClient, auth: dict[str, str]) -> None:
    _patch(
        client,
        auth,
        "ev-doc-nga-1",
        {
            "location": {
                "name": "Somewhere in Borno",
                "admin1": "Borno",
                "country": "Nigeria",
                "iso3": "NGA",
                "precision": "admin1",
            }
        },
    )
    assert "ev-doc-nga-1" not in _ids(client, bbox="10,5,20,15")
    geo = client.get("/api/events", params={"format": "geojson", "country": "NGA"}).json()
    assert len(geo["features"]) == 2


def test_corrections_accumulate_and_revert(client: TestClient, auth: dict[str, str]) -> None:
    _patch(client, auth, "ev-doc-nga-3", {"fatalities": 12})
    body = _patch(
        client,
        auth,
        "ev-doc-nga-3",
        {"sub_event_type": "Shelling/artillery/missile attack", "date": "2024-03-20"},
    )
    event = body["event"]
    assert event["fatalities"]["best"] == 12 and event["fatalities"]["low"] == 12
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"
    assert event["event_type"] == "Explosions/Remote violence"
    assert event["date"] == {
        "best": "2024-03-20",
        "start": "2024-03-20",
        "end": "2024-03-20",
        "precision": "day",
        "text": None,
        "defaulted": False,
    }
    assert _ids(client, min_fatalities=13, country="NGA") == {"ev-doc-nga-1"}
    assert "ev-doc-nga-3" in _ids(client, since="2024-03-20", until="2024-03-20")

    body = _patch(client, auth, "ev-doc-nga-3", {"revert": ["fatalities", "sub_event_type"]})
    event = body["event"]
    assert event["fatalities"]["best"] == 15
    assert (
        event["sub_event_type"] == "Air/drone strike" and event["event_type"] == "Explosions/Remote violence"
    )
    assert event["review"]["corrected"] == ["date"]
    assert [a["action"] for a in body["audit"]] == ["correct", "correct", "revert"]
    assert body["audit"][-1]["before"]["fatalities"]["best"] == 12


def test_removing_the_second_actor(client: TestClient, auth: dict[str, str]) -> None:
    assert "ev-doc-cod-1" in _ids(client, actor="democratic republic")
    body = _patch(
        client, auth, "ev-doc-cod-1", {"actor2": None, "actor1": {"name": "M23", "type": "Rebel group"}}
    )
    assert body["event"]["actor2"] is None
    assert body["event"]["actor1"]["type"] == "Rebel group"
    assert "ev-doc-cod-1" not in _ids(client, actor="democratic republic")
    assert "ev-doc-cod-1" in _ids(client, actor="m23")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"sub_event_type": "Skirmish"},
        {"status": "approved"},
        {"fatalities": -1},
        {"fatalities": {"best": 5, "low": 7}},
        {"date": {"best": "2024-03-01", "start": "2024-03-05"}},
        {"location": {"name": "X", "lat": 1.0}},
        {"location": {"name": "X", "iso3": "so"}},
        {"actor1": {"name": "X", "type": "Bandits"}},
        {"revert": ["evidence"]},
        {"confidence": 1.0},
    ],
)
def test_invalid_reviews_are_refused(client: TestClient, auth: dict[str, str], body: dict[str, Any]) -> None:
    response = client.patch("/api/events/ev-doc-ken-2", json=body, headers=auth)
    assert response.status_code == 422, body
    assert response.json()["error"]["code"] == "invalid-request"
    assert client.get("/api/events/ev-doc-ken-2").json()["audit"] == []


def test_review_of_unknown_event_is_404(client: TestClient, auth: dict[str, str]) -> None:
    response = client.patch("/api/events/nope", json={"status": "confirmed"}, headers=auth)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not-found"


def test_review_survives_re_extraction(
    client: TestClient, auth: dict[str, str], seeded_db: tuple[str, Seeded]
) -> None:
    """Re-extracting replaces the document's events; the review (keyed by the stable event id) stays
    and its corrections still win over the new extraction's values."""
    _patch(client, auth, "ev-doc-ken-3", {"status": "confirmed", "fatalities": 4})
    db, seeded = seeded_db
    [old] = [e for e in seeded.events if e.event_id == "ev-doc-ken-3"]
    new = dataclasses.replace(old, fatalities=r.Count("killed", 2, 2, 2, "two"), confidence=0.6)
    store = Store.open(db)
    try:
        store.add_events("doc-ken-3", [new])
    finally:
        store.close()
    event = client.get("/api/events/ev-doc-ken-3").json()["event"]
    assert event["review"]["status"] == "confirmed"
    assert event["fatalities"]["best"] == 4
    assert event["confidence"] == 0.6  # fields nobody corrected follow the extraction


def test_tokens_are_stored_hashed_and_can_be_revoked(
    client: TestClient, seeded_db: tuple[str, Seeded]
) -> None:
    db, seeded = seeded_db
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, token_sha256 FROM api_tokens").fetchall()
    assert [name for name, _ in rows] == ["tester"]
    assert seeded.token not in rows[0][1]
    with open(db, "rb") as fh:
        assert seeded.token.encode() not in fh.read()

    store = Store.open(db)
    try:
        reviews = ReviewStore(store)
        second = reviews.create_token("second analyst")
        assert second != seeded.token and second.startswith("es_")
        assert reviews.verify_token(second) is not None
        assert reviews.revoke_tokens("tester") == 1
        assert reviews.verify_token(seeded.token) is None
        assert [t.name for t in reviews.list_tokens() if t.revoked_at is None] == ["second analyst"]
        with pytest.raises(ValueError):
            reviews.create_token("  ")
    finally:
        store.close()
    response = client.patch(
        "/api/events/ev-doc-ken-1",
        json={"status": "confirmed"},
        headers={"Authorization": f"Bearer {seeded.token}"},
    )
    assert response.status_code == 401


def test_review_tables_are_added_to_an_existing_database(tmp_path: Any) -> None:
    db = str(tmp_path / "old.db")
    Store.open(db).close()  # a database from before reviews existed
    store = Store.open(db)
    try:
        reviews = ReviewStore(store)
        ReviewStore(store)  # opening twice is harmless
        event = {"event_id": "e1", "event_type": "Battles", "sub_event_type": "Armed clash"}
        review = reviews.review(event, ReviewChange(status="confirmed"), reviewer="a")
        assert review.status == "confirmed" and reviews.get("e1") == review
        assert reviews.get_many(["e1", "e2"]).keys() == {"e1"}
    finally:
        store.close()


def test_review_change_refuses_fields_that_are_not_correctable() -> None:
    with pytest.raises(ValueError, match="evidence"):
        ReviewChange(corrections={"evidence": []})
    with pytest.raises(ValueError, match="status"):
        ReviewChange(status="approved")  # type: ignore[arg-type]
