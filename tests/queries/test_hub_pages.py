"""Hub pages on the sample corpus: the rollup-backed shortcuts give exactly the rows of the full queries —
page 1 of what X said / what was said about X cut at the month the rollups name (`profile.page_cutoff`),
the unfiltered neighbourhood's ABOUT edges summed from PairMonth — and a capped neighbourhood keeps its
strongest edges first and says how many edges it left out."""
from __future__ import annotations

import json

import pytest

from queries import explore, profile
from queries.explore import Filters
from tests.queries.conftest import uid_of

FILTERS = [Filters(), Filters(date_from="2025-03-15"), Filters(date_to="2025-05-02", undated=False),
           Filters(date_from="2025-04-01", date_to="2025-06-30")]


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


@pytest.fixture
def uncut(monkeypatch):
    def run(fn, *args, **kwargs):
        with monkeypatch.context() as m:
            m.setattr(profile, "page_cutoff", lambda *a, **k: ("", {}))
            return fn(*args, **kwargs)
    return run


def test_page_one_of_a_hub_is_the_same_with_the_rollup_cutoff(sample_store, uncut):
    cut = 0
    for name in ("Russia", "Collective Security Treaty Organization", "Dmitry Polevoy"):
        uid = uid_of(sample_store, name)
        for filters in FILTERS:
            for limit in (1, 2, 3, 5, 500):
                cut += bool(profile.page_cutoff(sample_store, uid, filters, limit)[0])
                for fn in (profile.said_by, profile.said_about):
                    assert fn(sample_store, uid, filters, limit) == uncut(fn, sample_store, uid, filters, limit), \
                        (name, fn.__name__, filters, limit)
    assert cut > 10                                  # the cut-off was taken, not only skipped


def test_the_neighbourhood_from_the_rollup_equals_the_raw_one(sample_store):
    everything = Filters(date_from="0000")           # a filter that keeps every statement: the raw path
    for name in ("Russia", "Collective Security Treaty Organization"):
        uid = uid_of(sample_store, name)
        fast, raw = explore.neighbourhood(sample_store, uid), explore.neighbourhood(sample_store, uid, filters=everything)
        assert _canon(fast.nodes.values()) == _canon(raw.nodes.values())
        assert _canon(fast.edges.values()) == _canon(raw.edges.values())
        assert any(e.get("stances") for e in fast.edges.values())


def test_a_capped_hub_view_keeps_its_strongest_edges_and_counts_the_rest(sample_store):
    uid = uid_of(sample_store, "Collective Security Treaty Organization")
    full = explore.neighbourhood(sample_store, uid, depth=2)
    capped = explore.neighbourhood(sample_store, uid, depth=2, cap=5)
    counts = [e["count"] for e in capped.edges.values()]
    assert counts == sorted(counts, reverse=True)
    assert capped.left_out_edges == len(full.edges) - len(capped.edges) > 0
    assert full.left_out_edges == 0
