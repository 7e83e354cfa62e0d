"""Analyst journeys in real headless Chromium (issue 12): search twice in a row, the permalink box follows
the view, an upload's entities are searchable without a reload, and an exact name ranks first."""
import re

import pytest
from playwright.sync_api import expect

from tests.app.server import streamlit_server, upload

CANVAS = "canvas[data-testid=nvl-c2d-canvas]"


@pytest.fixture
def page(browser, db_copy, tmp_path):
    with streamlit_server(db_copy, {"WHOSAID_QUERIES": str(tmp_path / "q")}) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("http://127.0.0.1", "data:",
                                                                                      "blob:", "about:"))
                      else r.abort())
        page = context.new_page()
        page.goto(base)                                    # the overview
        page.get_by_text("What the store holds").wait_for(timeout=90_000)
        yield page
        context.close()


def search(page, text: str):
    box = page.get_by_role("textbox", name=re.compile("Search people"))
    box.fill(text)
    box.press("Enter")
    return page.get_by_test_id("stSidebar").get_by_role("button", name=re.compile(r"^" + re.escape(text)))


def pick(page, text: str) -> None:
    search(page, text).first.click()
    page.get_by_role("heading", name=text).wait_for(timeout=60_000)


def test_two_searches_in_a_row_both_focus(page):
    pick(page, "Dmitry Polevoy")
    pick(page, "Rafik Tashmurov")
    pick(page, "Yerlan Temirbayev")
    page.wait_for_selector(CANVAS, timeout=60_000)
    assert "e=person" in page.url


def test_an_exact_name_ranks_first(page):
    box = page.get_by_role("textbox", name=re.compile("Search people"))
    box.fill("Russia")
    box.press("Enter")
    hits = page.get_by_test_id("stSidebar").locator("[data-testid=stButton] button")
    hits.first.wait_for(timeout=30_000)
    assert hits.first.inner_text().split("·")[0].strip() == "Russia"


def test_permalink_box_shows_the_current_view(page):
    page.get_by_role("button", name=re.compile("^Russia")).first.click()        # from the overview
    page.get_by_role("heading", name="Russia").wait_for(timeout=60_000)
    pick(page, "Dmitry Polevoy")
    page.get_by_text("Snapshot: HTML, PNG, CSV, JSON, permalink").click()
    link = page.get_by_label(re.compile("^Permalink"))
    page.wait_for_function("location.search.includes('person')", timeout=30_000)
    # the panel's widgets arrive with the rerun its opening starts: wait for the box to hold the view
    expect(link).to_have_value(re.compile("person"), timeout=30_000)
    pick(page, "Rafik Tashmurov")
    page.wait_for_function(
        "() => [...document.querySelectorAll('input')].some(i => i.value.includes(location.search.slice(1)))",
        timeout=30_000)
    assert page.url.split("?")[1] in link.input_value()


def test_uploaded_entities_are_searchable_without_a_reload(page, tmp_path):
    article = tmp_path / "upload.txt"
    article.write_text("Envoy urges calm\n\nThe Zarvanian foreign minister Oskar Belteshazzar said on Monday "
                       "that the republic \"will not send troops anywhere without a U.N. mandate\".\n")
    upload(page, article)
    pick(page, "Oskar Belteshazzar")


def _idle(page) -> None:
    """Wait for the page's run to end and its URL to settle (a move sooner is taken for a stale click:
    views/navigation.py SETTLING), as a person would before pressing back."""
    page.wait_for_function("document.querySelector('[data-testid=stApp]')"
                           ".getAttribute('data-test-script-state') === 'notRunning'", timeout=60_000)
    page.wait_for_timeout(1200)


def test_browser_back_and_forward_follow_the_views(page):
    pick(page, "Dmitry Polevoy")
    _idle(page)
    pick(page, "Rafik Tashmurov")
    _idle(page)
    page.go_back()
    expect(page.get_by_role("heading", name="Dmitry Polevoy")).to_be_visible(timeout=60_000)
    _idle(page)
    page.go_back()
    expect(page.get_by_text("What the store holds")).to_be_visible(timeout=60_000)
    _idle(page)
    assert "e=" not in page.url
    page.go_forward()
    expect(page.get_by_role("heading", name="Dmitry Polevoy")).to_be_visible(timeout=60_000)
    _idle(page)
    assert "e=person" in page.url


def test_the_controls_above_the_graph_do_not_overlap_in_a_narrow_window(page):
    page.set_viewport_size({"width": 900, "height": 900})
    pick(page, "Dmitry Polevoy")
    boxes = []
    for label in ("Size: articles", "Size: influence", "All statements", "Only support", "Only oppose"):
        button = page.get_by_test_id("stMain").locator("button").filter(
            has=page.get_by_text(label, exact=True))
        button.wait_for(timeout=30_000)
        boxes.append((label, button.bounding_box()))
    for i, (a, p) in enumerate(boxes):
        for b, q in boxes[i + 1:]:
            apart = (p["x"] + p["width"] <= q["x"] + 1 or q["x"] + q["width"] <= p["x"] + 1
                     or p["y"] + p["height"] <= q["y"] + 1 or q["y"] + q["height"] <= p["y"] + 1)
            assert apart, f"{a} overlaps {b}: {p} {q}"
