"""End to end in real headless Chromium: search, click a node, run a saved query, download the HTML
snapshot and open it offline, open the permalink in a fresh context; nothing may leave 127.0.0.1, and no
dialog or console error may appear."""
import re

from tests.app.server import download_snapshot, streamlit_server, upload

CANVAS = "canvas[data-testid=nvl-c2d-canvas]"
LOCAL = re.compile(r"^(https?://(127\.0\.0\.1|localhost)(:\d+)?/|data:|blob:|about:|file:)")


class Watch:
    """Blocks and records every request that would leave the machine; records dialogs and console errors."""

    def __init__(self, context):
        self.outside, self.dialogs, self.errors = [], [], []
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if LOCAL.match(url):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def page(self, context):
        page = context.new_page()
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        return page


def _graph_caption(page) -> str:
    return page.get_by_text(re.compile(r"^\d+ nodes, \d+ edges")).first.inner_text(timeout=60_000)


def test_explorer_end_to_end(browser, db_copy, tmp_path):
    with streamlit_server(db_copy, {"WHOSAID_QUERIES": str(tmp_path / "q")}) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        watch = Watch(context)
        page = watch.page(context)
        page.goto(base)
        page.get_by_text("What the store holds").wait_for(timeout=90_000)

        # search: ranked hits listed under the box
        search = page.get_by_role("textbox", name=re.compile("Search people"))
        search.fill("Polevoy")
        search.press("Enter")
        page.get_by_test_id("stSidebar").get_by_role("button", name=re.compile("^Dmitry Polevoy")).click()
        page.get_by_role("heading", name="Dmitry Polevoy").wait_for(timeout=60_000)
        page.wait_for_selector(CANVAS)
        page.wait_for_timeout(1500)

        # click the focus node (drawn at the centre): the selection reaches the side panel and the URL
        box = page.locator(CANVAS).bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.get_by_role("button", name="Expand").wait_for(timeout=30_000)
        page.wait_for_function("location.search.includes('sel=')", timeout=30_000)
        caption = _graph_caption(page)
        permalink = page.url

        # the HTML snapshot downloads and opens offline
        snapshot = tmp_path / "view.html"
        download_snapshot(page, snapshot)
        offline = browser.new_context()
        offline.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        snap_page = offline.new_page()
        snap_page.goto(snapshot.as_uri())
        snap_page.wait_for_selector(CANVAS, timeout=30_000)
        assert "Dmitry Polevoy" in snapshot.read_text(encoding="utf-8")
        offline.close()

        # a saved query runs from its form
        page.get_by_text("Saved queries", exact=True).click()
        page.get_by_role("button", name="Run").wait_for(timeout=30_000)
        page.get_by_role("button", name="Run").click()
        page.get_by_text(re.compile(r"^\d+ row\(s\)")).wait_for(timeout=60_000)

        # the permalink, opened by a colleague, shows the same view
        fresh = browser.new_context(viewport={"width": 1400, "height": 1000})
        watch2 = Watch(fresh)
        other = watch2.page(fresh)
        other.goto(permalink)
        other.wait_for_selector(CANVAS, timeout=90_000)
        other.get_by_role("heading", name="Dmitry Polevoy").wait_for(timeout=60_000)
        assert _graph_caption(other) == caption
        other.get_by_role("button", name="Expand").wait_for(timeout=30_000)
        fresh.close()

        # articles added through the upload panel are ingested with a progress bar and a summary
        article = tmp_path / "upload.txt"
        article.write_text("Envoy urges calm\n\nThe Kazakh foreign minister Yerlan Temirbayev said on Monday "
                           "that Astana \"will not send troops anywhere without a U.N. mandate\".\n")
        upload(page, article)
        context.close()

    assert watch.outside == [] and watch2.outside == []
    assert watch.dialogs == [] and watch2.dialogs == []
    assert watch.errors == [] and watch2.errors == []
