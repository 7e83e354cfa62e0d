"""Query results as graphs and tables: whole nodes and `<x>_uid` columns become entities, a row's entities
are joined, uid columns are hidden, entities link into the explorer, and every cell is escaped."""
from queries.result_graph import entities, view_of
from queries.viewmodel import visualization
from views.results import table_html

LONG = "a very long quote " * 40 + "<script>alert(1)</script>"


def test_whole_nodes_and_relationships_make_a_graph():
    columns = ["a", "r", "b", "n"]
    rows = [{"a": {"uid": "person:1a", "name": "Anna", "type": "Person"}, "r": {"stance": "oppose"},
             "b": {"uid": "state:2b", "name": "Ruritania", "type": "State"}, "n": 3}]
    view = view_of(columns, rows)
    assert set(view.nodes) == {"person:1a", "state:2b"}
    assert list(view.edges) == ["r|person:1a|state:2b"]


def test_uid_columns_make_a_graph_named_after_the_columns():
    columns = ["speaker_uid", "speaker_name", "speaker_type", "target_uid", "target_name", "quote"]
    rows = [{"speaker_uid": "person:1a", "speaker_name": "Anna", "speaker_type": "Person",
             "target_uid": "state:2b", "target_name": "Ruritania", "quote": "x"}]
    assert [c for c, _ in entities(columns, rows[0])] == ["speaker", "target"]
    view = view_of(columns, rows)
    assert list(view.edges) == ["speaker \u2192 target|person:1a|state:2b"]
    assert view.nodes["person:1a"]["name"] == "Anna"


def test_rows_without_entities_make_no_graph():
    assert not view_of(["name", "n"], [{"name": "Anna", "n": 1}]).nodes
    assert not view_of(["uid"], [{"uid": "not an id"}]).nodes


def test_query_graphs_label_every_node():
    rows = [{"s_uid": f"person:{i:x}", "s_name": f"Speaker number {i}", "s_type": "Person",
             "t_uid": "state:ff", "t_name": "Ruritania", "t_type": "State"} for i in range(1, 30)]
    view = view_of(list(rows[0]), rows)
    captions = {r.id.partition("|")[2] for r in visualization(view).relationships if str(r.id).startswith("cap|")}
    assert captions == set(view.nodes)


def test_table_wraps_hides_uids_links_entities_and_escapes():
    columns = ["speaker_uid", "speaker_name", "quote", "n", "node"]
    rows = [{"speaker_uid": "person:1a", "speaker_name": "Anna <b>X</b>", "quote": LONG, "n": 2,
             "node": {"uid": "state:2b", "name": "Ruritania", "type": "State"}}]
    page = table_html(columns, rows)
    assert "<th>speaker_uid</th>" not in page and "<th>speaker_name</th>" in page
    assert '<a href="?e=person%3A1a"' in page and '<a href="?e=state%3A2b"' in page
    assert "<script>" not in page and "<b>X" not in page
    assert "white-space:normal" in page and "overflow-wrap:anywhere" in page
    assert "a very long quote " * 40 in page                   # the whole quote, wrapped rather than cut
