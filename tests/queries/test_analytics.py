"""Key actors, camps and paths on the sample corpus: sensible answers, the same on Neo4j and the embedded
store, filters that change the answer, and every hop of a path backed by a statement."""
from __future__ import annotations

from queries.analytics import ActorGraph, Scope, actor_graph, camps, key_actors, path
from tests.queries.conftest import uid_of
from tests.queries.test_parity import both  # noqa: F401  (the sample in both engines)


def test_key_actors_and_camps_are_the_same_on_both_engines(both):  # noqa: F811
    results = {}
    for engine, store in both.items():
        actors = actor_graph(store)
        results[engine] = (key_actors(actors, limit=50), camps(actors))
    assert results["ladybug"] == results["neo4j"]
    ranked, groups = results["neo4j"]
    assert len(ranked) >= 10 and groups
    assert ranked[0]["influence"] >= ranked[-1]["influence"]


def test_key_actors_rank_the_most_discussed_high(sample_store):
    ranked = key_actors(actor_graph(sample_store), limit=100)
    names = [r["name"] for r in ranked]
    top = max(ranked, key=lambda r: r["discussed"])
    assert names.index(top["name"]) < 5, (top, names[:10])
    assert all(r["said"] + r["addressed"] + r["discussed"] > 0 for r in ranked)


def test_filters_change_the_actor_graph(sample_store):
    def weight(actors):
        return sum(e["weight"] for e in actors.edges.values())
    everything = actor_graph(sample_store)
    early = actor_graph(sample_store, Scope(date_to="2025-03-15"))
    assert 0 < len(early.edges) < len(everything.edges)
    topic = uid_of(sample_store, "Collective Security Treaty Organization")
    assert 0 < weight(actor_graph(sample_store, Scope(topic=topic))) < weight(everything)


def test_path_hops_carry_their_statements(sample_store):
    actors = actor_graph(sample_store)
    source = uid_of(sample_store, "Rafik Tashmurov")
    und, uids = actors.igraph(directed=False)
    hops_away = und.distances(source=uids.index(source))[0]
    far = [u for u, d in zip(uids, hops_away) if 2 <= d < float("inf")]
    assert far   # someone at least two hops away, found from the graph itself
    hops = path(sample_store, actors, source, far[0])
    assert hops and len(hops) >= 2
    assert hops[0]["from"] == "Rafik Tashmurov"
    for hop in hops:
        assert hop["quote"], hop
        assert hop["speaker"] in (hop["from"], hop["to"])
    assert path(sample_store, actors, source, "person:not-there") is None


def test_opposition_does_not_join_a_camp():
    actors = ActorGraph({u: {"name": u, "type": "Person", "said": 0, "addressed": 0, "discussed": 0}
                         for u in "abcd"})
    actors.add("a", "b", "about", 5, support=5)
    actors.add("c", "d", "about", 5, support=5)
    actors.add("a", "c", "about", 6, oppose=6)
    found = {frozenset(m["uid"] for m in c["members"]) for c in camps(actors)}
    assert found == {frozenset("ab"), frozenset("cd")}
