"""Search that scales (queries/search.py) on both engines, on the sample corpus: the same hits in the same
order as ranking every entity (`explore.rank`) for names, 3-letter prefixes, word starts and substrings;
a misspelling still finds its entity; both engines agree."""
from __future__ import annotations

import pytest

from queries import explore
from queries.search import close_misspelling, search

QUERIES = ["Dmitry Polevoy", "polevoy", "tash", "rus", "csto", "un", "a", "Ministry", "zzz", "(", "ö"]
MISSPELT = {"Polevoi": "Dmitry Polevoy", "Tashmurv": "Rafik Tashmurov", "Kazakstan": "Kazakhstan",
            "Tashmorov": "Rafik Tashmurov"}


@pytest.fixture
def sample(sample_each):
    return sample_each


def _names(rows):
    return [r["name"] for r in rows]


def test_same_hits_as_ranking_every_entity(sample):
    options = explore.search_options(sample)
    for q in QUERIES:
        want = _names(explore.rank(options, q))
        assert _names(search(sample, q))[:len(want)] == want, q
    assert _names(search(sample, "Dmitry Polevoy"))[0] == "Dmitry Polevoy"


def test_a_misspelling_finds_its_entity(sample):
    for typed, name in MISSPELT.items():
        assert name in _names(search(sample, typed)), typed
    assert close_misspelling("saifulin", "rustam saifullin")
    assert not close_misspelling("saif", "rustam saifullin") and not close_misspelling("xyz", "abc")


_SEEN: dict = {}


def test_both_engines_agree(sample):
    found = {q: _names(search(sample, q)) for q in [*QUERIES, *MISSPELT]}
    previous = _SEEN.setdefault("hits", found)         # the first engine's hits; the second must equal them
    assert found == previous
