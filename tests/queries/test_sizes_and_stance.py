"""Node size by influence (issue 16) and the only-support / only-oppose filter of the explorer graph
(issue 15), on the view model and the sample store."""
from queries import analytics
from queries.explore import neighbourhood
from queries.viewmodel import View, node_size, only_stance, thinned, tooltips, visualization


def _view() -> View:
    v = View(focus="person:1")
    for uid, typ in (("person:1", "Person"), ("state:2", "State"), ("state:3", "State"), ("alliance:4", "Alliance")):
        v.add_node(uid, typ, uid.upper(), ring=0 if uid == "person:1" else 1)
    v.add_edge("person:1", "state:2", "about", 3)
    v.edges["about|person:1|state:2"]["stances"] = {"oppose": 2, "neutral": 1}
    v.add_edge("person:1", "state:3", "about", 2)
    v.edges["about|person:1|state:3"]["stances"] = {"support": 2}
    v.add_edge("state:2", "alliance:4", "member of", 1)
    return v


def test_only_stance_keeps_the_edges_with_that_stance_and_their_ends():
    oppose = only_stance(_view(), "oppose")
    assert set(oppose.nodes) == {"person:1", "state:2"}
    assert list(oppose.edges) == ["about|person:1|state:2"] and oppose.edges["about|person:1|state:2"]["count"] == 2
    support = only_stance(_view(), "support")
    assert set(support.nodes) == {"person:1", "state:3"}
    assert only_stance(_view(), "all").edges == _view().edges


def test_influence_scores_size_the_nodes():
    view = _view()
    sizes = {"person:1": 0.1, "state:2": 1.0}
    graph = visualization(view, sizes=sizes)
    radius = {n.id: n.size for n in graph.nodes if "|" not in str(n.id)}
    assert radius["state:2"] > radius["person:1"] > radius["alliance:4"]           # unscored: smallest
    by_mentions = {n.id: n.size for n in visualization(view).nodes if "|" not in str(n.id)}
    assert by_mentions["person:1"] > by_mentions["state:2"]                          # the focus is bigger
    assert node_size(view.nodes["state:2"], False, sizes) == 24.0
    assert "influence: 1.00" in tooltips(view, sizes)["state:2"]


def test_influence_is_pagerank_scaled_to_one_and_follows_the_filters(sample_store):
    whole = analytics.influence(analytics.actor_graph(sample_store))
    assert max(whole.values()) == 1.0 and min(whole.values()) > 0
    top = max(whole, key=whole.get)
    ranked = analytics.key_actors(analytics.actor_graph(sample_store), limit=1)
    assert ranked[0]["uid"] == top
    narrow = analytics.influence(analytics.actor_graph(sample_store, analytics.Scope(date_to="2025-03-01")))
    assert narrow and set(narrow) != set(whole)


def test_the_sample_graph_has_both_stances_to_filter(sample_store):
    rows = sample_store.rows("MATCH (n:State {name: 'Russia'}) RETURN n.uid AS uid")
    view = neighbourhood(sample_store, rows[0]["uid"], depth=2)
    kinds = {s for e in view.edges.values() for s in (e.get("stances") or {})}
    assert {"support", "oppose"} <= kinds
    for stance in ("support", "oppose"):
        part = only_stance(view, stance)
        assert 1 < len(part.nodes) < len(view.nodes)
        assert all(e["stances"] == {stance: e["count"]} for e in part.edges.values())


def test_big_views_draw_their_strongest_edges_laid_out_as_the_whole():
    from queries import layout as geometry
    from queries.viewmodel import thinned
    view = View(focus="state:0")
    view.add_node("state:0", "State", "Hub", ring=0)
    for i in range(1, 1000):
        view.add_node(f"person:{i:x}", "Person", f"Speaker {i}")
        view.add_edge(f"person:{i:x}", "state:0", "about", 1 + (i % 7 == 0) * 5)
    part, unseen = thinned(view, 300)
    assert len(part.edges) == 300 and unseen == 699 and part.nodes == view.nodes
    assert min(e["count"] for e in part.edges.values()) >= 1 and sum(e["count"] == 6 for e in part.edges.values()) == 142
    assert thinned(view, 5000) == (view, 0)
    fr = geometry.frame(view, 860)
    graph = visualization(part, frame=fr)
    named = {r.id[4:] for r in graph.relationships if str(r.id).startswith("cap|")}
    assert named == set(fr.named) and len(named) == geometry.LABELLED          # the labels of the whole view
    assert len([r for r in graph.relationships if not str(r.id).startswith("cap|")]) == 300


def test_stance_filter_and_thinning_keep_what_the_cap_left_out():
    view = _view()
    view.left_out, view.left_out_edges = 4, 9
    for part in (only_stance(view, "oppose"), thinned(view, 1)[0]):
        assert (part.left_out, part.left_out_edges) == (4, 9)
