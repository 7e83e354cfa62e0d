"""Fixtures for the extraction tests: one spaCy model and one Extractor per test session."""
from __future__ import annotations

import pytest

from graph.records import Article
from loaders.extraction import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def run(extractor):
    """Extract a text (optionally with a published date) and return the Extraction."""
    def _run(text: str, published: str | None = None):
        return extractor.extract(Article(source="test", text=text, published=published))
    return _run
