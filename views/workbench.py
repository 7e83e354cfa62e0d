"""Workbench: the graph's structural questions — key actors, camps, and how two actors are connected.

Reads `queries.analytics` within the explorer's filters (date range, outlet) and, optionally, only the
statements about the current entity; results are cached per store version and filter. Every name here
is shown as text (tables and plain captions), never as markdown; picking an actor opens it in the explorer.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from queries import analytics, explore
from views import curation, data
from views.text import md
from views.state import ViewState


# `version` (the store version) is part of the cache key: a new ingest or correction recomputes.
@st.cache_data(show_spinner="Computing…", max_entries=32)
def _results(scope: analytics.Scope, version: int) -> tuple[list[dict], list[dict], analytics.ActorGraph]:
    actors = analytics.actor_graph(data.store(), scope)
    return analytics.key_actors(actors, limit=100), analytics.camps(actors), actors


def _open(state: ViewState, uid: str) -> None:
    state.mode, state.entity, state.expanded, state.hidden, state.selected = "explore", uid, (), (), ""
    st.session_state["mode"] = "explore"
    st.rerun()


def render(state: ViewState) -> ViewState:
    topic_name = ""
    on_topic = False
    if state.entity:
        found = data.guarded(explore.entity, data.store(), state.entity, default=None)
        topic_name = (found or {}).get("name") or ""
        on_topic = bool(topic_name) and st.toggle(f"Only statements about {md(topic_name)}", key="wb-topic",
                                                  help="Restrict the actor graph to statements about the "
                                                       "entity open in the explorer.")
    scope = analytics.Scope(state.date_from, state.date_to, state.outlet, state.entity if on_topic else "")
    got = data.guarded(_results, scope, data.version(), default=None)
    if got is None:
        return state
    ranked, groups, actors = got
    span = " · ".join(x for x in (state.date_from and f"from {state.date_from}", state.date_to and
                                   f"until {state.date_to}", state.outlet and f"outlet {state.outlet}") if x)
    st.caption(f"{len(actors.actors)} actors, {len(actors.edges)} speaker→target pairs"
               + (f" · {md(span)}" if span else "") + " (filters from the explorer)")

    st.subheader("Key actors")
    if not ranked:
        st.info("No statements within these filters.")
        return state
    table = pd.DataFrame(ranked).drop(columns=["uid"])
    picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key="wb-actors",
                          column_config={"influence": st.column_config.NumberColumn(help="PageRank over who "
                                                                                  "talks about whom"),
                                         "broker": st.column_config.NumberColumn(help="betweenness: how often "
                                                                                "the actor lies between two others")})
    rows = picked.selection.rows if picked else []
    if rows:
        _open(state, ranked[rows[0]]["uid"])

    st.subheader("Camps")
    st.caption("Communities of actors who talk about each other (Louvain); where statements carry a stance, "
               "support binds twice as strongly and opposition does not bind.")
    for camp in groups[:12]:
        st.text(f"Camp {camp['camp']} · {camp['size']} actors · {camp['statements']} statements inside: "
                + ", ".join(m["name"] or "—" for m in camp["members"]))

    st.subheader("How are two actors connected?")
    _paths(state, actors, scope)
    st.subheader("Fix the graph")
    curation.render(state)
    return state


def _paths(state: ViewState, actors: analytics.ActorGraph, scope: analytics.Scope) -> None:
    by_label = {f"{d['name']} ({d['type']})": u for u, d in actors.actors.items()}
    options = sorted(by_label, key=str.lower)
    left, right = st.columns(2)
    source = by_label.get(left.selectbox("From", options, index=None, key="wb-from"))
    target = by_label.get(right.selectbox("To", options, index=None, key="wb-to"))
    if source and target and source != target:
        hops = data.guarded(analytics.path, data.store(), actors, source, target, scope, default=None)
        if not hops:
            st.info("No chain of statements joins them within these filters.")
        else:
            for hop in hops:   # links only to an article's own web address
                hop["url"] = hop["url"] if str(hop.get("url") or "").startswith(("https://", "http://")) else ""
            st.dataframe(pd.DataFrame(hops), hide_index=True, width="stretch",
                         column_config={"url": st.column_config.LinkColumn("url"),
                                        "quote": st.column_config.TextColumn(width="large")})
