"""Shared fixtures: the spaCy model, the gazetteer and the extractor are loaded once per test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from eventscope.geo.gazetteer import Gazetteer
from eventscope.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.open()  # the index is built once per machine in the cache dir


@pytest.fixture(scope="session")
def extractor() -> Iterator[object]:
    from eventscope.extract.pipeline import Extractor  # imported late: unit tests need none of it

    yield Extractor()
