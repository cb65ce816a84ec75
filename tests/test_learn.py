"""The trainable typing model: fitting, the margin rule of ``revise``, the model file round trip."""

from __future__ import annotations

import dataclasses
import gzip
import math
from pathlib import Path

import numpy as np
import pytest

from eventscope.extract.classify import mention_cues
from eventscope.learn import (
    Example,
    Head,
    ModelFileError,
    TypingModel,
    _decide,
    example_for,
    model_text,
    rule_terms,
    train_model,
)
from eventscope.records import Actor, Count, Event, EventMention, Span

PROTEST = "Traders marched peacefully in {} to demand lower market fees."
CLASH = "Soldiers exchanged fire with rebel fighters near {} for several hours."
PLACES = ["Kisumu", "Nakuru", "Eldoret", "Garissa", "Lamu", "Meru", "Embu", "Kitui", "Voi", "Thika"]


def _event(sub: str, *, actor1_type: str | None = "Protesters", trigger: str = "marched") -> Event:
    return Event(
        doc_id="d", event_id="e", event_type="Protests" if "protest" in sub.lower() else "Battles",
        sub_event_type=sub, date=None, location=None,
        actor1=Actor(name="Protesters (Kenya)", type=actor1_type) if actor1_type else None,
        actor2=None, fatalities=None, counts=(Count("participants", 200, 200, 200, "200"),), claims=(),
        status="asserted", evidence=(Span(0, 10),), confidence=0.6, trigger=trigger,
    )


def _training_set() -> tuple[list[Example], dict[str, list[str | None]]]:
    """Rules that always say "Armed clash"; the gold says protest for the marching notes."""
    examples: list[Example] = []
    subs: list[str | None] = []
    inter1: list[str | None] = []
    for place in PLACES:
        rule = _event("Armed clash", actor1_type="State forces", trigger="fire")
        examples.append(example_for(rule, PROTEST.format(place)))
        subs.append("Peaceful protest")
        inter1.append("Protesters")
        examples.append(example_for(rule, CLASH.format(place)))
        subs.append("Armed clash")
        inter1.append("State forces")
    return examples, {"sub_event_type": subs, "inter1": inter1}


@pytest.fixture(scope="module")
def model() -> TypingModel:
    examples, targets = _training_set()
    return train_model(examples, targets, margin=0.0)


def test_model_learns_where_the_rules_are_wrong(model: TypingModel) -> None:
    ev = _event("Armed clash", actor1_type="State forces", trigger="fire")
    out = model.revise([ev, ev], [PROTEST.format("Malindi"), CLASH.format("Malindi")])
    assert [e.sub_event_type for e in out] == ["Peaceful protest", "Armed clash"]
    assert out[0].event_type == "Protests"  # the parent type follows the sub-type
    assert out[0].actor1 is not None and out[0].actor1.type == "Protesters"
    assert out[1] == ev  # nothing to change: the very same record


def test_infinite_margin_keeps_the_rules(model: TypingModel) -> None:
    keep = TypingModel(heads={k: _with_margin(h, math.inf) for k, h in model.heads.items()})
    ev = _event("Armed clash", actor1_type="State forces", trigger="fire")
    assert keep.revise([ev], [PROTEST.format("Malindi")]) == [ev]


def _with_margin(h: Head, margin: float) -> Head:
    return dataclasses.replace(h, margin=margin)


def test_decide_replaces_only_beyond_the_margin() -> None:
    classes = ("Attack", "Armed clash", "Mob violence")
    scores = np.array([[0.9, 0.5, 0.0],    # beats the rule's label by 0.4
                       [0.9, 0.2, 0.0],    # by 0.7
                       [0.1, 0.8, 0.0],    # the rule's label is the best: keep
                       [0.9, 0.0, 0.0]])   # rule label unknown to the model: any label beats it
    rule = ["Armed clash", "Armed clash", "Armed clash", "Grenade"]
    assert _decide(scores, classes, rule, 0.5) == [None, "Attack", None, "Attack"]
    assert _decide(scores, classes, rule, 0.0) == ["Attack", "Attack", None, "Attack"]
    assert _decide(scores, classes, rule, math.inf) == [None, None, None, None]
    assert _decide(scores, classes, [None] * 4, 0.0) == [None] * 4  # no rule actor: nothing to re-type


def test_save_load_round_trip(model: TypingModel, tmp_path: Path) -> None:
    path = tmp_path / "typing.json.gz"
    model.save(path)
    loaded = TypingModel.load(path)
    assert loaded.margins == model.margins
    examples = [example_for(_event("Armed clash"), PROTEST.format("Wajir"))]
    for name, head in model.heads.items():
        np.testing.assert_allclose(loaded.heads[name].scores(examples), head.scores(examples), atol=1e-3)
    assert gzip.open(path, "rt").read(1) == "{"  # plain JSON inside: data, never pickled code


def test_inner_cv_picks_a_margin_from_the_grid() -> None:
    examples, targets = _training_set()
    m = train_model(examples, targets)
    # The text separates the classes perfectly and the rules are wrong half the time: the inner CV
    # must let the model speak (a finite margin; among equals the largest, closest to the rules).
    assert m.margins["sub_event_type"] in (0.25, 0.5, 1.0)
    # Rules that are always right: nothing to gain, ties go to the rules (infinite margin).
    subs = targets["sub_event_type"]
    right = [example_for(_event(str(s)), e.text) for e, s in zip(examples, subs, strict=True)]
    assert train_model(right, {"sub_event_type": subs}).margins["sub_event_type"] == math.inf


def test_load_rejects_other_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.gz"
    junk.write_bytes(b"not gzip at all")
    with pytest.raises(ModelFileError, match="not an eventscope model file"):
        TypingModel.load(junk)
    old = tmp_path / "old.gz"
    with gzip.open(old, "wt") as fh:
        fh.write('{"format": "eventscope-typing-model/1", "heads": {}}')
    with pytest.raises(ModelFileError, match="retrain"):
        TypingModel.load(old)


def test_one_class_only_is_an_error() -> None:
    ex = [example_for(None, CLASH.format(p)) for p in PLACES]
    with pytest.raises(Exception, match="at least two sub-types"):
        train_model(ex, {"sub_event_type": ["Armed clash"] * len(ex)})


def test_rule_terms_and_cues() -> None:
    assert rule_terms(None) == ("none",)
    terms = rule_terms(_event("Peaceful protest"), ("m:C:peaceful",))
    assert "sub=Peaceful protest" in terms and "a1=Protesters" in terms and "count=participants" in terms
    assert "a1w=protesters" in terms and terms[-1] == "m:C:peaceful"
    m1 = EventMention("Armed clash", Span(0, 1), Span(0, 5), 0.7, cues=("trigger:clash",))
    m2 = EventMention("Attack", Span(2, 3), Span(0, 5), 0.5, cues=("trigger:kill",))
    assert mention_cues(m1, [m1, m2]) == ("m:trigger:clash", "g:trigger:kill", "gs:Attack")


def test_model_text_reads_short_documents_whole() -> None:
    brief = "Residents blocked the road in protest. Police fired tear gas at them."
    ev = dataclasses.replace(_event("Protest with intervention"), evidence=(Span(39, 69),))
    assert model_text(brief, ev) == brief  # a brief: the grievance before the evidence counts
    article = brief + " " + "Unrelated filler sentence about the weather." * 30
    assert model_text(article, ev) == "Police fired tear gas at them."
