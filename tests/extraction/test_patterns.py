"""Every attribution pattern's example sentences give a statement found by that pattern, with the
speaker, content and source kind the registry states (loaders/extraction/patterns.py)."""
from __future__ import annotations

import pytest

from loaders.extraction.patterns import NAMES, REGISTRY

CASES = [pytest.param(p.name, ex, id=f"{p.name}-{k}") for p in REGISTRY for k, ex in enumerate(p.examples)]


def test_every_pattern_has_examples_and_a_unique_name():
    assert len(set(NAMES)) == len(NAMES)
    assert all(p.examples and p.summary for p in REGISTRY)


@pytest.mark.parametrize("name, example", CASES)
def test_pattern_example(run, name, example):
    ex = run(example.text)
    hits = [s for s in ex.statements if example.content in s.text]
    assert hits, [(s.pattern, s.text) for s in ex.statements]
    st = hits[0]
    assert (st.pattern, st.speaker, st.source_kind) == (name, example.speaker, example.source_kind)
    assert st.source_text
