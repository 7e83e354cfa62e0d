"""Article text is text, not markdown (issue 11 item 6), in real headless Chromium: entity and outlet names
carrying markdown image and link syntax, a `javascript:` article URL and a bare `www.` address show as the
characters typed on the overview, the search hits, the entity heading and tables, the edge panel and the
HTML snapshot — nothing is fetched from their hosts and nothing of theirs is clickable."""
from __future__ import annotations

import re
import urllib.parse

import pytest

from graph.fragment import build_fragment
from graph.ladybug_store import LadybugStore
from graph.model import entity_uid
from graph.records import Article, Entity, Extraction, Statement
from graph.store import StoreConfig
from tests.app.server import CHROMIUM, CHROMIUM_ARGS, download_snapshot, streamlit_server

HOST = "evil.example"
SPEAKER = f"Rex ![pixel](http://{HOST}/p.png) Mallory"
OUTLET = f"[Daily Click](http://{HOST}/landing) www.{HOST} Wire"
TARGET = ":red[Bold] **Target** <b>State</b>"
LINKS = f"() => [...document.querySelectorAll('a[href], img[src]')].map(e => e.href || e.src)"


def _fragment():
    article = Article(source="md.txt", text=f"{SPEAKER} said that {TARGET} is ready.", title=f"![t](http://{HOST}/t.png)",
                      published="2025-05-02", outlet=OUTLET, url="javascript:alert(1)")
    ext = Extraction(source="md.txt", title=article.title, published="2025-05-02", outlet=OUTLET,
                     entities=[Entity(name=SPEAKER, type="Person", aliases=[f"[alias](http://{HOST}/a)"]),
                               Entity(name=TARGET, type="State")],
                     statements=[Statement(speaker=SPEAKER, addressee=None, text=f"see ![i](http://{HOST}/q.png)",
                                           start=0, end=10, kind="direct", cue="said", about=[TARGET],
                                           sentence=f"[evidence](http://{HOST}/e)", date="2025-05-02")])
    return build_fragment(article, ext)


@pytest.fixture(scope="module")
def markdown_db(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("markdown-page") / "db")
    store = LadybugStore(StoreConfig(path=folder))
    store.write(_fragment())
    store.close()
    return folder


def _hostile_links(page) -> list[str]:
    return [u for frame in page.frames for u in frame.evaluate(LINKS) if HOST in u or u.startswith("javascript")]


def test_markdown_in_names_is_shown_as_typed_and_never_fetched(markdown_db, tmp_path):
    from playwright.sync_api import sync_playwright
    outside = []

    def route(r):
        if r.request.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:", "file:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    with streamlit_server(markdown_db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        context.route("**/*", route)
        page = context.new_page()

        page.goto(base)                                               # the overview lists the speaker
        page.get_by_text("What the store holds").wait_for(timeout=90_000)
        page.get_by_role("button", name=re.compile(re.escape("Rex ![pixel]"))).first.wait_for(timeout=30_000)
        assert _hostile_links(page) == []

        box = page.get_by_role("textbox", name=re.compile("Search people"))   # search hits
        box.fill("Mallory")
        box.press("Enter")
        hit = page.get_by_test_id("stSidebar").get_by_role("button", name=re.compile(re.escape("Rex ![pixel]")))
        hit.click()
        page.get_by_role("heading", name=SPEAKER).wait_for(timeout=60_000)   # the heading, verbatim
        page.wait_for_selector("canvas[data-testid=nvl-c2d-canvas]", timeout=60_000)
        assert _hostile_links(page) == []

        target = entity_uid("State", TARGET)                             # the edge's statements panel
        edge = urllib.parse.quote(f"about|{entity_uid('Person', SPEAKER)}|{target}")
        page.goto(f"{base}/?e={urllib.parse.quote(entity_uid('Person', SPEAKER))}&sel={edge}")
        page.get_by_text("Evidence").first.click(timeout=60_000)
        page.get_by_text(f"[evidence](http://{HOST}/e)").wait_for(timeout=30_000)
        assert page.get_by_role("link", name="Open article").count() == 0     # javascript: is no article URL
        assert _hostile_links(page) == []

        page.goto(f"{base}/?e={urllib.parse.quote(target)}")            # a heading with markdown and HTML
        page.get_by_role("heading", name=TARGET).wait_for(timeout=60_000)
        assert page.locator("b", has_text="State").count() == 0 and _hostile_links(page) == []

        snapshot = tmp_path / "snapshot.html"
        download_snapshot(page, snapshot)
        offline = browser.new_context()
        offline.route("**/*", route)
        snap = offline.new_page()
        snap.goto(snapshot.as_uri())
        snap.wait_for_selector("canvas", timeout=30_000)
        assert _hostile_links(snap) == []
        snap.locator(".whosaid-statements").get_by_text(f"see ![i](http://{HOST}/q.png)").wait_for(timeout=10_000)

        cypher = "MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p, s.text AS quote, s.sentence AS sentence"
        page.goto(f"{base}/?mode=cypher&cypher={urllib.parse.quote(cypher)}")   # a Cypher result table
        page.get_by_text(f"[evidence](http://{HOST}/e)").wait_for(timeout=60_000)
        assert _hostile_links(page) == []
        page.get_by_role("link", name=SPEAKER).click()                  # its row opens the explorer
        page.get_by_role("heading", name=SPEAKER).wait_for(timeout=60_000)
        browser.close()
    assert outside == [], outside
