"""The dashboard in a real (headless) Chromium: loads cleanly, maps and lists events, filters, shows
evidence, saves reviews, and never runs markup carried by an article.

Set EVENTSCOPE_SCREENSHOTS=1 to also write docs/screenshots/*.png.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "docs" / "screenshots"
EXAMPLES = REPO / "examples" / "pages"
TIMEOUT = 15


def _wait(driver: Any, condition: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, TIMEOUT, poll_frequency=0.05).until(condition)


def _ready(driver: Any) -> str:
    return str(driver.execute_script("return document.body.dataset.ready || ''"))


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    _wait(driver, lambda d: _ready(d) != "")


def _refreshed_after(driver: Any, before: str) -> None:
    _wait(driver, lambda d: _ready(d) not in ("", before))


def _table_ids(driver: Any) -> list[str]:
    return list(
        driver.execute_script(
            "return [...document.querySelectorAll('#events tbody tr')].map(tr => tr.dataset.eventId)"
        )
    )


def _mapped_count(driver: Any) -> int:
    """Events on the map: single markers plus the members of clusters."""
    return int(
        driver.execute_script(
            "return document.querySelectorAll('#map .marker').length + "
            "[...document.querySelectorAll('#map .cluster')].reduce((n, g) => n + Number(g.dataset.count), 0)"
        )
    )


def _open_event(driver: Any, event_id: str) -> None:
    row = driver.find_element("css selector", f'#events tbody tr[data-event-id="{event_id}"]')
    row.click()
    _wait(
        driver,
        lambda d: (
            d.find_element("id", "panel").is_displayed()
            and d.execute_script("return document.querySelector('#article-text').textContent.length") > 0
        ),
    )


def _severe(driver: Any) -> list[dict[str, Any]]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_page_loads_without_console_errors(browser: Any, live_server: Any) -> None:
    browser.get_log("browser")  # drop what earlier pages logged
    _open(browser, live_server.url + "/")
    assert browser.title == "eventscope"
    assert browser.find_elements("css selector", "#map path.country"), "basemap not drawn"
    assert "13 events" in browser.find_element("id", "summary").text
    assert _severe(browser) == []


def test_markers_and_rows_appear_for_every_event(browser: Any, live_server: Any) -> None:
    _open(browser, live_server.url + "/")
    events = live_server.seeded.events
    assert _mapped_count(browser) == len(events)
    assert sorted(_table_ids(browser)) == sorted(e.event_id for e in events)
    # Deadliest first when sorted by deaths.
    browser.find_element("css selector", 'th[data-key="fatalities"]').click()
    assert _table_ids(browser)[0] == "ev-doc-nga-1"


def test_filter_changes_table_and_map(browser: Any, live_server: Any) -> None:
    from selenium.webdriver.support.ui import Select

    _open(browser, live_server.url + "/")
    before = _ready(browser)
    Select(browser.find_element("css selector", 'select[name="country"]')).select_by_value("NGA")
    _refreshed_after(browser, before)
    nigeria = sorted(e.event_id for e in live_server.seeded.events if e.location and e.location.iso3 == "NGA")
    assert sorted(_table_ids(browser)) == nigeria
    assert _mapped_count(browser) == len(nigeria) == 3
    assert "country=NGA" in browser.current_url  # the view can be bookmarked

    before = _ready(browser)
    browser.find_element("css selector", 'input[name="min_fatalities"]').send_keys("16")
    _refreshed_after(browser, before)
    assert _table_ids(browser) == ["ev-doc-nga-1"]
    assert _mapped_count(browser) == 1


def test_clicking_an_event_highlights_its_evidence(browser: Any, live_server: Any) -> None:
    _open(browser, live_server.url + "/")
    _open_event(browser, "ev-doc-ken-1")
    marks = browser.find_elements("css selector", "#article-text mark.evidence")
    highlighted = "".join(m.text for m in marks)
    assert highlighted.startswith("Soldiers and Al Shabaab fighters clashed outside")
    assert highlighted.endswith("leaving four people dead.")
    # The place name is also marked as the location's evidence.
    fields = browser.find_elements("css selector", "#article-text mark.field-evidence")
    assert [m.text for m in fields] == ["Mandera"]
    assert "Al Shabaab" in browser.find_element("id", "panel-fields").text
    assert browser.find_element("id", "review-status").text == "unreviewed"


def test_map_marker_opens_the_event(browser: Any, live_server: Any) -> None:
    _open(browser, live_server.url + "/?country=SOM&event_type=Suicide+bomb")
    marker = browser.find_element("css selector", '#map .marker[data-event-id="ev-doc-som-1"]')
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker)
    _wait(browser, lambda d: "Suicide bomb" in d.find_element("id", "panel-title").text)


def test_review_is_saved_and_survives_reload(browser: Any, live_server: Any) -> None:
    _open(browser, live_server.url + "/")
    token = browser.find_element("id", "token")
    token.send_keys(live_server.seeded.token)
    browser.find_element("css selector", "#token-form button").click()
    _wait(browser, lambda d: d.find_element("id", "token-status").text == "reviewing as tester")

    _open_event(browser, "ev-doc-som-2")
    browser.find_element("id", "btn-confirm").click()
    _wait(browser, lambda d: d.find_element("id", "review-status").text == "confirmed")
    assert "confirm" in browser.find_element("id", "audit").text

    # A correction: the deaths count, recorded and shown as corrected.
    browser.find_element("id", "btn-edit").click()
    deaths = browser.find_element("css selector", '#correct-form input[name="fatalities"]')
    deaths.clear()
    deaths.send_keys("2")
    browser.find_element("css selector", '#correct-form input[name="note"]').send_keys("hospital figures")
    browser.find_element("css selector", "#correct-form button[type=submit]").click()
    _wait(browser, lambda d: "hospital figures" in d.find_element("id", "audit").text)

    browser.refresh()
    _wait(browser, lambda d: _ready(d) != "")
    row = browser.find_element("css selector", '#events tbody tr[data-event-id="ev-doc-som-2"]')
    assert row.find_element("css selector", "td.review").text == "confirmed"
    assert row.find_element("css selector", "td.num").text == "2"
    _open_event(browser, "ev-doc-som-2")
    assert browser.find_element("id", "review-status").text == "confirmed"
    assert "by tester" in browser.find_element("id", "review-by").text
    corrected = browser.find_elements("css selector", "#panel-fields dd.corrected")
    assert [c.text for c in corrected] == ["2"]


def test_markup_in_an_article_is_shown_not_run(browser: Any, live_server: Any) -> None:
    browser.get_log("browser")
    _open(browser, live_server.url + "/")
    _open_event(browser, live_server.seeded.xss_event_id)
    text = browser.find_element("id", "article-text").text
    assert '<script>window.__xss = "script";</script>' in text
    assert "<img src=" in text
    assert browser.execute_script("return window.__xss") is None
    for area in ("#article-text", "#panel", "#events"):
        assert (
            browser.execute_script(f"return document.querySelectorAll('{area} script, {area} img').length")
            == 0
        )
    row = browser.find_element(
        "css selector", f'#events tbody tr[data-event-id="{live_server.seeded.xss_event_id}"]'
    )
    assert "<img src=x onerror=" in row.text
    assert "<b>Bold</b>" in browser.find_element("id", "article-meta").text
    assert _severe(browser) == []


@pytest.mark.skipif(not os.environ.get("EVENTSCOPE_SCREENSHOTS"), reason="set EVENTSCOPE_SCREENSHOTS=1")
def test_take_screenshots(browser: Any, extractor: Any, tmp_path: Path) -> None:
    """docs/screenshots/ from the bundled example pages run through the real extractor."""
    from browser.conftest import LiveServer
    from eventscope.ingest.sources import iter_documents
    from eventscope.records import Document
    from eventscope.store import Store

    db = str(tmp_path / "examples.db")
    store = Store.open(db)
    try:
        docs = [d for d in iter_documents([str(EXAMPLES)]) if isinstance(d, Document)]
        for doc, events in extractor.extract(docs):
            store.add_document(doc, events, source=doc.url)
    finally:
        store.close()
    server = LiveServer(db)
    server.start()
    try:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        _open(browser, server.url + "/")
        browser.save_screenshot(str(SCREENSHOTS / "dashboard.png"))
        # The deadliest event with coordinates: its panel shows the evidence sentences highlighted.
        browser.find_element("css selector", 'th[data-key="fatalities"]').click()
        first = _table_ids(browser)[0]
        _open_event(browser, first)
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(SCREENSHOTS / "event-panel.png"))
    finally:
        server.stop()
