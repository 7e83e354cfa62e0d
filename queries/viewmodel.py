"""The view model: the nodes, edges and statements of one graph view, and its neo4j-viz rendering.

Both the neighbourhood explorer and saved queries produce a `View`; the page, the snapshots (HTML, PNG,
CSV, JSON) and the CLI render that same object, so what a colleague gets from a snapshot is what the
analyst saw. Positions are computed here (rings around the focus, deterministic), so the browser draws
without running a force simulation: a permalink shows the same picture and 2,000 nodes stay fast.

Article-derived text is neutralised when it enters the view model (`safe`), a second line of defence
behind neo4j-viz's own escaping: no '<', '>' or control characters reach the component or a snapshot.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from queries.library import EdgeSpec

COLOURS = {
    "Person": "#4C8EDA", "State": "#D9534F", "Organization": "#F0A30A", "Alliance": "#8E5CC4",
    "ArmedGroup": "#5B5B5B", "Media": "#2EAD6B", "Place": "#A0785A", "Article": "#9AA5B1",
    "Statement": "#C9D3DD",
}
OTHER_COLOUR = "#B0B0B0"
EDGE_COLOURS = {"about": "#7A8B99", "to": "#C0392B", "affiliated": "#2E86AB", "member of": "#8E5CC4",
                "leads": "#E67E22"}
EDGE_CAPTION_LIMIT = 500
_UNSAFE = re.compile(r"[<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LOOKALIKE = {"<": "\u2039", ">": "\u203a"}


def safe(text, limit: int = 300) -> str:
    """Text from articles made inert for any HTML context it may end up in, and bounded in length."""
    if text is None:
        return ""
    text = _UNSAFE.sub(lambda m: _LOOKALIKE.get(m.group(0), " "), str(text))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


@dataclass
class View:
    nodes: dict[str, dict] = field(default_factory=dict)        # uid -> {uid, type, name, mentions, ring}
    edges: dict[str, dict] = field(default_factory=dict)        # id -> {id, source, target, kind, count}
    statements: list[dict] = field(default_factory=list)
    focus: Optional[str] = None
    left_out: int = 0                                           # nodes beyond the cap

    def add_node(self, uid: Optional[str], type_: Optional[str], name: Optional[str], ring: int = 1) -> None:
        if not uid:
            return
        node = self.nodes.get(uid)
        if node is None:
            self.nodes[uid] = {"uid": uid, "type": type_ or "", "name": name or uid, "mentions": 0,
                               "ring": ring}
        else:
            node["ring"] = min(node["ring"], ring)

    def add_edge(self, source: str, target: str, kind: str, count: int = 1) -> str:
        edge_id = f"{kind}|{source}|{target}"
        edge = self.edges.setdefault(edge_id, {"id": edge_id, "source": source, "target": target,
                                               "kind": kind, "count": 0})
        edge["count"] += int(count or 0)
        return edge_id

    def degree(self) -> dict[str, int]:
        weight = {uid: 0 for uid in self.nodes}
        for e in self.edges.values():
            for end in (e["source"], e["target"]):
                if end in weight:
                    weight[end] += e["count"]
        return weight

    def keep(self, uids: Iterable[str]) -> None:
        """Restrict the view to `uids` (and the edges between them)."""
        kept = set(uids)
        self.nodes = {u: n for u, n in self.nodes.items() if u in kept}
        self.edges = {i: e for i, e in self.edges.items() if e["source"] in kept and e["target"] in kept}

    def as_tables(self) -> dict[str, list[dict]]:
        """Nodes, edges and statements as plain rows (for CSV, JSON and the page's tables)."""
        names = {u: n["name"] for u, n in self.nodes.items()}
        nodes = [{k: n[k] for k in ("uid", "type", "name", "mentions")} for n in self.nodes.values()]
        edges = [{"source": e["source"], "source_name": names.get(e["source"], ""), "kind": e["kind"],
                  "target": e["target"], "target_name": names.get(e["target"], ""), "count": e["count"]}
                 for e in self.edges.values()]
        return {"nodes": nodes, "edges": edges, "statements": list(self.statements)}


def from_rows(rows: list[dict], specs: list[EdgeSpec]) -> View:
    """A view from saved-query rows: `<x>_uid/_name/_type` columns make nodes; `specs` make edges."""
    view = View()
    if not rows:
        return view
    prefixes = [c[:-4] for c in rows[0] if c.endswith("_uid")]
    for row in rows:
        for p in prefixes:
            is_target = any(s.target == p for s in specs) or not specs
            view.add_node(row.get(f"{p}_uid"), row.get(f"{p}_type"), row.get(f"{p}_name"), 1 if is_target else 2)
        for spec in specs:
            source, target = row.get(f"{spec.source}_uid"), row.get(f"{spec.target}_uid")
            if source and target and source != target:
                weight = row.get(spec.weight, 1) if spec.weight else 1
                view.add_edge(source, target, spec.caption or "link", weight if isinstance(weight, int) else 1)
    return view


def layout(view: View, spacing: float = 110.0) -> dict[str, tuple[float, float]]:
    """Deterministic positions: the focus at the centre, each ring of neighbours on concentric circles,
    grouped by type and heaviest first, so the picture is the same on every open."""
    weight = view.degree()
    rings: dict[int, list[dict]] = {}
    for node in view.nodes.values():
        ring = 0 if node["uid"] == view.focus else max(1, node["ring"])
        rings.setdefault(ring, []).append(node)
    positions: dict[str, tuple[float, float]] = {}
    radius = 0.0
    for ring in sorted(rings):
        members = sorted(rings[ring], key=lambda n: (n["type"], -weight.get(n["uid"], 0), n["name"]))
        if ring == 0 and len(members) == 1:
            positions[members[0]["uid"]] = (0.0, 0.0)
            continue
        i = 0
        while i < len(members):
            radius += spacing * (2.2 if radius == 0 else 1.0)
            capacity = max(6, int(2 * math.pi * radius / spacing))
            chunk = members[i:i + capacity]
            offset = (radius / spacing) * 0.37                   # stagger sub-rings so labels don't align
            for j, node in enumerate(chunk):
                angle = offset + 2 * math.pi * j / len(chunk)
                positions[node["uid"]] = (radius * math.cos(angle), radius * math.sin(angle))
            i += capacity
    return positions


def node_size(mentions: int, focus: bool = False) -> float:
    return (34.0 if focus else 16.0) + min(30.0, 4.0 * math.sqrt(max(0, mentions)))


def visualization(view: View, selected: Optional[str] = None):
    """The view as a neo4j-viz VisualizationGraph: colour by type, size by mentions, counts on edges."""
    from neo4j_viz import Node, Relationship, VisualizationGraph
    positions = layout(view)
    nodes = []
    for uid, n in view.nodes.items():
        x, y = positions.get(uid, (0.0, 0.0))
        nodes.append(Node(
            id=uid, caption=safe(n["name"], 60), caption_align="bottom", caption_size=2, size=node_size(n["mentions"], uid == view.focus),
            color=COLOURS.get(n["type"], OTHER_COLOUR), x=round(x, 1), y=round(y, 1),
            pinned=uid == selected or None,
            properties={"type": safe(n["type"], 40), "name": safe(n["name"]), "mentions": n["mentions"]}))
    rels = []
    edge_captions = len(view.edges) <= EDGE_CAPTION_LIMIT            # captions cost ~20% on big views
    for e in view.edges.values():
        caption = f"{e['kind']} \u00d7{e['count']}" if e["count"] > 1 else e["kind"]
        rels.append(Relationship(
            id=e["id"], source=e["source"], target=e["target"],
            caption=safe(caption, 40) if edge_captions else None,
            color=EDGE_COLOURS.get(e["kind"], "#888888"),
            width=min(8.0, 1.0 + math.log2(max(1, e["count"]))),
            properties={"kind": safe(e["kind"], 40), "statements": e["count"]}))
    graph = VisualizationGraph(nodes=nodes, relationships=rels)
    return graph


RENDER_OPTIONS = dict(layout="free", show_layout_button=False, max_allowed_nodes=10_000, on_dangling="none")


def fit_zoom(view: View, pixels: float = 600.0) -> float:
    """The zoom at which the whole laid-out view fits in a square of `pixels` (NVL does not fit a
    'free' layout by itself)."""
    positions = layout(view).values()
    extent = max([max(abs(x), abs(y)) for x, y in positions] + [1.0])
    return max(0.075, min(1.5, pixels / (2 * extent + 160)))


def render_html(view: View, height: str = "640px", title: str = "whosaid view") -> str:
    """A standalone, offline HTML file with the interactive graph (neo4j-viz `render`)."""
    import html as html_lib
    pixels = float(height.rstrip("px")) if height.endswith("px") else 600.0
    page = visualization(view).render(height=height, theme="light", initial_zoom=fit_zoom(view, pixels),
                                      **RENDER_OPTIONS).data
    return page.replace("<title>neo4j-viz</title>", f"<title>{html_lib.escape(safe(title, 200))}</title>", 1)
