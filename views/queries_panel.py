"""Saved queries: pick one, fill its form (drop-downs from its suggestion query), see the rows as a table
and, when the query declares edges, as a graph, with the same snapshots as the explorer. The query and its
parameters live in the URL, so a result is a permalink too."""
from __future__ import annotations

import streamlit as st

from queries import explore, export, graph_options, library
from queries.layout import frame
from queries.viewmodel import from_rows, tooltips, visualization
from views import data, hover, results, scores, snapshot
from views.state import ViewState, to_params
from views.text import md, one_line


@st.cache_data(show_spinner=False, ttl=5)
def _library() -> tuple[dict, list[str]]:
    return library.load()


@st.cache_data(show_spinner=False, max_entries=64)
def _suggestions(query: str, _version: int) -> list[str]:
    return library.suggestions(data.store(), query)       # the guarded path, like the query itself


def _input(param: library.Param, current, key: str):
    label = f"{param.name} ({param.type})"
    if param.suggest:
        values = data.guarded(_suggestions, param.suggest, data.version(), default=[]) or []
        current = "" if current is None else str(current)
        if current not in values:
            values = [current, *values]
        return st.selectbox(label, values, index=values.index(current), key=key)
    if param.type == "int":
        return st.number_input(label, value=int(current or 0), step=1, key=key)
    if param.type == "float":
        return st.number_input(label, value=float(current or 0.0), key=key)
    if param.type == "bool":
        return st.checkbox(label, value=bool(current), key=key)
    return st.text_input(label, value="" if current is None else str(current), key=key,
                         placeholder="YYYY-MM-DD" if param.type == "date" else "")


def render(state: ViewState) -> ViewState:
    queries, problems = _library()
    for problem in problems:
        st.warning(one_line(problem))
    if not queries:
        st.info("No saved queries.")
        return state
    names = list(queries)
    name = st.selectbox("Saved query", names, index=names.index(state.query) if state.query in names else 0,
                        format_func=lambda n: queries[n].title + ("" if queries[n].builtin else "  (yours)"),
                        key="query-pick")
    query = queries[name]
    if name != state.query:
        state.query, state.params = name, {}
    if query.description:
        st.caption(md(query.description, 600))
    try:
        values = query.values({k: v for k, v in state.params.items() if k in {p.name for p in query.params}})
    except library.QueryError as exc:
        st.error(str(exc))
        values = query.values()
    with st.form(f"form-{name}"):
        given = {p.name: _input(p, values.get(p.name), f"param-{name}-{p.name}") for p in query.params}
        submitted = st.form_submit_button("Run", type="primary")
    if submitted:
        try:
            values = query.values(given)
            state.params = {k: str(v) for k, v in values.items()}
        except library.QueryError as exc:
            st.error(str(exc))
            return state
    with st.expander("Cypher"):
        st.code(query.to_text(), language="cypher")
    result = data.guarded(library.run, data.store(), query, values)
    if result is None:
        return state
    st.caption(f"{len(result.rows)} row(s)" + (" — stopped at the row cap" if result.truncated else ""))
    if not result.rows:
        st.info("No rows: nothing in the store matches these parameters.")
        return state
    view = from_rows(result.rows, query.edges)
    if view.edges:
        data.guarded(explore.add_mentions, data.store(), view)
        table_tab, graph_tab = st.tabs(["Table", "Graph"])
    else:
        table_tab, graph_tab = st.container(), None
    with table_tab:
        results.render(result.columns, result.rows)
        c1, c2 = st.columns(2)
        c1.download_button("CSV", export.rows_csv(result.columns, result.rows), file_name=f"{name}.csv",
                           mime="text/csv", key="rows-csv")
        c2.download_button("JSON", export.rows_json(result.columns, result.rows), file_name=f"{name}.json",
                           mime="application/json", key="rows-json")
    if graph_tab is not None:
        with graph_tab:
            from views.graph_widget import display
            state.size, sizes = scores.size_control(state.size, "query-size-by")
            fr = frame(view, 860)
            widget = graph_options.widget(visualization(view, frame=fr, sizes=sizes), fr)
            display(widget, key=f"query-graph-{name}-{hash(repr(sorted(values.items())))}")
            hover.attach(tooltips(view, sizes))
            title = f"{query.title} ({', '.join(f'{k}={v}' for k, v in values.items())})"
            snapshot.render(view, to_params(state), title, key="qsnap")
    return state
