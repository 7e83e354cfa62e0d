"""The landing overview: what the store holds (articles, statements, speakers, outlets, date range), the
top speakers, the most-discussed targets, the newest statements and articles — each a button into the
explorer. Names and quotes are shown as text (`views.text.md` in button labels, `st.text` elsewhere)."""
from __future__ import annotations

import streamlit as st

from queries import overview
from queries.viewmodel import quoted
from views import data
from views.state import ViewState
from views.text import md, shown


@st.cache_data(show_spinner=False, max_entries=8)
def facts(version: int, collection: str = "") -> dict:
    store, c = data.store(), collection
    return {"summary": overview.summary(store, c), "speakers": overview.top_speakers(store, collection=c),
            "targets": overview.top_targets(store, collection=c),
            "statements": overview.newest_statements(store, collection=c),
            "articles": overview.newest_articles(store, collection=c)}


def caption() -> str:
    """The sidebar's one line about the store: 'N articles from M outlets, dated …'."""
    found = data.guarded(facts, data.version(), default=None)
    return overview.caption(found["summary"]) if found else ""


def _open(state: ViewState, uid: str, key: str, label: str) -> ViewState:
    if uid and st.button(label, key=key, width="stretch"):
        new = state.focus_on(uid)
        for name, value in vars(new).items():
            setattr(state, name, value)
        st.rerun()
    return state


def _ranking(state: ViewState, title: str, rows: list[dict], key: str, counted: str) -> ViewState:
    """A bold title and one button per entity: name · type · its count."""
    st.markdown(f"**{title}**")
    for r in rows:
        state = _open(state, r["uid"], f"{key}-{r['uid']}",
                      f"{md(r['name'], 80)} · {r['type']} · {r['statements']} {counted}")
    return state


def render(state: ViewState) -> ViewState:
    found = data.guarded(facts, data.version(), state.collection, default=None)
    if not found:
        return state
    s = found["summary"]
    st.subheader("What the store holds", anchor=False)
    if state.collection:
        st.caption(f"Collection: {md(state.collection, 80)} (change it under Filters in the sidebar)")
    cols = st.columns([1, 1, 1, 1, 1.4])
    cols[0].metric("Articles", f"{s['articles']:,}")
    cols[1].metric("Statements", f"{s['statements']:,}")
    cols[2].metric("Speakers", f"{s['speakers']:,}")
    cols[3].metric("Outlets", f"{s['outlets']:,}")
    cols[4].caption("Dates")                                   # as text: a metric would cut the dates
    if not s["articles"]:
        cols[4].text("—")
        st.info("This collection holds no articles: pick another one under Filters in the sidebar."
                if state.collection else "The store holds no articles yet: add some in the sidebar.")
        return state
    cols[4].text(f"{shown(s['first'], 'undated')}\nto {shown(s['last'], 'undated')}")
    undated = [f"{s['undated_articles']:,} undated article(s)"] if s["undated_articles"] else []
    undated += [f"{s['undated_statements']:,} undated statement(s)"] if s["undated_statements"] else []
    st.caption(overview.caption(s) + (" · " + ", ".join(undated) if undated else "")
               + " — pick a name to open the explorer on it, or search in the sidebar.")
    left, right = st.columns(2, gap="large")
    with left:
        state = _ranking(state, "Most-quoted speakers", found["speakers"], "ov-sp", "statement(s)")
        st.markdown("**Newest statements**")
        for i, r in enumerate(found["statements"]):          # the date first: a long name cannot hide it
            state = _open(state, r["uid"], f"ov-st-{i}", f"{shown(r['date'], 'undated')} · {md(r['name'], 80)}")
            st.text(f"{quoted(r['quote'], 240)} ({shown(r['outlet'], 'unknown outlet')})")
    with right:
        state = _ranking(state, "Most-discussed targets", found["targets"], "ov-t", "statement(s) about it")
        st.markdown("**Newest articles**")
        for i, r in enumerate(found["articles"]):
            st.text(f"{shown(r['date'], 'undated')} · {shown(r['outlet'], 'unknown outlet')} · "
                    f"{shown(r['title'], 'untitled')}")
            if r["uid"]:
                state = _open(state, r["uid"], f"ov-a-{i}", f"Explore from {md(r['name'], 80)}")
    return state
