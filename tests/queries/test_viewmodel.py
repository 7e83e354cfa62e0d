"""The view model: rows to nodes and edges, layout, escaping into neo4j-viz, the standalone HTML."""
from queries.library import EdgeSpec
from queries.viewmodel import View, from_rows, layout, render_html, safe, visualization

EVIL = '<img src=x onerror=alert(1)>'


def _view():
    v = View(focus="person:1")
    v.add_node("person:1", "Person", EVIL, ring=0)
    for i in range(2, 40):
        v.add_node(f"state:{i}", "State", f"State {i}")
        v.add_edge("person:1", f"state:{i}", "about", i)
    return v


def test_safe_neutralises_markup():
    assert "<" not in safe(EVIL) and ">" not in safe(EVIL)
    assert safe("AT&T \"quoted\"") == "AT&T \"quoted\""
    assert len(safe("x" * 1000, 50)) == 50 and safe(None) == ""


def test_from_rows_builds_nodes_and_weighted_edges():
    rows = [{"speaker_uid": "person:1", "speaker_name": "A", "speaker_type": "Person",
             "target_uid": "state:2", "target_name": "B", "target_type": "State", "n": 3},
            {"speaker_uid": "person:1", "speaker_name": "A", "speaker_type": "Person",
             "target_uid": None, "target_name": None, "target_type": None, "n": 1}]
    view = from_rows(rows, [EdgeSpec("speaker", "target", "about", "n")])
    assert set(view.nodes) == {"person:1", "state:2"}
    assert list(view.edges.values())[0]["count"] == 3
    assert from_rows([], []).nodes == {}


def test_layout_is_deterministic_and_spread():
    v = _view()
    first, second = layout(v), layout(v)
    assert first == second and first["person:1"] == (0.0, 0.0)
    assert len({(round(x), round(y)) for x, y in first.values()}) == len(v.nodes)


def test_visualization_escapes_captions_and_properties():
    graph = visualization(_view())
    node = next(n for n in graph.nodes if n.id == "person:1")
    assert "<" not in node.caption and "<" not in node.properties["name"]
    assert len(graph.relationships) == 38


def test_render_html_is_offline_and_escaped():
    page = render_html(_view(), title=EVIL)
    assert "<img src=x" not in page
    assert "<title>&lt;" not in page and "<title>\u2039img" in page
    for marker in ('src="http', "src='http", 'href="http'):
        assert marker not in page


def test_as_tables():
    tables = _view().as_tables()
    assert len(tables["nodes"]) == 39 and tables["edges"][0]["source_name"] == EVIL
