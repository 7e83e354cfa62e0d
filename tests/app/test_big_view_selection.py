"""A big view drawn again beside the side panel (a node selected) keeps its names: the same positions,
names and caption scale, fitted to the narrower window, and still written when it opens (run in
Streamlit's bare mode: the session state is the process's)."""
import streamlit as st

from queries import graph_options
from queries.viewmodel import View
from views import graph_view
from views.state import ViewState


def test_selecting_a_node_in_a_big_view_keeps_its_names():
    st.session_state.clear()
    view = View(focus="state:0")
    view.add_node("state:0", "State", "Kazakhstan", ring=0)
    for i in range(1, 400):
        view.add_node(f"person:{i:x}", "Person", f"Speaker {i}")
        view.add_edge(f"person:{i:x}", "state:0", "about", 1 + i % 7)
    state = ViewState(entity="state:0", cap=400)
    opened = graph_view.placed(view, state, graph_view.WIDTH_FULL)
    state.selected = "person:1"
    beside = graph_view.placed(view, state, graph_view.WIDTH_WITH_SIDE)
    assert beside.positions == opened.positions and beside.named == opened.named
    assert beside.scale == opened.scale > 1.0 and beside.zoom < opened.zoom
    assert graph_options.name_zoom(beside) is not None                # NVL still writes them
    st.session_state.clear()
