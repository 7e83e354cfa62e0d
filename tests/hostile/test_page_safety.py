"""Article text is data, never markup: with script payloads in names, quotes and titles, the graph, the
entity page, the saved-query table and the exported HTML snapshot run no script (no dialog, no console
marker, no global set) and make no request off 127.0.0.1 — in real headless Chromium."""
from __future__ import annotations

import urllib.parse

import pytest

from graph.fragment import build_fragment
from graph.ladybug_store import LadybugStore
from graph.model import entity_uid
from graph.records import Article, Entity, Extraction, Relation, Statement
from graph.store import StoreConfig
from loaders.ingest import ingest
from tests.app.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server
from tests.hostile.corpus import build

MARK = "PWNED"
PAYLOADS = [f"<img src=x onerror=\"console.error('{MARK}');window.__pwned=1\">",
            f"<script>console.error('{MARK}');window.__pwned=1</script>",
            f"\"><svg onload=\"console.error('{MARK}');window.__pwned=1\">",
            f"javascript:console.error('{MARK}')",
            "<iframe src=\"http://evil.example/\"></iframe>"]
EVIL = PAYLOADS[0]
INJECTED = "img[src=x], svg[onload], iframe[src*=evil]"   # payloads parsed as markup (a script runs: see _pwned)


def hostile_fragment():
    text = " ".join(f"{p} said that {q} is ready." for p, q in zip(PAYLOADS, reversed(PAYLOADS)))
    article = Article(source="payload.txt", text=text, title=PAYLOADS[1], published="2025-05-01",
                      outlet=PAYLOADS[2], url=PAYLOADS[3])
    ext = Extraction(
        source="payload.txt", title=PAYLOADS[1], published="2025-05-01", outlet=PAYLOADS[2],
        entities=[Entity(name=EVIL, type="Person", aliases=[PAYLOADS[4]], roles=[PAYLOADS[1]],
                         affiliations=[PAYLOADS[2]]),
                  Entity(name=PAYLOADS[2], type="Organization"),
                  Entity(name=PAYLOADS[3], type="State"),
                  Entity(name=PAYLOADS[4], type="Alliance")],
        statements=[Statement(speaker=EVIL, addressee=PAYLOADS[3], text=p, start=0, end=10, kind="direct",
                              cue=PAYLOADS[4], about=[PAYLOADS[3], PAYLOADS[4]], sentence=p,
                              date="2025-05-01") for p in PAYLOADS],
        relations=[Relation(source=PAYLOADS[3], type="MEMBER_OF", target=PAYLOADS[4])])
    return build_fragment(article, ext)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory, extractor):
    folder = tmp_path_factory.mktemp("hostile-page")
    corpus = folder / "corpus"
    build(corpus)
    store = LadybugStore(StoreConfig(path=str(folder / "db")))
    ingest([str(corpus / "payloads.txt"), str(corpus / "scripts.html"), str(corpus / "feed.rss")], store,
           extractor=extractor, progress=False)
    store.write(hostile_fragment())
    store.close()
    return str(folder / "db")


def _watch(context, outside: list, events: list):
    def route(r):
        url = r.request.url
        if url.startswith(("http://127.0.0.1", "data:", "blob:", "about:", "file:")):
            r.continue_()
        else:
            outside.append(url)
            r.abort()
    context.route("**/*", route)
    page = context.new_page()
    page.on("dialog", lambda d: (events.append("dialog: " + d.message), d.dismiss()))
    page.on("console", lambda m: events.append("console: " + m.text) if MARK in m.text else None)
    return page


def _pwned(page) -> bool:
    return any(frame.evaluate("() => Boolean(window.__pwned)") for frame in page.frames)


CANVAS = "canvas[data-testid=nvl-c2d-canvas]"
DRAWN = """() => {   // the graph's 2d canvas (inside the component's shadow root in the app) has drawn pixels
  const find = (root) => { const c = root.querySelector('canvas[data-testid=nvl-c2d-canvas]'); if (c) return c;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const r = find(el.shadowRoot); if (r) return r; }
    return null; };
  const c = find(document);
  if (!c || !c.width || !c.height) return false;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  for (let i = 3; i < d.length; i += 4) if (d[i]) return true; return false; }"""


def _click_centre_until(page, done) -> None:
    """Click the drawn graph's centre (the focus node) until `done(timeout_ms)` sees the selection arrive;
    each try waits on rendered content, never a fixed time."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    page.wait_for_function(DRAWN, timeout=60_000)
    for _ in range(30):
        box = page.locator(CANVAS).first.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            done(2_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError("clicking the focus node never selected it")


def test_payloads_stay_inert_in_the_app_and_the_snapshot(hostile_db, tmp_path):
    from playwright.sync_api import sync_playwright
    focus = entity_uid("Person", EVIL)
    outside, events = [], []
    with streamlit_server(hostile_db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page = _watch(context, outside, events)

        # the explorer: the focus entity's name is the page heading and, once selected, the side panel's text
        page.goto(f"{base}/?e={urllib.parse.quote(focus)}")
        page.get_by_role("heading", name=EVIL).wait_for(timeout=90_000)          # shown as text, verbatim
        _click_centre_until(page, lambda ms: page.wait_for_function("location.search.includes('sel=')",
                                                                    timeout=ms))
        page.locator("[data-testid=stText]").filter(has_text=EVIL).first.wait_for(timeout=30_000)
        assert EVIL in page.locator("[data-testid=stText]").all_inner_texts()
        assert page.locator(INJECTED).count() == 0
        page.wait_for_load_state("networkidle")
        assert not _pwned(page)

        page.get_by_text("Snapshot: HTML, PNG, CSV, JSON, permalink").click()
        with page.expect_download() as info:
            page.get_by_role("button", name="HTML snapshot").click()
        snapshot = tmp_path / "snapshot.html"
        info.value.save_as(str(snapshot))
        assert "<script>console.error" not in snapshot.read_text(encoding="utf-8")

        # a saved query whose rows are the payloads: every one must appear in the table as its own text
        page.goto(f"{base}/?mode=queries&q=direct_quotes&p.speaker={urllib.parse.quote(EVIL)}")
        page.get_by_text(f"{len(PAYLOADS)} row(s)", exact=True).wait_for(timeout=90_000)
        cells = page.locator(".whosaid-rows td")                # the table's cells, escaped HTML
        for payload in PAYLOADS:
            cells.filter(has_text=payload).first.wait_for(state="attached", timeout=30_000)
        assert set(PAYLOADS) <= set(cells.all_text_contents())
        assert page.locator(INJECTED).count() == 0
        page.wait_for_load_state("networkidle")
        assert not _pwned(page)

        # the exported snapshot, offline: the node's details panel shows the (defused) name as text
        offline = browser.new_context(viewport={"width": 1400, "height": 1000})
        snap = _watch(offline, outside, events)
        snap.goto(snapshot.as_uri())
        snap.wait_for_function(DRAWN, timeout=30_000)
        snap.get_by_text("Results overview").wait_for(timeout=30_000)      # the details panel opens by itself
        _click_centre_until(snap, lambda ms: snap.get_by_text("Node details").wait_for(timeout=ms))
        snap.get_by_text("onerror=\"console.error('PWNED')", exact=False).first.wait_for(timeout=30_000)
        assert snap.locator(INJECTED).count() == 0
        snap.wait_for_load_state("networkidle")
        assert not _pwned(snap)
        browser.close()
    assert events == [], events
    assert outside == [], outside
