"""neo4j-viz's graph script as the page gets it: the installed file with three fixes, made when first served.

neo4j-viz 1.11's Streamlit bundle (GPL-3.0-only, like all of neo4j-viz) does three things on every mount
that cost a big view its first paint (issue 13: measured with Chromium's CPU profiler on a 2,000-node view):

- `remount`: its graph component keys the NVL wrapper with a counter raised in an effect on the theme,
  and an effect runs on mount too, so every mount built the whole NVL instance (canvases, every layout,
  2,220 nodes loaded, first frame drawn) and then threw it away and built it again, 0.1-0.2 s later.
  The counter now rises only when the theme really changes (what it is for: NVL restyled).
- `stylesheet`: its 2 MB stylesheet was parsed twice per page, as a <style> in the component's shadow
  root and again in the page's head (for its menus drawn outside the shadow root). It is now parsed once
  into one constructable stylesheet that both adopt (every rule of it is scoped to neo4j-viz's elements,
  `:where([data-neo4j-viz-ndl])` and its classes, so its place among the page's stylesheets changes
  nothing); a browser without constructable stylesheets takes the original path.

- `idle-sheet`: that one parse (86 ms of a 2,000-node view's mount, on this machine's 2 cores) and the
  fonts' <style> were done in the mount itself, after the graph's data arrived. The bundle now does both
  once the browser is idle after the script has run (while the page still waits for the server's
  messages), so the mount finds the sheet parsed; a browser without `requestIdleCallback` parses it at
  the mount as before. The sheet is the bundle's own stylesheet text (`p`, checked to be the stylesheet).

After these, `queries/caption_parts.py`'s replacements (`app_script`): the details panel, the status
line, search and selection count and find the view's own nodes, not the invisible points its names hang
between.

Each fix is a text replacement that must match exactly once in the installed file; one that does not
(another neo4j-viz) is left out and the file is otherwise served as installed (`applied` says which
went in; the tests fail loudly when one stops matching). The served file starts with a notice saying it
is neo4j-viz's, under its licence, and what was changed. Nothing here reaches the internet.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from queries import caption_parts


Fix = caption_parts.Replacement                # a named text replacement: name, old, new


FIXES = (
    Fix("remount",
        "\t(0, S.useEffect)(() => {\n\t\tK((e) => e + 1);\n\t}, [V]);\n",
        "\tconst whosaidTheme = (0, S.useRef)(V);\n"
        "\t(0, S.useEffect)(() => {\n"
        "\t\twhosaidTheme.current !== V && (whosaidTheme.current = V, K((e) => e + 1));\n"
        "\t}, [V]);\n"),
    Fix("stylesheet",
        "function Mre(e, t) {\n\tlet n = e.getRootNode();\n",
        "let whosaidSheet = null;\n"
        "function whosaidAdopt(e, t) {\n"
        "\tif (!whosaidSheet || whosaidSheet.text !== t) {\n"
        "\t\tconst s = new CSSStyleSheet();\n"
        "\t\ts.replaceSync(t), whosaidSheet = { text: t, sheet: s };\n"
        "\t}\n"
        "\tconst s = whosaidSheet.sheet;\n"
        "\te.adoptedStyleSheets.includes(s) || (e.adoptedStyleSheets = [...e.adoptedStyleSheets, s]);\n"
        "}\n"
        "function Mre(e, t) {\n"
        "\tif (typeof CSSStyleSheet == \"function\" && \"adoptedStyleSheets\" in document) {\n"
        "\t\tlet n = e.getRootNode();\n"
        "\t\tn instanceof ShadowRoot && whosaidAdopt(n, t), whosaidAdopt(document, t);\n"
        "\t\treturn;\n"
        "\t}\n"
        "\tlet n = e.getRootNode();\n"),
    Fix("idle-sheet",                       # after `stylesheet`: its sheet, parsed ahead of the mount
        "function jre(e) {\n",
        "typeof requestIdleCallback == \"function\" && requestIdleCallback(() => {\n"
        "\tif (typeof p != \"string\" || !p.startsWith(\"@font-face\")) return;\n"
        "\tjre(p);\n"
        "\tif (whosaidSheet || typeof CSSStyleSheet != \"function\" || !(\"adoptedStyleSheets\" in document)) return;\n"
        "\tconst s = new CSSStyleSheet();\n"
        "\ts.replaceSync(p), whosaidSheet = { text: p, sheet: s };\n"
        "});\n"
        "function jre(e) {\n"),
)


def notice(version: str, applied: list[str]) -> str:
    return ("/* neo4j-viz " + version + " (https://github.com/neo4j/python-graph-visualization), GPL-3.0-only: "
            "its Streamlit bundle, streamlit_v2/graph.js, as installed, modified by whosaid (views/graph_bundle.py)"
            + (": " + ", ".join(applied) if applied else ": unchanged") + ". */\n")


def patch(source: str, fixes=FIXES) -> tuple[str, list[str]]:
    """`source` with every fix that matches exactly once applied; (text, names of the fixes applied)."""
    return caption_parts.patch(source, fixes)


class Served(NamedTuple):
    body: bytes
    etag: str
    applied: list[str]


@lru_cache(maxsize=2)
def served(path: Path, version: str, mtime_ns: int) -> Served:
    text, applied = patch(path.read_text(encoding="utf-8"))
    text, counted = caption_parts.app_script(text)         # what neo4j-viz shows counts the view's own nodes
    body = (notice(version, applied + counted) + text).encode("utf-8")
    return Served(body, f'"{version}-{hashlib.sha1(body).hexdigest()[:16]}"', applied + counted)


def bundle(path: Path, version: str) -> Served:
    """The file at `path` (neo4j-viz's graph.js) as served, made once per file version."""
    return served(path, version, path.stat().st_mtime_ns)
