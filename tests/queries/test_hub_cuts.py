"""The embedded store's date cuts for `how_connected` and `mentioned_with` (queries/hub_cuts.py) give the
saved query's rows whether a cut fills its page or not (every cut from before the first date to after the last),
with undated statements and articles (NULL and ''), unknown and shared names; the cuts the rollups
pick keep at least a page above them; and a call's statements share one time limit."""
from __future__ import annotations

import json
import time

import pytest

from graph.store import StoreError
from queries import hub_cuts, name_anchor
from queries.library import engine_form
from tests.queries.conftest import most_mentioned, undate_articles

CUTS = ("", "0000", "2024-06", "2025-01-15", "9999")


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


@pytest.fixture(scope="module")
def store(tmp_path_factory, extractor):
    """The sample on the embedded store with undated statements of its busiest speaker and undated
    articles (published NULL, one '') of its most mentioned entities."""
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    s = LadybugStore(StoreConfig(path=str(tmp_path_factory.mktemp("cuts") / "graph")))
    ingest([SAMPLE_DIR], s, progress=False, extractor=extractor)
    busiest = _speakers(s)[0]
    s.transact(lambda run: run("MATCH (p {uid: $uid})-[r:SAID]->(st:Statement) WITH r, st ORDER BY st.uid LIMIT 3 "
                               "SET st.date = NULL, r.date = 'undated' RETURN count(*) AS n", {"uid": busiest}))
    undate_articles(s)
    yield s
    s.close()


def _speakers(s, n=4):
    return [r["uid"] for r in s.rows("MATCH (p)-[:SAID]->(:Statement) RETURN p.uid AS uid, count(*) AS c "
                                     "ORDER BY c DESC, uid LIMIT $n", {"n": n})]


def _mentioned(s, n=4):
    return most_mentioned(s, n)


def _name(s, uid):
    return s.rows("MATCH (x {uid: $u}) RETURN x.name AS name", {"u": uid})[0]["name"]


def _pairs(s):
    names = list(dict.fromkeys(_name(s, u) for u in _speakers(s, 3) + _mentioned(s, 3)))
    return [(a, b) for a in names for b in names if a != b] + [(names[0], "Nobody At All"), (names[0], names[0])]


def test_every_cut_gives_the_saved_rows(store, library, monkeypatch):
    query, used = library["how_connected"], set()
    pairs = _pairs(store)
    for cut in CUTS:
        monkeypatch.setattr(hub_cuts, "pair_cut", lambda *a, cut=cut: cut[:7])
        monkeypatch.setattr(hub_cuts, "shared_cut", lambda *a, cut=cut: cut)
        for first, second in pairs:
            for limit in (2, 100):
                values = query.values({"first": first, "second": second, "limit": limit})
                expected = store.query(query.cypher, values)
                got = engine_form(store, query, values)
                if got is None:                               # no cut: the saved query runs
                    assert cut == "" or first == second or "Nobody" in second
                    continue
                used.add(cut)
                assert got.columns == expected.columns
                assert _canon(got.rows) == _canon(expected.rows), (cut, first, second, limit)
    assert used == set(CUTS) - {""}


def test_every_cut_gives_mentioned_with_its_saved_rows(store, library, monkeypatch):
    query, used = library["mentioned_with"], set()
    names = [_name(store, u) for u in _mentioned(store, 6)] + ["Nobody At All"]
    for cut in CUTS:
        monkeypatch.setattr(hub_cuts, "entity_cut", lambda *a, cut=cut: cut)
        for name in names:
            for newest in (1, 3, 1000):
                values = query.values({"name": name, "newest": newest, "limit": 5})
                expected = store.query(query.cypher, values)
                got = engine_form(store, query, values)
                if got is not None:
                    used.add(cut)
                    assert got.columns == expected.columns
                    assert _canon(got.rows) == _canon(expected.rows), (cut, name, newest)
    assert "0000" in used                                     # a cut that fills the page


def test_the_rollups_cuts_keep_a_page_above_them(store):
    speaker, mentioned = _speakers(store), _mentioned(store)
    cut_some = False
    for first in speaker:
        for second in mentioned:
            if first == second:
                continue
            for limit in (1, 2, 5):
                cut = hub_cuts.pair_cut(store, first, second, limit)
                if cut:
                    cut_some = True
                    n = store.rows("MATCH (x {uid: $a})-[:SAID]->(s:Statement)-[:ABOUT]->(y {uid: $b}) "
                                   "WHERE s.date IS NULL OR s.date >= $cut RETURN count(*) AS n",
                                   {"a": first, "b": second, "cut": cut})[0]["n"]
                    assert n >= limit, (first, second, limit, cut)
                shared = hub_cuts.shared_cut(store, first, second, limit)
                assert shared == "" or len(shared) == 10 and shared[4] == "-"
    assert cut_some


def test_a_call_shares_one_time_limit(store, library, monkeypatch):
    """The cut form runs about a dozen statements (look-ups, rollups, five branches): with a limit shorter
    than any one of them the call fails, where a limit per statement let each run its full course."""
    query = library["how_connected"]
    monkeypatch.setattr(hub_cuts, "pair_cut", lambda *a: "0000")
    monkeypatch.setattr(hub_cuts, "shared_cut", lambda *a: "0000-01-01")
    first, second = _pairs(store)[0]
    values = query.values({"first": first, "second": second, "limit": 100})
    assert name_anchor.run(store, query, values, cap=5000, timeout=60).rows      # the cut form, in time
    with pytest.raises(StoreError, match="time limit"):
        name_anchor.run(store, query, values, cap=5000, timeout=1e-6)
    assert name_anchor.run(store, query, values, cap=5000).rows                   # the store is usable after


def test_a_read_stops_within_its_limit(store):
    """However many statements a read runs, it fails about its time limit after it began."""
    limit, runs = 0.2, []

    def work(reader):
        for _ in range(20000):
            runs.append(reader.rows("MATCH (s:Statement) RETURN count(s) AS n")[0]["n"])
    started = time.monotonic()
    with pytest.raises(StoreError, match="time limit"):
        store.read(work, timeout=limit)
    assert time.monotonic() - started < limit + 2 and 0 < len(runs) < 20000
