"""Saved queries bounded for hubs (issue 13): on the sample corpus, where no entity reaches the bound, they
give exactly the rows of their unbounded form; below the bound they read only the newest articles."""
from __future__ import annotations

import json

UNBOUNDED = {
    "mentioned_with": """MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)<-[:MENTIONS]-(a:Article)
        -[:MENTIONS]->(y) WHERE x.name = $name AND y.uid <> x.uid WITH x, y, count(*) AS articles
        WHERE articles >= $min_articles
        RETURN x.uid AS entity_uid, x.name AS entity_name, x.type AS entity_type, y.uid AS other_uid,
               y.name AS other_name, y.type AS other_type, articles ORDER BY articles DESC, other_name LIMIT $limit""",
}


def _canon(rows):
    return [json.dumps(r, sort_keys=True, default=str) for r in rows]


def test_mentioned_with_equals_the_unbounded_form_below_the_bound(sample_store, library):
    query = library["mentioned_with"]
    top = sample_store.rows("MATCH (a:Article)-[:MENTIONS]->(n) RETURN n.name AS name, count(*) AS c "
                            "ORDER BY c DESC, name LIMIT 3")
    for name in [r["name"] for r in top] + ["Taliban"]:
        for given in ({}, {"min_articles": 2}, {"limit": 3}):
            values = query.values({"name": name, **given})
            got = sample_store.query(query.cypher, values, user=True).rows
            want = sample_store.rows(UNBOUNDED["mentioned_with"], {k: v for k, v in values.items() if k != "newest"})
            assert got and _canon(got) == _canon(want), (name, given)


def test_mentioned_with_reads_only_the_newest_articles_of_a_hub(sample_store, library):
    query = library["mentioned_with"]
    hub = sample_store.rows("MATCH (a:Article)-[:MENTIONS]->(n) RETURN n.name AS name, count(*) AS c "
                            "ORDER BY c DESC, name LIMIT 1")[0]
    assert hub["c"] > 2
    newest = sample_store.rows("MATCH (n {name: $name})<-[:MENTIONS]-(a:Article) RETURN a.uid AS uid "
                               "ORDER BY coalesce(a.published, '') DESC, uid LIMIT 2", {"name": hub["name"]})
    want = sample_store.rows("UNWIND $uids AS u MATCH (a:Article {uid: u})-[:MENTIONS]->(y) WHERE y.name <> $name "
                             "RETURN y.uid AS uid, count(*) AS c", {"uids": [r["uid"] for r in newest],
                                                                    "name": hub["name"]})
    got = sample_store.query(query.cypher, query.values({"name": hub["name"], "newest": 2, "limit": 1000}),
                             user=True).rows
    assert {r["other_uid"]: r["articles"] for r in got} == {r["uid"]: r["c"] for r in want}
    assert max(r["articles"] for r in got) <= 2
