"""clean_html: main text only, metadata, charsets, refusals with reason codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventscope.errors import BinaryInput, EmptyDocument, InputError
from eventscope.ingest import CleanOptions, TooLargeInput, clean_html, decode_bytes, stable_id

FIXTURES = Path(__file__).parent / "fixtures"

# A body cut in two containers with an ad row between them (as some publishers serve articles).
SPLIT_BODY_PAGE = """<html><head><title>Bridge closed</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main>
<div class="article__body"><p>The bridge over the Selva river was closed on Friday morning after
inspectors found cracks in two of its supporting pillars, the transport ministry said.</p>
<p>Traffic between the two halves of the city was diverted to the ring road, where queues of
several kilometres formed during the morning rush hour.</p></div>
<div class="ad-row"><div class="ad">Advertisement</div></div>
<div class="article__body"><p>Engineers said repairs could take until the end of the summer, and
that a temporary pedestrian crossing would open next week.</p>
<p>The bridge, built in 1962, carries about forty thousand vehicles a day and was last renovated
fifteen years ago.</p></div>
</main><footer>Copyright the publisher</footer></body></html>"""


# An embedded tweet inside widget wrappers, a table and a list, as news pages carry them.
EMBED_PAGE = """<html><head><title>Curfew</title></head><body><article><div class="article-body">
<p>The authorities in the port city of Delmar declared a night curfew on Saturday after two days of
clashes between rival groups of dock workers, the regional governor said.</p>
<div class="article-widget article-tweet"><div class="article-tweet__inner">
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The curfew starts at 9 pm tonight. Stay at
home and follow police instructions.</p>&mdash; Delmar Governor (@DelmarGov)
<a href="https://twitter.com/DelmarGov/status/1">May 4, 2024</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js"></script></div></div>
<p>Shops in the old harbour district stayed closed and several roads were blocked by police
vehicles, residents told reporters. Bus services were suspended until Monday.</p>
<p>Casualty figures:</p>
<table><tr><th>District</th><th>Injured</th></tr><tr><td>Harbour</td><td>14</td></tr>
<tr><td>Old town</td><td>3</td></tr></table>
<p>The governor listed the measures now in force:</p>
<ul><li>no gatherings of more than five people</li><li>shops close at 8 pm</li></ul>
</div></article></body></html>"""


# An older CMS layout: the whole article is one <div> of text with <br><br> between paragraphs.
BR_PAGE = """<html><head><title>Dam</title></head><body><div id="main"><h1>Dam inspection ordered</h1>
<div class="byline">Tuesday by Staff</div>
<div class="content">The provincial government ordered an urgent inspection of the Korvel dam on
Tuesday after engineers reported new seepage near its western flank, <em>officials</em> said.
<br> <br>Residents of three villages below the dam were told to keep emergency bags ready, although
no evacuation order has been given, the statement added.
<br> <br>The dam, completed in 1958, was last strengthened in 2004 after a minor earthquake damaged
part of its spillway, according to the water ministry.
<br><br><div class="linkback">Related: <a href="/x">Older dam story</a></div></div></div></body></html>"""


# A page laid out in a table: menu row, side column, article cell (holding a small data table).
LAYOUT_TABLE_PAGE = """<html><head><title>Port</title></head><body>
<table width="100%"><tr><td colspan="2" class="menu"><a href="/">Home</a> | <a href="/region/">Region</a>
| <a href="/sport/">Sport</a></td></tr>
<tr><td class="side"><a href="/a">Archive</a><br><a href="/b">Contact</a></td>
<td class="main"><h1>Port workers end strike</h1>
<p>Dock workers in the port of Saldana returned to work on Wednesday after a nine-day strike over pay
ended with an agreement brokered by the labour ministry, union leaders said.</p>
<p>The deal raises basic wages by seven percent this year and sets up a joint committee on
night-shift safety, according to a copy seen by reporters.</p>
<p>Shipping agents said it would take about a week to clear the backlog of containers.</p>
<table class="figures"><tr><th>Terminal</th><th>Ships waiting</th></tr>
<tr><td>North | bulk</td><td>12</td></tr><tr><td>South</td><td>7</td></tr></table>
</td></tr></table></body></html>"""


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# Main text -----------------------------------------------------------------------------------


def test_boilerplate_page_keeps_only_the_article() -> None:
    doc = clean_html(fixture_bytes("boilerplate.html"), source="boilerplate.html")
    paragraphs = doc.text.split("\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Heavy rain on Thursday washed away a section of the only road")
    assert paragraphs[-1].endswith("Repairs to the road could take three weeks.")
    for boilerplate in (
        "cookie",
        "newsletter",
        "Related stories",
        "Ferry timetable",
        "Copyright",
        "Subscribe",
    ):
        assert boilerplate.lower() not in doc.text.lower()


def test_paragraph_lines_are_unwrapped_and_single_spaced() -> None:
    doc = clean_html(fixture_bytes("boilerplate.html"), source="boilerplate.html")
    assert "\n\n" not in doc.text
    assert "  " not in doc.text
    # The source wraps this sentence over two lines; it must come out as one paragraph line.
    assert "on the eastern shore of Lake Varna, leaving about 2,000 residents cut off" in doc.text


def test_metadata_from_the_page() -> None:
    doc = clean_html(fixture_bytes("boilerplate.html"), source="boilerplate.html")
    assert doc.title == "Flooding cuts road to Lake Varna villages"
    assert doc.published == dt.date(2024, 3, 8)
    assert doc.outlet == "The Northern Ledger"
    assert doc.url == "https://ledger.example.org/news/2024/03/08/flooding-lake-varna"


def test_canonical_url_wins_over_the_given_url_but_the_id_follows_the_given_one() -> None:
    given = "https://ledger.example.org/amp/flooding?utm_source=feed"
    doc = clean_html(fixture_bytes("boilerplate.html"), source="x", url=given)
    assert doc.url == "https://ledger.example.org/news/2024/03/08/flooding-lake-varna"
    assert doc.id == stable_id(given)


def test_broken_html_is_still_read() -> None:
    doc = clean_html(fixture_bytes("broken.html"), source="broken.html")
    paragraphs = doc.text.split("\n")
    assert paragraphs[0].startswith("The covered market in Tarsen reopened on Monday")
    assert any(p.startswith("Stall holders will pay reduced rent") for p in paragraphs)
    assert doc.title == "Market reopens after repairs"


def test_article_body_split_around_an_ad_is_joined() -> None:
    doc = clean_html(SPLIT_BODY_PAGE, source="split")
    assert "inspectors found cracks" in doc.text
    # trafilatura alone stops after the first container: this is the regression being guarded.
    assert "temporary pedestrian crossing" in doc.text
    assert "Advertisement" not in doc.text
    assert doc.text.index("inspectors") < doc.text.index("pedestrian")


def test_embedded_tweet_is_kept_as_a_quote() -> None:
    lines = clean_html(EMBED_PAGE, source="embed").text.split("\n")
    # trafilatura alone drops the embed; the official's words are part of the story.
    tweet = [line for line in lines if line.startswith("The curfew starts at 9 pm tonight.")]
    assert tweet == [
        "The curfew starts at 9 pm tonight. Stay at home and follow police instructions."
        " — Delmar Governor (@DelmarGov) May 4, 2024"
    ]
    assert lines.index(tweet[0]) == 1  # in reading order, between the first two paragraphs


def test_tables_become_tab_separated_rows_and_bullets_go() -> None:
    lines = clean_html(EMBED_PAGE, source="embed").text.split("\n")
    assert ["District\tInjured", "Harbour\t14", "Old town\t3"] == lines[
        lines.index("Casualty figures:") + 1 :
    ][:3]
    assert not any(line.startswith(("|", "- ")) for line in lines)
    assert lines[-2:] == ["no gatherings of more than five people", "shops close at 8 pm"]


def test_line_break_paragraphs_become_paragraphs() -> None:
    lines = clean_html(BR_PAGE, source="br").text.split("\n")
    # Without the repair the source's line wrapping survives and sentences are cut mid-way.
    assert len(lines) == 3
    assert lines[0].startswith("The provincial government ordered an urgent inspection")
    assert lines[0].endswith("near its western flank, officials said.")
    assert lines[2].endswith("according to the water ministry.")


def test_layout_table_is_read_as_page_blocks_and_data_table_as_rows() -> None:
    lines = clean_html(LAYOUT_TABLE_PAGE, source="layout").text.split("\n")
    # trafilatura alone: the menu as a row and the three paragraphs run together in one cell.
    assert not any("Home" in line or "Archive" in line for line in lines)
    assert [line.split()[0] for line in lines if line.split()[0] in {"Dock", "The", "Shipping"}] == [
        "Dock",
        "The",
        "Shipping",
    ]
    # The data table inside the article stays a table; a "|" inside a cell is cell text.
    assert lines[-3:] == ["Terminal\tShips waiting", "North | bulk\t12", "South\t7"]


def test_signup_box_inside_the_article_body_is_dropped() -> None:
    page = """<html><head><title>Court</title></head><body><article><div class="entry-content">
    <p>A court in the capital sentenced two former police officers to eight years in prison on Monday
    for the beating of a detained student in 2021, lawyers for the family said.</p>
    <p>The judges found that the officers had falsified the arrest report to hide the injuries.</p>
    <div class="wp-block-group subscribe-box"><h4>Get the Morning Brief</h4><p>Sign up for our daily
    briefing on politics and security. Free, every weekday.</p><form><input type="email" name="email">
    <input type="submit" value="Subscribe"></form></div>
    </div></article></body></html>"""
    text = clean_html(page, source="signup").text
    assert text.endswith("had falsified the arrest report to hide the injuries.")
    assert "Sign up" not in text and "Morning Brief" not in text


def test_a_bare_fragment_is_accepted() -> None:
    doc = clean_html("<p>Soldiers patrolled the empty streets of the old town on Sunday.</p>", source="s")
    assert doc.text == "Soldiers patrolled the empty streets of the old town on Sunday."


# Ids -----------------------------------------------------------------------------------------


def test_id_is_a_stable_content_hash() -> None:
    data = fixture_bytes("broken.html")
    first = clean_html(data, source="a")
    again = clean_html(data, source="b")
    other = clean_html(fixture_bytes("boilerplate.html"), source="a")
    assert first.id == again.id == stable_id(data)
    assert first.id.startswith("sha1:") and len(first.id) == len("sha1:") + 16
    assert other.id != first.id


def test_given_id_is_kept() -> None:
    doc = clean_html(fixture_bytes("broken.html"), source="a", doc_id="tarsen-001")
    assert doc.id == "tarsen-001"


# Charsets ------------------------------------------------------------------------------------


def test_windows_1252_page_is_decoded_from_its_meta_charset() -> None:
    data = fixture_bytes("cp1252.html")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = clean_html(data, source="cp1252.html")
    assert "About forty café owners" in doc.text
    assert "“terrace tax”" in doc.text
    assert "€12 per square metre" in doc.text
    assert "Renée Lasalle" in doc.text
    assert "\ufffd" not in doc.text
    assert doc.title == "Café owners protest new “terrace tax”"


@pytest.mark.parametrize(
    "mangle",
    [
        pytest.param(lambda b: b.replace(b"charset=windows-1252", b"charset=utf-8"), id="label-lies"),
        pytest.param(lambda b: b.replace(b"charset=windows-1252", b"charset=iso-8859-1"), id="latin1-label"),
        pytest.param(lambda b: b.replace(b"; charset=windows-1252", b""), id="no-label"),
    ],
)
def test_windows_1252_bytes_decode_without_a_truthful_label(mangle: object) -> None:
    data = mangle(fixture_bytes("cp1252.html"))  # type: ignore[operator]
    text = decode_bytes(data, source="x")
    assert "café" in text and "€12" in text and "“terrace tax”" in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_byte_order_marks(encoding: str) -> None:
    page = "<html><body><p>Grüße aus Köln: the fair opened on Monday.</p></body></html>"
    data = page.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_bytes(data, source="x") == page


# Refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", id="pdf"),
        pytest.param(b"<html><body>\x00\x01\x02\x03 hidden binary</body></html>", id="nul-bytes"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", id="zip"),
        # High-entropy bytes with no NUL and no known signature (encrypted or compressed data).
        pytest.param(bytes((n * 167 + 13) % 255 + 1 for n in range(3000)), id="no-nul-noise"),
    ],
)
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInput) as info:
        clean_html(data, source="page.html")
    assert info.value.reason == "binary"
    assert info.value.source == "page.html"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(b"", id="no-bytes"),
        pytest.param("   \n\t ", id="whitespace"),
        pytest.param(FIXTURES.joinpath("empty.html").read_bytes(), id="nav-and-script-only"),
    ],
)
def test_page_without_text_is_empty(page: str | bytes) -> None:
    with pytest.raises(EmptyDocument) as info:
        clean_html(page, source="p")
    assert info.value.reason == "empty"


def test_oversized_page_is_refused_before_parsing() -> None:
    small = CleanOptions(max_bytes=1000)
    with pytest.raises(TooLargeInput) as info:
        clean_html(fixture_bytes("boilerplate.html"), source="big.html", options=small)
    assert info.value.reason == "too-large"
    assert isinstance(info.value, InputError)
    assert "1000" in info.value.detail


# Precision collapse -------------------------------------------------------------------------


def test_precision_run_that_collapses_to_a_fragment_falls_back_to_balanced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen on a real page: precision mode kept only a reprint notice and dropped the article."""
    from types import SimpleNamespace

    from eventscope.ingest import clean

    article = " ".join(["The river rose again overnight."] * 40)
    calls: list[bool | None] = []

    def fake_extract(tree: object, *, favor_precision: bool | None = None, **kwargs: object) -> object:
        calls.append(favor_precision)
        if favor_precision is False:
            return SimpleNamespace(
                text=article, title="Flood", date=None, sitename=None, hostname=None, url=None
            )
        return SimpleNamespace(
            text="For personal use only.", title=None, date=None, sitename=None, hostname=None, url=None
        )

    monkeypatch.setattr(clean, "_extract", fake_extract)
    doc = clean_html("<html><body><p>x</p></body></html>", source="p")
    assert calls == [None, False]
    assert doc.text == article and doc.title == "Flood"


def test_short_but_genuine_precision_output_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from eventscope.ingest import clean

    def fake_extract(tree: object, *, favor_precision: bool | None = None, **kwargs: object) -> object:
        words = 60 if favor_precision is False else 50  # balanced adds a little boilerplate only
        return SimpleNamespace(
            text="word " * words, title=None, date=None, sitename=None, hostname=None, url=None
        )

    monkeypatch.setattr(clean, "_extract", fake_extract)
    assert len(clean_html("<html><body><p>x</p></body></html>", source="p").text.split()) == 50
