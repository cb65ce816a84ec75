"""The gazetteer index is built once per machine (in the cache dir) and opened once per session."""

from __future__ import annotations

import pytest

from eventscope.geo.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.open()
