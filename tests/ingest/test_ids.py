"""ingest.ids: content-hash ids and the HTTP-declared charset."""

from __future__ import annotations

from eventscope.ingest.clean import stable_id
from eventscope.ingest.ids import RawPage, charset_of, content_id, decode_declared


def test_same_bytes_same_id_and_files_agree() -> None:
    body = "<p>Le marché de Ségou a rouvert.</p>".encode()
    assert content_id(body) == content_id(bytes(body)) == stable_id(body)
    assert content_id(body + b" ") != content_id(body)
    assert RawPage("a", None, body).id == RawPage("b", "https://x.example/", body).id == content_id(body)


def test_charset_of() -> None:
    assert charset_of('text/html; charset="Windows-1252"') == "windows-1252"
    assert charset_of("text/html") is None and charset_of(None) is None


def test_decode_declared() -> None:
    text = "Le marché de Ségou"
    assert decode_declared(text.encode("cp1252"), "text/html; charset=windows-1252") == text
    # latin-1 labels are read as windows-1252, as browsers do (curly quotes in 0x80-0x9F).
    assert decode_declared("“quoted”".encode("cp1252"), "text/html; charset=iso-8859-1") == "“quoted”"
    # A wrong or unknown label gives the bytes back for the cleaner to sniff.
    assert decode_declared(b"caf\xe9", "text/html; charset=utf-8") == b"caf\xe9"
    assert decode_declared(b"abc", "text/html; charset=no-such-codec") == b"abc"
    assert decode_declared(b"abc", None) == b"abc"
