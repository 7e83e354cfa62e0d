"""Ad-hoc Cypher: an editor whose queries cannot write (checked, run read-only, time-limited and
row-capped by the store), with parameters as `name=value` lines, and "save as query" into the user's
query folder (`WHOSAID_QUERIES`). The text and parameters live in the URL (a link runs the query); the
model's labels, relationship types and properties are listed beside the editor; results show as a table
with links into the explorer and, when they hold entities, as a graph; errors are one line."""
from __future__ import annotations

import html

import streamlit as st

from graph.model import NODES, RELATIONSHIPS
from graph.readonly import QueryRejected
from graph.settings import settings
from graph.store import StoreError
from queries import explore, library
from queries.result_graph import view_of
from views import data, results
from views.state import ViewState
from views.text import one_line

EXAMPLE = ("MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t)\nWHERE t.name = $name\n"
           "RETURN sp.name AS speaker, count(s) AS statements\nORDER BY statements DESC LIMIT 20")


def typed(text: str, name: str = "value"):
    """A parameter value typed from its text (see `queries.library.typed`)."""
    return library.typed(name, text)


DEFAULT_PARAMS = "name=Collective Security Treaty Organization"


def schema_html() -> str:
    """Labels with their properties and relationship types with their endpoints, from graph/model.py."""
    esc = html.escape
    out = ['<div style="font:13px sans-serif;line-height:1.5"><b>Labels</b>']
    for label, spec in NODES.items():
        out.append(f"<details><summary><code>{esc(label)}</code></summary><span style='color:#555'>"
                   f"{esc(', '.join(spec.properties))}</span></details>")
    out.append('<b style="display:block;margin-top:8px">Relationship types</b>')
    for rel, spec in RELATIONSHIPS.items():
        sources = sorted({a for a, _ in spec.pairs})
        targets = sorted({b for _, b in spec.pairs})
        ends = f"({'|'.join(sources)})→({'|'.join(targets)})"
        props = f"; {', '.join(spec.properties)}" if spec.properties else ""
        out.append(f"<details><summary><code>{esc(rel)}</code></summary><span style='color:#555'>"
                   f"{esc(ends + props)}</span></details>")
    out.append("</div>")
    return "".join(out)


def _run(cypher: str, params: dict) -> None:
    try:
        result = data.store().query(cypher, params, user=True)
        st.session_state["cypher-result"] = (cypher, result.columns, result.rows, result.truncated)
    except (QueryRejected, StoreError) as exc:
        st.session_state["cypher-result"] = (cypher, None, one_line(exc), False)


def render(state: ViewState) -> ViewState:
    limits = settings()
    st.caption(f"Read-only: only reading clauses are accepted; queries stop after {limits.query_seconds:g} s "
               f"and {limits.query_rows:,} rows. Use $name parameters; never paste values into the query.")
    editor, schema = st.columns([3, 1], gap="medium")
    with schema:
        st.html(schema_html())
    with editor:
        st.session_state.setdefault("cypher-text", state.cypher or EXAMPLE)
        st.session_state.setdefault("cypher-params", state.cypher_params or DEFAULT_PARAMS)
        cypher = st.text_area("Cypher", height=160, key="cypher-text")
        raw = st.text_area("Parameters (one name=value per line)", height=68, key="cypher-params")
    state.cypher = "" if cypher == EXAMPLE else cypher                 # the text lives in the URL
    state.cypher_params = "" if raw == DEFAULT_PARAMS else raw
    try:
        params = {k: typed(v, k) for k, v in library.parse_assignments(raw.splitlines()).items()}
    except library.QueryError as exc:
        st.error(one_line(exc))
        return state
    if st.button("Run", type="primary", key="cypher-run") or (
            state.cypher and "cypher-result" not in st.session_state):  # a shared link runs its query
        _run(cypher, params)
    show_result()
    save_form(cypher, params)
    return state


def show_result() -> None:
    if "cypher-result" not in st.session_state:
        return
    cypher, columns, rows, truncated = st.session_state["cypher-result"]
    if columns is None:
        st.error(rows)                                                  # one line: the refusal or error
        return
    st.caption(f"{len(rows)} row(s)" + (" — stopped at the row cap" if truncated else ""))
    if not rows:
        st.info("No rows: nothing in the store matches this query.")
        return
    view = view_of(columns, rows)
    if view.nodes:
        data.guarded(explore.add_mentions, data.store(), view)
        table_tab, graph_tab = st.tabs(["Table", "Graph"])
        with graph_tab:
            results.graph(view, key=f"cypher-graph-{hash(cypher)}-{len(rows)}")
    else:
        table_tab = st.container()
    with table_tab:
        results.render(columns, rows)


def save_form(cypher: str, params: dict) -> None:
    with st.expander("Save as query"):
        with st.form("save-query"):
            name = st.text_input("File name (lower-case letters, digits, _)", key="save-name")
            title = st.text_input("Title", key="save-title")
            description = st.text_input("Description", key="save-description")
            overwrite = st.checkbox("Replace my saved query of the same name", key="save-overwrite")
            if st.form_submit_button("Save"):
                try:
                    from graph.readonly import check_read_only
                    check_read_only(cypher, data.store().config.engine if data.store() else "ladybug")
                    query = library.SavedQuery(name=name.strip(), title=title.strip() or name, cypher=cypher,
                                               description=description.strip(),
                                               params=library.infer_params(cypher, params), builtin=False)
                    path = library.save_user_query(query, overwrite=overwrite)
                    st.cache_data.clear()
                    st.success(f"Saved as {name} in {path.rsplit('/', 2)[-2]}/ — find it under Saved queries.")
                except (library.QueryError, QueryRejected) as exc:
                    st.error(str(exc))
