"""Targets that wire copy names by metonym: 'the occupation', 'the Alliance', a capital or a demonym for a
government, and states beyond the first hundred of the gazetteer (all sentences invented)."""
from __future__ import annotations

import pytest


def _about(run, text: str) -> list[str]:
    ex = run(text)
    assert ex.statements, f"no statement in {text!r}"
    return [name for st in ex.statements for name in st.about]


def test_the_occupation_is_the_occupier_the_document_names(run):
    about = _about(run, "Azerbaijani envoy Lira Pazova said Armenia's occupation of the valley had lasted for years. "
                        "She said the occupation had destroyed every village there.")
    assert about.count("Armenia") >= 2


@pytest.mark.parametrize("text", [
    "Palestinian spokesman Karim Odeh said the occupation had shelled a school in the camp.",
    "Palestinian spokesman Karim Odeh said the occupation forces had raided the camp at dawn.",
])
def test_the_occupation_defaults_from_its_context(run, text):
    assert "Israel" in _about(run, text)


@pytest.mark.parametrize("text", [
    "Spokesman Karim Odeh said the villages had lived under occupation for decades.",
    "Spokesman Karim Odeh said the occupation of the islands was illegal.",
    "Palestinian spokesman Karim Odeh said the occupation of the islands was illegal.",
])
def test_occupation_that_names_no_occupier(run, text):
    assert "Israel" not in _about(run, text)


def test_the_alliance_is_the_alliance_the_document_names(run):
    ex = run("NATO envoy Pella Strand met the ministers on Monday. Strand said the Alliance would defend every member.")
    st = [s for s in ex.statements if "defend" in s.text][0]
    assert "North Atlantic Treaty Organization" in st.about
    assert "Alliance" not in {e.name for e in ex.entities}


def test_the_alliance_without_a_named_alliance_stays_unlinked(run):
    about = _about(run, "Envoy Pella Strand said the Alliance would defend every member.")
    assert "North Atlantic Treaty Organization" not in about


@pytest.mark.parametrize("text, state", [
    ("Iranian spokesman Omid Karvani said the Zionist regime would fail.", "Israel"),
    ("Envoy Pella Strand said Niamey had expelled the ambassador.", "Niger"),
    ("Envoy Pella Strand said Montenegrin officials had rejected the plan.", "Montenegro"),
    ("Envoy Pella Strand said Northern Macedonia had blocked the talks.", "North Macedonia"),
    ("Envoy Pella Strand said the Islamic Republic had enriched more uranium.", "Iran"),
])
def test_states_named_by_capital_demonym_or_alias(run, text, state):
    ex = run(text)
    assert state in _about(run, text)
    assert {e.name: e.type for e in ex.entities}[state] == "State"
