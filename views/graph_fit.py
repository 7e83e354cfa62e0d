"""The explorer's graph opened fitted to its canvas in a narrow window: a small Streamlit component (no
markup of its own) that runs `queries.fit_script` in the page with the zoom the server chose for the view
(see there: the drawing is zoomed out to the canvas's width while the zoom is still the page's, never in)."""
from __future__ import annotations

from functools import lru_cache

from queries.fit_script import FIT_JS

_JS = FIT_JS + """
export default function (component) {
  const zoom = component && component.data && component.data.zoom;
  if (typeof zoom === 'number' && zoom > 0) window.whosaidFit(zoom);
}
"""


@lru_cache(maxsize=1)
def _component():
    from streamlit.components.v2 import component
    return component("whosaid_graph_fit", js=_JS)


def attach(zoom: float, key: str = "whosaid-graph-fit") -> None:
    """Mount the fitting script (once per page) with the zoom the graph was sent with."""
    _component()(key=key, data={"zoom": float(zoom)}, height=0)
