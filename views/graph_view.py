"""The interactive graph (neo4j-viz) of the focus entity's neighbourhood, and the side panel it drives.

Clicking a node selects it: the selection comes back from the browser into the view state (and the URL),
and the side panel offers to focus on it, expand its neighbours or hide it. Clicking a speaker → target
edge lists the statements behind its count. A node cap keeps the browser responsive; "show more" raises it.
"""
from __future__ import annotations

import streamlit as st

from queries import explore
from queries.explore import Filters
from queries.layout import frame
from queries.viewmodel import RENDER_OPTIONS, caption_owner, legend_html, View, visualization
from views import data
from views.state import MAX_CAP, ViewState
from views.text import http_url, md, shown

WIDTH_FULL, WIDTH_WITH_SIDE = 860.0, 590.0           # the graph's width in pixels on a 1400-pixel window


def filters(state: ViewState) -> Filters:
    return Filters(types=list(state.types), date_from=state.date_from, date_to=state.date_to,
                   outlet=state.outlet, undated=state.undated, collection=state.collection)


def build(state: ViewState) -> View:
    return data.guarded(explore.neighbourhood, data.store(), state.entity, depth=state.depth,
                        filters=filters(state), expanded=state.expanded, hidden=state.hidden,
                        cap=state.cap, default=View())


def show_graph(view: View, state: ViewState, key: str, width: float) -> str:
    """Draw the view; return the id of the node or edge selected in the browser ('' for none)."""
    from neo4j_viz.options import GraphSelection
    from neo4j_viz.streamlit import display_widget
    fr = frame(view, width)                                # as tall as the view needs (480-900 px)
    widget = visualization(view, selected=state.selected, frame=fr).render_widget(
        height=f"{int(fr.height)}px", theme="light", initial_zoom=fr.zoom, **RENDER_OPTIONS)
    if state.selected:
        is_edge = "|" in state.selected
        widget.selected = GraphSelection(nodeIds=[] if is_edge else [state.selected],
                                         relationshipIds=[state.selected] if is_edge else [])
    display_widget(widget, key=key)
    picked = list(widget.selected.relationshipIds or []) + list(widget.selected.nodeIds or [])
    return caption_owner(picked[-1]) if picked else ""


def legend(view: View) -> None:
    """Colour key drawn from the same style table as the graph; only fixed words, never article text."""
    st.html(legend_html(view))


def render(state: ViewState) -> tuple[ViewState, View]:
    view = build(state)
    if not view.nodes:
        st.info("Nothing to show for this entity with the current filters.")
        return state, view
    # the graph takes the full width until something is selected; then the side panel opens beside it
    if state.selected:
        col_graph, col_side = st.columns([7, 3], gap="medium")
    else:
        col_graph, col_side = st.container(), None
    with col_graph:
        st.caption(f"{len(view.nodes)} nodes, {len(view.edges)} edges"
                   + (f" — {view.left_out} more left out (node cap {state.cap})" if view.left_out else "")
                   + ("" if state.selected else " · click a node to select it, an edge to read its statements"))
        picked = show_graph(view, state, state.graph_key() + ("-side" if state.selected else ""),
                            WIDTH_WITH_SIDE if state.selected else WIDTH_FULL)
        if view.left_out and state.cap < MAX_CAP and st.button(
                f"Show more (+{min(view.left_out, state.cap)})", key="more"):
            state.cap = min(MAX_CAP, state.cap + min(view.left_out, state.cap))
            st.rerun()
        legend(view)
    if picked != state.selected:
        state.selected = picked
        st.rerun()                                     # open (or close) the side panel for it
    if col_side is not None:
        with col_side:
            side_panel(state, view)
    return state, view


def side_panel(state: ViewState, view: View) -> None:
    sel = state.selected
    if not sel:
        st.markdown("**Click a node** to select it, **click an edge** to read its statements.")
        return
    if "|" in sel:
        edge = view.edges.get(sel)
        if not edge:
            return
        names = {u: n["name"] for u, n in view.nodes.items()}
        st.markdown(f"**{md(edge['kind'])}** · {edge['count']} statement(s)")
        st.text(f"{names.get(edge['source'], '')} → {names.get(edge['target'], '')}")
        rows = data.guarded(explore.edge_statements, data.store(), sel, filters(state), default=[]) or []
        for r in rows[:50]:
            with st.container(border=True):
                st.text(f"{shown(r['date'], 'undated')} · {shown(r['outlet'], 'unknown outlet')} · "
                        f"{shown(r['kind'])}")
                st.text(shown(r["quote"]))
                with st.expander("Evidence"):
                    st.text(shown(r["sentence"]))
                    st.text(f"Article: {shown(r['article'], 'untitled')}")
                    if http_url(r["url"]):
                        st.link_button("Open article", http_url(r["url"]))
        return
    node = view.nodes.get(sel)
    if not node:
        return
    st.text(node["name"])
    st.caption(f"{node['type']} · mentioned in {node['mentions']} article(s)")
    c1, c2, c3 = st.columns(3)
    if c1.button("Focus", key="focus", help="Make this the centre of the view"):
        _apply(state, state.focus_on(sel))
    if c2.button("Expand", key="expand", help="Add this node's neighbours", disabled=sel in state.expanded
                 or sel == state.entity):
        state.expanded = tuple(dict.fromkeys([*state.expanded, sel]))
        st.rerun()
    if c3.button("Hide", key="hide", disabled=sel == state.entity):
        state.hidden = tuple(dict.fromkeys([*state.hidden, sel]))
        state.selected = ""
        st.rerun()


def _apply(state: ViewState, new: ViewState) -> None:
    for name, value in vars(new).items():
        setattr(state, name, value)
    st.rerun()
