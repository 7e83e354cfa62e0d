"""The graph opens fitted to its canvas at any window width (`queries/fit_script.py`), read from NVL itself
in real Chromium: at 800 pixels every node and written name is inside the canvas's width; at 1400 (and,
for a snapshot, at the 1200 it was made for) the zoom is the one the server chose (nothing zoomed in or
out); a resize fits it again, both ways. In the app's explorer and in a standalone snapshot."""
import pytest

from tests.app.server import local_page, streamlit_server

CANVAS = "canvas[data-testid=nvl-c2d-canvas]"
RUSSIA = "state:d7574ed5ae79baacd0bf"

# NVL's zoom, pan, canvas width and the farthest node from the centre (names' end points included),
# through the React props of the element around the canvas (as views/hover.py reaches it)
PROBE = r"""() => {
  const find = (root) => {
    const hit = root.querySelector('canvas[data-testid=nvl-c2d-canvas]');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const canvas = find(document);
  let nvl = null;
  for (let el = canvas; el && !nvl; el = el.parentNode || el.host) {
    const key = Object.keys(el).find(k => k.startsWith('__reactFiber$'));
    for (let f = key && el[key], d = 0; f && d < 40 && !nvl; f = f.return, d++) {
      const p = f.memoizedProps;
      if (p && p.nvlRef && p.nvlRef.current) nvl = p.nvlRef.current;
    }
  }
  const pan = nvl.getPan(), positions = nvl.getNodePositions();
  return {zoom: nvl.getScale(), width: nvl.getContainer().getBoundingClientRect().width, n: positions.length,
          far: Math.max(...positions.map(p => Math.abs(p.x - pan.x)))};
}"""


def settled(page) -> dict:
    """NVL's figures once they stop changing (the fitting runs when the browser is idle)."""
    last = None
    for _ in range(40):
        page.wait_for_timeout(250)
        now = page.evaluate(PROBE)
        if now["n"] and now == last:
            return now
        last = now
    raise AssertionError(f"the graph did not settle: {last}")


def fits(r: dict) -> bool:
    return (r["far"] + 8) * r["zoom"] <= r["width"] / 2


def _expected_zoom(db: str) -> float:
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from queries.explore import neighbourhood
    from queries.layout import frame
    from views.graph_view import WIDTH_FULL
    store = LadybugStore(StoreConfig(path=db), read_only=True)
    try:
        return frame(neighbourhood(store, RUSSIA), WIDTH_FULL).zoom
    finally:
        store.close()


def test_the_explorer_opens_fitted_at_800_and_as_chosen_at_1400(browser, db_copy, tmp_path):
    zoom = _expected_zoom(db_copy)
    with streamlit_server(db_copy, {"WHOSAID_QUERIES": str(tmp_path / "q")}) as base:
        for width in (800, 1400):
            context, page = local_page(browser, f"{base}/?e={RUSSIA}")
            page.set_viewport_size({"width": width, "height": 1000})
            page.wait_for_selector(CANVAS, timeout=90_000)
            r = settled(page)
            if width == 800:
                assert r["width"] < 600 and fits(r), r          # the drawing is wider than this canvas at `zoom`
                assert (r["far"] + 8) * zoom > r["width"] / 2
                page.set_viewport_size({"width": 1400, "height": 1000})      # widened: back to the page's zoom
                r = settled(page)
            assert r["zoom"] == pytest.approx(zoom, rel=1e-3) and fits(r), r
            page.set_viewport_size({"width": 800, "height": 1000})           # narrowed again: fitted again
            assert fits(settled(page))
            context.close()


def test_a_snapshot_opens_fitted_at_800_and_as_chosen_at_1400(browser, tmp_path):
    from queries import layout as geometry
    from queries.snapshot_html import PANEL_WIDTH, snapshot_html
    from queries.viewmodel import View
    view = View(focus="state:0")
    view.add_node("state:0", "State", "Hub Land", ring=0)
    for i in range(1, 40):
        view.add_node(f"person:{i}", "Person", f"Speaker Number {i}", ring=1)
        view.add_edge(f"person:{i}", "state:0", "about", 1 + i % 3)
    path = tmp_path / "snap.html"
    path.write_text(snapshot_html(view, title="fit"), encoding="utf-8")
    zoom = geometry.frame(view, 1200.0 - PANEL_WIDTH).zoom       # the snapshot is made for a 1200-pixel window
    for width in (800, 1200, 1400):
        page = browser.new_page(viewport={"width": width, "height": 1000})
        page.goto(path.as_uri())
        page.wait_for_selector(CANVAS, timeout=60_000)
        r = settled(page)
        if width == 800:
            assert fits(r) and (r["far"] + 8) * zoom > r["width"] / 2, r
        else:
            assert r["zoom"] == pytest.approx(zoom, rel=1e-3) and fits(r), r
        page.close()
