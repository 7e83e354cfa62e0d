"""Fixtures for the extraction tests: the spaCy model of the session's one Extractor (`extractor`, in
tests/conftest.py), and `run` to extract a text."""
from __future__ import annotations

import pytest

from graph.records import Article


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


@pytest.fixture(scope="session")
def run(extractor):
    """Extract a text (optionally with a published date) and return the Extraction."""
    def _run(text: str, published: str | None = None):
        return extractor.extract(Article(source="test", text=text, published=published))
    return _run
