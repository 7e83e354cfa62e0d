"""The typed rows of a fragment (graph/rows.py) are the model's properties, and build_fragment fills every
one of them: the writer, the bulk export and the Spark job read one declared shape."""
from __future__ import annotations

from typing import get_type_hints

from graph.fragment import build_fragment
from graph.model import DERIVED, NODES, RELATIONSHIPS, ROLLUP_LABELS
from graph.rows import NODE_ROWS, RelRow
from graph.records import Article, Entity, Extraction, Statement


def test_row_types_are_the_model():
    for label, row_type in NODE_ROWS.items():
        assert set(get_type_hints(row_type)) == set(NODES[label].properties), label
    # corrections (graph/curation.py) and rollups (graph/rollups.py) are written beside fragments, not in them
    assert set(NODE_ROWS) == set(NODES) - {"Correction", *ROLLUP_LABELS}
    rel_props = {p for spec in RELATIONSHIPS.values() for p in spec.properties}
    assert RelRow.__required_keys__ == {"a", "b"} and RelRow.__optional_keys__ == rel_props


def test_build_fragment_fills_the_typed_rows():
    article = Article(source="t.txt", text="Jane Roe said the talks with Freedonia would resume.",
                      outlet="Freedonia Post")
    extraction = Extraction(
        source="t.txt", outlet="Freedonia Post",
        entities=[Entity(name="Jane Roe", type="Person", roles=["minister"], affiliations=["Freedonia"]),
                  Entity(name="Freedonia", type="State")],
        statements=[Statement(text="the talks with Freedonia would resume", kind="indirect", cue="said",
                              speaker="Jane Roe", about=["Freedonia"], start=14, end=51,
                              stance={"Freedonia": "support"})])
    fragment = build_fragment(article, extraction)
    assert {"Article", "Statement", "Person", "State", "Media"} <= set(fragment.nodes)
    for label, rows in fragment.nodes.items():
        for row in rows.values():
            assert set(row) == set(get_type_hints(NODE_ROWS[label])), label
    for (rel_type, _a, _b), pairs in fragment.rels.items():
        for row in pairs.values():
            derived = {d[0] for d in DERIVED.get(rel_type, ())}      # copied from the ends where written
            assert set(row) == {"a", "b", *RELATIONSHIPS[rel_type].properties} - derived, rel_type
