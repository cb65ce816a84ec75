"""ingest.warc: HTML responses only, skips counted, broken records rejected, reading goes on."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventscope.ingest.ids import RawPage
from eventscope.ingest.warc import Skipped, iter_warc
from eventscope.ingest.web import clean_page
from eventscope.records import Document, Rejection
from newsgen import write_archive


def _kinds(path: Path) -> Counter[str]:
    return Counter(type(x).__name__ + (f":{x.reason}" if not isinstance(x, RawPage) else "")
                   for x in iter_warc(path))


@pytest.mark.parametrize("name", ["small.warc", "small.warc.gz"])
def test_generated_archive_is_read_record_by_record(tmp_path: Path, name: str) -> None:
    info = write_archive(tmp_path / name, articles=60, seed=3)
    kinds = _kinds(info.path)
    assert kinds["RawPage"] == info.html_records == 60
    skipped = sum(v for k, v in kinds.items() if k.startswith("Skipped"))
    assert skipped == info.other_records
    assert kinds["Rejection:broken-record"] == info.broken == 1


def test_pages_carry_offsets_and_urls(tmp_path: Path) -> None:
    info = write_archive(tmp_path / "a.warc.gz", articles=10, seed=1)
    pages = [x for x in iter_warc(info.path) if isinstance(x, RawPage)]
    assert [p.url for p in pages] == [a.url for a in info.articles]
    assert all(p.source.startswith(f"{info.path}#") for p in pages)
    offsets = [int(p.source.rsplit("#", 1)[1]) for p in pages]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)


def test_header_charset_is_used(tmp_path: Path) -> None:
    info = write_archive(tmp_path / "c.warc", articles=40, seed=2)
    assert info.cp1252_pages >= 2
    docs = [clean_page(x) for x in iter_warc(info.path) if isinstance(x, RawPage)]
    assert all(isinstance(d, Document) for d in docs)
    texts = [d.text for d in docs if isinstance(d, Document)]
    # Every accented place name survived decoding (no mojibake such as "SÃ©gou").
    assert not any("Ã" in t for t in texts)


def _two_records(gz: bool) -> tuple[bytes, list[int]]:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    offsets = []
    for i in range(3):
        offsets.append(out.tell())
        body = f"<html><body><p>Page number {i} of the small archive.</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://x.example/{i}", "response",
                                                      payload=io.BytesIO(body), length=len(body),
                                                      http_headers=headers))
    return out.getvalue(), offsets


@pytest.mark.parametrize("gz", [False, True])
def test_garbage_between_records_costs_nothing_but_a_rejection(tmp_path: Path, gz: bool) -> None:
    data, offsets = _two_records(gz)
    path = tmp_path / ("g.warc.gz" if gz else "g.warc")
    path.write_bytes(data[: offsets[1]] + b"this is not a record\r\n\r\n" + data[offsets[1] :])
    items = list(iter_warc(path))
    assert [type(x).__name__ for x in items] == ["RawPage", "Rejection", "RawPage", "RawPage"]
    assert isinstance(items[1], Rejection) and items[1].reason == "broken-record"
    # The offset where parsing failed: the end of the previous record (before its blank lines).
    assert offsets[1] - 4 <= int(items[1].source.rsplit("#", 1)[1]) <= offsets[1]


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_archive_rejects_the_last_record(tmp_path: Path, gz: bool) -> None:
    data, _ = _two_records(gz)
    path = tmp_path / ("t.warc.gz" if gz else "t.warc")
    path.write_bytes(data[:-40])
    items = list(iter_warc(path))
    assert [type(x).__name__ for x in items] == ["RawPage", "RawPage", "Rejection"]


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    items = list(iter_warc(tmp_path / "nope.warc"))
    assert len(items) == 1 and isinstance(items[0], Rejection) and items[0].reason == "unreadable"


def test_non_html_is_skipped_not_rejected(tmp_path: Path) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG"), length=4,
                                                  http_headers=headers))
    path = tmp_path / "img.warc"
    path.write_bytes(out.getvalue())
    items = list(iter_warc(path))
    assert items == [Skipped(f"{path}#0", "not-html")]
