"""Validation of event records against the contract (``resources/event.schema.json``).

JSON Schema covers shapes and vocabularies; ``check_event`` adds the cross-field rules of
EVENTS.md that a schema cannot state (sub-type under its type, date order, toll order, evidence
inside the text).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jsonschema

from .records import SUBTYPE_PARENT


@functools.lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    text = (resources.files("eventscope") / "resources" / "event.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(event_schema())


def check_event(event: dict[str, Any], text: str | None = None) -> list[str]:
    """All problems with one output line (empty list: valid)."""
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                for e in _validator().iter_errors(event)]
    if problems:
        return problems
    if SUBTYPE_PARENT.get(event["sub_event_type"]) != event["event_type"]:
        problems.append(f"sub_event_type {event['sub_event_type']!r} is not under {event['event_type']!r}")
    d = event.get("date")
    if d and not d["start"] <= d["best"] <= d["end"]:
        problems.append(f"date: start <= best <= end violated ({d['start']}, {d['best']}, {d['end']})")
    for name, c in [("fatalities", event.get("fatalities"))] + [(f"counts/{i}", c) for i, c in
                                                                 enumerate(event.get("counts") or [])]:
        if c and not (c["low"] <= c["best"] and (c["high"] is None or c["best"] <= c["high"])):
            problems.append(f"{name}: low <= best <= high violated ({c['low']}, {c['best']}, {c['high']})")
    for i, span in enumerate(event["evidence"]):
        if span["start"] >= span["end"] or (text is not None and span["end"] > len(text)):
            problems.append(f"evidence/{i}: span {span['start']}-{span['end']} is not inside the text")
    return problems
