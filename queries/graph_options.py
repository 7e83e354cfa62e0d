"""How a laid-out view is handed to neo4j-viz: its render options, and the zoom down to which NVL writes names.

NVL, inside both of neo4j-viz's bundles (the app's and the standalone page's), writes no relationship
caption below a zoom of 0.55 (its `relationshipThreshold`), and the names under the nodes are relationship
captions (`queries.viewmodel._caption_nodes`). A big view fitted whole opens below that zoom (a 2,000-node
view at about 0.25), so it showed no name at all, although its frame (`queries.layout.frame`) scales the
named nodes' captions to be readable there. When a frame's names are legible at its zoom, NVL is told to
write them down to nine tenths of it; zoomed out further they are too small to read and NVL leaves them
out again. A frame whose names are not legible when it opens keeps NVL's own threshold.
"""
from __future__ import annotations

import json
import re

RENDER_OPTIONS = dict(layout="free", show_layout_button=False, max_allowed_nodes=20_000, on_dangling="none")
NVL_NAME_ZOOM = 0.55          # NVL's own relationshipThreshold in neo4j-viz's bundles
LEGIBLE = 7.5                 # pixels: names at least this high when the view opens are written (the layout
                              # aims at 11.5; beside a side panel the same drawing is fitted a third smaller)


def name_zoom(frame) -> float | None:
    """The zoom below which NVL should stop writing the frame's names, or None to keep NVL's own."""
    from queries import layout as geometry
    if geometry.FONT * frame.scale * frame.zoom < LEGIBLE:
        return None
    below = round(0.9 * frame.zoom, 4)
    return below if below < NVL_NAME_ZOOM else None


def with_names(options: dict, frame) -> dict:
    """neo4j-viz's widget options (camelCase, as sent to the browser) with the frame's name zoom set."""
    below = name_zoom(frame)
    if below is None:
        return options
    return {**options, "nvlOptions": {**(options.get("nvlOptions") or {}), "relationshipThreshold": below}}


def widget(graph, frame):
    """neo4j-viz's GraphWidget for a VisualizationGraph laid out by `frame` (its height, initial zoom and
    name zoom), with the render options every graph of the app shares."""
    from neo4j_viz.options import WidgetOptions
    made = graph.render_widget(height=f"{int(frame.height)}px", theme="light", initial_zoom=frame.zoom,
                               **RENDER_OPTIONS)
    made.options = WidgetOptions.model_validate(with_names(made.options.to_json(), frame))
    return made


_DATA = re.compile(r'(<script type="application/json" id="neo4j-viz-data">)(.*?)(</script>)', re.S)


def page(graph, frame) -> str:
    """neo4j-viz's standalone HTML page for a VisualizationGraph laid out by `frame`, names as in the app.
    The graph's data sits in the page as JSON (neo4j-viz escapes `<` in it, as is done here again)."""
    text = graph.render(height=f"{int(frame.height)}px", theme="light", initial_zoom=frame.zoom,
                        **RENDER_OPTIONS).data
    if name_zoom(frame) is None:
        return text

    def named(match: re.Match) -> str:
        data = json.loads(match.group(2))
        data["options"] = with_names(data.get("options") or {}, frame)
        return match.group(1) + json.dumps(data).replace("<", "\\u003c") + match.group(3)

    return _DATA.sub(named, text, count=1)
