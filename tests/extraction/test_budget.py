"""The per-article time budget: an article over it is one failure line, and the batch goes on.

The budget's clock is injected (one tick per look), so the test counts checks, not seconds.
"""
from __future__ import annotations

import itertools

import pytest

from graph.records import Article
from loaders.extraction import Extractor
from loaders.extraction.budget import DEFAULT_SECONDS, ENV, article_seconds
from loaders.ingest import extract_each


def test_budget_comes_from_the_environment():
    assert article_seconds({}) == DEFAULT_SECONDS == 60
    assert article_seconds({ENV: "2.5"}) == 2.5
    for bad in ("soon", "0", "-1", "nan"):
        with pytest.raises(ValueError, match=ENV):
            article_seconds({ENV: bad})


def test_an_article_over_budget_fails_alone(nlp):
    ticks = itertools.count()
    extractor = Extractor(nlp=nlp, budget=30, clock=lambda: next(ticks))
    short = "Jane Roe said the plan would work. Officials said prices rose."
    long = " ".join(f"Minister John Doe said the plan number {i} would work." for i in range(60))
    batch = [Article(source=name, text=text, language="en")
             for name, text in (("a.txt", short), ("slow.txt", long), ("c.txt", short))]
    out = extract_each(extractor, batch)
    assert [type(x).__name__ for x in out] == ["Extraction", "Failure", "Extraction"]
    assert (out[1].source, out[1].stage) == ("slow.txt", "extract")
    assert out[1].reason.startswith("extraction failed: over the time budget of 30 s")
    assert "\n" not in out[1].reason
    assert ENV in out[1].reason
    assert [len(out[0].statements), len(out[2].statements)] == [2, 2]
