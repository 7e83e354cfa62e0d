"""The interactive graph (neo4j-viz) of the focus entity's neighbourhood, and the side panel it drives.

Clicking a node selects it: the selection comes back from the browser into the view state (and the URL),
and the side panel offers to focus on it, expand its neighbours or hide it. Clicking a speaker → target
edge lists the statements behind its count. A node cap keeps the browser responsive; "show more" raises it.
"""
from __future__ import annotations

import streamlit as st

from queries import explore, graph_options
from queries.explore import Filters
from queries.layout import frame, refit
from queries.viewmodel import (EDGE_LIMIT, caption_owner, legend_html, only_stance, quoted, thinned,
                               tooltips, View, visualization)
from views import data, graph_fit, graph_widget, hover, scores
from views.state import MAX_CAP, STANCE_FILTERS, ViewState
from views.text import http_url, md, shown

WIDTH_FULL, WIDTH_WITH_SIDE = 860.0, 590.0           # the graph's width in pixels on a 1400-pixel window


def filters(state: ViewState) -> Filters:
    return Filters(types=list(state.types), date_from=state.date_from, date_to=state.date_to,
                   outlet=state.outlet, undated=state.undated, collection=state.collection)


@st.cache_data(show_spinner=False, max_entries=16)
def _neighbourhood(entity: str, depth: int, f: Filters, expanded: tuple, hidden: tuple, cap: int,
                   version: int) -> View:
    return explore.neighbourhood(data.store(), entity, depth=depth, filters=f, expanded=expanded, hidden=hidden,
                                 cap=cap)


def build(state: ViewState) -> View:
    """The focus's neighbourhood, read once per view and store version (a click that only selects reads
    nothing again)."""
    return data.guarded(_neighbourhood, state.entity, state.depth, filters(state), state.expanded, state.hidden,
                        state.cap, data.version(), default=View())


NEW_NODES_IN_PLACE = 300        # a change adding more nodes than this is laid out afresh
_KEPT_LAYOUTS = 24


def placed(view: View, state: ViewState, width: float):
    """The frame for the view, expanding in place: a view drawn before in this session gets its positions
    back (undo, selection); a change of the same focus keeps every node drawn before where it was and puts
    the new ones beside the node just expanded. Positions are remembered per graph key in the session."""
    memory = st.session_state.setdefault("layouts", {})
    key = state.graph_key()
    last = st.session_state.get("last-layout")
    previous, anchor = memory.get(key), None
    if previous is None and last and last[0] == state.entity and last[1] in memory:
        previous, anchor = memory[last[1]], st.session_state.get("expand-anchor")
        if sum(1 for u in view.nodes if u not in previous) > NEW_NODES_IN_PLACE:
            previous = None
    same = previous is not None and anchor is None and len(previous) == len(view.nodes) and all(
        u in previous for u in view.nodes)
    fr = _as_laid_out(view, key, width, previous) if same else None
    if fr is None:
        fr = frame(view, width, previous=previous, anchor=anchor) if previous is not None else fresh_frame(
            view, key, width)
    if key not in memory:
        st.session_state["expand-anchor"] = None         # used once: later changes grow around the focus
    memory[key] = fr.positions
    while len(memory) > _KEPT_LAYOUTS:
        memory.pop(next(iter(memory)))
    st.session_state["last-layout"] = (state.entity, key)
    return fr


def _as_laid_out(view: View, key: str, width: float, previous: dict):
    """The view's fresh frame (at either of the page's widths) refitted to `width`, when `previous` is its
    layout: the same view drawn again (a selection opens the side panel) keeps its names and their scale."""
    for laid in dict.fromkeys((width, WIDTH_FULL, WIDTH_WITH_SIDE)):
        made = fresh_frame(view, key, laid)
        if made.positions == previous:
            return refit(view, made, width)
    return None


_KEPT_PAYLOADS = 12             # graphs kept ready to send, per server (a 2,000-node one is about 0.7 MB)
_KEPT_FRAMES = 24


def fresh_frame(view: View, key: str, width: float):
    """The frame of a view laid out afresh (no positions before it in the session): the same for every
    session, so computed once per server for a graph key, store version and width (a 2,000-node view
    takes 20-40 ms to lay out, on every run of the page before)."""
    return _kept("frames", _KEPT_FRAMES, (key, data.version(), width), lambda: frame(view, width))


@st.cache_resource(show_spinner=False)
def _caches() -> dict:
    import threading
    from collections import OrderedDict
    return {"lock": threading.Lock(), "payloads": OrderedDict(), "frames": OrderedDict()}


def _kept(name: str, limit: int, key, make):
    """`make()` kept under `key` in the server-wide cache `name` (the `limit` most recently used)."""
    holder = _caches()
    with holder["lock"]:
        found = holder[name].get(key)
        if found is not None:
            holder[name].move_to_end(key)
            return found
    made = make()
    with holder["lock"]:
        holder[name][key] = made
        while len(holder[name]) > limit:
            holder[name].popitem(last=False)
    return made


def payload(view: View, drawn: View, state: ViewState, fr, sizes: dict | None) -> tuple[dict, dict]:
    """(the component's data, the hover texts) of a view drawn at the frame's positions with the view
    state's selection: built once per server for the same view, store version, selection, sizing and
    positions (building them takes a 2,000-node view 0.5-1 s), so a reopened view or a rerun that changes
    nothing in the graph sends it at once."""
    key = (state.graph_key(), data.version(), state.selected, state.size, len(drawn.edges), fr.height, fr.zoom,
           fr.scale, hash(tuple(fr.positions.items())))
    return _kept("payloads", _KEPT_PAYLOADS, key, lambda: _build_payload(drawn, state, fr, sizes))


def _build_payload(drawn: View, state: ViewState, fr, sizes: dict | None) -> tuple[dict, dict]:
    from neo4j_viz.options import GraphSelection
    widget = graph_options.widget(visualization(drawn, selected=state.selected, frame=fr, sizes=sizes), fr)
    if state.selected:
        is_edge = "|" in state.selected
        widget.selected = GraphSelection(nodeIds=[] if is_edge else [state.selected],
                                         relationshipIds=[state.selected] if is_edge else [])
    return graph_widget.widget_data(widget), tooltips(drawn, sizes)


def show_graph(view: View, state: ViewState, key: str, width: float, sizes: dict | None = None,
               drawn: View | None = None) -> str:
    """Draw the view (laid out whole; `drawn` is the part to draw, e.g. without its weakest edges);
    return the id of the node or edge selected in the browser ('' for none)."""
    fr = placed(view, state, width)                        # as tall as the view needs (480-1100 px)
    sent, tips = payload(view, drawn or view, state, fr, sizes)
    browser = graph_widget.send(sent, key)
    hover.attach(tips)
    graph_fit.attach(fr.zoom)
    selection = browser.get("selected") or sent.get("selected") or {}
    picked = list(selection.get("relationshipIds") or []) + list(selection.get("nodeIds") or [])
    return caption_owner(picked[-1]) if picked else ""


STANCE_LABELS = {"all": "All statements", "support": "Only support", "oppose": "Only oppose"}


def controls(state: ViewState):
    """Node size, the stance filter and undo, in one row above the graph that wraps in a narrow window
    (fixed columns made them overlap); returns the node sizes (None: by articles)."""
    with st.container(horizontal=True, gap="medium"):
        state.size, sizes = scores.size_control(state.size, "size-by", state.date_from, state.date_to,
                                                state.outlet)
        state.stance = st.segmented_control(
            "Stance", STANCE_FILTERS, default=state.stance, format_func=STANCE_LABELS.get, key="stance-filter",
            label_visibility="collapsed", help="Only the statements whose stance toward their target is support "
                                               "(or oppose), and the actors they join") or "all"
        undo_button(state)
    return sizes


def render(state: ViewState) -> tuple[ViewState, View]:
    whole = build(state)
    if not whole.nodes:                    # the focus is always drawn when it exists: this one is not there
        st.info("This entity is not in the store: the link may be old, or the entity was merged into another. "
                "Search for it in the sidebar, or go to the Overview.")
        return state, whole
    sizes = controls(state)
    view = only_stance(whole, state.stance)
    if len(view.nodes) <= 1 < len(whole.nodes):
        st.info(f"No statement in this view has the stance '{state.stance}'.")
    # the graph takes the full width until something is selected; then the side panel opens beside it
    if state.selected:
        col_graph, col_side = st.columns([7, 3], gap="medium")
    else:
        col_graph, col_side = st.container(), None
    with col_graph:
        everything = bool(st.session_state.get("all-edges"))
        drawn, unseen = (view, 0) if everything else thinned(view)
        st.caption(f"{len(view.nodes)} nodes, {len(view.edges)} edges"
                   + (f" ({len(drawn.edges)} strongest drawn)" if unseen else "")
                   + (f" — {view.left_out} more nodes" + (f" and their {view.left_out_edges:,} edges"
                                                             if view.left_out_edges else "")
                      + f" left out (node cap {state.cap})" if view.left_out else "")
                   + ("" if state.selected else " · click a node to select it, an edge to read its statements"))
        if unseen or everything:
            st.checkbox(f"Show all {len(view.edges):,} edges", key="all-edges",
                        help=f"Big views draw only their {EDGE_LIMIT} strongest edges, so they stay quick")
        picked = show_graph(view, state, state.graph_key() + ("-side" if state.selected else ""),
                            WIDTH_WITH_SIDE if state.selected else WIDTH_FULL, sizes, drawn)
        if view.left_out and state.cap < MAX_CAP and st.button(
                f"Show more (+{min(view.left_out, state.cap)})", key="more"):
            state.cap = min(MAX_CAP, state.cap + min(view.left_out, state.cap))
            st.rerun()
        st.html(legend_html(view, state.size))
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
                st.text(quoted(r["quote"]))
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
    if c2.button("Expand", key="expand", help="Add this node's neighbours beside it", disabled=sel in state.expanded
                 or sel == state.entity):
        remember(state, "expand", node["name"])
        st.session_state["expand-anchor"] = sel
        state.expanded = tuple(dict.fromkeys([*state.expanded, sel]))
        st.rerun()
    if c3.button("Hide", key="hide", disabled=sel == state.entity):
        remember(state, "hide", node["name"])
        state.hidden = tuple(dict.fromkeys([*state.hidden, sel]))
        state.selected = ""
        st.rerun()


def remember(state: ViewState, what: str, name: str) -> None:
    """Put the view before an expand or hide on the undo stack (per session, per focus)."""
    stack = st.session_state.setdefault("undo-stack", [])
    stack.append({"entity": state.entity, "expanded": state.expanded, "hidden": state.hidden,
                  "selected": state.selected, "what": what, "name": name})
    del stack[:-20]


def undo_button(state: ViewState) -> None:
    """The "Undo" button for the last expand or hide of this focus: the view comes back as it was, positions too."""
    stack = [u for u in st.session_state.get("undo-stack", []) if u["entity"] == state.entity]
    if not stack:
        return
    last = stack[-1]
    if st.button(f"Undo {last['what']} of {md(last['name'], 60)}", key="undo", icon=":material/undo:",
                 help="Back to the view before the last expand or hide"):
        st.session_state["undo-stack"].remove(last)
        state.expanded, state.hidden, state.selected = last["expanded"], last["hidden"], last["selected"]
        st.session_state["expand-anchor"] = None
        st.rerun()


def _apply(state: ViewState, new: ViewState) -> None:
    for name, value in vars(new).items():
        setattr(state, name, value)
    st.rerun()
