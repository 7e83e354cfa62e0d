"""Snapshots and exports: rows as table/CSV/JSON, a view as standalone HTML, PNG, CSV zip and JSON.

The PNG is rendered server-side: the standalone HTML is opened in headless Chromium (Playwright, the
system's `/usr/bin/chromium`) with every request other than the file itself refused, and screenshotted.
Nothing here touches the network, and no store setting (URI, user, password) is ever written out.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import zipfile
from typing import Optional

from queries.viewmodel import View, render_html

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def rows_csv(columns: list[str], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        # A leading = + - @ makes spreadsheets run a formula: prefix a quote (CSV injection).
        writer.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") and not _is_number(c) else c
                         for c in (_cell(row.get(col)) for col in columns)])
    return out.getvalue()


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def rows_json(columns: list[str], rows: list[dict]) -> str:
    return json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False, indent=1)


def rows_table(columns: list[str], rows: list[dict], width: int = 60) -> str:
    """A plain-text table for the terminal (cells cut at `width` characters, control characters removed)."""
    def text(v) -> str:
        t = " ".join(_cell(v).split())
        return t if len(t) <= width else t[: width - 1] + "\u2026"
    cells = [[text(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]) + "\n"


def view_json(view: View, about: Optional[dict] = None) -> str:
    return json.dumps({"view": about or {}, **view.as_tables()}, ensure_ascii=False, indent=1)


def view_zip(view: View, about: Optional[dict] = None) -> bytes:
    """nodes.csv, edges.csv, statements.csv and view.json in one zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, rows in view.as_tables().items():
            columns = list(rows[0]) if rows else []
            z.writestr(f"{name}.csv", rows_csv(columns, rows))
        z.writestr("view.json", json.dumps(about or {}, ensure_ascii=False, indent=1))
    return buffer.getvalue()


def chromium() -> str:
    """The Chromium binary for PNGs (`WHOSAID_CHROMIUM`, read in graph/settings.py)."""
    from graph.settings import settings
    return settings().chromium


CONTROLS = "button, [role=toolbar], [role=group], .ndl-graph-visualization-interaction-island"
HIDE_CONTROLS = CONTROLS + " { visibility: hidden !important; }"
VISIBLE_BUTTONS = (f"[...document.querySelectorAll('{CONTROLS}')]"
                   ".filter(b => b.checkVisibility({visibilityProperty: true})).length")


def html_to_png(page_html: str, width: int = 1200, height: int = 800, settle_ms: int = 600) -> bytes:
    """Screenshot a standalone view in headless Chromium, offline; returns PNG bytes."""
    from playwright.sync_api import sync_playwright
    if not os.path.exists(chromium()):
        raise FileNotFoundError(chromium())
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "view.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page_html)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
                page.goto("file://" + path)
                page.wait_for_selector("canvas[data-testid=nvl-c2d-canvas]", timeout=60_000)
                page.add_style_tag(content=HIDE_CONTROLS)
                page.wait_for_timeout(settle_ms)
                if page.evaluate(VISIBLE_BUTTONS):           # the graph's toolbar must not be in the picture
                    raise RuntimeError("the graph's toolbar buttons are still visible")
                return page.screenshot(full_page=False)
            finally:
                browser.close()


def png_problem(exc: Exception) -> str:
    """One line saying why a PNG could not be made, and what to install."""
    binary = chromium()
    if isinstance(exc, ImportError) or not os.path.exists(binary):
        return (f"PNG export needs Chromium at {binary} and the playwright package: "
                "apt-get install chromium && pip install playwright (or set WHOSAID_CHROMIUM to a Chromium binary)")
    return f"PNG rendering failed ({type(exc).__name__}); the HTML snapshot still works"


def view_png(view: View, title: str = "whosaid view", width: int = 1200, height: int = 800,
             about: Optional[dict] = None) -> bytes:
    """The view as a PNG: the standalone HTML (title, legend, filters) screenshotted without its toolbar."""
    return html_to_png(png_page(view, title, width, height, about), width, height)


def png_page(view: View, title: str = "whosaid view", width: int = 1200, height: int = 800,
             about: Optional[dict] = None) -> str:
    """The page the PNG is a screenshot of (before its controls are hidden)."""
    return render_html(view, height=f"{height - 90}px", title=title, width=width, about=about)
