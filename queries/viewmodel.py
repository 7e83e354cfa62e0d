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
from functools import lru_cache
from typing import Iterable, Optional

from queries import fit_script
from queries.caption_parts import CAPTION_PARTS, standalone as without_caption_parts
from queries.library import EdgeSpec

# The one style table: the graph, the page's legend and the snapshots' legend all read it.
COLOURS = {
    "Person": "#4C8EDA", "State": "#D9534F", "Organization": "#F0A30A", "Alliance": "#8E5CC4",
    "ArmedGroup": "#5B5B5B", "Media": "#2EAD6B", "Place": "#A0785A", "Article": "#9AA5B1",
    "Statement": "#C9D3DD",
}
OTHER_COLOUR = "#B0B0B0"
EDGE_COLOURS = {"about": "#8A9BA8", "to": "#5D6D7E", "affiliated": "#2E86AB", "member of": "#8E5CC4",
                "leads": "#E67E22"}
STANCE_COLOURS = {"support": "#2E9D5B", "oppose": "#D64541", "neutral": "#A6ACAF"}
EDGE_OTHER = "#888888"
_UNSAFE = re.compile(r"[<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LOOKALIKE = {"<": "\u2039", ">": "\u203a"}


def safe(text, limit: int = 300) -> str:
    """Text from articles made inert for any HTML context it may end up in, and bounded in length."""
    if text is None:
        return ""
    text = _UNSAFE.sub(lambda m: _LOOKALIKE.get(m.group(0), " "), str(text))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# The marks that may open and close a quotation as extraction reports it: a direct quote's `text` keeps its
# own marks (the contract's span covers them: '"We will not yield," ' -> '"We will not yield,"'), curly,
# straight, guillemets, German or doubled apostrophes, in any mix (“...\" too).
OPENING_MARKS = ("``", "''", "\u201c", "\u201e", "\u00ab", '"', "\u2018")
CLOSING_MARKS = ("''", "\u201d", "\u201c", "\u00bb", '"', "\u2019")


def unquoted(text) -> str:
    """A statement's text without the pair of quote marks around the whole of it, if it has one
    ('"We will not yield"' -> 'We will not yield'; 'that "the border stays closed" for now' as it is)."""
    text = str(text or "").strip()
    start = next((len(m) for m in OPENING_MARKS if text.startswith(m)), 0)
    end = next((len(m) for m in CLOSING_MARKS if text.endswith(m)), 0)
    return text[start:len(text) - end].strip() if start and end and start + end < len(text) else text


def quoted(text, limit: int = 600) -> str:
    """A statement's text as shown: in exactly one pair of curly quote marks, made `safe` (not HTML-escaped:
    escape the result where it goes into HTML)."""
    return "\u201c" + safe(unquoted(text), limit) + "\u201d"


@dataclass
class View:
    nodes: dict[str, dict] = field(default_factory=dict)        # uid -> {uid, type, name, mentions, ring}
    edges: dict[str, dict] = field(default_factory=dict)        # id -> {id, source, target, kind, count}
    statements: list[dict] = field(default_factory=list)
    focus: Optional[str] = None
    left_out: int = 0                                           # nodes beyond the cap
    left_out_edges: int = 0                                     # edges that went with them (strongest kept)

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

    def statement_counts(self) -> dict[str, tuple[int, int]]:
        """Per node: statements it made and statements about (or to) it, on the view's edges."""
        counts = {uid: [0, 0] for uid in self.nodes}
        for e in self.edges.values():
            if e["kind"] in ("about", "to"):
                counts.get(e["source"], [0, 0])[0] += e["count"]
                counts.get(e["target"], [0, 0])[1] += e["count"]
        return {uid: (said, about) for uid, (said, about) in counts.items()}

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


def only_stance(view: View, stance: str) -> View:
    """The view with only the statement edges carrying `stance` (each counting just those statements), and
    the nodes they join; the focus stays. 'all' (or anything else) gives the view unchanged."""
    if stance not in ("support", "oppose", "neutral"):
        return view
    out = View(focus=view.focus, left_out=view.left_out,
               left_out_edges=view.left_out_edges, statements=view.statements)
    for e in view.edges.values():
        n = (e.get("stances") or {}).get(stance, 0)
        if e["kind"] in ("about", "to") and n:
            out.edges[e["id"]] = {**e, "count": n, "stances": {stance: n}}
    kept = {view.focus} | {end for e in out.edges.values() for end in (e["source"], e["target"])}
    out.nodes = {u: n for u, n in view.nodes.items() if u in kept}
    return out


EDGE_LIMIT = 400           # views with more edges draw only the strongest this many, until asked for all


def thinned(view: View, limit: int = EDGE_LIMIT) -> tuple[View, int]:
    """The view with only its `limit` strongest edges (most statements first; every node stays), and how
    many edges were left out (0 when the view has no more than `limit`)."""
    if len(view.edges) <= limit:
        return view, 0
    strongest = sorted(view.edges.values(), key=lambda e: (-e["count"], e["id"]))[:limit]
    out = View(nodes=view.nodes, edges={e["id"]: e for e in strongest}, statements=view.statements,
               focus=view.focus, left_out=view.left_out,
               left_out_edges=view.left_out_edges)
    return out, len(view.edges) - limit


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


def layout(view: View, width: float = 1000.0) -> dict[str, tuple[float, float]]:
    """Deterministic positions with room for every caption (see `queries.layout`)."""
    from queries import layout as geometry
    return geometry.layout(view, width)


def edge_colour(edge: dict) -> str:
    """By stance when most statements on the edge carry the same one, else by kind."""
    stances = edge.get("stances") or {}
    if stances:
        stance, n = max(stances.items(), key=lambda kv: (kv[1], kv[0]))
        if stance in STANCE_COLOURS and n * 3 >= edge["count"] * 2:
            return STANCE_COLOURS[stance]
    return EDGE_COLOURS.get(edge["kind"], EDGE_OTHER)


def _translucent(colour: str, solid: bool = False) -> str:
    """An edge colour at 60% (names under the nodes stay readable where edges cross them)."""
    if solid or not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        return colour
    return colour + "99"


@lru_cache(maxsize=64)
def colour(value: str):
    """A colour for neo4j-viz, parsed once: it parses every node's colour string again otherwise (0.15 s of
    a 2,000-node view)."""
    from pydantic_extra_types.color import Color
    return Color(value)


def _caption_nodes(uid: str, name: str, x: float, y: float, radius: float, font_scale: float,
                   properties: dict) -> tuple[list, object]:
    """A node's name written under it: NVL fits node captions inside the circle (breaking words), so the
    name is the caption of an invisible relationship between two invisible points below the node."""
    from neo4j_viz import Node, Relationship
    from queries import layout as geometry
    half = geometry.caption_width(name) * font_scale / 2
    below = y + radius + geometry.FONT * font_scale * 0.9
    ends = [Node(id=f"{side}|{uid}", size=0.01, color=colour("rgba(0,0,0,0)"), x=round(x + dx, 1), y=round(below, 1),
                 properties=properties) for side, dx in (("capl", -half), ("capr", half))]
    rel = Relationship(id=f"cap|{uid}", source=ends[0].id, target=ends[1].id, caption=safe(geometry.caption(name), 60),
                       caption_size=round(2.0 * font_scale, 2), color=colour("rgba(0,0,0,0)"), width=0.01,
                       properties=properties)
    return ends, rel


def caption_owner(item_id: str) -> str:
    """The node a caption's invisible parts belong to ('cap|person:1' -> 'person:1'); other ids as they are."""
    head, _, rest = item_id.partition("|")
    return rest if head in CAPTION_PARTS else item_id


def node_size(n: dict, focus: bool, sizes: Optional[dict] = None) -> float:
    """Radius at zoom 1: by articles mentioning the node, or by a score in 0..1 (influence) when `sizes`."""
    from queries import layout as geometry
    if sizes is None:
        return geometry.node_radius(n["mentions"], focus)
    return 5.0 + 19.0 * math.sqrt(max(0.0, min(1.0, float(sizes.get(n["uid"], 0.0)))))


def visualization(view: View, selected: Optional[str] = None, frame=None, sizes: Optional[dict] = None):
    """The view as a neo4j-viz VisualizationGraph: colour by type, size by mentions, names under the nodes
    (laid out and sized by `frame`, see `queries.layout.frame`), edges coloured by kind or stance, an
    edge's caption only when it is selected (its statements show on hover). With `sizes` (uid -> score
    0..1, e.g. PageRank influence), nodes are sized by the score instead of by mentions."""
    from neo4j_viz import Node, Relationship, VisualizationGraph
    from queries import layout as geometry
    frame = frame or geometry.frame(view, 1050, 620)
    positions, font_scale = frame.positions, frame.scale
    named = frame.named or geometry.labelled(view)
    small = len(view.nodes) <= geometry.LABELLED       # big views send no properties (hover texts have them)
    counts = view.statement_counts()
    nodes, rels, names = [], [], []
    for uid, n in view.nodes.items():
        x, y = positions.get(uid, (0.0, 0.0))
        radius = node_size(n, uid == view.focus, sizes) * min(font_scale, 2.0)
        said, about = counts.get(uid, (0, 0))
        properties = {"name": safe(n["name"]), "type": safe(n["type"], 40), "articles": n["mentions"],
                      "statements made": said, "statements about them": about} if small else {}
        nodes.append(Node(id=uid, size=radius, color=colour(COLOURS.get(n["type"], OTHER_COLOUR)), x=round(x, 1),
                          y=round(y, 1), pinned=uid == selected or None, properties=properties))
        if uid in named:
            ends, rel = _caption_nodes(uid, n["name"], x, y, radius, font_scale, properties)
            nodes += ends
            names.append(rel)
    for e in view.edges.values():
        caption = f"{e['kind']} \u00d7{e['count']}" if e["count"] > 1 else e["kind"]
        properties = {"kind": safe(e["kind"], 40), "statements": e["count"]} if small else {}
        if small and e.get("stances"):
            properties["stance"] = ", ".join(f"{k} {v}" for k, v in sorted(e["stances"].items()))
        rels.append(Relationship(
            id=e["id"], source=e["source"], target=e["target"],
            caption=safe(caption, 40) if e["id"] == selected else None,
            caption_size=round(1.6 * font_scale, 2), color=colour(_translucent(edge_colour(e), e["id"] == selected)),
            width=min(8.0, 1.0 + math.log2(max(1, e["count"]))) * min(font_scale, 2.0),
            properties=properties))
    return VisualizationGraph(nodes=nodes, relationships=rels + names)      # names drawn over the edges


def tooltips(view: View, sizes: Optional[dict] = None) -> dict[str, str]:
    """The hover text of every node and edge id: name, type and counts; speaker → target, kind, statements
    and stance. Shown with textContent (never as HTML), from `safe` text."""
    names = {u: safe(n["name"], 120) for u, n in view.nodes.items()}
    counts = view.statement_counts()
    tips = {}
    for uid, n in view.nodes.items():
        said, about = counts.get(uid, (0, 0))
        tips[uid] = (f"{names[uid]}\n{safe(n['type'], 40)} · mentioned in {n['mentions']} article(s)\n"
                     f"in this view: {said} statement(s) made, {about} about them")
        if sizes is not None:
            tips[uid] += f"\ninfluence: {float(sizes.get(uid, 0.0)):.2f} (1 = the most influential)"
    for eid, e in view.edges.items():
        line = f"{names.get(e['source'], '')} \u2192 {names.get(e['target'], '')}\n{safe(e['kind'], 40)}"
        line += f" · {e['count']} statement(s)" if e["kind"] in ("about", "to") else ""
        if e.get("stances"):
            line += "\nstance: " + ", ".join(f"{k} {v}" for k, v in sorted(e["stances"].items()))
        tips[eid] = line
    return tips


def fit_zoom(view: View, width: float = 600.0, height: Optional[float] = None) -> float:
    """The initial zoom for the view in width × height pixels (NVL does not fit a 'free' layout itself)."""
    from queries import layout as geometry
    return geometry.frame(view, width, height or width).zoom


def legend_items(view: View) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(node type, colour) and (edge kind or stance, colour) pairs present in the view, from the style table."""
    types = [(t, c) for t, c in COLOURS.items() if any(n["type"] == t for n in view.nodes.values())]
    kinds = [(k, c) for k, c in EDGE_COLOURS.items() if any(e["kind"] == k for e in view.edges.values())]
    stances = {s for e in view.edges.values() for s in (e.get("stances") or {})}
    kinds += [(f"stance: {s}", c) for s, c in STANCE_COLOURS.items() if s in stances]
    return types, kinds


SIZE_WORDS = {"mentions": "articles mentioning it", "influence": "influence (PageRank within the filters)"}


def legend_html(view: View, size: str = "mentions") -> str:
    """The legend as a small HTML block (fixed words and colours only, nothing from articles)."""
    types, kinds = legend_items(view)
    item = '<span style="white-space:nowrap">{mark}{{t}}</span>'               # wraps between items only
    dot = item.format(mark='<span style="display:inline-block;width:11px;height:11px;border-radius:50%;'
                           'background:{c};margin:0 4px 0 12px;vertical-align:middle"></span>')
    bar = item.format(mark='<span style="display:inline-block;width:18px;height:3px;background:{c};'
                           'margin:0 4px 0 12px;vertical-align:middle"></span>')
    return ('<div class="whosaid-legend" style="font:13px sans-serif;color:#333;line-height:1.9">'
            + "".join(dot.format(c=c, t=t) for t, c in types) + " &nbsp; "
            + "".join(bar.format(c=c, t=t) for t, c in kinds)
            + f'<span style="margin-left:12px;color:#666">size: {SIZE_WORDS.get(size, SIZE_WORDS["mentions"])}'
              " · hover a node or edge for its counts</span></div>")


def render_html(view: View, height: Optional[str] = None, title: str = "whosaid view", width: float = 1200.0,
                about: Optional[dict] = None) -> str:
    """A standalone, offline HTML file with the interactive graph (neo4j-viz `render`), headed by the
    title, legend, filters, time and permalink of the view (`about`)."""
    import html as html_lib
    from queries import graph_options, layout as geometry
    pixels = float(height[:-2]) if height and height.endswith("px") else None
    frame = geometry.frame(view, width, pixels)
    page = graph_options.page(_typed(view, visualization(view, frame=frame)), frame)
    page, _ = without_caption_parts(page)
    at = page.rfind("</body>")                          # fitted to a canvas narrower than `width`, too
    page = page[:at] + fit_script.standalone_script(frame.zoom) + page[at:] if at >= 0 else page
    page = page.replace("<title>neo4j-viz</title>", f"<title>{html_lib.escape(safe(title, 200))}</title>", 1)
    return _with_header(page, title, view, about or {})


def _typed(view: View, graph):
    """The graph with each node's type as its label, which the standalone page's details panel counts by
    ("Person (12)", not "(no label) (13)"), and its name, which the page's search looks for (big views send
    no properties to the app). Not the edges' kinds: the page would write them on every edge."""
    for node in graph.nodes:
        n = view.nodes.get(node.id)
        if n is not None:
            node.properties = {"name": safe(n["name"]), **(node.properties or {}), "labels": [safe(n["type"], 40)]}
    return graph


def _with_header(page: str, title: str, view: View, about: dict) -> str:
    import html as html_lib
    from datetime import datetime, timezone
    esc = lambda t: html_lib.escape(safe(t, 2000))  # noqa: E731
    lines = [f'<h1 style="font:600 20px sans-serif;margin:10px 12px 2px">{esc(title)}</h1>',
             f'<div style="font:13px sans-serif;color:#555;margin:0 12px">{len(view.nodes)} nodes, '
             f"{len(view.edges)} edges"]
    filters = about.get("filters") or ""
    if filters:
        lines.append(f" · filters: {esc(filters)}")
    stamp = about.get("time") or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines.append(f" · snapshot taken {esc(stamp)}")
    link = about.get("permalink") or ""
    if link.startswith(("http://", "https://")):
        lines.append(f' · permalink: <span style="user-select:all">{esc(link)}</span>')
    lines.append("</div>")
    lines.append(f'<div style="margin:0 0 4px">{legend_html(view)}</div>')
    header = "".join(lines)
    at = page.find("<body")
    if at < 0:
        return header + page
    close = page.find(">", at) + 1
    return page[:close] + header + page[close:]
