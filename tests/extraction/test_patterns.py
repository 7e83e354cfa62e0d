"""Every attribution pattern's example sentences give a statement found by that pattern, with the
speaker, content and source kind the registry states (loaders/extraction/patterns.py)."""
from __future__ import annotations

import pytest

from loaders.extraction.patterns import ADDRESSEE_NAMES, ADDRESSEE_RULES, NAMES, REGISTRY

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


ADDRESSED = [pytest.param(r.name, ex, id=f"addressee-{r.name}-{k}") for r in ADDRESSEE_RULES
             for k, ex in enumerate(r.examples)]


def test_every_addressee_rule_has_examples_and_a_unique_name():
    assert len(set(ADDRESSEE_NAMES)) == len(ADDRESSEE_NAMES) and not set(ADDRESSEE_NAMES) & set(NAMES)
    assert all(r.examples and r.summary for r in ADDRESSEE_RULES)
    assert all(any(ex.addressee for ex in r.examples) for r in ADDRESSEE_RULES)


@pytest.mark.parametrize("name, example", ADDRESSED)
def test_addressee_rule_example(run, name, example):
    ex = run(example.text)
    hits = [s for s in ex.statements if example.content in s.text]
    assert hits, [(s.pattern, s.text) for s in ex.statements]
    assert (hits[0].speaker, hits[0].addressee) == (example.speaker, example.addressee)
    # the statement records the rule that found its addressee (the TO relationship's `pattern`)
    assert hits[0].addressee_pattern == (name if example.addressee else None)
