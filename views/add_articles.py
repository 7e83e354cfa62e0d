"""Getting data in: the sample corpus on an empty store's first run, and an "Add articles" panel that
ingests uploaded files (saved to a temporary folder, then `loaders.ingest.ingest`) with a progress bar
and the ingest summary."""
from __future__ import annotations

import os
import tempfile
from dataclasses import replace

import streamlit as st

from graph.store import StoreError
from loaders import SAMPLE_DIR
from loaders.readers import EXTENSIONS
from views import data
from views.text import md, one_line

ACCEPTED = [ext.lstrip(".") for ext in EXTENSIONS]      # what the readers read, and nothing else


def is_empty(store) -> bool:
    """No node at all (one look-up that stops at the first node: counting every label took a 2,000-node
    store 30-50 ms, on every run of the page)."""
    return not store.rows("MATCH (n) RETURN 1 AS one LIMIT 1")


def load_sample_if_empty(store) -> None:
    """First run on an empty store: ingest the bundled sample corpus, with a spinner."""
    from loaders.ingest import ingest
    try:
        if not is_empty(store):
            return
        with st.spinner("First run: loading the sample corpus (about 20 articles)…"):
            summary = ingest([SAMPLE_DIR], store, progress=False)
        data.data_changed()
        st.toast(md(summary.lines()[0]))
    except StoreError as exc:
        st.error(one_line(exc))


def _safe_name(name: str) -> str:
    base = os.path.basename(name.replace("\\", "/")) or "upload.txt"
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in base)[:120]


def render(store) -> None:
    """The upload panel, closed; its uploader and button are sent only once it is opened (a closed panel
    costs the page nothing to draw)."""
    with st.expander("Add articles", expanded=bool(st.session_state.get("ingest-summary")), key="add-articles",
                     on_change="rerun") as panel:
        if not panel.open:
            return
        files = st.file_uploader("Articles (text, HTML, JSON Lines, RSS)", type=ACCEPTED,
                                 accept_multiple_files=True, key="uploads")
        for line in st.session_state.get("ingest-summary", []):
            st.text(line)
        if not st.button("Ingest", disabled=not files, key="ingest"):
            return
        from loaders.ingest import ingest
        bar = st.progress(0.0, text="Reading articles…")
        total = len(files)
        with tempfile.TemporaryDirectory(prefix="whosaid-upload-") as folder:
            for i, upload in enumerate(files):
                with open(os.path.join(folder, f"{i:04d}-{_safe_name(upload.name)}"), "wb") as f:
                    f.write(upload.getbuffer())

            def progress(summary) -> None:
                done = summary.written + len(summary.failed) + summary.duplicates
                bar.progress(min(1.0, done / max(1, total)), text=f"{summary.written} written of {total}")
            try:
                summary = ingest([folder], store, progress=False, on_article=progress, collection="uploaded")
            except StoreError as exc:
                st.error(one_line(exc))
                return
        bar.progress(1.0, text="Done")
        summary.failed = [replace(f, source=f.source.replace(folder, ""), reason=f.reason.replace(folder, ""))
                          for f in summary.failed]        # the uploaded file's name, not the temporary folder
        summary.warnings = [(source.replace(folder, ""), w) for source, w in summary.warnings]
        st.session_state["ingest-summary"] = summary.lines()[:20]
        data.data_changed()
        st.rerun()                       # search, outlets and the overview above are drawn again with it
