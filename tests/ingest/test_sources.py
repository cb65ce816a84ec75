"""iter_documents / iter_pages: every input becomes a Document or a Rejection, never an exception."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from eventscope.ingest import iter_documents, iter_pages, parse_published
from eventscope.records import Document, Rejection

FIXTURES = Path(__file__).parent / "fixtures"

GOOD_A = {
    "id": "doc-a",
    "text": "Police dispersed a march of about 300 students in the capital on Tuesday.",
    "published": "2023-05-10",
    "title": "Students march",
    "url": None,
    "outlet": "Example Daily",
}
GOOD_B = {
    "id": "doc-b",
    "text": "Two people were hurt when a grenade exploded at a bus stop.",
    "published": None,
}


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def only_docs(items: list[Document | Rejection]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


# JSON Lines ----------------------------------------------------------------------------------


def test_malformed_jsonl_line_between_two_good_ones(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl", [json.dumps(GOOD_A), '{"id": "broken", "text": ', json.dumps(GOOD_B)]
    )
    items = list(iter_documents([str(path)]))
    assert [type(item) for item in items] == [Document, Rejection, Document]
    first, bad, last = items
    assert isinstance(first, Document) and isinstance(bad, Rejection) and isinstance(last, Document)
    assert first.id == "doc-a" and first.published == dt.date(2023, 5, 10)
    assert first.title == "Students march" and first.outlet == "Example Daily" and first.url is None
    assert bad.reason == "bad-jsonl"
    assert bad.source == f"{path}:2"
    assert last.id == "doc-b" and last.published is None


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        pytest.param('["not", "an", "object"]', "expected a JSON object", id="array-line"),
        pytest.param('{"id": "x", "text": 42}', "text must be a string", id="text-not-string"),
        pytest.param('{"id": "x", "text": "Some text.", "title": ["a"]}', "title must be", id="bad-title"),
    ],
)
def test_invalid_documents_are_bad_jsonl(tmp_path: Path, line: str, detail: str) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", [line])
    (item,) = list(iter_documents([str(path)]))
    assert isinstance(item, Rejection)
    assert item.reason == "bad-jsonl"
    assert detail in item.detail


def test_a_malformed_publication_date_keeps_the_document_with_an_unknown_date(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", ['{"id": "x", "text": "Some text.", "published": "9:55 AM ET"}'])
    (item,) = list(iter_documents([str(path)]))
    assert isinstance(item, Document) and item.published is None
    assert "not an ISO date" in caplog.text and "docs.jsonl:1" in caplog.text


def test_blank_lines_are_skipped_and_line_numbers_stay_true(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", [json.dumps(GOOD_A), "", "   ", "{oops}"])
    items = list(iter_documents([str(path)]))
    assert len(items) == 2
    assert isinstance(items[1], Rejection) and items[1].source.endswith(":4")


def test_empty_text_without_html_is_rejected(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", [json.dumps({"id": "e", "text": "  "})])
    (item,) = list(iter_documents([str(path)]))
    assert isinstance(item, Rejection) and item.reason == "empty"


def test_missing_id_gets_a_stable_hash(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", [json.dumps({"text": GOOD_A["text"]})])
    (one,) = only_docs(list(iter_documents([str(path)])))
    (two,) = only_docs(list(iter_documents([str(path)])))
    assert one.id == two.id and one.id.startswith("sha1:")


def test_jsonl_line_with_html_is_cleaned_and_line_fields_win(tmp_path: Path) -> None:
    html = (FIXTURES / "boilerplate.html").read_text(encoding="utf-8")
    line = {"id": "page-1", "text": "", "published": "2024-03-09", "title": None, "url": None, "html": html}
    path = write_jsonl(tmp_path / "pages.jsonl", [json.dumps(line)])
    (doc,) = only_docs(list(iter_documents([str(path)])))
    assert doc.id == "page-1"
    assert doc.text.startswith("Heavy rain on Thursday")
    assert "cookie" not in doc.text.lower()
    assert doc.published == dt.date(2024, 3, 9)  # the line's date, not the page's 2024-03-08
    assert doc.title == "Flooding cuts road to Lake Varna villages"  # filled from the page
    assert doc.outlet == "The Northern Ledger"


def test_documents_prefer_text_but_pages_prefer_html(tmp_path: Path) -> None:
    html = (FIXTURES / "broken.html").read_text(encoding="utf-8")
    line = {"id": "both", "text": "Text given by the caller.", "html": html}
    path = write_jsonl(tmp_path / "both.jsonl", [json.dumps(line)])
    (as_document,) = only_docs(list(iter_documents([str(path)])))
    (as_page,) = only_docs(list(iter_pages([str(path)])))
    assert as_document.text == "Text given by the caller."
    assert as_page.text.startswith("The covered market in Tarsen")
    assert as_page.id == "both"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    path.write_text(json.dumps([GOOD_A, 7, GOOD_B]), encoding="utf-8")
    items = list(iter_documents([str(path)]))
    assert [type(i) for i in items] == [Document, Rejection, Document]
    assert isinstance(items[1], Rejection) and items[1].source == f"{path}[1]"


def test_pretty_printed_json_document(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(GOOD_A, indent=2), encoding="utf-8")
    (doc,) = list(iter_documents([str(path)]))
    assert isinstance(doc, Document) and doc.id == "doc-a" and doc.published == dt.date(2023, 5, 10)


def test_json_file_that_is_not_a_document_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "case.expected.json"
    path.write_text(json.dumps({"events": [{"type": "Battles"}], "notes": "x"}, indent=2), encoding="utf-8")
    (item,) = list(iter_documents([str(path)]))
    assert isinstance(item, Rejection) and item.reason == "bad-jsonl" and item.source == str(path)
    assert "not a document" in item.detail


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.json", [json.dumps(GOOD_A), json.dumps(GOOD_B)])
    assert [d.id for d in only_docs(list(iter_documents([str(path)])))] == ["doc-a", "doc-b"]


def test_stdin_dash_reads_jsonl() -> None:
    stream = io.StringIO(json.dumps(GOOD_A) + "\nnot json\n" + json.dumps(GOOD_B) + "\n")
    items = list(iter_documents(["-"], stdin=stream))
    assert [type(i) for i in items] == [Document, Rejection, Document]
    assert isinstance(items[1], Rejection) and items[1].source == "<stdin>:2"


def test_jsonl_line_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_bytes(
        json.dumps(GOOD_A).encode() + b'\n{"id": "x", "text": "caf\xe9"}\n' + json.dumps(GOOD_B).encode()
    )
    items = list(iter_documents([str(path)]))
    assert [type(i) for i in items] == [Document, Rejection, Document]
    assert isinstance(items[1], Rejection) and items[1].reason == "bad-jsonl"


# Text and HTML files -------------------------------------------------------------------------


def test_txt_file_with_header(tmp_path: Path) -> None:
    path = tmp_path / "market-fire.txt"
    path.write_text(
        "Published: 2024-03-08\nTitle: Fire at the market\n\n"
        "A fire destroyed ten stalls.\nNobody was hurt.\n",
        encoding="utf-8",
    )
    (doc,) = only_docs(list(iter_documents([str(path)])))
    assert doc.id == "market-fire"
    assert doc.published == dt.date(2024, 3, 8)
    assert doc.title == "Fire at the market"
    assert doc.text == "A fire destroyed ten stalls.\nNobody was hurt."


def test_txt_file_without_header_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Published reports said the road was closed.\nIt reopened later.", encoding="utf-8")
    (doc,) = only_docs(list(iter_documents([str(path)])))
    assert doc.published is None
    assert doc.text.startswith("Published reports said")


def test_txt_file_with_a_bad_header_date_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Published: yesterday\n\nSomething happened.", encoding="utf-8")
    (item,) = list(iter_documents([str(path)]))
    assert isinstance(item, Rejection) and item.reason == "unreadable" and "header" in item.detail


def test_html_file(tmp_path: Path) -> None:
    (doc,) = only_docs(list(iter_documents([str(FIXTURES / "cp1252.html")])))
    assert "café owners" in doc.text and doc.id.startswith("sha1:")


def test_missing_paths_are_unreadable(tmp_path: Path) -> None:
    items = list(
        iter_documents([str(tmp_path / "nope.jsonl"), str(tmp_path / "nope.txt"), str(tmp_path / "dir/")])
    )
    assert [(type(i), getattr(i, "reason", None)) for i in items] == [(Rejection, "unreadable")] * 3


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200))
    (item,) = list(iter_documents([str(path)]))
    assert isinstance(item, Rejection) and item.reason == "binary" and item.source == str(path)


# Folders -------------------------------------------------------------------------------------


def make_mixed_folder(root: Path) -> Path:
    folder = root / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".cache").mkdir()
    shutil.copy(FIXTURES / "boilerplate.html", folder / "b-page.html")
    shutil.copy(FIXTURES / "empty.html", folder / "sub" / "e-empty.htm")
    (folder / "a-note.txt").write_text("Published: 2022-01-02\n\nA convoy was ambushed near the border.")
    write_jsonl(folder / "c-docs.jsonl", [json.dumps(GOOD_A), "{bad", json.dumps(GOOD_B)])
    (folder / "d-image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "notes.csv").write_text("id,text\n1,ignored\n")
    (folder / ".cache" / "hidden.txt").write_text("should not be read")
    return folder


def test_folder_with_a_mix(tmp_path: Path) -> None:
    folder = make_mixed_folder(tmp_path)
    items = list(iter_documents([str(folder)]))
    summary = [(i.id if isinstance(i, Document) else i.reason) for i in items]
    assert summary == ["a-note", summary[1], "doc-a", "bad-jsonl", "doc-b", "binary", "empty"]
    page = items[1]
    assert isinstance(page, Document) and page.outlet == "The Northern Ledger"
    note = items[0]
    assert isinstance(note, Document) and note.published == dt.date(2022, 1, 2)
    sources = [i.source for i in items if isinstance(i, Rejection)]
    assert sources == [
        f"{folder / 'c-docs.jsonl'}:2",
        str(folder / "d-image.html"),
        str(folder / "sub" / "e-empty.htm"),
    ]


def test_pages_from_a_folder_skip_text_files(tmp_path: Path) -> None:
    folder = make_mixed_folder(tmp_path)
    summary = [(i.id if isinstance(i, Document) else i.reason) for i in iter_pages([str(folder)])]
    assert len(summary) == 6 and "a-note" not in summary
    assert summary[1:] == ["doc-a", "bad-jsonl", "doc-b", "binary", "empty"]


def test_pages_refuse_an_explicit_text_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Just text.")
    (item,) = list(iter_pages([str(path)]))
    assert isinstance(item, Rejection) and item.reason == "not-html"


# Dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-12-31", dt.date(2019, 12, 31)),
        ("2019-12-31T23:30:00Z", dt.date(2019, 12, 31)),
        ("2019-12-31T23:30:00+05:00", dt.date(2019, 12, 31)),
        ("2019-12-31 08:00:00", dt.date(2019, 12, 31)),
        (None, None),
        ("", None),
    ],
)
def test_parse_published(value: str | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["31/12/2019", "2019-13-01", "yesterday", 20191231])
def test_parse_published_refuses_non_iso(value: object) -> None:
    with pytest.raises(ValueError):
        parse_published(value)
