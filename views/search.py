"""The sidebar: type-ahead search over entity names and aliases, depth, filters and the node cap.

The search box is a select box over every entity (name, type, mention count and aliases in its label), so
typing filters by name or alias in the browser without a round trip. Widgets read their start values from
the view state (the URL) and write changes back to it.
"""
from __future__ import annotations

import streamlit as st

from graph.model import ENTITY_LABELS
from views import data
from views.state import ViewState


def _seed(key: str, value) -> None:
    if key not in st.session_state:
        st.session_state[key] = value


def render(state: ViewState) -> ViewState:
    options = data.guarded(data.search_options, data.version(), default=[]) or []
    by_uid = {o["uid"]: o for o in options}
    if not state.entity and options and state.mode == "explore":
        state.entity = options[0]["uid"]                      # start on the most-mentioned entity
    uids = list(by_uid)
    if state.entity and state.entity not in by_uid:
        uids.insert(0, state.entity)
    index = uids.index(state.entity) if state.entity in uids else None
    chosen = st.selectbox("Search people, states, organisations…", uids, index=index,
                          format_func=lambda u: data.entity_label(by_uid.get(u)) or u,
                          placeholder="Type a name or alias", key=f"search-{state.entity}")
    if chosen and chosen != state.entity:
        state = state.focus_on(chosen)

    _seed("depth", state.depth)
    depth = st.slider("Depth", 1, 3, key="depth", help="How many steps out from the entity")
    with st.expander("Filters", expanded=bool(state.date_from or state.date_to or state.outlet
                                             or set(state.types) != set(ENTITY_LABELS))):
        _seed("types", list(state.types))
        types = st.multiselect("Entity types", list(ENTITY_LABELS), key="types")
        _seed("date_from", state.date_from)
        _seed("date_to", state.date_to)
        col1, col2 = st.columns(2)
        date_from = col1.text_input("From (YYYY-MM-DD)", key="date_from").strip()
        date_to = col2.text_input("To", key="date_to").strip()
        outlets = [""] + (data.guarded(data.outlets, data.version(), default=[]) or [])
        if state.outlet and state.outlet not in outlets:
            outlets.append(state.outlet)
        _seed("outlet", state.outlet)
        outlet = st.selectbox("Outlet", outlets, key="outlet", format_func=lambda o: o or "all outlets")
    if state.hidden and st.sidebar.button(f"Show {len(state.hidden)} hidden node(s)"):
        state.hidden = ()
    state.depth, state.types, state.outlet = depth, tuple(types) or ENTITY_LABELS, outlet
    state.date_from, state.date_to = _valid_date(date_from), _valid_date(date_to)
    return state


def _valid_date(text: str) -> str:
    import re
    if text and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", text):
        st.warning(f"Ignoring date {text[:20]!r}: write it as YYYY-MM-DD")
        return ""
    return text
