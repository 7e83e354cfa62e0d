"""The offline HTML snapshot stands alone: opened in real Chromium with every request off the file refused,
clicking an edge shows its statements with their evidence, and hostile article text never runs."""
import io
import re
from concurrent.futures import ThreadPoolExecutor

from queries.snapshot_html import by_edge, snapshot_html
from queries.viewmodel import COLOURS, View

EVIL_QUOTE = 'we will win <img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'
EVIL_ARTICLE = "Talks <svg onload=window.__pwned=3> resume"
CANVAS = "canvas[data-testid=nvl-c2d-canvas]"


def _view_and_statements():
    view = View(focus="person:1")
    view.add_node("person:1", "Person", "Anna <b>Example</b>", ring=0)
    view.add_node("state:2", "State", "Ruritania", ring=1)
    view.add_edge("person:1", "state:2", "about", 2)
    rows = [{"relation": "about", "speaker_uid": "person:1", "target_uid": "state:2", "speaker": "Anna Example",
             "target": "Ruritania", "date": "2025-03-04", "quote": EVIL_QUOTE, "kind": "direct",
             "outlet": "Daily Fictional", "sentence": "She said: " + EVIL_QUOTE, "article": EVIL_ARTICLE,
             "url": "javascript:alert(1)"},
            {"relation": "about", "speaker_uid": "person:1", "target_uid": "state:2", "speaker": "Anna Example",
             "target": "Ruritania", "date": None, "quote": "a second remark", "kind": "indirect",
             "outlet": None, "sentence": "a second remark", "article": "Second piece",
             "url": "https://example.org/two"},
            {"relation": "to", "speaker_uid": "person:9", "target_uid": "state:2", "quote": "not in the view"}]
    return view, rows


def test_statements_are_put_on_their_edges():
    view, rows = _view_and_statements()
    assert list(by_edge(view, rows)) == ["about|person:1|state:2"]
    page = snapshot_html(view, title="t <script>", statements=rows)
    assert "<img src=x" not in page and "<svg onload" not in page and "<b>Example" not in page
    data = page.split('<script type="application/json" id="neo4j-viz-data">')[1].split("</script>")[0]
    listed = page.split('class="whosaid-statements"')[1].split("</section>")[0]
    assert "javascript:" not in data and "javascript:" not in listed
    assert 'href="https://example.org/two"' in page and "undated" in page and "unknown outlet" in page


def _centre(image, colour: str) -> tuple[float, float]:
    """The centre of the pixels of one node colour in a screenshot."""
    target = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    xs, ys = [], []
    pixels = image.load()
    for y in range(image.height):
        for x in range(image.width):
            if all(abs(a - b) <= 6 for a, b in zip(pixels[x, y][:3], target)):
                xs.append(x)
                ys.append(y)
    assert xs, f"no pixel of {colour} on the page"
    return sum(xs) / len(xs), sum(ys) / len(ys)


def test_clicking_an_edge_shows_its_evidence_offline(browser, tmp_path):
    from PIL import Image
    view, rows = _view_and_statements()
    path = tmp_path / "snap.html"
    path.write_text(snapshot_html(view, title="Snapshot <i>x</i>", statements=rows), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    outside, dialogs, errors = [], [], []
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:"))
                  else (outside.append(r.request.url), r.abort()))
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector(CANVAS, timeout=30_000)
    page.get_by_text("Results overview").wait_for(timeout=30_000)     # the details panel opened by itself
    page.wait_for_timeout(800)                                         # let the canvas settle before measuring
    shot = Image.open(io.BytesIO(page.locator(CANVAS).screenshot())).convert("RGB")
    box = page.locator(CANVAS).bounding_box()
    (ax, ay), (bx, by) = _centre(shot, COLOURS["Person"]), _centre(shot, COLOURS["State"])
    page.mouse.click(box["x"] + (ax + bx) / 2, box["y"] + (ay + by) / 2)
    page.get_by_text("Relationship details").wait_for(timeout=10_000)
    panel = page.locator(".ndl-graph-visualization-drawer").inner_text()
    assert "we will win" in panel and "Anna Example · 2025-03-04 · Daily Fictional" in panel
    assert "Talks" in panel and "a second remark" in panel and "undated · unknown outlet" in panel
    listed = page.locator(".whosaid-statements").inner_text()
    assert "we will win" in listed and "Second piece" in listed
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".whosaid-statements img, .whosaid-statements svg, .whosaid-statements script").count() == 0
    assert page.locator(".whosaid-statements a").evaluate_all("els => els.map(e => e.href)") == [
        "https://example.org/two"]
    assert outside == [] and dialogs == [] and errors == []
    context.close()


def test_title_is_escaped_in_the_header():
    view, rows = _view_and_statements()
    page = snapshot_html(view, title="<script>alert(1)</script>", statements=rows)
    assert re.search(r"<h1[^>]*>&lt;|<h1[^>]*>\u2039", page)


def test_png_has_title_and_legend_and_no_toolbar(browser, tmp_path):
    """The PNG is a screenshot of `png_page`: where that page shows its toolbar buttons the PNG shows one
    flat colour, while the title and the legend are drawn."""
    from PIL import Image

    from queries import export
    view, _ = _view_and_statements()
    with ThreadPoolExecutor(1) as pool:                        # its own Playwright, beside this module's browser
        made = pool.submit(export.view_png, view, "Title of the view", width=900, height=600).result()
    png = Image.open(io.BytesIO(made)).convert("RGB")
    page = browser.new_page(viewport={"width": 900, "height": 600})
    source = tmp_path / "png-page.html"
    source.write_text(export.png_page(view, "Title of the view", width=900, height=600), encoding="utf-8")
    page.goto(source.as_uri())
    page.wait_for_selector(CANVAS, timeout=30_000)
    buttons = [b.bounding_box() for b in page.locator(export.CONTROLS).all()]
    title = page.locator("h1").bounding_box()
    legend = page.locator(".whosaid-legend").bounding_box()
    page.close()
    assert len(buttons) >= 7                                   # the toolbar exists on the page ...

    def colours(box):
        area = png.crop((int(box["x"]), int(box["y"]), int(box["x"] + box["width"]), int(box["y"] + box["height"])))
        return {c for _, c in area.getcolors(maxcolors=100_000)}
    for box in buttons:                                        # ... and is not in the picture
        assert len(colours(box)) == 1, box
    assert any(sum(c) < 200 for c in colours(title))           # dark text where the title is
    person = tuple(int(COLOURS["Person"][i:i + 2], 16) for i in (1, 3, 5))
    assert any(max(abs(a - b) for a, b in zip(c, person)) <= 6 for c in colours(legend))


def test_png_without_chromium_says_what_to_install(monkeypatch):
    from queries import export
    monkeypatch.setenv("WHOSAID_CHROMIUM", "/nonexistent/chromium")
    view, _ = _view_and_statements()
    try:
        export.view_png(view)
    except Exception as exc:                                   # noqa: BLE001 - the page shows whatever it is
        message = export.png_problem(exc)
    else:
        raise AssertionError("a PNG was made without Chromium")
    assert "\n" not in message and "/nonexistent/chromium" in message and "apt-get install chromium" in message


def test_cli_png_without_chromium_is_one_line(monkeypatch, tmp_path, capsys, sample_db):
    from queries.__main__ import main
    monkeypatch.setenv("WHOSAID_CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setenv("WHOSAID_DB", sample_db)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert main(["run", "top_speakers", "--format", "png", "--out", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("error: PNG export needs Chromium at /nonexistent/chromium")


def test_every_statement_edge_of_a_real_view_gets_its_evidence(sample_store):
    """On the sample corpus: the explorer's view and its statements (as the page fetches them) put evidence
    on every speaker → target edge of the snapshot."""
    import json as json_lib

    from queries import explore
    from queries.overview import top_speakers
    focus = top_speakers(sample_store, 1)[0]["uid"]
    view = explore.neighbourhood(sample_store, focus, depth=2)
    rows = explore.view_statements(sample_store, view)
    said = [i for i in view.edges if i.split("|")[0] in ("about", "to")]
    assert said and set(by_edge(view, rows)) == set(said)
    page = snapshot_html(view, title="sample", statements=rows)
    data = json_lib.loads(page.split('<script type="application/json" id="neo4j-viz-data">')[1].split("</script>")[0])
    with_quotes = {r["id"] for r in data["relationships"] if "01 quote" in (r.get("properties") or {})}
    assert with_quotes == set(said)
