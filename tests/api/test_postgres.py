"""The API's own queries (effective values over reviews, stats, full text) on PostgreSQL too."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.seed import seed
from eventscope.api import create_app


def test_filters_reviews_and_stats_on_postgresql(pg_url: str) -> None:
    seeded = seed(pg_url)
    auth = {"Authorization": f"Bearer {seeded.token}"}
    with TestClient(create_app(pg_url)) as c:
        assert c.get("/api/events").json()["total"] == 13
        ids = [
            e["event_id"]
            for e in c.get("/api/events", params={"sort": "-fatalities", "limit": 3}).json()["events"]
        ]
        assert ids == ["ev-doc-nga-1", "ev-doc-nga-3", "ev-doc-som-1"]
        for params, expected in (
            ({"q": "FIREWOOD"}, {"ev-doc-nga-2"}),
            ({"bbox": "10,5,20,15", "min_fatalities": 16}, {"ev-doc-nga-1"}),
            ({"actor": "iswap", "since": "2024-03-01", "until": "2024-03-31"}, {"ev-doc-nga-1"}),
        ):
            events = c.get("/api/events", params=params).json()["events"]
            assert {e["event_id"] for e in events} == expected, params

        place = {
            "name": "Beled Hawo",
            "admin1": "Gedo",
            "country": "Somalia",
            "iso3": "SOM",
            "lat": 3.9,
            "lon": 41.9,
        }
        response = c.patch(
            "/api/events/ev-doc-ken-1",
            json={"status": "confirmed", "location": place, "fatalities": 6},
            headers=auth,
        )
        assert response.status_code == 200, response.text
        somalia = {e["event_id"] for e in c.get("/api/events", params={"country": "som"}).json()["events"]}
        assert "ev-doc-ken-1" in somalia
        stats = c.get("/api/stats", params={"country": "SOM", "interval": "month"}).json()
        assert stats["total"] == {"events": 4, "fatalities": 25}
        c.patch("/api/events/ev-doc-som-2", json={"status": "rejected"}, headers=auth)
        assert c.get("/api/events", params={"review": "rejected"}).json()["total"] == 1
        detail = c.get("/api/events/ev-doc-ken-1").json()
        assert [a["action"] for a in detail["audit"]] == ["correct"]
        assert detail["event"]["review"]["reviewed_at"].endswith("Z")
