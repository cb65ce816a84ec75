"""Scoring against coded ACLED exports, grouped folds, and the train / evaluate commands end to end.

The coded notes below are written for these tests (ACLED's own data is never copied here)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from eventscope import cli
from eventscope.errors import UnreadableInput
from eventscope.evaluate import _f1_table, grouped_folds, score
from eventscope.ingest.acled_csv import CodedEvent, read_acled_csv
from eventscope.learn import TypingModel
from eventscope.records import Actor, Event, Span

TOWNS = [("Kisumu", "Kisumu", -0.10, 34.75), ("Nakuru", "Nakuru", -0.30, 36.07),
         ("Eldoret", "Uasin Gishu", 0.52, 35.27), ("Garissa", "Garissa", -0.45, 39.65),
         ("Machakos", "Machakos", -1.52, 37.26)]
# (sub-type, event type, actor1, inter1, actor2, inter2, note template, fatalities)
KINDS = [
    ("Peaceful protest", "Protests", "Protesters (Kenya)", 6, "", "",
     "On {d}, about {n} traders marched peacefully through {t} town to protest new market fees.", 0),
    ("Armed clash", "Battles", "Military Forces of Kenya", 1, "Al Shabaab", 2,
     "On {d}, soldiers exchanged fire with Al Shabaab fighters near {t}; {n} militants were killed.", 3),
    ("Attack", "Violence against civilians", "Unidentified Armed Group (Kenya)", 3, "Civilians (Kenya)", 7,
     "On {d}, unknown gunmen shot dead {n} farmers in a village outside {t}.", 2),
    ("Arrests", "Strategic developments", "Police Forces of Kenya", 1, "Civilians (Kenya)", 7,
     "On {d}, police arrested {n} suspected cattle thieves in {t}.", 0),
]
HEADER = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
          "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude", "notes",
          "fatalities", "iso3"]


def write_export(path: Path, n_per_kind: int = 10) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        k = 0
        for sub, etype, a1, i1, a2, i2, note, fat in KINDS:
            for j in range(n_per_kind):
                town, adm, lat, lon = TOWNS[j % len(TOWNS)]
                day = dt.date(2019, 3, 1) + dt.timedelta(days=j)
                text = note.format(d=day.strftime("%d %B %Y").lstrip("0"), n=j + 2, t=town)
                w.writerow([f"KEN{k}", day.strftime("%d %B %Y"), 1, etype, sub, a1, i1, a2, i2, "Kenya",
                            adm, town, lat, lon, text, fat, "KEN"])
                k += 1
    return path


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path / "coded.csv")


def test_reader_maps_inter_codes_and_dates(export: Path) -> None:
    rows = list(read_acled_csv([export]))
    assert len(rows) == 40
    assert rows[10].sub_event_type == "Armed clash" and rows[10].inter1 == "State forces"
    assert rows[10].inter2 == "Rebel group" and rows[0].inter2 is None
    assert rows[0].event_date == dt.date(2019, 3, 1) and rows[0].lat == -0.10


def test_malformed_csv_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="not an ACLED export: no 'notes' column"):
        list(read_acled_csv([bad]))
    assert cli.main(["evaluate", "--acled", str(bad)]) == cli.EXIT_FAILED
    assert "bad.csv: not an ACLED export: no 'notes' column" in capsys.readouterr().err
    assert cli.main(["train", "--acled", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "m")]) != 0
    assert "cannot open ACLED export" in capsys.readouterr().err


def _row(notes: str, sub: str | None) -> CodedEvent:
    return CodedEvent(source="t", event_id="x", notes=notes, event_date=None, time_precision=None,
                      event_type=None, sub_event_type=sub, actor1=None, inter1=None, actor2=None, inter2=None,
                      country=None, iso3=None, admin1=None, location=None, lat=None, lon=None, fatalities=None)


def test_folds_never_split_identical_notes() -> None:
    notes = [f"note {i % 7}" for i in range(50)] + ["  Note 3 ", "NOTE 3"]  # same text after normalising
    rows = [_row(n, "Attack") for n in notes]
    folds = grouped_folds(rows, 4)
    assert sorted(i for f in folds for i in f) == list(range(len(rows)))
    for key in {" ".join(n.split()).casefold() for n in notes}:
        holding = [k for k, f in enumerate(folds) if any(" ".join(notes[i].split()).casefold() == key for i in f)]
        assert len(holding) == 1


def _ev(sub: str, etype: str, conf: float, actor_type: str | None = None) -> Event:
    return Event(doc_id="d", event_id=sub, event_type=etype, sub_event_type=sub, date=None, location=None,
                 actor1=Actor("X", actor_type) if actor_type else None, actor2=None, fatalities=None,
                 counts=(), claims=(), status="asserted", evidence=(Span(0, 1),), confidence=conf)


def test_metrics_on_hand_made_predictions() -> None:
    rows = [_row("a", "Attack"), _row("b", "Attack"), _row("c", "Armed clash"), _row("d", "Armed clash")]
    predicted = [
        [_ev("Attack", "Violence against civilians", 0.9)],
        [_ev("Armed clash", "Battles", 0.4), _ev("Attack", "Violence against civilians", 0.8)],  # primary
        [_ev("Attack", "Violence against civilians", 0.7)],
        [],  # a miss counts as NONE
    ]
    rep = score(rows, predicted)
    assert rep.metrics["detect"] == 0.75
    assert rep.metrics["subtype_acc"] == 0.5
    # Attack: P 2/3 R 1 F1 0.8; Armed clash: P 0 R 0 -> F1 0; weighted by support 2 and 2 -> 0.4
    assert rep.metrics["subtype_wF1"] == pytest.approx(0.4)
    assert rep.metrics["ev_per_doc"] == pytest.approx(1.0)
    weighted, macro, per = _f1_table(["A", "A", "B"], ["A", "B", "B"])
    assert per["A"] == (2, pytest.approx(2 / 3)) and per["B"] == (1, pytest.approx(2 / 3))
    assert weighted == pytest.approx(2 / 3) and macro == pytest.approx(2 / 3)
    assert "subtype_wF1=0.400" in rep.summary()


def test_train_evaluate_and_cv_commands(
    export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extractor: object
) -> None:
    model = tmp_path / "typing.json.gz"
    assert cli.main(["train", "--acled", str(export), "-o", str(model)]) == cli.EXIT_OK
    assert "trained on 40 coded notes: sub_event_type (4 classes" in capsys.readouterr().err
    loaded = TypingModel.load(model)
    assert set(loaded.heads) == {"sub_event_type", "inter1", "inter2"}

    assert cli.main(["--quiet", "evaluate", "--acled", str(export)]) == cli.EXIT_OK
    rules_line = capsys.readouterr().out.strip()
    assert rules_line.startswith("acled: n=40 detect=")

    assert cli.main(["--quiet", "evaluate", "--acled", str(export), "--model", str(model)]) == cli.EXIT_OK
    with_model = capsys.readouterr().out.strip()
    wf1 = float(with_model.split("subtype_wF1=")[1].split()[0])
    assert wf1 >= float(rules_line.split("subtype_wF1=")[1].split()[0])  # trained on these very notes

    assert cli.main(["--quiet", "evaluate", "--acled", str(export), "--cv", "2"]) == cli.EXIT_OK
    lines = capsys.readouterr().out.strip().splitlines()
    assert [ln.split(":")[0] for ln in lines] == ["fold 1", "fold 2", "cv=2 pooled"]
    assert "n=40" in lines[-1]
