"""The bundled example pages (``examples/``) are well formed and their hand-coded events use the contract.

These pages are what a new user runs first and what the end-to-end extraction test scores against, so a
typo in a sub-type, an actor type outside the vocabulary or an evidence string that is not in the page
would silently skew that test. Stdlib only: no spaCy, no trafilatura.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from eventscope.records import ACTOR_TYPES, EVENT_TYPES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAGES = sorted((EXAMPLES / "pages").glob("*.html"))
PRECISIONS = {"day", "week", "month", "year"}
EVENT_KEYS = {
    "event_type",
    "sub_event_type",
    "date",
    "date_precision",
    "country",
    "iso3",
    "admin1",
    "location",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "actor1",
    "actor1_type",
    "actor2",
    "actor2_type",
    "evidence_contains",
    "note",
}
# A declared charset, as saved pages carry it: <meta charset=...> or the http-equiv Content-Type form.
CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class _TextCollector(HTMLParser):
    """Visible text of a page: every text node outside <script>/<style>, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def declared_charset(raw: bytes) -> str:
    m = CHARSET_RE.search(raw[:4096])
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def decode_page(raw: bytes) -> str:
    return raw.decode(declared_charset(raw))


def page_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return re.sub(r"\s+", " ", " ".join(collector.parts))


def expected_for(page: Path) -> dict[str, Any]:
    path = EXAMPLES / "expected" / f"{page.stem}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def all_events() -> list[dict[str, Any]]:
    return [ev for page in PAGES for ev in expected_for(page)["events"]]


def test_enough_pages() -> None:
    assert len(PAGES) >= 30


def test_every_expected_file_has_its_page() -> None:
    for exp in (EXAMPLES / "expected").glob("*.json"):
        assert (EXAMPLES / "pages" / f"{exp.stem}.html").exists(), exp.name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_and_expected_agree(page: Path) -> None:
    raw = page.read_bytes()
    html = decode_page(raw)  # raises if the declared charset does not match the bytes
    exp = expected_for(page)
    assert set(exp) == {"published", "outlet", "country_iso3", "events"}
    published = dt.date.fromisoformat(exp["published"])
    # The publication date is in the page's own metadata (meta tag, <time datetime> or JSON-LD).
    assert exp["published"] in html or published.strftime("%Y%m%d") in html
    assert f'property="og:site_name" content="{exp["outlet"]}"' in html
    text = page_text(html)
    assert 150 <= len(text.split())
    for ev in exp["events"]:
        assert set(ev) == EVENT_KEYS, sorted(set(ev) ^ EVENT_KEYS)
        assert ev["event_type"] in EVENT_TYPES
        assert ev["sub_event_type"] in EVENT_TYPES[ev["event_type"]]
        for role in ("actor1", "actor2"):
            assert ev[f"{role}_type"] is None or ev[f"{role}_type"] in ACTOR_TYPES
            assert (ev[role] is None) == (ev[f"{role}_type"] is None)
        assert ev["actor1"], "every coded event names at least its initiating actor"
        assert ev["date_precision"] in PRECISIONS
        # Events are reported after they happen, and these pages report recent news.
        assert dt.timedelta(0) <= published - dt.date.fromisoformat(ev["date"]) <= dt.timedelta(days=45)
        assert re.fullmatch(r"[A-Z]{3}", ev["iso3"])
        fat, low, high = ev["fatalities"], ev["fatalities_low"], ev["fatalities_high"]
        if fat is None:
            assert low is None and high is None
        else:
            assert low is not None and low <= fat and (high is None or fat <= high)
        assert len(ev["evidence_contains"]) >= 15
        assert ev["evidence_contains"] in text, ev["evidence_contains"]
        assert ev["note"]


def test_coverage_of_the_taxonomy() -> None:
    events = all_events()
    assert {ev["event_type"] for ev in events} == set(EVENT_TYPES)
    assert len({ev["sub_event_type"] for ev in events}) >= 14
    assert len({ev["iso3"] for ev in events}) >= 10


def test_enough_pages_without_events() -> None:
    assert sum(1 for page in PAGES if not expected_for(page)["events"]) >= 6


def test_some_pages_use_legacy_charsets() -> None:
    # Real saved pages are not all UTF-8; the ingest stage must honour the declared charset.
    declared = {declared_charset(p.read_bytes()) for p in PAGES}
    assert {"windows-1252", "iso-8859-1"} <= declared


def test_readme_lists_every_page() -> None:
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert f"`{page.stem}`" in readme, page.stem
