"""Ad-hoc Cypher: an editor whose queries cannot write (checked, run read-only, time-limited and
row-capped by the store), with parameters as `name=value` lines, and "save as query" into the user's
query folder (`WHOSAID_QUERIES`)."""
from __future__ import annotations


import pandas as pd
import streamlit as st

from graph.readonly import QueryRejected
from graph.settings import settings
from graph.store import StoreError
from queries import library
from views import data

EXAMPLE = ("MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t)\nWHERE t.name = $name\n"
           "RETURN sp.name AS speaker, count(s) AS statements\nORDER BY statements DESC LIMIT 20")


def typed(text: str, name: str = "value"):
    """A parameter value typed from its text (see `queries.library.typed`)."""
    return library.typed(name, text)


def render() -> None:
    limits = settings()
    st.caption(f"Read-only: only reading clauses are accepted; queries stop after {limits.query_seconds:g} s "
               f"and {limits.query_rows:,} rows. Use $name parameters; never paste values into the query.")
    cypher = st.text_area("Cypher", EXAMPLE, height=160, key="cypher-text")
    raw = st.text_area("Parameters (one name=value per line)", "name=Collective Security Treaty Organization",
                       height=68, key="cypher-params")
    try:
        params = {k: typed(v, k) for k, v in library.parse_assignments(raw.splitlines()).items()}
    except library.QueryError as exc:
        st.error(str(exc))
        return
    if st.button("Run", type="primary", key="cypher-run"):
        try:
            result = data.store().query(cypher, params, user=True)
            st.session_state["cypher-result"] = (result.columns, result.rows, result.truncated)
        except (QueryRejected, StoreError) as exc:
            st.session_state.pop("cypher-result", None)
            st.error(str(exc).splitlines()[0])
    if "cypher-result" in st.session_state:
        columns, rows, truncated = st.session_state["cypher-result"]
        st.caption(f"{len(rows)} row(s)" + (" — stopped at the row cap" if truncated else ""))
        st.dataframe(pd.DataFrame(rows, columns=columns), hide_index=True, width="stretch")
    save_form(cypher, params)


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
