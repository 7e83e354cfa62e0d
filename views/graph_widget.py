"""The neo4j-viz graph on the page, its script fetched by the browser as a file.

neo4j-viz's own `display_widget` passes its 5 MB script and 2 MB stylesheet inline, inside the component's
message on every render: each load and each change of the view carried 7 MB through Streamlit's websocket
before the graph could draw. Here the same component (neo4j-viz's Streamlit bundle) is declared with its
script served from the installed neo4j-viz package at Streamlit's component asset route
(`/_stcore/bidi-components/whosaid.graph/...`, this machine, never the internet), so a render sends only
the graph's data; the script served there has three fixes to its mount and the counts of
`queries/caption_parts.py` (`views/graph_bundle.py`). The script carries the same stylesheet and fonts and
puts them in the page itself (in the component's shadow root and the page's head), so the separate
stylesheet file is not linked: it was a third copy of the same 2 MB for the browser to fetch and parse. Screenshots of 30-, 200- and 2,000-node
views with and without it are the same (graph, names, legend, toolbar; at most 1/255 of anti-aliasing).

The page shell names the script (`views/graph_assets.py`), and `preload`, mounted at the top of every
page, runs it while the server still runs the rest of the page's script, so the graph finds it ready.

The asset folder is registered with Streamlit's component manager as a package manifest would declare it
(`asset_dir`), on whichever runtime runs the script (AppTest starts its own). The two-way sync (the
selection and options coming back from the browser) is neo4j-viz's, as in its `display_widget`.
"""
from __future__ import annotations

import weakref
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from views import graph_assets, graph_bundle

NAME = "whosaid.graph"
JS = "streamlit_v2/graph.js"          # inside neo4j_viz/resources; it carries its stylesheet and fonts itself
_SEND_KEYS = ("nodes", "relationships", "options", "width", "height", "theme", "selected", "legend")
_RECEIVE_KEYS = ("selected", "options", "last_event")
_renderers: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # per component manager


def declare(manager) -> None:
    """Register neo4j-viz's resources folder as the asset folder of NAME with a component manager (what a
    package manifest's `asset_dir` does for installed components); nothing when it is registered."""
    import neo4j_viz
    from streamlit.components.v2.manifest_scanner import ComponentConfig, ComponentManifest
    if manager.get_component_asset_root(NAME) is None:
        package, component = NAME.split(".")
        manifest = ComponentManifest(name=package, version=version("neo4j-viz"),
                                     components=[ComponentConfig(name=component, asset_dir="resources")])
        manager.register_from_manifest(manifest, Path(neo4j_viz.__file__).parent)


def serve_uncompressed() -> None:
    """Serve the graph's files as they are: Streamlit gzips every component asset afresh on each request
    (1.4 s of CPU for these 7 MB at level 9), on the server that is running the page's script meanwhile.
    Its own frontend bundles are exempt for the same reason; this exempts these two files' folder too (the
    exemption is Streamlit's private function: without it, the files are still served, gzipped)."""
    try:
        from streamlit.web.server.starlette import starlette_gzip_middleware as gzip
    except ImportError:
        return
    exempt = getattr(gzip, "_should_bypass_gzip", None)
    if exempt is None or getattr(exempt, "whosaid", False):
        return

    def also_graph(path: str, base_url: str = "") -> bool:
        return f"/bidi-components/{NAME}/" in path or exempt(path, base_url)

    also_graph.whosaid = True
    gzip._should_bypass_gzip = also_graph


def _renderer():
    """The component's mount function for the running Streamlit runtime (declared once per runtime)."""
    from streamlit.components.v2 import component
    from streamlit.components.v2.get_bidi_component_manager import get_bidi_component_manager
    manager = get_bidi_component_manager()
    mount = _renderers.get(manager)
    if mount is None:
        serve(manager)
        mount = _renderers[manager] = component(NAME, js=JS)
    return mount


def serve(manager) -> bool:
    """Declare the component with `manager` and set up how its script is served: uncompressed, named by the
    page shell, with a validator, and with neo4j-viz's mount fixed (`views/graph_bundle.py`). False when
    Streamlit's server is not the one `graph_assets` knows (the installed script is then served as it is)."""
    declare(manager)
    serve_uncompressed()
    root, release = Path(manager.get_component_path(NAME)), version("neo4j-viz")
    return graph_assets.install(NAME, graph_assets.shell_tags(NAME, JS),
                                {JS: lambda: graph_bundle.bundle(root / JS, release)})


_PRELOAD_JS = r"""
export default function (component) {
  const data = (component && component.data) || {};
  if (window.__whosaidGraphPreload === data.js) return;
  window.__whosaidGraphPreload = data.js;
  // fetched, compiled and evaluated now: the graph's own <script type=module> then finds it in the module map
  import(new URL(data.js, document.baseURI).href).catch(() => {});
}
"""


def preload() -> None:
    """Start the browser on the graph's script now (a graph drawn later in this run, or in a later one,
    finds it fetched and run). Place it early on the page."""
    _renderer()                                   # the asset route answers only for a declared component
    base = f"_stcore/bidi-components/{NAME}/"
    _preloader()(key="whosaid-graph-preload", data={"js": base + JS}, height=0)


@lru_cache(maxsize=1)
def _preloader():
    from streamlit.components.v2 import component
    return component("whosaid_graph_preload", js=_PRELOAD_JS)


def _height(height) -> int | str:
    if isinstance(height, str) and height.endswith("px"):
        return int(float(height[:-2]))
    return "content"


def widget_data(widget) -> dict:
    """What the component is sent for a neo4j-viz GraphWidget: its traits as JSON-ready values."""
    state = widget.get_state()
    return {k: state[k] for k in _SEND_KEYS if k in state}


def display(widget, key: str) -> None:
    """Draw a neo4j-viz GraphWidget; the selection made in the browser is synced back into `widget`."""
    persisted = st_state(key)
    if persisted:
        widget.set_state(persisted)
    result = send(widget_data(widget), key)
    if result:
        widget.set_state(result)


def st_state(key: str) -> dict:
    """The browser-owned traits (selection, options, last event) the component last reported for `key`."""
    import streamlit as st
    return _browser_owned(st.session_state.get(key))


def _browser_owned(source) -> dict:
    if source is None or not hasattr(source, "get"):
        return {}
    return {k: source[k] for k in _RECEIVE_KEYS if source.get(k) is not None}


def send(data: dict, key: str) -> dict:
    """Draw the graph from `data` (see `widget_data`; not modified) with the browser-owned traits the
    component reported before laid over it; returns those traits as the browser has them now."""
    sent = {**data, **{k: v for k, v in st_state(key).items() if k in _SEND_KEYS}}
    result = _renderer()(key=key, data=sent, height=_height(sent.get("height")),
                         default={k: None for k in _RECEIVE_KEYS},
                         on_selected_change=lambda *_a, **_k: None,
                         on_options_change=lambda *_a, **_k: None,
                         on_last_event_change=lambda *_a, **_k: None)
    return _browser_owned(result)
