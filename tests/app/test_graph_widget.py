"""The graph's component sends only the graph's data (issue 13, big views): neo4j-viz's script (which
carries its stylesheet) is a file the browser fetches from this machine's Streamlit, not 7 MB inside every
render's message.
Through Streamlit's AppTest on the sample store, and the component's asset route itself."""
from pathlib import Path

from views import graph_widget

CSTO = "alliance:20fa574f59ecab1376a9"             # in the sample: a view with a few dozen nodes


def components(at) -> list:
    """The custom-component elements of a finished AppTest run (their protos)."""
    found, todo = [], [at._tree]
    while todo:
        node = todo.pop()
        children = getattr(node, "children", None) or {}
        todo += list(children.values()) if isinstance(children, dict) else list(children)
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "js_source_path"):
            found.append(proto)
    return found


def test_graph_is_sent_as_data_with_its_script_by_path(app):
    app.query_params.update({"e": CSTO})
    at = app.run()
    assert not at.exception and not at.error
    graphs = [c for c in components(at) if c.component_name == graph_widget.NAME]
    assert len(graphs) == 1
    graph = graphs[0]
    assert (graph.js_source_path, graph.css_source_path) == (graph_widget.JS, "")     # the script styles itself
    assert graph.js_content == "" and graph.css_content == ""
    assert CSTO in graph.json and len(graph.json) < 200_000            # the view's data, nothing more


def test_the_asset_folder_holds_both_files_and_nothing_reaches_outside_it():
    from streamlit.components.v2.component_manager import BidiComponentManager
    manager = BidiComponentManager()
    graph_widget.declare(manager)
    root = Path(manager.get_component_path(graph_widget.NAME))
    assert (root.parent.name, root.name) == ("neo4j_viz", "resources")      # the installed package's data
    assert (root / graph_widget.JS).stat().st_size > 1_000_000            # neo4j-viz's bundle, served as is
    from streamlit.web.server.component_file_utils import build_safe_abspath
    assert build_safe_abspath(str(root), "../../neo4j_viz/__init__.py") is None


def test_only_the_graphs_files_skip_gzip():
    from streamlit.web.server.starlette import starlette_gzip_middleware as gzip
    graph_widget.serve_uncompressed()
    graph_widget.serve_uncompressed()                                   # once is enough; twice changes nothing
    base = "/_stcore/bidi-components/"
    assert gzip._should_bypass_gzip(base + f"{graph_widget.NAME}/{graph_widget.JS}")
    assert gzip._should_bypass_gzip("/prefix" + base + f"{graph_widget.NAME}/{graph_widget.JS}", "prefix")
    assert not gzip._should_bypass_gzip(base + "whosaid_hover/x.js")
    assert not gzip._should_bypass_gzip("/_stcore/health")
    assert gzip._should_bypass_gzip("/static/js/index.js")                # Streamlit's own exemption kept


def test_a_rerun_sends_the_graph_built_before_and_closed_panels_run_nothing(app):
    from views import graph_view
    graph_view._caches()["payloads"].clear()
    graph_view._caches()["frames"].clear()
    app.query_params.update({"e": CSTO})
    at = app.run()
    first = [c.json for c in components(at) if c.component_name == graph_widget.NAME]
    assert "Said about them, by stance" not in [t.label for t in at.tabs]       # the stance panel is closed
    at.session_state["stance-panel"] = True                                      # the analyst opens it
    at = at.run()
    assert not at.exception and not at.error
    assert "Said about them, by stance" in [t.label for t in at.tabs]
    assert [c.json for c in components(at) if c.component_name == graph_widget.NAME] == first
    assert len(graph_view._caches()["payloads"]) == 1                           # built once, sent twice
    assert len(graph_view._caches()["frames"]) == 1                             # laid out once too
