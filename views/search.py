"""The sidebar: type-ahead search over entity names and aliases, depth, filters and the node cap.

The search box ranks entities on the server (`queries.search.search`: an exact name or alias first, then
prefixes, word starts, substrings, letters in order, close misspellings) and lists the hits as buttons; its key never changes, so every
pick counts. Widgets read their start values from the view state (the URL) and write changes back to it.
The Filters panel sends its widgets only while it is open (closed, a line says which filters are on).
"""
from __future__ import annotations

import streamlit as st

from graph.model import ENTITY_LABELS
from views import data, overview
from views.text import md, one_line
from views.state import ViewState

COLLECTIONS = {"": "all collections", "sample": "the bundled sample", "loaded": "loaded articles",
               "uploaded": "uploaded on the page"}


# The sidebar widgets that hold the view's depth and filters between runs; each is seeded from the view once.
SEEDED = ("depth", "types", "date_from", "date_to", "undated", "outlet", "collection")


def _seed(key: str, value) -> None:
    if key not in st.session_state:
        st.session_state[key] = value


def reseed() -> None:
    """Forget the widgets' values, so the next run seeds them from a view set from elsewhere (a scene)."""
    for key in SEEDED:
        st.session_state.pop(key, None)


def hit_label(option: dict) -> str:
    """A search hit as a button label: name · type · in how many articles (the name markdown-inert)."""
    n = option["mentions"] or 0
    return f"{md(option['name'], 80)} · {option['type']} · in {n:,} article{'' if n == 1 else 's'}"


def render(state: ViewState) -> ViewState:
    query = st.text_input("Search people, states, organisations…", key="search-q",
                          placeholder="A name or alias, then Enter",
                          help="Exact names and aliases first, then names starting with what you typed")
    if query.strip():
        hits = data.guarded(data.search, data.version(), query.strip(), default=[]) or []
        if not hits:
            st.caption("No entity matches that name.")
        for hit in hits:
            if st.button(hit_label(hit), key=f"hit-{hit['uid']}", width="stretch",
                         type="primary" if hit["uid"] == state.entity else "secondary"):
                state = state.focus_on(hit["uid"])
                state.mode = "explore"
                st.session_state["mode"] = "explore"

    _seed("depth", state.depth)
    state.depth = st.segmented_control("Depth", DEPTHS, key="depth", on_change=_keep_depth,
                                       help="How many steps out from the entity") or state.depth
    filtered = bool(state.date_from or state.date_to or state.outlet or state.collection
                    or set(state.types) != set(ENTITY_LABELS))
    # closed, the panel sends nothing (its widgets are drawn once it is opened); the view keeps its filters
    with st.expander("Filters", expanded=filtered, key=FILTERS_PANEL, on_change="rerun") as panel:
        if panel.open:
            _filters(state)
    if filtered and not panel.open:
        st.caption("Filters on: " + md(summary(state)))
    if state.hidden and st.sidebar.button(f"Show {len(state.hidden)} hidden node(s)"):
        state.hidden = ()
    return state


DEPTHS = (1, 2, 3)
FILTERS_PANEL = "filters-panel"


def _keep_depth() -> None:
    """Clicking the chosen depth again unselects it: the view's depth stays chosen."""
    if st.session_state.get("depth") is None:
        st.session_state["depth"] = st.session_state["view"].depth


def summary(state: ViewState) -> str:
    """The filters set, in words (for the closed panel)."""
    parts = []
    if set(state.types) != set(ENTITY_LABELS):
        parts.append(", ".join(state.types))
    if state.date_from or state.date_to:
        parts.append(f"{state.date_from or '…'} to {state.date_to or '…'}"
                     + ("" if state.undated else ", no undated"))
    if state.outlet:
        parts.append(f"outlet {state.outlet}")
    if state.collection:
        parts.append(COLLECTIONS.get(state.collection, state.collection))
    return "; ".join(parts)


def _filters(state: ViewState) -> None:
    """The open Filters panel: types, dates, undated, outlet, collection, written back to the view."""
    _seed("types", list(state.types))
    types = st.multiselect("Entity types", list(ENTITY_LABELS), key="types")
    _seed("date_from", state.date_from)
    _seed("date_to", state.date_to)
    col1, col2 = st.columns(2)
    date_from = col1.text_input("From (YYYY-MM-DD)", key="date_from").strip()
    date_to = col2.text_input("To", key="date_to").strip()
    _seed("undated", state.undated)
    undated_n = (data.guarded(overview.facts, data.version(), default=None) or {}).get(
        "summary", {}).get("undated_statements", 0)
    undated = st.checkbox(f"include undated ({undated_n:,})", key="undated",
                          help="With a date range set: keep the statements whose date is unknown")
    if (date_from or date_to) and not undated and undated_n:
        st.caption(f"Leaving out {undated_n:,} undated statement(s).")
    outlets = [""] + (data.guarded(data.outlets, data.version(), default=[]) or [])
    if state.outlet and state.outlet not in outlets:
        outlets.append(state.outlet)
    _seed("outlet", state.outlet)
    outlet = st.selectbox("Outlet", outlets, key="outlet", format_func=lambda o: o or "all outlets")
    collections = [""] + (data.guarded(data.collections, data.version(), default=[]) or [])
    if state.collection and state.collection not in collections:
        collections.append(state.collection)
    _seed("collection", state.collection)
    state.collection = st.selectbox("Collection", collections, key="collection",
                                    format_func=lambda c: COLLECTIONS.get(c, c),
                                    help="The bundled sample, what you loaded, or a named ingest")
    state.types, state.outlet = tuple(types) or ENTITY_LABELS, outlet
    state.undated = undated
    state.date_from, state.date_to = _valid_date(date_from), _valid_date(date_to)


def _valid_date(text: str) -> str:
    import re
    if text and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", text):
        st.warning(f"Ignoring date {one_line(text[:20])}: write it as YYYY-MM-DD")
        return ""
    return text
