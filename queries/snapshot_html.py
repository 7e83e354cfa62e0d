"""The offline HTML snapshot with its evidence: the view's standalone page (`viewmodel.render_html`) plus,
for every statement edge, the statements behind it — quote, speaker, date, outlet, article — shown in the
graph's details panel when the edge is clicked, and listed in full under the graph.

The evidence goes into the relationships' properties inside neo4j-viz's inert JSON data block (re-serialised
with every '<' escaped, as neo4j-viz does), so the component renders it as text; the list under the graph
is built with `html.escape`. The one script added is fixed text (it opens the details panel); nothing in
the file loads from the network.
"""
from __future__ import annotations

import html
import json
import re
from typing import Optional

from queries.viewmodel import View, quoted, render_html, safe

PANEL_WIDTH = 300                      # neo4j-viz's details panel, open from the start in a snapshot
PER_EDGE = 12                          # statements written into one edge's details panel
_DATA = re.compile(r'(<script type="application/json" id="neo4j-viz-data">)(.*?)(</script>)', re.S)
_OPEN_PANEL = """<script>
(function () {  // open the graph's details panel once, so a clicked edge shows its statements
  var tries = 0;
  (function look() {
    var b = document.querySelector('button[aria-label="Toggle graph details panel"]');
    if (b) { b.click(); return; }
    if (++tries < 200) { requestAnimationFrame(look); }
  })();
})();
</script>"""


def edge_id(statement: dict) -> str:
    """The view edge a statement row belongs to (`relation|speaker_uid|target_uid`)."""
    return f"{statement.get('relation', '')}|{statement.get('speaker_uid', '')}|{statement.get('target_uid', '')}"


def by_edge(view: View, statements: list[dict]) -> dict[str, list[dict]]:
    """Statement rows grouped by the view edge they stand behind (rows of no drawn edge are dropped)."""
    grouped: dict[str, list[dict]] = {}
    for row in statements:
        key = edge_id(row)
        if key in view.edges:
            grouped.setdefault(key, []).append(row)
    return grouped


def _source(row: dict) -> str:
    parts = [safe(row.get("speaker"), 120) or "unknown speaker", safe(row.get("date"), 40) or "undated",
             safe(row.get("outlet"), 120) or "unknown outlet"]
    return " · ".join(parts)


def evidence_properties(rows: list[dict]) -> dict[str, str]:
    """One edge's statements as details-panel properties ('1 quote', '1 source', '1 article', …)."""
    props: dict[str, str] = {}
    for i, row in enumerate(rows[:PER_EDGE], 1):
        props[f"{i:02d} quote"] = quoted(row.get("quote"))
        props[f"{i:02d} source"] = _source(row)
        article = safe(row.get("article"), 200) or "untitled"
        url = str(row.get("url") or "")
        props[f"{i:02d} article"] = article + (f" ({safe(url, 300)})" if url.startswith(("http://", "https://"))
                                               else "")
        if row.get("sentence") and row.get("sentence") != row.get("quote"):
            props[f"{i:02d} sentence"] = safe(row.get("sentence"), 600)
    if len(rows) > PER_EDGE:
        props["more"] = f"{len(rows) - PER_EDGE} more statement(s) listed under the graph"
    return props


def _with_properties(page: str, grouped: dict[str, list[dict]]) -> str:
    match = _DATA.search(page)
    if not match or not grouped:
        return page
    data = json.loads(match.group(2))
    for rel in data.get("relationships", []):
        rows = grouped.get(rel.get("id"))
        if rows:
            rel["properties"] = {**(rel.get("properties") or {}), **evidence_properties(rows)}
    block = json.dumps(data).replace("<", "\\u003c")
    return page[:match.start(2)] + block + page[match.end(2):]


def statements_html(view: View, grouped: dict[str, list[dict]]) -> str:
    """Every statement of the view under the graph, one section per edge, all text escaped."""
    if not grouped:
        return ""
    esc = lambda t, n=600: html.escape(safe(t, n))  # noqa: E731
    names = {u: n["name"] for u, n in view.nodes.items()}
    out = ['<section class="whosaid-statements" style="font:14px sans-serif;margin:12px;max-width:1100px">',
           '<h2 style="font:600 17px sans-serif">Statements in this view</h2>',
           '<p style="color:#555">Click an edge in the graph to read its statements in the panel on the right; '
           "all of them are listed here.</p>"]
    for key, rows in grouped.items():
        edge = view.edges[key]
        out.append(f'<h3 style="font:600 14px sans-serif;margin:14px 0 4px">{esc(names.get(edge["source"]), 200)}'
                   f' \u2192 {esc(names.get(edge["target"]), 200)} ({esc(edge["kind"], 40)}, {len(rows)})</h3>')
        for row in rows:
            url = str(row.get("url") or "")
            article = esc(row.get("article"), 200) or "untitled"
            link = (f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{article}</a>'
                    if url.startswith(("http://", "https://")) else article)
            out.append('<blockquote style="margin:6px 0 6px 12px;border-left:3px solid #ccc;padding-left:8px">'
                       f'{html.escape(quoted(row.get("quote")))}<br><span style="color:#555">{esc(_source(row), 400)}'
                       f" · {link}</span></blockquote>")
    out.append("</section>")
    return "".join(out)


def snapshot_html(view: View, title: str = "whosaid view", about: Optional[dict] = None,
                  statements: Optional[list[dict]] = None, width: float = 1200.0) -> str:
    """The standalone offline snapshot: graph, header (title, legend, filters, time, permalink), the details
    panel open (a clicked node or edge shows there) and, when `statements` are given, their evidence on
    an edge's click and listed under the graph."""
    grouped = by_edge(view, statements or [])
    page = render_html(view, title=title, width=width - PANEL_WIDTH, about=about)
    page = _with_properties(page, grouped)
    tail = statements_html(view, grouped) + _OPEN_PANEL
    at = page.rfind("</body>")
    return page[:at] + tail + page[at:] if at >= 0 else page + tail
