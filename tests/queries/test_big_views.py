"""Views too big to name every node: the names written are readable when the view opens, never on top of one
another, the drawing fills the window, and NVL is told to write them at that zoom (app and snapshot)."""
import json
import re

import pytest

from queries import graph_options, layout as geometry
from queries.viewmodel import View, render_html, visualization

EVIL = '<img src=x onerror=alert(1)>'


def _hub_view(size: int) -> View:
    """A state quoted by size-1 people, with unequal weights and names of the sample's lengths."""
    view = View(focus="state:0")
    view.add_node("state:0", "State", "Kazakhstan", ring=0)
    for i in range(1, size):
        name = ["Alena Kaspiarovich", "Dmitry Polevoy", "Speaker", EVIL][i % 4] + f" {i}"
        view.add_node(f"person:{i:x}", "Person", name)
        view.add_edge(f"person:{i:x}", "state:0", "about", 1 + i % 7)
    return view


def _overlaps(view: View, fr) -> int:
    width = {u: geometry.caption_width(view.nodes[u]["name"], fr.scale) for u in fr.named}
    boxes = sorted((x - width[u] / 2, y, x + width[u] / 2, y + geometry.FONT * 1.3 * fr.scale)
                   for u, (x, y) in fr.positions.items() if u in fr.named)
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if b[0] < a[2] and a[0] < b[2] and a[1] < b[3] and b[1] < a[3])


@pytest.mark.parametrize("size", [300, 2000])
def test_a_big_view_names_its_most_important_nodes_readably_and_apart(size):
    view = _hub_view(size)
    fr = geometry.frame(view, 860)                                  # the page's graph, full width
    order = geometry.importance(view)
    assert set(order[:len(fr.named)]) == fr.named and len(fr.named) >= geometry.FEWEST   # the most important
    assert _overlaps(view, fr) == 0                                 # was 87 (300 nodes) and 739 (2,000)
    assert geometry.FONT * fr.scale * fr.zoom >= geometry.MIN_FONT - 0.01     # readable when it opens
    half_w, half_h = geometry.extent(view, fr.positions, fr.scale, fr.named)
    assert 2 * half_w * fr.zoom <= 840 and 2 * half_h * fr.zoom <= fr.height - 20 + 0.01   # all of it in view
    assert 2 * half_w * fr.zoom >= 0.75 * 840                       # it fills the window's width (was 271 px)


def test_a_big_view_with_short_names_names_as_many_as_before():
    view = View(focus="state:0")
    view.add_node("state:0", "State", "Hub", ring=0)
    for i in range(1, 2000):
        view.add_node(f"person:{i:x}", "Person", f"Speaker {i}")
        view.add_edge(f"person:{i:x}", "state:0", "about", 1)
    fr = geometry.frame(view, 860)
    assert len(fr.named) == geometry.LABELLED and _overlaps(view, fr) == 0
    assert geometry.FONT * fr.scale * fr.zoom >= geometry.MIN_FONT - 0.01


def test_names_are_written_down_to_the_zoom_a_big_view_opens_at():
    big = _hub_view(2000)
    fr = geometry.frame(big, 860)
    options = graph_options.widget(visualization(big, frame=fr), fr).options.to_json()
    assert 0 < options["nvlOptions"]["relationshipThreshold"] < fr.zoom < graph_options.NVL_NAME_ZOOM
    assert options["nvlOptions"]["disableWebGL"] is True            # neo4j-viz's own options are kept


def test_views_whose_names_are_not_readable_keep_nvls_threshold():
    small = _hub_view(40)
    fr = geometry.frame(small, 860)                                 # opens at zoom >= 0.96: NVL writes them
    assert "relationshipThreshold" not in graph_options.widget(visualization(small, frame=fr), fr).options.to_json()[
        "nvlOptions"]
    big = _hub_view(300)
    before = geometry.frame(big, 860)
    grown = _hub_view(320)                                          # expanded in place: the names keep their
    fr = geometry.frame(grown, 860, previous=before.positions)      # room at zoom 1, too small when it opens
    assert fr.scale == 1.0 and graph_options.name_zoom(fr) is None


def test_the_snapshot_of_a_big_view_writes_its_names_and_stays_escaped():
    page = render_html(_hub_view(300), title="big")
    data = json.loads(re.search(r'<script type="application/json" id="neo4j-viz-data">(.*?)</script>', page,
                                re.S).group(1))
    assert 0 < data["options"]["nvlOptions"]["relationshipThreshold"] < data["options"]["zoom"]
    assert EVIL not in page and "<img" not in page


def test_the_same_big_view_beside_a_side_panel_keeps_its_names_and_their_room():
    view = _hub_view(2000)
    made = geometry.frame(view, 860)
    beside = geometry.refit(view, made, 590)                        # a node selected: the panel opens
    assert beside.positions == made.positions and beside.named == made.named and beside.scale == made.scale
    half_w, half_h = geometry.extent(view, beside.positions, beside.scale, beside.named)
    assert beside.zoom < made.zoom and 2 * half_w * beside.zoom <= 570     # all of it in the narrower window
    assert graph_options.name_zoom(beside) is not None and _overlaps(view, beside) == 0   # still written


def test_names_are_drawn_over_the_edges():
    """NVL draws relationships in the order given, each with its caption: the names (captions of the
    invisible relationships under the nodes) come last, so no edge is drawn across a name."""
    view = _hub_view(300)
    graph = visualization(view, frame=geometry.frame(view, 860))
    kinds = ["name" if r.id.startswith("cap|") else "edge" for r in graph.relationships]
    assert kinds == sorted(kinds) and kinds.count("name") >= geometry.FEWEST and kinds[0] == "edge"
