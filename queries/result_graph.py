"""Query results as a graph and as links into the explorer.

A result holds entities either as whole nodes (a cell that is a node's properties: it has a whosaid `uid`)
or as `<x>_uid` / `<x>_name` / `<x>_type` columns (the saved queries' convention). `entities(row)` finds
them in column order; `view_of(columns, rows)` draws every entity found, and joins the entities of one
row in column order, the edge named after a relationship column between them (`r`) or after the two
columns (`speaker → target`). Both engines give the same rows, so the same graph.
"""
from __future__ import annotations

import re

from queries.viewmodel import View

_UID = re.compile(r"^[a-z]+:[0-9a-f]+$")
MAX_NODES = 500                                   # a bigger result is shown as a table only


def _is_node(cell) -> bool:
    return isinstance(cell, dict) and isinstance(cell.get("uid"), str) and bool(_UID.match(cell["uid"]))


def entities(columns: list[str], row: dict) -> list[tuple[str, dict]]:
    """(column, {uid, name, type}) for every entity in the row, in column order."""
    found = []
    for col in columns:
        cell = row.get(col)
        if _is_node(cell):
            found.append((col, {"uid": cell["uid"], "name": cell.get("name") or cell.get("title") or cell["uid"],
                                "type": cell.get("type") or ""}))
        elif col.endswith("_uid") and isinstance(cell, str) and _UID.match(cell):
            prefix = col[:-4]
            found.append((prefix, {"uid": cell, "name": row.get(f"{prefix}_name") or cell,
                                   "type": row.get(f"{prefix}_type") or ""}))
        elif col == "uid" and isinstance(cell, str) and _UID.match(cell):
            found.append((col, {"uid": cell, "name": row.get("name") or cell, "type": row.get("type") or ""}))
    return found


def _relationship_column(columns: list[str], row: dict, first: str, second: str) -> str:
    """The name of a column holding a relationship (a dict that is not a node) between two node columns."""
    if first not in columns or second not in columns:
        return ""
    between = columns[columns.index(first) + 1:columns.index(second)]
    return next((c for c in between if isinstance(row.get(c), dict) and not _is_node(row.get(c))), "")


def view_of(columns: list[str], rows: list[dict]) -> View:
    """The entities of a result and the links between those in one row; empty when there are none."""
    view = View()
    for row in rows:
        found = entities(columns, row)
        for _, e in found:
            view.add_node(e["uid"], e["type"], e["name"])
            if len(view.nodes) > MAX_NODES:
                return View()
        for (col_a, a), (col_b, b) in zip(found, found[1:]):
            if a["uid"] != b["uid"]:
                kind = _relationship_column(columns, row, col_a, col_b) or f"{col_a} \u2192 {col_b}"
                view.add_edge(a["uid"], b["uid"], kind)
    return view
