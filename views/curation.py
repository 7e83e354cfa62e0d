"""Fix the graph: merge, rename, retype and split entities, flag statements or correct their speaker, with
the history of changes (undo, export, import). Every action is one of `graph.curation`'s parameterised
writes — the read-only Cypher editor stays read-only. Names are shown as text, never as markdown.
"""
from __future__ import annotations

import getpass

import pandas as pd
import streamlit as st

from graph import curation
from graph.curation_log import export, import_file
from graph.model import ENTITY_LABELS
from queries import explore, profile
from views import data
from views.state import ViewState
from views.text import md


def _done(message: str) -> None:
    data.data_changed()
    st.session_state["curation-note"] = message
    st.rerun()


def _act(fn, *args, **kwargs) -> None:
    try:
        row = fn(data.store(), *args, **kwargs)
    except Exception as exc:  # a refusal or a store error, already one readable line
        st.error(md(str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        return
    _done(row.get("name") or "done")


def _entity_picker(label: str, key: str) -> str | None:
    options = data.guarded(data.search_options, data.version(), default=[]) or []
    by_label = {data.entity_label(o): o["uid"] for o in options}
    return by_label.get(st.selectbox(label, list(by_label), index=None, key=key))


def render(state: ViewState) -> None:
    if note := st.session_state.pop("curation-note", None):
        st.success(f"Done: {md(note)}")
    who = st.text_input("Your name (recorded with each change)", value=getpass.getuser(), key="cur-who")
    merge_tab, entity_tab, statement_tab, log_tab = st.tabs(["Merge", "This entity", "Its statements", "History"])
    with merge_tab:
        keep = _entity_picker("Keep", "cur-keep")
        gone = _entity_picker("Merge into it (this entity disappears; its name becomes an alias)", "cur-gone")
        if st.button("Merge", disabled=not (keep and gone), key="cur-merge"):
            _act(curation.merge, keep, gone, by=who)
    current = state.entity
    found = data.guarded(explore.entity, data.store(), current, default=None) if current else None
    with entity_tab:
        if not found:
            st.info("Open an entity in the explorer to rename, retype or split it.")
        else:
            st.text(f"{found['name']} ({found['type']})")
            name = st.text_input("New name", key="cur-name")
            if st.button("Rename", disabled=not name.strip(), key="cur-rename"):
                _act(curation.rename, current, name, by=who)
            label = st.selectbox("New type", [t for t in ENTITY_LABELS if t != found["type"]], key="cur-type")
            if st.button("Change type", key="cur-retype"):
                _act(curation.retype, current, label, by=who)
            aliases = found.get("aliases") or []
            alias = st.selectbox("Alias to split off as its own entity", aliases, index=None, key="cur-alias")
            if st.button("Split alias", disabled=not alias, key="cur-split"):
                _act(curation.split_alias, current, alias, by=who)
    with statement_tab:
        rows = data.guarded(profile.said_by, data.store(), current, limit=200, default=[]) if current else []
        if not rows:
            st.info("Open a speaker in the explorer to review what they are said to have said.")
        else:
            table = pd.DataFrame(rows)
            picked = st.dataframe(table.drop(columns=["uid"]), hide_index=True, width="stretch",
                                  on_select="rerun", selection_mode="single-row", key="cur-statements")
            chosen = rows[picked.selection.rows[0]]["uid"] if picked and picked.selection.rows else None
            reason = st.text_input("Why is it wrong? (optional)", key="cur-reason")
            if st.button("Flag as wrong", disabled=not chosen, key="cur-flag"):
                _act(curation.flag, chosen, reason, by=who)
            speaker = _entity_picker("The right speaker", "cur-speaker")
            if st.button("Give it to this speaker", disabled=not (chosen and speaker), key="cur-set-speaker"):
                _act(curation.set_speaker, chosen, speaker, by=who)
    with log_tab:
        history = data.guarded(curation.history, data.store(), default=[]) or []
        if history:
            st.dataframe(pd.DataFrame(history).drop(columns=["uid", "target", "other"]), hide_index=True,
                         width="stretch")
        if st.button("Undo the newest change", disabled=not any(h["status"] == "active" for h in history),
                     key="cur-undo"):
            _act(curation.undo)
        st.download_button("Export corrections (JSON Lines)", data.guarded(export, data.store(), default="") or "",
                           file_name="whosaid-corrections.jsonl", mime="application/x-ndjson", key="cur-export")
        upload = st.file_uploader("Import corrections", type=["jsonl"], key="cur-import")
        if upload is not None and st.button("Apply imported corrections", key="cur-apply"):
            applied, problems = import_file(data.store(), upload.getvalue().decode("utf-8", "replace"),
                                            source=upload.name)
            for problem in problems[:20]:
                st.warning(md(problem))
            _done(f"{applied} correction(s) imported")
