"""The "for or against whom" panel: who opposes (or supports) whom as a speaker × target matrix, what was
said about the focus entity grouped by stance, and one speaker's stance toward one target month by month.

Reads the `stance` property of ABOUT relationships. The look-ups are plain functions of a store (tested
without Streamlit); `render` only lays them out. Undated statements are never dropped: they count in the
matrix and the grouping, and form their own "undated" bucket over time. Everything from articles goes
through `st.dataframe` / charts, which escape it; no HTML is built.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from graph.model import ANY_ENTITY, ANY_SPEAKER
from views import data
from views.state import ViewState

STANCES = ("oppose", "support", "neutral")
_PATH = f"(sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[r:ABOUT]->(t:{ANY_ENTITY})"


def matrix(store, stance: str = "oppose", limit: int = 400) -> tuple[list[str], list[dict]]:
    """(columns, rows) of a speaker × target table counting statements with the given stance."""
    if stance not in STANCES:
        raise ValueError(f"unknown stance {stance!r}: expected one of {', '.join(STANCES)}")
    rows = store.rows(f"MATCH {_PATH} WHERE r.stance = $stance "
                      "RETURN sp.name AS speaker, t.name AS target, count(s) AS statements "
                      "ORDER BY statements DESC, speaker, target LIMIT $limit", {"stance": stance, "limit": limit})
    if not rows:
        return ["speaker"], []
    frame = pd.DataFrame(rows).pivot_table(index="speaker", columns="target", values="statements",
                                           aggfunc="sum", fill_value=0)
    order = frame.sum().sort_values(ascending=False).index
    frame = frame[order].reset_index()
    return list(frame.columns), frame.to_dict("records")


def about_by_stance(store, uid: str) -> list[dict]:
    """Who spoke about the entity, grouped by stance: speaker, statements, last date."""
    return store.rows(f"MATCH {_PATH} WHERE t.uid = $uid "
                      "RETURN r.stance AS stance, sp.name AS speaker, count(s) AS statements, max(s.date) AS last "
                      "ORDER BY stance, statements DESC, speaker", {"uid": uid})


def targets_of(store, speaker_uid: str) -> list[dict]:
    return store.rows(f"MATCH {_PATH} WHERE sp.uid = $uid RETURN DISTINCT t.uid AS uid, t.name AS name "
                      "ORDER BY name", {"uid": speaker_uid})


def over_time(store, speaker_uid: str, target_uid: str) -> list[dict]:
    """Statements per month and stance from one speaker about one target; undated ones as 'undated'."""
    rows = store.rows(f"MATCH {_PATH} WHERE sp.uid = $speaker AND t.uid = $target "
                      "RETURN CASE WHEN s.date IS NULL THEN 'undated' ELSE left(s.date, 7) END AS month, "
                      "r.stance AS stance, count(s) AS statements",
                      {"speaker": speaker_uid, "target": target_uid})
    months: dict[str, dict] = {}
    for r in rows:
        months.setdefault(r["month"], {"month": r["month"], **{k: 0 for k in STANCES}})
        months[r["month"]][r["stance"] or "neutral"] += r["statements"]
    return [months[m] for m in sorted(months, key=lambda m: (m == "undated", m))]


@st.fragment
def render(state: ViewState) -> None:
    """The panel, closed; its look-ups run when it is opened (and then only it reruns), so it costs a page
    that shows a big graph nothing until the analyst asks for it."""
    store, uid = data.store(), state.entity
    with st.expander("For or against whom: stance", expanded=False, key="stance-panel",
                     on_change="rerun") as panel:
        if not panel.open:
            return
        tabs = st.tabs(["Said about them, by stance", "Who opposes whom", "Stance over time"])
        with tabs[0]:
            rows = data.guarded(about_by_stance, store, uid, default=[])
            if rows:
                st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
            else:
                st.caption("Nobody is quoted about this entity.")
        with tabs[1]:
            stance = st.segmented_control("Stance", ("oppose", "support"), default="oppose",
                                          key="stance_matrix") or "oppose"       # clicked again: still oppose
            columns, rows = data.guarded(matrix, store, stance, default=(["speaker"], []))
            st.caption(f"Speakers (rows) × targets (columns); cells count statements whose stance is {stance}.")
            if rows:
                st.dataframe(pd.DataFrame(rows)[columns], hide_index=True, width="stretch")
            else:
                st.caption("No such statements in the store.")
        with tabs[2]:
            targets = data.guarded(targets_of, store, uid, default=[])
            if not targets:
                st.caption("This entity is not quoted about anyone.")
                return
            names = {t["uid"]: t["name"] for t in targets}
            target = st.selectbox("Target", list(names), format_func=names.get, key="stance_target")
            rows = data.guarded(over_time, store, uid, target, default=[])
            if rows:
                st.bar_chart(pd.DataFrame(rows).set_index("month")[list(STANCES)],
                             color=["#c0392b", "#27ae60", "#95a5a6"])
