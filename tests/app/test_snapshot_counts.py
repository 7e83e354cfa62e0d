"""The standalone snapshot counts the view, not the invisible points its names hang between: in real
Chromium, neo4j-viz's details panel, its status line and its search see the view's nodes and edges, and a
click on a name shows the node it names (`queries/caption_parts.py`)."""
import io

import pytest

from queries import caption_parts
from queries.graph_options import RENDER_OPTIONS
from queries.snapshot_html import snapshot_html
from queries.viewmodel import COLOURS, View, render_html, visualization

CANVAS = "canvas[data-testid=nvl-c2d-canvas]"
PANEL = ".ndl-graph-visualization-drawer"
SIZE = 300                                  # more than queries.layout.LABELLED: 110 names written, 190 not


def _big_view() -> View:
    view = View(focus="state:0")
    view.add_node("state:0", "State", "Hub Land", ring=0)
    for i in range(1, SIZE):
        view.add_node(f"person:{i}", "Person", f"Speaker Number {i}", ring=1)
        view.add_edge(f"person:{i}", "state:0", "about", 1 + i % 3)
    return view


def test_every_replacement_matches_the_installed_scripts():
    """Each replacement goes into neo4j-viz's standalone page, and each of the app's into its Streamlit
    bundle (this fails when another neo4j-viz changes them); a text they do not match is left as it is."""
    from pathlib import Path

    import neo4j_viz
    raw = visualization(_big_view()).render(**RENDER_OPTIONS).data
    page, made = caption_parts.standalone(raw)
    assert made == [r.name for r in caption_parts.STANDALONE]
    assert page.count("window.whosaidCaption =") == 1 and "window.whosaidCaption =" in render_html(_big_view())
    bundle = (Path(neo4j_viz.__file__).parent / "resources" / "streamlit_v2" / "graph.js").read_text(encoding="utf-8")
    script, made = caption_parts.app_script(bundle)
    assert made == [r.name for r in caption_parts.APP] and script.startswith("window.whosaidCaption =")
    assert caption_parts.standalone("<html><head></head><body></body></html>") == (
        "<html><head></head><body></body></html>", [])


def _open(browser, tmp_path, view, statements=None, name="snap.html"):
    path = tmp_path / name
    path.write_text(snapshot_html(view, title="Counts", statements=statements), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:"))
                  else r.abort())
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector(CANVAS, timeout=60_000)
    page.get_by_text("Results overview").wait_for(timeout=30_000)
    return context, page, errors


@pytest.fixture(scope="module")
def big(browser, tmp_path_factory):
    context, page, errors = _open(browser, tmp_path_factory.mktemp("big"), _big_view())
    page.locator("[role=status]", has_text="with").first.wait_for(state="attached", timeout=30_000)
    yield page, errors
    context.close()


def test_the_panel_and_the_status_line_count_the_view(big):
    page, errors = big
    status = page.locator("[role=status]", has_text="graph visualization").first.text_content()
    assert f"with {SIZE} nodes and {SIZE - 1} relationships" in status
    panel = page.locator(PANEL).inner_text()
    assert f"Nodes ({SIZE})" in panel and f"Relationships ({SIZE - 1})" in panel
    assert f"Person ({SIZE - 1})" in panel and "State (1)" in panel
    assert "Speaker Number" not in panel and "Hub Land" not in panel and "(no label)" not in panel
    assert errors == []


def test_a_search_finds_the_nodes_named_and_their_names(big):
    page, errors = big
    page.get_by_role("button", name="Search").click()
    page.keyboard.type("Speaker Number 12")
    page.wait_for_function("() => window.__Nvl_dumpNodes().some(n => n.disabled)", timeout=10_000)
    nodes = page.evaluate("() => window.__Nvl_dumpNodes().filter(n => !n.disabled).map(n => n.id)")
    rels = page.evaluate("() => window.__Nvl_dumpRelationships().filter(r => !r.disabled).map(r => r.id)")
    wanted = {"person:12"} | {f"person:{i}" for i in range(120, 130)}
    assert {n for n in nodes if "|" not in n} == wanted              # named or not: big views' names are found
    assert {n.split("|", 1)[1] for n in nodes if "|" in n} <= wanted
    assert rels and all(r.startswith("cap|") and r[4:] in wanted for r in rels)   # their written names stay dark
    page.get_by_role("button", name="Clear search").click()
    assert errors == []


def _centre(image, colour: str) -> tuple[float, float]:
    target = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    pixels = image.load()
    hits = [(x, y) for y in range(image.height) for x in range(image.width)
            if all(abs(a - b) <= 6 for a, b in zip(pixels[x, y][:3], target))]
    assert hits, f"no pixel of {colour}"
    return sum(x for x, _ in hits) / len(hits), sum(y for _, y in hits) / len(hits)


def test_a_click_on_a_name_shows_the_node_it_names(browser, tmp_path):
    from PIL import Image
    view = View(focus="person:1")
    view.add_node("person:1", "Person", "Anna Example", ring=0)
    view.add_node("state:2", "State", "Ruritania", ring=1)
    view.add_edge("person:1", "state:2", "about", 2)
    context, page, errors = _open(browser, tmp_path, view)
    page.wait_for_timeout(800)                                         # let the canvas settle before measuring
    assert "Nodes (2)" in page.locator(PANEL).inner_text()
    shot = Image.open(io.BytesIO(page.locator(CANVAS).screenshot())).convert("RGB")
    box = page.locator(CANVAS).bounding_box()
    x, y = _centre(shot, COLOURS["Person"])
    page.mouse.click(box["x"] + x + 25, box["y"] + y + 21)            # on "Example", under the node
    page.get_by_text("Node details").wait_for(timeout=10_000)
    panel = page.locator(PANEL).inner_text()
    assert panel.startswith("Node details\nPerson\n") and "Anna Example" in panel
    assert errors == []
    context.close()
