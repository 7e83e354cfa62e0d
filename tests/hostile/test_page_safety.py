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


def test_payloads_stay_inert_in_the_app_and_the_snapshot(hostile_db, tmp_path):
    from playwright.sync_api import sync_playwright
    focus = entity_uid("Person", EVIL)
    outside, events = [], []
    with streamlit_server(hostile_db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page = _watch(context, outside, events)
        page.goto(f"{base}/?e={urllib.parse.quote(focus)}")
        page.wait_for_selector("canvas", timeout=90_000)
        page.get_by_role("heading", name=EVIL).wait_for(timeout=60_000)   # shown as text, verbatim
        page.wait_for_timeout(2000)
        box = page.locator("canvas").first.bounding_box()                   # select the focus node
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(2000)
        page.mouse.move(box["x"] + box["width"] / 2 + 2, box["y"] + box["height"] / 2 + 2)  # tooltips
        page.wait_for_timeout(1000)
        assert not _pwned(page)

        page.get_by_text("Snapshot: HTML, PNG, CSV, JSON, permalink").click()
        with page.expect_download() as info:
            page.get_by_role("button", name="HTML snapshot").click()
        snapshot = tmp_path / "snapshot.html"
        info.value.save_as(str(snapshot))
        assert "<script>console.error" not in snapshot.read_text(encoding="utf-8")

        page.get_by_text("Saved queries", exact=True).click()
        page.get_by_role("button", name="Run").click()
        page.wait_for_timeout(3000)
        assert not _pwned(page)

        offline = browser.new_context()
        snap = _watch(offline, outside, events)
        snap.goto(snapshot.as_uri())
        snap.wait_for_selector("canvas", timeout=30_000)
        snap.wait_for_timeout(1500)
        box = snap.locator("canvas").first.bounding_box()
        snap.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        snap.wait_for_timeout(1000)
        assert not _pwned(snap)
        browser.close()
    assert events == [], events
    assert outside == [], outside
