"""Bounded cost on both engines: queries that would run for minutes or build gigabytes end within 1.5x the
time limit and below the memory cap, with one line saying why; huge results stop at the row cap while
being read. Each probe prints its time and peak memory (run with -s to see the figures)."""
from __future__ import annotations

import time

import pytest

from graph.fragment import build_fragment
from graph.readonly import QueryRejected
from graph.store import StoreError
from tests.graph.test_stores import sample

LIMIT_S, MEMORY_MB, ROWS = 2.0, 1024, 5000
PROBES = {
    "cross product, 10^12 rows counted": "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b "
                                         "RETURN count(*) AS c",
    "one huge list value (10^9 items)": "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000) AS b "
                                        "RETURN collect(a) AS c",
    "200M rows returned": "UNWIND range(1, 1000000) AS a UNWIND range(1, 200) AS b RETURN a * b AS x",
    "size(range(1, 400000000))": "RETURN size(range(1, 400000000)) AS n",
    "UNWIND of 200M values": "UNWIND range(1, 200000000) AS x RETURN x",
    "30-hop paths": "MATCH p = (a)-[*1..30]-(b) RETURN count(p) AS c",
    "10-hop paths": "MATCH p = (a)-[*1..10]-(b) RETURN count(p) AS c",
}


@pytest.fixture
def limited(monkeypatch):
    monkeypatch.setenv("WHOSAID_QUERY_SECONDS", str(LIMIT_S))
    monkeypatch.setenv("WHOSAID_QUERY_MEMORY_MB", str(MEMORY_MB))
    monkeypatch.setenv("WHOSAID_QUERY_ROWS", str(ROWS))


@pytest.mark.parametrize("name", list(PROBES))
def test_limit_probe_ends_in_time_and_memory(store, limited, name):
    article, ext = sample()
    store.write(build_fragment(article, ext))
    started, stats, outcome = time.monotonic(), {}, ""
    try:
        result = store.query(PROBES[name], user=True)
        stats, outcome = result.stats, f"{len(result.rows)} rows" + (" (row cap)" if result.truncated else "")
        assert len(result.rows) <= ROWS
    except QueryRejected as exc:
        outcome = f"refused: {str(exc)[:70]}"
    except StoreError as exc:
        stats, outcome = getattr(exc, "stats", {}), f"stopped: {str(exc)[:90]}"
        assert "\n" not in str(exc)
    elapsed = time.monotonic() - started
    peak = stats.get("peak_mb", 0.0)
    print(f"\n[{store.config.engine}] {name}: {elapsed:.2f} s (limit {LIMIT_S:g} s), peak {peak:.0f} MB "
          f"(cap {MEMORY_MB} MB) -> {outcome}")
    assert elapsed <= 1.5 * LIMIT_S
    assert peak <= MEMORY_MB


def test_row_cap_applies_while_reading(store, limited):
    result = store.query("UNWIND range(1, 1000000) AS a RETURN a", user=True, limit=7)
    assert len(result.rows) == 7 and result.truncated


def test_one_value_over_the_value_cap_is_refused(store, limited, monkeypatch):
    monkeypatch.setenv("WHOSAID_QUERY_VALUE_MAX", "1000")
    with pytest.raises(StoreError) as info:
        store.query("UNWIND range(1, 5000) AS a RETURN collect(a) AS c", user=True)
    assert "larger than the cap" in str(info.value)
