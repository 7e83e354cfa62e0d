"""The browser's back and forward buttons: the page follows a URL that moved under it.

Streamlit pushes a history entry whenever the page writes new query parameters, and on back or forward it
reruns the page with that entry's parameters, in the same session, which still holds the view it had.
`current` notices that the URL is not the one the page last wrote (`write`) and takes the view from the URL,
forgetting the widgets that mirror the view (mode, depth, filters, the Cypher editor, a saved query's form)
so they are seeded from it again, as when a scene is opened. A first load reads the URL as before.
A rerun that arrives within `SETTLING` seconds of the last write is not a move: it is a click sent before
that write reached the browser, carrying the previous parameters (a person's back comes later).
"""
from __future__ import annotations

import time

import streamlit as st

from views import search
from views.state import ViewState, from_params, to_params

WRITTEN = "url-written"                                  # the query parameters this session last wrote
WRITTEN_AT = "url-written-at"                            # when (time.monotonic)
SETTLING = 1.0
MIRRORS = ("mode", "query-pick", "cypher-text", "cypher-params", "cypher-result")


def current() -> ViewState:
    """The view to draw: the session's, unless the browser moved the URL (back, forward), then the URL's."""
    params = st.query_params.to_dict()
    settling = time.monotonic() - st.session_state.get(WRITTEN_AT, 0.0) < SETTLING
    if "view" in st.session_state and (params == st.session_state.get(WRITTEN, params) or settling):
        return st.session_state["view"]
    if "view" in st.session_state:
        for key in [*MIRRORS, *(k for k in st.session_state if str(k).startswith("param-"))]:
            st.session_state.pop(key, None)
        search.reseed()
    state = st.session_state["view"] = from_params(st.query_params)
    return state


def write(state: ViewState) -> None:
    """Keep the view and put it in the URL (a new history entry when it changed)."""
    st.session_state["view"] = state
    params = to_params(state)
    st.query_params.from_dict(params)
    if params != st.session_state.get(WRITTEN):
        st.session_state[WRITTEN_AT] = time.monotonic()
    st.session_state[WRITTEN] = params
