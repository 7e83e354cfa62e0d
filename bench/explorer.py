"""Explorer benchmark in headless Chromium: page load → first graph and expand click → updated graph on the
sample corpus (opened on its most-quoted speaker; the page itself opens on the overview), and the render
time of 200- and 2,000-node views, through the real app (`streamlit run app.py`) and as standalone HTML
snapshots. Medians of 3 fresh browser contexts (and, for the big views in the app, of 3 loads in one
context that opened the view before: the browser's cache warm; and of 3 loads in a browser profile on
disk that opened the view three times before, as an analyst's own browser: it also keeps the code it
compiled for the page's scripts, which no fresh or incognito context does), with where the in-app time
went. The big views' "first open" is the first load of that view since the server started (its caches
cold: the neighbourhood read, the layout and the graph's data built); the fresh contexts after it have an
empty browser cache but find the server's caches filled, as a second analyst opening the same view would.
For scale, a bare Streamlit page (one line of text) on the same machine: what any Streamlit page costs
before it shows anything.

    python bench/explorer.py [--runs 3] [--sizes 200,2000] [--sample-db FOLDER] [--views-only]

A view counts as drawn at the end of the first animation frame after neo4j-viz's status line reports the
view's node count (NVL draws the nodes in that frame): the page itself notes that moment (`DRAWN_JS`, a
check in every animation frame), against the navigation's start. Before, the time was when Playwright's
wait for that status line returned; it polls with growing pauses (0, 20, 50, 100, 100, then every 500 ms),
so a view drawn at 1.6 s could be reported at 2.1 s; that figure is still printed ("as polled").
The big views come from a synthetic store (one hub, N-1 speakers quoting it), written with
portable Cypher into a temporary embedded store, so the app's real neighbourhood query feeds them.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

from tests.app.server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

CANVAS = "canvas[data-testid=nvl-c2d-canvas]"


def hub_uid(size: int) -> str:
    return f"state:{size:020x}"


def build_synthetic(folder: str, sizes: list[int]) -> None:
    """For each size: a State hub and size-1 people each with one statement about it."""
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    store = LadybugStore(StoreConfig(path=folder))
    run = store._run
    for size in sizes:
        hub = hub_uid(size)
        run("CREATE (:State {uid: $uid, type: 'State', name: $name, search: $name, aliases: [], roles: []})",
            {"uid": hub, "name": f"Hub {size}"})
        people = [{"uid": f"person:{size:08x}{i:012x}", "name": f"Speaker {size}-{i}",
                   "s": f"statement:{size:08x}{i:012x}", "d": f"2025-{1 + i % 12:02d}-01"}
                  for i in range(size - 1)]
        run("UNWIND $rows AS r CREATE (:Person {uid: r.uid, type: 'Person', name: r.name, search: r.name, "
            "aliases: [], roles: []})", {"rows": people})
        run("UNWIND $rows AS r CREATE (:Statement {uid: r.s, type: 'Statement', name: 'q', text: 'q', "
            "kind: 'direct', date: r.d, outlet: 'Bench Wire'})", {"rows": people})
        run("UNWIND $rows AS r MATCH (p:Person {uid: r.uid}), (s:Statement {uid: r.s}) CREATE (p)-[:SAID]->(s)",
            {"rows": people})
        run("UNWIND $rows AS r MATCH (s:Statement {uid: r.s}), (h:State {uid: $hub}) CREATE (s)-[:ABOUT]->(h)",
            {"rows": people, "hub": hub})
    store.close()


# Off this machine nothing answers: every request not for 127.0.0.1 goes to a proxy on a closed local port
# (Chromium never proxies loopback). Not Playwright's request interception: that turns the browser's HTTP
# cache off (so a "warm" load was as cold as a fresh one) and adds a round trip to this script per request.
OFFLINE_ARGS = ["--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=127.0.0.1"]


def fresh_context(browser):
    """A 1400x1000 browser context with an empty cache (the browser reaches only this machine)."""
    return browser.new_context(viewport={"width": 1400, "height": 1000})


# Notes in the page when the graph is drawn: in every animation frame until then, it looks for NVL's status
# line ("A graph visualization with N nodes ...", in the component's shadow root); once it reports nodes, the
# end of that frame (a task queued from it runs after all of the frame's callbacks, NVL's drawing included)
# is noted per node count, in ms since the navigation started (`performance.timeOrigin`).
DRAWN_JS = r"""
(() => {
  const drawn = window.__whosaidDrawn = {};
  const raf = window.requestAnimationFrame.bind(window);
  let status = null;
  const find = (root) => {
    const hit = root.querySelector('[role=status][id^=nvl-]');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const look = () => {
    status = (status && status.isConnected) ? status : find(document);
    const m = status && /with (\d+) nodes?/.exec(status.textContent || '');
    if (m && !(m[1] in drawn)) {
      const count = m[1];
      drawn[count] = null;
      setTimeout(() => { drawn[count] = {at: performance.now(), origin: performance.timeOrigin};
                         if (!drawn.first) drawn.first = drawn[count]; }, 0);
    }
    raf(look);
  };
  raf(look);
})();
"""


def timed_load(browser, url: str, nodes: int | None, split: list | None = None, context=None) -> float:
    """Seconds from navigation to the view drawn (see `DRAWN_JS`: the first frame after NVL's status line
    reports the view's nodes, counted without the invisible points names hang between, as
    `queries/caption_parts.py` makes it; any nodes when `nodes` is None), in a fresh browser context (or
    in `context`, its cache as earlier loads left it). With `split`, appends where that time went (see
    `SPLIT`), and when Playwright's wait for the status line returned ("as polled", the former measure)."""
    own = context is None
    context = fresh_context(browser) if own else context
    page = context.new_page()
    page.add_init_script(DRAWN_JS)
    marks = {"ws bytes": 0}
    wall = time.time()
    started = time.perf_counter()

    def frame(payload) -> None:
        marks["ws bytes"] += len(payload or b"")
        marks["last frame"] = time.perf_counter() - started
        marks.setdefault("first frame", marks["last frame"])

    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    page.on("requestfinished", lambda r: "/bidi-components/" in r.url and r.url.endswith(".js") and marks.update(
        {"graph script": time.perf_counter() - started}))
    page.goto(url)
    marks["page shell"] = time.perf_counter() - started
    page.wait_for_selector(CANVAS, state="attached", timeout=180_000)
    if nodes:
        # NVL's status line (in the component's shadow root, which Playwright locators pierce)
        page.locator("[role=status]", has_text=f"with {nodes} nodes").first.wait_for(
            state="attached", timeout=180_000)
    polled = time.perf_counter() - started
    key = str(nodes) if nodes else "first"
    at = page.wait_for_function("k => window.__whosaidDrawn && window.__whosaidDrawn[k]", arg=key,
                                timeout=180_000).json_value()
    elapsed = (at["origin"] + at["at"]) / 1000 - wall
    page.close()
    if own:
        context.close()
    if split is not None:
        split.append({**marks, "drawn": elapsed, "as polled": polled})
    return elapsed


# Where an in-app load's time goes, as seconds since navigation (medians): the page shell (Streamlit's own
# HTML and scripts, loaded), the first and last websocket frame (the script run's messages: session start to
# the last element sent), the graph component's script fetched (when served as a file), the view drawn, and
# when Playwright's polling wait saw it (the former measure).
SPLIT = ("page shell", "first frame", "last frame", "graph script", "drawn", "as polled")


def report_split(splits: dict[str, list[dict]]) -> None:
    print(f"\n{'where the time went (s since navigation)':44s}" + "".join(f"{k:>13s}" for k in SPLIT)
          + f"{'ws MB':>8s}")
    for name, runs in splits.items():
        cells = [statistics.median(r[k] for r in runs) if all(k in r for r in runs) else None for k in SPLIT]
        print(f"{name:44s}" + "".join(f"{c:13.2f}" if c is not None else f"{'-':>13s}" for c in cells)
              + f"{statistics.median(r['ws bytes'] for r in runs) / 1e6:8.2f}")


def sample_focus(folder: str) -> tuple[str, str]:
    """The sample's most-quoted speaker and the first other speaker in its view (to expand)."""
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from queries.explore import neighbourhood
    from queries.overview import top_speakers
    store = LadybugStore(StoreConfig(path=folder), read_only=True)
    try:
        focus = top_speakers(store, 1)[0]["uid"]
        view = neighbourhood(store, focus)
        other = next(u for u in view.nodes if u != focus and u.startswith("person:")) if any(
            u.startswith("person:") and u != focus for u in view.nodes) else next(u for u in view.nodes if u != focus)
    finally:
        store.close()
    return focus, other


def timed_expand(browser, url: str) -> float:
    """From the click on Expand (a node selected) to the graph drawn with the new node count (noted in the
    page, see `DRAWN_JS`)."""
    import re
    context = fresh_context(browser)
    page = context.new_page()
    page.add_init_script(DRAWN_JS)
    page.goto(url)
    page.wait_for_selector(CANVAS, state="attached", timeout=180_000)
    caption = page.get_by_text(re.compile(r"^\d+ nodes, \d+ edges")).first
    before = caption.inner_text(timeout=60_000).split(" nodes")[0]
    button = page.get_by_role("button", name="Expand")
    button.wait_for(timeout=60_000)
    wall = time.time()
    button.click()
    page.wait_for_function(
        "b => [...document.querySelectorAll('p')].some(p => /^\\d+ nodes, /.test(p.innerText) && "
        "!p.innerText.startsWith(b + ' nodes'))", arg=before, timeout=120_000)
    after = int(page.get_by_text(re.compile(r"^\d+ nodes, \d+ edges")).first.inner_text().split(" nodes")[0])
    at = page.wait_for_function("k => window.__whosaidDrawn && window.__whosaidDrawn[k]", arg=str(after),
                                timeout=120_000).json_value()
    context.close()
    return (at["origin"] + at["at"]) / 1000 - wall


BARE = "whosaid-bench-bare-page"


def timed_bare(browser, url: str) -> float:
    """Seconds from navigation to the end of the first frame showing a bare Streamlit page's one line of text
    (fresh browser context): what any Streamlit page costs on this machine before it shows anything."""
    context = fresh_context(browser)
    page = context.new_page()
    page.add_init_script("(() => { const look = () => document.body && document.body.innerText.includes('"
                         + BARE + "') ? requestAnimationFrame(() => setTimeout(() => { window.__whosaidBare = "
                         "performance.now(); })) : requestAnimationFrame(look); requestAnimationFrame(look); })();")
    wall = time.time()
    page.goto(url)
    at = page.wait_for_function("() => window.__whosaidBare && [performance.timeOrigin, window.__whosaidBare]",
                                timeout=60_000).json_value()
    context.close()
    return (at[0] + at[1]) / 1000 - wall


def standalone(folder: str, size: int) -> str:
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from queries.explore import neighbourhood
    from queries.viewmodel import render_html
    store = LadybugStore(StoreConfig(path=folder), read_only=True)
    try:
        view = neighbourhood(store, hub_uid(size), cap=size)
    finally:
        store.close()
    path = os.path.join(tempfile.mkdtemp(prefix="whosaid-bench-"), f"view-{size}.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(render_html(view))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="200,2000")
    parser.add_argument("--sample-db", help="copy this store (sample corpus already ingested) "
                                            "instead of ingesting the sample corpus")
    parser.add_argument("--views-only", action="store_true", help="only the big views (no sample corpus)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from playwright.sync_api import sync_playwright
    work = tempfile.mkdtemp(prefix="whosaid-bench-")
    sample, synthetic = os.path.join(work, "sample"), os.path.join(work, "synthetic")
    try:
        from graph.ladybug_store import LadybugStore
        from graph.store import StoreConfig
        from loaders import SAMPLE_DIR
        from loaders.ingest import ingest
        if args.views_only:
            pass
        elif args.sample_db:
            shutil.copytree(args.sample_db, sample)
        else:
            store = LadybugStore(StoreConfig(path=sample))
            ingest([SAMPLE_DIR], store, progress=False)
            store.close()
        build_synthetic(synthetic, sizes)
        results, splits = {}, {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + OFFLINE_ARGS)
            if not args.views_only:
                results.update(load_and_expand(browser, sample, "sample corpus", args.runs))
            with streamlit_server(synthetic) as base:
                for size in sizes:
                    url = f"{base}/?e={hub_uid(size)}&cap={size}"
                    results[f"{size}-node view in the app, first open"] = [timed_load(browser, url, size)]
                    splits[f"{size}-node view in the app"] = split = []
                    results[f"{size}-node view in the app"] = [
                        timed_load(browser, url, size, split) for _ in range(args.runs)]
                    context = fresh_context(browser)               # a browser that opened the app before
                    timed_load(browser, url, size, context=context)
                    splits[f"{size}-node view in the app, cache warm"] = split = []
                    results[f"{size}-node view in the app, cache warm"] = [
                        timed_load(browser, url, size, split, context) for _ in range(args.runs)]
                    context.close()
                    # an analyst's own browser: a profile on disk, where Chromium keeps the code it compiled
                    # for scripts it ran before (a fresh or incognito context keeps none)
                    profile = p.chromium.launch_persistent_context(
                        tempfile.mkdtemp(prefix="whosaid-bench-profile-", dir=work), executable_path=CHROMIUM,
                        args=CHROMIUM_ARGS + OFFLINE_ARGS, viewport={"width": 1400, "height": 1000})
                    for _ in range(3):                         # Chromium keeps compiled code from the 3rd run on
                        timed_load(browser, url, size, context=profile)
                    splits[f"{size}-node view in the app, analyst's browser"] = split = []
                    results[f"{size}-node view in the app, analyst's browser"] = [
                        timed_load(browser, url, size, split, profile) for _ in range(args.runs)]
                    profile.close()
            bare = os.path.join(work, "bare_page.py")
            with open(bare, "w", encoding="utf-8") as f:
                f.write(f"import streamlit as st\nst.write({BARE!r})\n")
            with streamlit_server(synthetic, app=bare) as base:
                timed_bare(browser, base)                               # the server's first page
                results["a bare Streamlit page (one line of text), for scale"] = [
                    timed_bare(browser, base) for _ in range(args.runs)]
            for size in sizes:
                url = "file://" + standalone(synthetic, size)
                results[f"{size}-node view, standalone HTML snapshot"] = [
                    timed_load(browser, url, size) for _ in range(args.runs)]
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results)
    report_split(splits)
    return 0


def load_and_expand(browser, folder: str, name: str, runs: int) -> dict[str, list[float]]:
    """Page load → first graph and expand click → updated graph on the store in `folder`, opened on its
    most-quoted speaker (one warm-up load first)."""
    focus, other = sample_focus(folder)
    with streamlit_server(folder) as base:
        url = f"{base}/?e={focus}"
        timed_load(browser, url, None)                                # warm the server's caches once
        return {f"page load → first graph ({name})": [timed_load(browser, url, None) for _ in range(runs)],
                f"expand click → updated graph ({name})": [timed_expand(browser, f"{url}&sel={other}")
                                                            for _ in range(runs)]}


def report(results: dict[str, list[float]]) -> None:
    print(f"{'measure':58s} {'median s':>9s}  runs")
    for name, times in results.items():
        print(f"{name:58s} {statistics.median(times):9.2f}  {', '.join(f'{t:.2f}' for t in times)}")


if __name__ == "__main__":
    sys.exit(main())
