"""The view model: rows to nodes and edges, layout, escaping into neo4j-viz, the standalone HTML."""
from queries.library import EdgeSpec
from queries.viewmodel import (COLOURS, EDGE_COLOURS, STANCE_COLOURS, View, edge_colour, fit_zoom, from_rows,
                               layout, legend_html, render_html, safe, visualization)

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
    name = next(r for r in graph.relationships if r.id == "cap|person:1")      # the name written under it
    assert "<" not in name.caption and "<" not in node.properties["name"]
    assert len([r for r in graph.relationships if not r.id.startswith("cap|")]) == 38


def test_every_name_is_written_whole_under_its_node_and_readable():
    view = _view()
    from queries.layout import frame
    fr = frame(view, 1050, 620)
    graph, zoom = visualization(view, frame=fr), fr.zoom
    captions = {r.id[4:]: r for r in graph.relationships if r.id.startswith("cap|")}
    assert set(captions) == set(view.nodes)                                     # every node named
    positions = {n.id: (n.x, n.y) for n in graph.nodes}
    for uid, rel in captions.items():
        assert rel.caption == safe(view.nodes[uid]["name"], 60)                 # whole, not broken
        assert positions[rel.source][1] > positions[uid][1]                     # below the node
        assert 6 * rel.caption_size * zoom >= 11.5                              # font >= 11.5 px on screen
    assert all(r.caption is None for r in graph.relationships if not r.id.startswith("cap|"))
    selected = next(iter(view.edges))
    assert next(r for r in visualization(view, selected=selected).relationships if r.id == selected).caption


def test_captions_of_a_100_node_view_fit_readable_without_overlap():
    from queries import layout as geometry
    view = View(focus="person:0")
    view.add_node("person:0", "Person", "Focus Person", ring=0)
    for i in range(1, 100):
        view.add_node(f"state:{i:x}", "State", ["Kazakhstan", "Alena Kaspiarovich", "Armenia",     # 12 characters
                                                 "Dmitry Polevoy"][i % 4] + f" {i}")      # on average, as the sample
        view.add_edge("person:0", f"state:{i:x}", "about", 1 + i % 5)
    fr = geometry.frame(view, 860)                                  # the page's graph, full width
    width = {u: geometry.caption_width(view.nodes[u]["name"], fr.scale) for u in view.nodes}
    boxes = [(x - width[u] / 2, y, x + width[u] / 2, y + geometry.FONT * 1.3 * fr.scale)
             for u, (x, y) in fr.positions.items()]
    overlaps = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    assert overlaps == 0
    assert geometry.FONT * fr.scale * fr.zoom >= geometry.MIN_FONT - 0.01        # readable on screen
    half_w, half_h = geometry.extent(view, fr.positions, fr.scale)
    assert 2 * half_w * fr.zoom <= 860 and 2 * half_h * fr.zoom <= fr.height <= 1100   # all of it in view


def test_bigger_views_label_the_most_important_nodes_first():
    from queries import layout as geometry
    view = View(focus="person:0")
    view.add_node("person:0", "Person", "Focus", ring=0)
    for i in range(1, 300):
        view.add_node(f"person:{i:x}", "Person", f"Speaker {i}")
        view.add_edge(f"person:{i:x}", "person:0", "about", 1000 - i)
    named = geometry.labelled(view)
    assert len(named) == geometry.LABELLED and "person:0" in named and "person:1" in named
    assert "person:12b" not in named                                           # the lightest one


def test_edges_are_coloured_by_stance_when_most_statements_share_one():
    v = View()
    v.add_edge("person:1", "state:2", "about", 3)
    edge = v.edges["about|person:1|state:2"]
    assert edge_colour(edge) == EDGE_COLOURS["about"]
    edge["stances"] = {"oppose": 2, "support": 1}
    assert edge_colour(edge) == STANCE_COLOURS["oppose"]
    edge["stances"] = {"oppose": 1, "support": 1}
    assert edge_colour(edge) == EDGE_COLOURS["about"]


def test_legend_comes_from_the_style_table():
    html = legend_html(_view())
    assert COLOURS["Person"] in html and COLOURS["State"] in html and EDGE_COLOURS["about"] in html
    assert COLOURS["Alliance"] not in html                                     # only what the view holds


def test_legend_items_do_not_break_inside():
    """A narrow page wraps the legend between items, never inside one ("stance:" | "neutral")."""
    import re
    view = _view()
    view.edges[next(iter(view.edges))]["stances"] = {"neutral": 1}
    html = legend_html(view)
    labels = ["Person", "State", "about", "stance: neutral"]
    for label in labels:
        assert re.search(r'<span style="white-space:nowrap"><span [^>]*></span>' + re.escape(label) + "</span>",
                         html), label


def test_render_html_is_offline_and_escaped():
    page = render_html(_view(), title=EVIL)
    assert "<img src=x" not in page
    assert "<title>&lt;" not in page and "<title>\u2039img" in page
    for marker in ('src="http', "src='http", 'href="http'):
        assert marker not in page


def test_as_tables():
    tables = _view().as_tables()
    assert len(tables["nodes"]) == 39 and tables["edges"][0]["source_name"] == EVIL


# Arial's advance widths (per 1,000 of the font size) for the letters of the names below
_ARIAL = dict(zip("ACEKMNOSTWaeilmnoy", (667, 722, 667, 667, 833, 722, 778, 667, 611, 944,
                                          556, 556, 222, 222, 833, 556, 556, 500)))


def test_short_names_of_wide_letters_get_the_room_their_text_takes():
    """NVL cuts a name longer than the room left for it ("Oman" was drawn "Oma…")."""
    from queries import layout as geometry
    for name in ("Oman", "Mali", "Kenya", "NATO", "OSCE", "ASEAN", "MOSCOW"):
        text = geometry.FONT * sum(_ARIAL[c] for c in name) / 1000
        assert geometry.caption_width(name) - 12.0 >= text, name
