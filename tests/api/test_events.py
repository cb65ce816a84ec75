"""GET /api/events, /api/events/{id}, /api/articles/{id}, /api/stats."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient


def _ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_lists_events_by_date_with_total_and_pages(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["total"] == 13 and first["limit"] == 5 and first["offset"] == 0
    dates = [e["date"]["best"] for e in first["events"]]
    assert dates == sorted(dates)
    rest = client.get("/api/events", params={"limit": 100, "offset": 5}).json()
    ids = [e["event_id"] for e in first["events"] + rest["events"]]
    assert len(ids) == len(set(ids)) == 13
    assert all(e["review"]["status"] == "unreviewed" for e in first["events"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "som"}, {"ev-doc-som-1", "ev-doc-som-2", "ev-doc-som-3"}),
        ({"country": "Somalia", "event_type": "Battles"}, {"ev-doc-som-3"}),
        ({"admin1": "borno"}, {"ev-doc-nga-1", "ev-doc-nga-2", "ev-doc-nga-3"}),
        (
            {"event_type": "Explosions/Remote violence", "min_fatalities": 10},
            {"ev-doc-som-1", "ev-doc-nga-3"},
        ),
        ({"sub_event_type": "Peaceful protest"}, {"ev-doc-ken-4"}),
        ({"actor": "iswap"}, {"ev-doc-nga-1"}),
        ({"since": "2024-03-20", "until": "2024-03-24"}, {"ev-doc-nga-3"}),
        ({"bbox": "10,5,20,15"}, {"ev-doc-nga-1", "ev-doc-nga-2", "ev-doc-nga-3"}),
        ({"q": "FIREWOOD"}, {"ev-doc-nga-2"}),  # article text
        ({"q": "baidoa"}, {"ev-doc-som-3"}),  # place name
        ({"status": "asserted", "country": "COD"}, {"ev-doc-cod-1", "ev-doc-xss"}),
        ({"country": "ZZZ"}, set()),
    ],
)
def test_filters(client: TestClient, params: dict[str, Any], expected: set[str]) -> None:
    assert set(_ids(client.get("/api/events", params={**params, "limit": 100}))) == expected


def test_sort_by_fatalities_puts_missing_counts_last(client: TestClient) -> None:
    ids = _ids(client.get("/api/events", params={"sort": "-fatalities", "limit": 100}))
    assert ids[:2] == ["ev-doc-nga-1", "ev-doc-nga-3"]
    assert ids[-1] in {"ev-doc-ken-4", "ev-doc-som-2", "ev-doc-nga-2", "ev-doc-xss"}


def test_csv_export_uses_acled_columns(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "csv", "country": "NGA"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["x-total-count"] == "3"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["event_id"] for r in rows} == {"ev-doc-nga-1", "ev-doc-nga-2", "ev-doc-nga-3"}
    assert {r["admin1"] for r in rows} == {"Borno"}


def test_geojson_export_is_a_feature_collection(client: TestClient) -> None:
    body = client.get("/api/events", params={"format": "geojson", "country": "KEN"}).json()
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == 5
    lon, lat = body["features"][0]["geometry"]["coordinates"]
    assert 33 < lon < 42 and -5 < lat < 5


def test_event_detail_has_evidence_text_article_and_claims(client: TestClient) -> None:
    body = client.get("/api/events/ev-doc-ken-1").json()
    assert body["event"]["event_id"] == "ev-doc-ken-1"
    sentence = [e for e in body["evidence"] if e["field"] is None]
    assert sentence[0]["text"].startswith("Soldiers and Al Shabaab fighters clashed outside Mandera")
    assert [e["text"] for e in body["evidence"] if e["field"] == "location"] == ["Mandera"]
    assert body["article"]["id"] == "doc-ken-1"
    text = body["article"]["text"]
    assert text[sentence[0]["start"] : sentence[0]["end"]] == sentence[0]["text"]
    assert body["event"]["claims"][0]["kind"] == "official"
    assert body["audit"] == [] and body["extracted"] == {}


def test_article_lists_its_events(client: TestClient) -> None:
    body = client.get("/api/articles/doc-nga-2").json()
    assert body["title"] == "Report from Bama"
    assert body["published"] == "2024-03-15"
    assert [e["event_id"] for e in body["events"]] == ["ev-doc-nga-2"]


def test_stats_per_week_by_type_and_country(client: TestClient) -> None:
    body = client.get("/api/stats", params={"country": "NGA"}).json()
    assert body["interval"] == "week"
    assert body["total"] == {"events": 3, "fatalities": 35}
    periods = {s["period"] for s in body["series"]}
    assert periods == {"2024-03-04", "2024-03-11", "2024-03-18"}  # Mondays
    by_type = {t["event_type"]: t for t in body["by_type"]}
    assert by_type["Battles"]["fatalities"] == 20
    assert body["by_country"] == [{"iso3": "NGA", "country": "Nigeria", "events": 3, "fatalities": 35}]


def test_stats_per_month(client: TestClient) -> None:
    body = client.get("/api/stats", params={"interval": "month"}).json()
    assert {s["period"] for s in body["series"]} == {"2024-03-01"}
    assert body["total"]["events"] == 13
    assert body["total"]["fatalities"] == 73


def test_taxonomy_lists_the_acled_types(client: TestClient) -> None:
    body = client.get("/api/taxonomy").json()
    assert len(body["event_types"]) == 6
    assert "Air/drone strike" in body["event_types"]["Explosions/Remote violence"]
    assert "Rebel group" in body["actor_types"]


def test_openapi_schema_lists_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles/{doc_id}",
        "/api/stats",
        "/api/documents",
    } <= set(paths)
    assert "patch" in paths["/api/events/{event_id}"]
    assert "401" in paths["/api/documents"]["post"]["responses"]


def test_dashboard_and_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    for asset in ("/static/app.js", "/static/app.css", "/static/basemap/countries.geojson"):
        assert client.get(asset).status_code == 200, asset
    basemap = client.get("/static/basemap/countries.geojson")
    assert len(basemap.content) < 1_000_000
    assert len(basemap.json()["features"]) > 200
