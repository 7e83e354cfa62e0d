"""Regression on the node list of the sample corpus against tests/gold/entities_sample.json
(`python -m loaders evaluate-entities` scores the same, plus PolNeAR train articles when present).

Floors sit a little below what was measured when this test was written; the printed figures help tuning.
"""
from __future__ import annotations

from loaders.evaluate_entities import GOLD_DIR, SAMPLE_DIR, evaluate

# measured at writing: precision 0.996, recall 0.982; per type P/R >= 0.92 except as below; 0 merges, 0 splits
FLOORS = {"precision": 0.97, "recall": 0.95, "Person": 0.95, "Organization": 0.9, "Place": 0.9, "Media": 0.9}


def test_sample_node_list_against_gold(extractor):
    s = evaluate(GOLD_DIR / "entities_sample.json", SAMPLE_DIR, extractor)
    print("\n".join(s.lines("sample corpus")))
    p, r = s.total()
    assert p >= FLOORS["precision"] and r >= FLOORS["recall"]
    for label in ("Person", "Organization", "Place", "Media"):
        assert s.precision(label) >= FLOORS[label] and s.recall(label) >= FLOORS[label], label
    assert s.merges == [] and s.splits == []


def test_the_command_line_builds_its_options():
    """`python -m loaders evaluate-entities --help` prints its usage (its parser once named an unknown default)."""
    import contextlib
    import io

    import pytest

    from loaders.evaluate_entities import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    assert "--polnear" in out.getvalue()
