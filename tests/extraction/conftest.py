"""Fixtures for the extraction tests: the spaCy model of the session's one Extractor (`extractor`, in
tests/conftest.py), `run` to extract a text, and `check_stance` for the stance rule tables."""
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


@pytest.fixture(scope="session")
def check_stance(run):
    """Assert the stance of the text's first statement toward `target` (and, when given, the rule that decided)."""
    def _check(text: str, target: str, expected: str, rule: str | None = None):
        ex = run(text)
        assert ex.statements, f"no statement found in {text!r}"
        st = ex.statements[0]
        assert st.stance.get(target, "neutral") == expected, (st.stance, st.stance_rule, st.text)
        if rule:
            assert st.stance_rule.get(target) == rule, st.stance_rule
    return _check
