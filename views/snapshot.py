"""Snapshots of the current view: standalone offline HTML (with the statements behind each edge), a
server-rendered PNG, CSV (zip) and JSON of nodes, edges and statements, and the permalink (the URL's
query parameters reproduce the view)."""
from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urlencode

import streamlit as st

from queries import export
from queries.snapshot_html import snapshot_html
from queries.viewmodel import View
from views import data


def permalink(params: dict) -> str:
    base = ""
    try:
        base = (st.context.url or "").split("?")[0]
    except Exception:
        pass
    return f"{base}?{urlencode(params)}"


def describe(params: dict) -> str:
    """The view's settings in words, for the snapshot's header (no store settings are ever part of it)."""
    words = {"d": "depth {}", "types": "types {}", "from": "from {}", "to": "to {}", "outlet": "outlet {}",
             "cap": "node cap {}", "q": "query {}"}
    parts = [fmt.format(params[k]) for k, fmt in words.items() if params.get(k)]
    parts += [f"{len(params[k].split(','))} {what}" for k, what in (("x", "expanded"), ("h", "hidden"))
              if params.get(k)]
    parts += ["undated statements left out"] if params.get("u") == "0" else []
    parts += [f"{k[2:]}={v}" for k, v in params.items() if k.startswith("p.")]
    return ", ".join(parts) or "none"


def render(view: View, params: dict, title: str, statements=None, key: str = "snap") -> None:
    """Download buttons for `view`; `statements()` is called lazily, when the HTML, CSV or JSON is made."""
    if not view.nodes:
        return
    about = {"title": title, "permalink": permalink(params), "params": params, "filters": describe(params),
             "time": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}

    def with_statements() -> View:
        if statements is not None and not view.statements:
            view.statements = data.guarded(statements, default=[]) or []
        return view

    c1, c2, c3, c4 = st.columns(4)
    # files are made when their button is clicked (a 2,000-node view's took 0.7 s of every page run)
    c1.download_button("HTML snapshot", lambda: snapshot_html(with_statements(), title=title, about=about,
                                                              statements=view.statements),
                       file_name="whosaid-view.html", mime="text/html", key=f"{key}-html",
                       help="Interactive graph that opens offline; click an edge for its statements")
    png_key = f"{key}-png-bytes-{hash(repr(params))}"
    if png_key in st.session_state:
        c2.download_button("Download PNG", st.session_state[png_key], file_name="whosaid-view.png",
                           mime="image/png", key=f"{key}-png")
    elif c2.button("Render PNG", key=f"{key}-png-make", help="Rendered on the server in headless Chromium"):
        with st.spinner("Rendering PNG…"):
            try:
                st.session_state[png_key] = export.view_png(view, title, about=about)
                st.rerun()
            except Exception as exc:                      # a missing browser must not break the page
                st.error(export.png_problem(exc))
    c3.download_button("CSV (zip)", lambda: export.view_zip(with_statements(), about), file_name="whosaid-view.zip",
                       mime="application/zip", key=f"{key}-zip")
    c4.download_button("JSON", lambda: export.view_json(with_statements(), about), file_name="whosaid-view.json",
                       mime="application/json", key=f"{key}-json")
    # The box's text is set on every run: a text_input keyed once keeps its first value otherwise.
    st.session_state[f"{key}-link"] = about["permalink"]
    st.text_input("Permalink (the same view for a colleague)", key=f"{key}-link")
