"""whosaid explorer: `streamlit run app.py`. A thin page composing the panels in `views/`.

The view state lives in the URL (see `views/state.py`), so every view is a permalink; the store comes
from the environment (NEO4J_URI…, else the embedded store in WHOSAID_DB). With no entity chosen the page
opens on an overview of what the store holds (`views/overview.py`).
"""
import streamlit as st

from queries import explore
from views import (add_articles, cypher, data, entity, graph_view, graph_widget, navigation, overview, queries_panel,
                   scenes, search, snapshot, stance, workbench)
from views.state import MODES, to_params

st.set_page_config(page_title="whosaid — who said what about whom", page_icon="💬", layout="wide")

store = data.store()
if store is None:
    st.stop()
add_articles.load_sample_if_empty(store)

state = navigation.current()                     # the URL's view on a first load, back or forward

with st.sidebar:
    graph_widget.preload()                        # the graph's script loads while the rest of the page runs
    st.title("whosaid")
    st.caption(overview.caption() or "Who said what about whom")
    if state.entity and st.button("Overview", key="to-overview", icon=":material/home:",
                                  help="What the store holds: counts, top speakers, newest statements"):
        state = st.session_state["view"] = state.focus_on("")
        state.mode = st.session_state["mode"] = "explore"
    state = st.session_state["view"] = search.render(state)
    state = st.session_state["view"] = scenes.render(state)
    add_articles.render(store)

LABELS = {"explore": "Explore", "queries": "Saved queries", "workbench": "Workbench", "cypher": "Cypher"}
if "mode" not in st.session_state:
    st.session_state["mode"] = state.mode
state.mode = st.segmented_control("Mode", MODES, format_func=LABELS.get, key="mode",
                                  label_visibility="collapsed") or "explore"

if state.mode == "explore":
    if state.entity:
        state, view = graph_view.render(state)
        if view.nodes:                           # else the entity is not in the store, and graph_view said so
            filters = graph_view.filters(state)
            # closed, the panel sends nothing: its buttons and box are drawn once it is opened
            with st.expander("Snapshot: HTML, PNG, CSV, JSON, permalink", key="snapshot-panel",
                             on_change="rerun") as panel:
                if panel.open:
                    name = view.nodes.get(state.entity, {}).get("name", "")
                    snapshot.render(view, to_params(state), f"whosaid: {name}",
                                    statements=lambda: explore.view_statements(store, view, filters))
            entity.render(state, view)
            stance.render(state)
    elif add_articles.is_empty(store):
        st.info("The store is empty: add articles in the sidebar.")
    else:
        state = overview.render(state)
elif state.mode == "queries":
    state = queries_panel.render(state)
elif state.mode == "workbench":
    state = workbench.render(state)
else:
    state = cypher.render(state)

navigation.write(state)
