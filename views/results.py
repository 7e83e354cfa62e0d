"""Query results on the page, for the saved queries and the Cypher editor: a readable table (long quotes
wrap, uid columns are hidden, every entity in a row is a link that opens the explorer on it — `?e=<uid>`,
the explorer's permalink) and the graph of the entities in it, names written under the nodes. Every cell
is escaped: article text is text here, never HTML or markdown."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import urlencode

import streamlit as st

from queries import graph_options
from queries.layout import frame
from queries.result_graph import entities
from queries.viewmodel import View, visualization

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SHOWN_ROWS = 300                      # rows drawn on the page; the downloads hold all of them
CSS = ("<style>.whosaid-rows{border-collapse:collapse;font:14px sans-serif;width:100%}"
       ".whosaid-rows th{text-align:left;border-bottom:2px solid #ccc;padding:4px 8px;white-space:nowrap}"
       ".whosaid-rows td{border-bottom:1px solid #eee;padding:4px 8px;vertical-align:top;white-space:normal;"
       "overflow-wrap:anywhere;max-width:38em}.whosaid-rows td.num{text-align:right}</style>")


def hidden(column: str) -> bool:
    return column == "uid" or column.endswith("_uid")


def _text(value) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or json.dumps(value, ensure_ascii=False)
    elif isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = _CONTROL.sub(" ", str(value))
    return html.escape(text if len(text) <= 4000 else text[:3999] + "\u2026")    # as typed, escaped


def _link(uid: str, name) -> str:
    href = "?" + urlencode({"e": uid})
    return f'<a href="{html.escape(href, quote=True)}" title="Open in the explorer">{_text(name)}</a>'


def table_html(columns: list[str], rows: list[dict], limit: int = SHOWN_ROWS) -> str:
    """The rows as an HTML table: entity cells are explorer links, everything escaped."""
    shown = [c for c in columns if not hidden(c)] or columns
    out = [CSS, '<table class="whosaid-rows"><thead><tr>']
    out += [f"<th>{html.escape(c)}</th>" for c in shown]
    out.append("</tr></thead><tbody>")
    for row in rows[:limit]:
        links = {}
        for col, e in entities(columns, row):
            links[col if col in row else f"{col}_name"] = e
            if col == "uid":
                links["name"] = e
        out.append("<tr>")
        for c in shown:
            value = row.get(c)
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            cell = _link(links[c]["uid"], links[c]["name"]) if c in links else _text(value)
            out.append(f'<td class="num">{cell}</td>' if numeric else f"<td>{cell}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render(columns: list[str], rows: list[dict]) -> None:
    if not rows:
        return
    st.html(table_html(columns, rows))
    if len(rows) > SHOWN_ROWS:
        st.caption(f"The first {SHOWN_ROWS} rows are shown; the CSV and JSON downloads hold all {len(rows)}.")


def graph(view: View, key: str, width: float = 860.0) -> None:
    """Draw a result's graph (names under the nodes, as in the explorer)."""
    from views.graph_widget import display
    fr = frame(view, width)
    widget = graph_options.widget(visualization(view, frame=fr), fr)
    display(widget, key=key)
