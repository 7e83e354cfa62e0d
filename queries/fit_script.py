"""The graph opens fitted to its canvas at any window width: a small browser script (fixed text, written
here) for the app's graph (`views/graph_fit.py`) and the standalone snapshots (`viewmodel.render_html`).

The view's zoom is chosen on the server for the graph's width on a wide window (`queries.layout.frame`);
in a narrower window (700-900 pixels) the canvas is narrower than that, and the drawing ran off its sides
until the analyst pressed neo4j-viz's "zoom to fit". The script finds each NVL instance on the page
(through the React props of the element around its canvas, in the component's shadow root or not, as
`views/hover.py` does) and, while its zoom is still the one the page opened it with (`cap`) or the one the
script last gave it (a resize), and when the drawing runs past the canvas's sides, sets the zoom at which
every node and written name fits the canvas's width, never above `cap` (a wide window keeps the page's
zoom, as does a canvas as wide as the server thought; a small view is not blown up). A zoom the
analyst chose is left alone. The height is the page's: the canvas is as tall as the view needs.

It runs when the browser is idle (`requestIdleCallback`): never while a big view's first frame is built.
It looks again after each resize of the canvas, and for a few seconds after the page draws the graph
(neo4j-viz applies a new view's zoom a moment after its data). Nothing is read from or sent anywhere.
"""
from __future__ import annotations

FIT_JS = r"""
window.whosaidFit = window.whosaidFit || (function () {
  var PAD = 10, MARGIN = 16, LOOKS = 25, EVERY = 200;   // pixels; world units; looks after a draw; ms
  var seen = new Map();                                  // canvas -> {nvl, cap, set}
  var cap = null, looks = 0, timer = null;
  var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 1); };
  function canvases(root, out) {
    root.querySelectorAll('canvas[data-testid=nvl-c2d-canvas]').forEach(function (c) { out.push(c); });
    root.querySelectorAll('*').forEach(function (el) { if (el.shadowRoot) canvases(el.shadowRoot, out); });
    return out;
  }
  function nvlOf(canvas) {
    for (var el = canvas, up = 0; el && up < 12; el = el.parentNode || el.host, up++) {
      var key = Object.keys(el).find(function (k) { return k.indexOf('__reactFiber$') === 0; });
      for (var f = key && el[key], depth = 0; f && depth < 40; f = f.return, depth++) {
        var props = f.memoizedProps;
        if (props && props.nvlRef && props.nvlRef.current) return props.nvlRef.current;
      }
    }
    return null;
  }
  function near(a, b) { return a !== null && Math.abs(a - b) <= 1e-3 * Math.max(1, b); }
  function fit(item) {
    var nvl = item.nvl, zoom = nvl.getScale(), pan = nvl.getPan(), positions = nvl.getNodePositions();
    var width = nvl.getContainer().getBoundingClientRect().width;
    if (!positions.length || !width || !(near(item.cap, zoom) || near(item.set, zoom))) return;
    var far = 0;
    positions.forEach(function (p) { far = Math.max(far, Math.abs(p.x - pan.x)); });
    if (near(item.cap, zoom) && far * zoom <= width / 2 - PAD / 2) return;   // the page's zoom, and it fits
    var target = Math.min(item.cap, (width / 2 - PAD) / (far + MARGIN));
    item.set = target;
    if (!near(zoom, target)) nvl.setZoom(target);
  }
  function look() {
    timer = null;
    var list = canvases(document, []);
    list.forEach(function (canvas) {
      var item = seen.get(canvas), nvl = nvlOf(canvas);
      if (!nvl) return;
      if (!item || item.nvl !== nvl) {
        item = {nvl: nvl, cap: cap, set: null};
        seen.set(canvas, item);
        new ResizeObserver(function () { later(0); }).observe(nvl.getContainer());
      }
      if (cap !== null && !near(item.cap, cap) && near(cap, nvl.getScale())) item.cap = cap;   // a new view
      try { fit(item); } catch (e) { /* an NVL without this API: leave it as it is */ }
    });
    seen.forEach(function (_, canvas) { if (!canvas.isConnected) seen.delete(canvas); });
    if (looks-- > 0) later(EVERY);
  }
  function later(ms) {
    if (timer === null) timer = setTimeout(function () { idle(look, {timeout: 1000}); }, ms);
  }
  return function (zoom) { cap = zoom; looks = LOOKS; later(0); };
})();
"""


def standalone_script(zoom: float) -> str:
    """The script for a standalone page opened at `zoom` (a number the server computed)."""
    return f"<script>{FIT_JS}\nwindow.whosaidFit({float(zoom)!r});\n</script>"
