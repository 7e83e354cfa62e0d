"""The neighbourhood explorer on the sample corpus: depth, filters, expand, hide, cap, edge statements."""
from queries import explore
from queries.explore import Filters, label_of
from tests.queries.conftest import uid_of

import pytest


def test_label_of():
    assert label_of("person:abc") == "Person" and label_of("armedgroup:1") == "ArmedGroup"
    with pytest.raises(ValueError):
        label_of("x') DETACH DELETE n //:1")


def test_only_set_filters_reach_the_query():
    # unset filters add no condition at all: the "($x = '' OR ...)" form they replaced made the embedded
    # store over-count neighbourhood edges on a 100k-article graph
    assert explore.where("s.uid IS NOT NULL", Filters().condition()) == "WHERE s.uid IS NOT NULL "
    assert Filters().params() == {} and explore.where(Filters().condition()) == ""
    f = Filters(date_from="2025-03-01", outlet="Caspian Wire", undated=False)
    assert f.condition() == "s.date >= $date_from AND s.outlet = $outlet"
    kept = Filters(date_from="2025-03-01", outlet="Caspian Wire")              # undated statements kept
    assert kept.condition() == "(s.date IS NULL OR (s.date >= $date_from)) AND s.outlet = $outlet"
    assert f.params() == {"date_from": "2025-03-01", "outlet": "Caspian Wire"}


def test_depth_grows_the_view(sample_store):
    uid = uid_of(sample_store, "Collective Security Treaty Organization")
    one = explore.neighbourhood(sample_store, uid, depth=1)
    two = explore.neighbourhood(sample_store, uid, depth=2, cap=1000)
    assert uid in one.nodes and one.nodes[uid]["ring"] == 0
    assert set(one.nodes) < set(two.nodes)
    assert all(e["count"] >= 1 for e in one.edges.values())
    assert one.nodes[uid]["mentions"] > 0


def test_filters_hide_and_cap(sample_store):
    uid = uid_of(sample_store, "Russia")
    full = explore.neighbourhood(sample_store, uid)
    only_people = explore.neighbourhood(sample_store, uid, filters=Filters(types=["Person"]))
    assert {n["type"] for u, n in only_people.nodes.items() if u != uid} <= {"Person"}
    late = explore.neighbourhood(sample_store, uid, filters=Filters(date_from="2099-01-01"))
    assert sum(e["count"] for e in late.edges.values() if e["kind"] in ("about", "to")) == 0
    victim = next(u for u in full.nodes if u != uid)
    hidden = explore.neighbourhood(sample_store, uid, hidden=(victim,))
    assert victim not in hidden.nodes
    capped = explore.neighbourhood(sample_store, uid, cap=3)
    assert len(capped.nodes) == 3 and capped.left_out == len(full.nodes) - 3 and uid in capped.nodes
    assert all(e["source"] in capped.nodes and e["target"] in capped.nodes for e in capped.edges.values())


def test_expand_adds_neighbours(sample_store):
    uid = uid_of(sample_store, "Collective Security Treaty Organization")
    base = explore.neighbourhood(sample_store, uid)
    other = uid_of(sample_store, "Rafik Tashmurov")
    expanded = explore.neighbourhood(sample_store, uid, expanded=(other,))
    assert set(base.nodes) < set(expanded.nodes)


def test_edge_statements_match_the_count(sample_store):
    uid = uid_of(sample_store, "Collective Security Treaty Organization")
    view = explore.neighbourhood(sample_store, uid)
    edge = max((e for e in view.edges.values() if e["kind"] == "about"), key=lambda e: e["count"])
    rows = explore.edge_statements(sample_store, edge["id"])
    assert len(rows) == edge["count"] and all(r["quote"] for r in rows)
    assert explore.edge_statements(sample_store, "member of|state:1|alliance:2") == []


def test_matrix_and_view_statements(sample_store):
    uid = uid_of(sample_store, "Collective Security Treaty Organization")
    view = explore.neighbourhood(sample_store, uid)
    columns, rows = explore.matrix(view)
    assert columns[0] == "speaker" and rows
    total = sum(v for r in rows for k, v in r.items() if k != "speaker")
    assert total == sum(e["count"] for e in view.edges.values() if e["kind"] in ("about", "to"))
    assert len(explore.view_statements(sample_store, view)) >= 1


def test_search_options_carry_aliases(sample_store):
    options = explore.search_options(sample_store)
    csto = next(o for o in options if o["name"] == "Collective Security Treaty Organization")
    assert "CSTO" in csto["aliases"]
    assert options[0]["mentions"] >= options[-1]["mentions"]


def test_unknown_entity_gives_an_empty_view(sample_store):
    assert explore.neighbourhood(sample_store, "person:0000").nodes == {}
