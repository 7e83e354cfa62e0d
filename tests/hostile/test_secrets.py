"""NEO4J_PASSWORD never shows: not on the page (working or failing store), not in the URL, not in a
snapshot, not in the CLI's messages."""
from __future__ import annotations

import os
import subprocess
import sys

from graph.model import entity_uid
from tests.app.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server
from tests.conftest import ROOT


def _page_text_and_url(base: str, tmp_path, snapshot: bool) -> tuple[str, str, str, int]:
    """The page's HTML, its URL, the HTML snapshot (when asked) and how many canvases the graph drew (counted
    through the graph component's shadow root, which `page.content()` does not show)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(accept_downloads=True)
        page.goto(base)
        page.wait_for_selector("canvas, [data-testid=stAlert]", timeout=120_000)
        page.wait_for_load_state("networkidle")
        html, url, snap = page.content(), page.url, ""
        canvases = page.locator("canvas").count()
        if snapshot:
            page.get_by_text("Snapshot: HTML, PNG, CSV, JSON, permalink").click()
            with page.expect_download() as info:
                page.get_by_role("button", name="HTML snapshot").click()
            path = tmp_path / "snap.html"
            info.value.save_as(str(path))
            snap = path.read_text(encoding="utf-8")
        browser.close()
    return html, url, snap, canvases


def test_password_is_nowhere_on_a_working_neo4j_page(neo4j_config, tmp_path, extractor):
    from graph.neo4j_store import Neo4jStore
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    store = Neo4jStore(neo4j_config)
    store.clear()
    ingest([SAMPLE_DIR], store, extractor=extractor, progress=False)
    store.close()
    env = {"NEO4J_URI": neo4j_config.uri, "NEO4J_USER": neo4j_config.user,
           "NEO4J_PASSWORD": neo4j_config.password}
    focus = entity_uid("Alliance", "Collective Security Treaty Organization")   # the explorer, not the overview
    with streamlit_server(str(tmp_path / "unused"), env) as base:
        html, url, snap, canvases = _page_text_and_url(f"{base}?e={focus}", tmp_path, snapshot=True)
    assert canvases > 0 and snap
    for text in (html, url, snap):
        assert neo4j_config.password not in text


def test_wrong_password_gives_one_clear_line_on_the_page(neo4j_config, tmp_path):
    secret = "Wrong-Secret-4711"
    env = {"NEO4J_URI": neo4j_config.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": secret}
    with streamlit_server(str(tmp_path / "unused"), env) as base:
        html, url, _, _ = _page_text_and_url(base, tmp_path, snapshot=False)
    assert "refused the credentials" in html
    assert secret not in html and secret not in url
    assert "Traceback" not in html


def test_cli_never_prints_the_password(neo4j_config, tmp_path):
    env = {**os.environ, "NEO4J_URI": neo4j_config.uri, "NEO4J_PASSWORD": neo4j_config.password}
    (tmp_path / "a.txt").write_text("Minister Anna Berg said the talks would resume on Monday.")
    proc = subprocess.run([sys.executable, "-m", "loaders", "ingest", str(tmp_path / "a.txt")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-1000:]
    assert neo4j_config.password not in proc.stdout + proc.stderr
    assert "Neo4j at bolt://127.0.0.1" in proc.stderr
