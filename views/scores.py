"""Key-actor scores for node sizes (issue 16): PageRank influence over the actor graph within the explorer's
filters (date range, outlet), from `queries.analytics`, computed once per store version and filter and
shared by the explorer and the saved queries' graphs."""
from __future__ import annotations

import streamlit as st

from queries import analytics
from views import data
from views.state import SIZES

LABELS = {"mentions": "Size: articles", "influence": "Size: influence"}


@st.cache_data(show_spinner="Computing influence…", max_entries=32)
def influence(date_from: str, date_to: str, outlet: str, version: int) -> dict[str, float]:
    """uid -> PageRank scaled to 0..1 (the most influential actor is 1) within the filters."""
    scope = analytics.Scope(date_from, date_to, outlet)
    return analytics.influence(analytics.actor_graph(data.store(), scope))


def size_control(current: str, key: str, date_from: str = "", date_to: str = "", outlet: str = ""):
    """A 'size by' switch; returns (choice, sizes) where sizes is None for the default (articles)."""
    choice = st.segmented_control("Node size", SIZES, default=current if current in SIZES else SIZES[0],
                                  format_func=LABELS.get, key=key, label_visibility="collapsed",
                                  help="Size nodes by the articles mentioning them, or by their influence "
                                       "(PageRank over who talks about whom, within the date and outlet filters)")
    choice = choice or SIZES[0]
    if choice != "influence":
        return choice, None
    return choice, data.guarded(influence, date_from, date_to, outlet, data.version(), default={}) or {}
