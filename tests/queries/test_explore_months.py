"""A neighbourhood filtered by whole months (a quarter) reads its ABOUT edges from the PairMonth rollup on
Neo4j and gives exactly the view of the raw statements (the same range spelled with a time of day, which
the rollup path does not take); the embedded store, which scans PairMonth, keeps the raw path, with the
same answers; anything else stays on the raw path."""
from __future__ import annotations

import json

import pytest

from queries import explore
from queries.explore import Filters, whole_months
from tests.queries.conftest import uid_of


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


def test_which_filters_are_whole_months():
    assert whole_months(Filters(date_from="2024-04-01", date_to="2024-06-30"))
    assert whole_months(Filters(date_from="2024-02-01", date_to="2024-02-29", undated=False))
    assert whole_months(Filters(date_to="2025-01-31")) and whole_months(Filters(date_from="2025-03-01"))
    assert not whole_months(Filters())
    assert not whole_months(Filters(date_from="2024-04-02")) and not whole_months(Filters(date_to="2023-02-29"))
    assert not whole_months(Filters(date_from="2024-04-01", outlet="Caspian Wire"))
    assert not whole_months(Filters(date_from="2024-04-01", collection="sample"))
    assert not whole_months(Filters(date_from="2024-04-01T00"))


@pytest.mark.parametrize("start,end,undated", [("2025-04-01", "2025-06-30", True), ("2025-03-01", "", False),
                                                ("", "2025-04-30", True), ("2025-05-01", "2025-05-31", False)])
def test_whole_months_from_the_rollup_equal_the_raw_view(sample_each, start, end, undated):
    for name in ("Russia", "Collective Security Treaty Organization"):
        uid = uid_of(sample_each, name)
        months = Filters(date_from=start, date_to=end, undated=undated)
        raw = Filters(date_from=start and start[:8] + "00T", date_to=end and end + "T", undated=undated)
        assert whole_months(months) and not whole_months(raw)
        fast = explore.neighbourhood(sample_each, uid, depth=2, filters=months)
        slow = explore.neighbourhood(sample_each, uid, depth=2, filters=raw)
        assert _canon(fast.nodes.values()) == _canon(slow.nodes.values()), (name, start, end)
        assert _canon(fast.edges.values()) == _canon(slow.edges.values()), (name, start, end)
        assert fast.edges, (name, start, end)
