"""Expand in place (issue 12): nodes drawn before keep their positions, new ones go beside the expanded
node with their captions clear of every other; hover texts carry name, type and counts, escaped."""
import math

from queries import layout as geometry
from queries.viewmodel import View, tooltips


def _star(n: int, focus: str = "person:0") -> View:
    view = View(focus=focus)
    view.add_node(focus, "Person", "Focus Person", ring=0)
    for i in range(1, n):
        view.add_node(f"state:{i:x}", "State", f"State number {i}")
        view.add_edge(focus, f"state:{i:x}", "about", 1 + i % 3)
    return view


def _expanded(view: View, anchor: str, extra: int) -> View:
    grown = View(focus=view.focus, nodes={u: dict(n) for u, n in view.nodes.items()},
                 edges={i: dict(e) for i, e in view.edges.items()})
    for j in range(extra):
        grown.add_node(f"person:{100 + j:x}", "Person", f"New Speaker {j}", ring=2)
        grown.add_edge(f"person:{100 + j:x}", anchor, "about", 1)
    return grown


def _boxes(view, positions):
    shown = geometry.labelled(view)
    return {u: geometry._box(view, u, x, y, shown) for u, (x, y) in positions.items()}


def test_expand_keeps_every_position_and_puts_new_nodes_beside_the_anchor():
    before = _star(20)
    first = geometry.frame(before, 860)
    anchor = "state:7"
    after = _expanded(before, anchor, 12)
    second = geometry.frame(after, 860, previous=first.positions, anchor=anchor)
    assert all(second.positions[u] == first.positions[u] for u in before.nodes)
    new = [u for u in after.nodes if u not in before.nodes]
    assert set(new) <= set(second.positions)
    ax, ay = first.positions[anchor]
    fx, fy = first.positions[before.focus]
    near_anchor = sum(math.dist(second.positions[u], (ax, ay)) for u in new) / len(new)
    near_focus = sum(math.dist(second.positions[u], (fx, fy)) for u in new) / len(new)
    assert near_anchor < near_focus
    boxes = _boxes(after, second.positions)
    for u in new:                                               # a new caption overlaps nothing
        a = boxes[u]
        assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                       for v, b in boxes.items() if v != u)


def test_hiding_keeps_the_others_in_place_and_the_same_view_gets_the_same_picture():
    before = _star(15)
    first = geometry.frame(before, 860)
    after = _star(15)
    after.keep([u for u in after.nodes if u != "state:3"])
    second = geometry.frame(after, 590, previous=first.positions)
    assert second.positions == {u: p for u, p in first.positions.items() if u != "state:3"}
    assert geometry.frame(before, 860, previous=first.positions).positions == first.positions


def test_tooltips_name_type_and_counts_escaped():
    view = _star(4)
    view.nodes["person:0"]["name"] = "<b onmouseover=x>Focus</b>"
    view.nodes["person:0"]["mentions"] = 7
    view.edges["about|person:0|state:1"]["stances"] = {"oppose": 2}
    tips = tooltips(view)
    assert "<" not in tips["person:0"] and "Person" in tips["person:0"] and "7 article" in tips["person:0"]
    assert "6 statement(s) made, 0 about them" in tips["person:0"]
    assert "stance: oppose 2" in tips["about|person:0|state:1"]
    assert set(tips) == set(view.nodes) | set(view.edges)
