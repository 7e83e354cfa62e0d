"""The entity page under the graph: what X said, what others said about X, whom X addressed, roles and
affiliations, alliances, the who-said-what-about-whom matrix of the current view and a timeline.

Everything from articles is shown through `st.dataframe` / `st.text`, which escape it; no HTML is built.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from queries import explore, profile
from queries.viewmodel import View
from views import data
from views.graph_view import filters
from views.state import ViewState
from views.text import heading, http_url, shown

_LINK = st.column_config.LinkColumn("link", display_text="open")
_QUOTE = st.column_config.TextColumn("quote", width="large")
_SENTENCE = st.column_config.TextColumn("sentence (evidence)", width="large")


_EMPTY = {"date": "undated", "last": "undated", "outlet": "unknown outlet"}


def clean(rows: list[dict]) -> list[dict]:
    """Rows as page text: links only to an article's own http(s) address, and no missing value shown as
    'None' ("undated", "unknown outlet", else "—")."""
    out = []
    for r in rows:
        row = {k: (v if isinstance(v, (int, float)) and not isinstance(v, bool) else shown(v, _EMPTY.get(k, "—")))
               for k, v in r.items()}
        if "url" in r:
            row["url"] = http_url(r["url"]) or None
        out.append(row)
    return out


def table(rows: list[dict], columns: list[str], empty: str) -> None:
    if not rows:
        st.caption(empty)
        return
    frame = pd.DataFrame(clean(rows))
    frame = frame[[c for c in columns if c in frame.columns]]
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={"url": _LINK, "quote": _QUOTE, "sentence": _SENTENCE})


STANCE_GROUPS = (("oppose", "Against them"), ("support", "For them"), ("neutral", "Neither for nor against"))
_ABOUT_COLUMNS = ["date", "speaker", "relation", "quote", "outlet", "sentence", "article", "url"]


_SAME_STATEMENT = ("speaker", "date", "quote", "sentence", "article")


def by_stance(rows: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """Statements about X grouped by their stance toward X: (stance, heading, rows), oppose, support, then
    neutral (a statement without a stance counts as neutral); empty groups left out; order kept. A statement
    both about X and to X is one row whose relation is "about, to"."""
    groups = {stance: {} for stance, _ in STANCE_GROUPS}
    for r in rows:
        group = groups[r.get("stance") if r.get("stance") in groups else "neutral"]
        key = tuple(r.get(k) for k in _SAME_STATEMENT)
        if key in group:
            group[key] = {**group[key], "relation": f"{group[key].get('relation')}, {r.get('relation')}"}
        else:
            group[key] = r
    return [(stance, title, list(groups[stance].values())) for stance, title in STANCE_GROUPS if groups[stance]]


def said_about(rows: list[dict]) -> None:
    """The "Said about them" tab: one table per stance, each headed by fixed words and its count."""
    if not rows:
        st.caption("Nobody is quoted about this entity with the current filters.")
        return
    groups = by_stance(rows)
    st.caption(" · ".join(f"{title}: {len(part)}" for _, title, part in groups))
    for stance, title, part in groups:
        st.markdown(f"**{title}** ({len(part)} statement{'s' if len(part) != 1 else ''}, stance: {stance})")
        table(part, _ABOUT_COLUMNS, "")


TABS = ["What they said", "Said about them", "Whom they addressed", "Roles & affiliations",
        "Who said what about whom", "Timeline"]
TAB_KEY = "entity-tab"


@st.fragment
def render(state: ViewState, view: View) -> None:
    """The entity's heading and tabs; only the open tab's look-ups run and are sent (switching tabs reruns
    this part of the page alone), so the page under a big graph stays light."""
    store, uid, f = data.store(), state.entity, filters(state)
    found = data.guarded(explore.entity, store, uid)
    if not found:
        return
    heading(found["name"])
    facts = [found["type"]]
    if found.get("aliases"):
        facts.append("also " + ", ".join(found["aliases"][:8]))
    if found.get("roles"):
        facts.append("roles: " + ", ".join(found["roles"][:8]))
    st.text(" · ".join(facts))
    parts = (lambda: table(data.guarded(profile.said_by, store, uid, f, default=[]),
                           ["date", "quote", "addressee", "about", "outlet", "kind", "sentence", "article", "url"],
                           "No statements by this entity with the current filters."),
             lambda: said_about(data.guarded(profile.said_about, store, uid, f, default=[]) or []),
             lambda: table(data.guarded(profile.addressed, store, uid, f, default=[]),
                           ["addressee", "type", "statements", "last"], "No statements addressed to anyone."),
             lambda: roles(store, uid),
             lambda: matrix(view),
             lambda: timeline(store, uid, f))
    for tab, part in zip(st.tabs(TABS, key=TAB_KEY, on_change="rerun"), parts):
        with tab:
            if tab.open:
                part()


def roles(store, uid: str) -> None:
    table(data.guarded(profile.affiliations, store, uid, default=[]), ["relation", "name", "type", "role"],
          "No affiliations recorded.")
    table(data.guarded(profile.alliances, store, uid, default=[]), ["relation", "name", "type"],
          "Not a member of any alliance or organisation.")


def matrix(view: View) -> None:
    columns, rows = explore.matrix(view)
    st.caption("Speakers (rows) × targets (columns) in the current view; cells count statements.")
    table(rows, columns, "No statements in the current view.")


def timeline(store, uid: str, f) -> None:
    """Statements by and about the entity per month, and how many are undated."""
    rows = data.guarded(profile.timeline, store, uid, f, default=[])
    missing = data.guarded(profile.undated, store, uid, default=0) or 0
    if missing:
        st.caption(f"{missing:,} statement(s) by or about them are undated: the timeline cannot place them.")
    if rows:
        st.bar_chart(pd.DataFrame(rows).set_index("month")[["by", "about"]], stack=False)
    else:
        st.caption("No dated statements.")
