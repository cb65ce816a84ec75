"""Helpers shared by the tests (importable as `support`: tests/ is on pytest's pythonpath)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


def shared_or_skip(*parts: str) -> Path:
    """A file under ../shared, or skip the test when the evaluation material is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
