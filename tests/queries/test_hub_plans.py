"""The walk forms of the name-anchored queries (queries/by_uid/*.walk.cypher, chosen by queries/hub_plans.py)
give the saved query's own rows, whether the walk fills its page within `scan` articles or falls back to
reading from the actors: undated articles (NULL and ''), hostile and unknown names included. On Neo4j only:
the library runs them only there (queries/name_anchor.py), and LadybugDB 0.22 cannot match from a node
taken out of a list (`UNWIND dated AS a MATCH (a)-...`: "Cannot bind a as node pattern")."""
from __future__ import annotations

import json

import pytest

from graph.readonly import guard
from tests.conftest import make_store
from tests.queries.conftest import most_mentioned, undate_articles
from queries import hub_plans, name_anchor

HOSTILE = ["", "'", '"; MATCH (n) DETACH DELETE n //', "Nobody At All", ".*"]
SCANS = (0, 1, 4, 1000)


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


@pytest.fixture(scope="module")
def store(tmp_path_factory, extractor, request):
    """The sample on Neo4j with some articles of its most mentioned entities undated: published NULL, one ''."""
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    s = make_store("neo4j", tmp_path_factory.mktemp("neo4j"), request)
    ingest([SAMPLE_DIR], s, progress=False, extractor=extractor)
    undate_articles(s)
    yield s
    s.close()


def _mentioned(s, n=6):
    return most_mentioned(s, n)


def _names(s):
    return [s.rows("MATCH (x {uid: $u}) RETURN x.name AS name", {"u": u})[0]["name"] for u in _mentioned(s)]


def _same(store, query, values, walked):
    """The walk form with every scan gives the saved query's rows in its order; True if a name resolved."""
    expected = store.query(query.cypher, values)
    for scan in SCANS:
        got = name_anchor.by_uid(store, query, values, cap=5000, scan=scan)
        if got is None:
            return False
        assert got.columns == expected.columns
        assert _canon(got.rows) == _canon(expected.rows), (query.name, values, scan)
        if query.name == "mentioned_with":
            assert [r["articles"] for r in got.rows] == [r["articles"] for r in expected.rows]
    walked.append(query.name)
    return True


def test_walk_forms_give_the_saved_rows(store, library):
    undated = store.rows("MATCH (a:Article) WHERE coalesce(a.published, '') = '' RETURN count(a) AS c")[0]["c"]
    assert undated >= 4
    names, walked = _names(store), []
    query = library["mentioned_with"]
    for name in names + HOSTILE:
        for newest in (1, 3, 1000):
            _same(store, query, query.values({"name": name, "newest": newest, "limit": 20}), walked)
    query = library["how_connected"]
    for first in names[:4] + HOSTILE[:2]:
        for second in names[:5]:
            for limit in (1, 2, 100):
                _same(store, query, query.values({"first": first, "second": second, "limit": limit}), walked)
    assert walked.count("mentioned_with") == 3 * len(names) and walked.count("how_connected") == 4 * 5 * 3


def test_the_walk_is_chosen_for_actors_in_many_articles():
    """The choice at the 100k graph's counts: the hub (94,272 articles) walks, the 100th (3,960) does not,
    nor a pair with a rare side; the walk may read as many articles as the other plan's cost allows."""
    n = 100_000
    hub, typical, rare = "state:hub", "person:typical", "person:rare"
    counts = {hub: 94_272, typical: 3_960, rare: 812, "person:speaker": 74_698}
    walk, direct = hub_plans.expected_walk("mentioned_with", {"name_uid": hub, "newest": 1000}, n, counts)
    assert round(walk) == 1061 and direct == 94_272 and 2 * walk <= direct // hub_plans.WALK_COST
    walk, direct = hub_plans.expected_walk("mentioned_with", {"name_uid": typical, "newest": 1000}, n, counts)
    assert 2 * walk > direct // hub_plans.WALK_COST
    pair = {"first_uid": "person:speaker", "second_uid": hub, "limit": 50}
    walk, direct = hub_plans.expected_walk("how_connected", pair, n, counts)
    assert walk < 100 and direct == 74_698
    walk, direct = hub_plans.expected_walk("how_connected", {**pair, "first_uid": rare}, n, counts)
    assert 2 * walk > direct // hub_plans.WALK_COST
    assert hub_plans.expected_walk("mentioned_with", {"name_uid": "person:none", "newest": 1}, n, counts)[0] == float("inf")
    assert hub_plans.expected_walk("direct_quotes", {}, n, counts) is None


def test_the_sample_reads_from_the_actors(store, library):
    """On a small graph reading from the actors is cheaper: the library runs the uid form or the saved query."""
    uid = _mentioned(store)[0]
    assert hub_plans.walk_scan(store, "mentioned_with", {"name_uid": uid, "newest": 1000}) is None
    articles, counts = hub_plans.mentions(store, [uid, "person:nobody"])
    assert articles == store.rows("MATCH (a:Article) RETURN count(a) AS c")[0]["c"]
    assert counts[uid] == store.rows("MATCH (a:Article)-[:MENTIONS]->(x {uid: $u}) RETURN count(a) AS c",
                                     {"u": uid})[0]["c"] and counts["person:nobody"] == 0


def test_the_look_up_reads_the_plans_counts(store):
    """by_uid's one statement for names and counts gives what `mentions` reads by uid."""
    names = _names(store) + ["Nobody At All"]
    uids = name_anchor.resolve_all(store, names, hub_plans.RESOLVE_COUNTED)
    assert uids == name_anchor.resolve_all(store, names) and uids[-1] is None and all(uids[:-1])
    rows = store.rows(hub_plans.RESOLVE_COUNTED, {"names": names})
    assert hub_plans.counted(rows) == hub_plans.mentions(store, uids[:-1])


def test_walk_forms_are_their_queries_by_uid_in_the_guarded_subset(store, library):
    for name in ("mentioned_with", "how_connected"):
        saved, walk = library[name], name_anchor.form(name, name_anchor.WALK)
        anchors = name_anchor.anchors(walk)
        rest = [(p.name, p.type, p.default) for p in walk.params if not p.name.endswith(name_anchor.SUFFIX)]
        assert rest == [(p.name, p.type, p.default) for p in saved.params if p.name not in anchors] + [("scan", "int", 1000)]
        values = {p.name: _mentioned(store)[0] if p.name.endswith(name_anchor.SUFFIX) else p.default for p in walk.params}
        assert guard(walk.cypher, store.config.engine, values, row_cap=100)
        assert _canon(store.query(walk.cypher, values, user=True).rows) == _canon(store.query(walk.cypher, values).rows)
