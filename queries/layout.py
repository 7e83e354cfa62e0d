"""Where each node of a view is drawn, and which names are written: a deterministic layout that leaves room
for every caption.

The focus sits at the centre; the speakers of the view are drawn in rows above it and what they speak
about (or belong to) in rows below, nearest neighbours in the nearest rows. Each row holds as many nodes
as their captions leave room for, so no two captions ever overlap, whatever the names.
Captions are written under the nodes; in views too big to label everything, the most important nodes
(the focus and expanded nodes, then the most connected, then the most mentioned) are labelled first.
Sizes are in world units at zoom 1, where a caption's font is `FONT` pixels high.
"""
from __future__ import annotations

import math
from typing import NamedTuple

FONT = 12.0                # caption font at zoom 1 (NVL draws a relationship caption 6 × caption_size high)
CHAR = 0.64 * FONT         # average caption character width
LABEL_CHARS = 40           # longer names are cut with an ellipsis
ROW = 46.0                 # distance between two rows of nodes
GAP = 14.0                 # empty space between two captions side by side
LABELLED = 110             # views with more nodes label only this many (the most important)


def caption(name: str) -> str:
    text = " ".join(str(name or "").split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "\u2026"


def caption_width(name: str, scale: float = 1.0) -> float:
    """World units a caption needs (NVL cuts a relationship caption that is longer than the line). Capitals
    and m, w count a quarter more than other characters: short names of wide letters ("Oman", "ASEAN")
    were cut to "Oma…"."""
    text = caption(name)
    wide = sum(1 for c in text if c.isupper() or c in "mw")
    return (max(30.0, CHAR * (len(text) + 0.25 * wide)) + 12.0) * scale


def node_radius(mentions: int, focus: bool = False) -> float:
    return (14.0 if focus else 6.0) + min(8.0, 1.6 * math.sqrt(max(0, mentions)))


def importance(view) -> list[str]:
    """Node uids, most important first: focus, then by statements on their edges, then by mentions."""
    weight = view.degree()
    return sorted(view.nodes, key=lambda u: (u != view.focus, -weight.get(u, 0),
                                             -view.nodes[u].get("mentions", 0), view.nodes[u]["name"]))


def labelled(view) -> set[str]:
    """The nodes whose name is written under them (all of them in views up to LABELLED nodes)."""
    order = importance(view)
    return set(order if len(order) <= LABELLED else order[:LABELLED])


def _side(view) -> dict[str, int]:
    """-1 (drawn above the focus) for speakers, +1 (below) for what they speak about or belong to."""
    speakers = {e["source"] for e in view.edges.values()}
    return {u: -1 if u in speakers else 1 for u in view.nodes}


def _room(view, uid: str, shown: set, scale: float = 1.0) -> float:
    """The width a node takes in its row: its caption's (at `scale`) when it is named, plus a gap."""
    return (caption_width(view.nodes[uid]["name"], scale) if uid in shown else 24.0) + GAP


def _step(scale: float) -> float:
    """The distance between two rows: ROW, or more when captions are scaled up past its room."""
    return max(ROW, FONT * 1.3 * scale + 30.0)


def _rows(view, members: list[dict], shown: set, width: float, scale: float) -> list[list[tuple[str, float]]]:
    """Nodes in rows of at most `width`, each taking its caption's width (plus a gap)."""
    rows, row, used = [], [], 0.0
    for node in members:
        w = _room(view, node["uid"], shown, scale)
        if row and used + w > width:
            rows.append(row)
            row, used = [], 0.0
        row.append((node["uid"], w))
        used += w
    return rows + ([row] if row else [])


def layout(view, width: float = 1000.0, scale: float = 1.0, shown=None) -> dict[str, tuple[float, float]]:
    """Deterministic positions (see the module docstring); the same view gives the same picture. Rows of
    at most `width` world units, each named node (`shown`, by default `labelled`) its caption's width
    (captions FONT × `scale` high) apart from the next."""
    weight = view.degree()
    shown = labelled(view) if shown is None else shown
    side = _side(view)
    positions: dict[str, tuple[float, float]] = {}
    if view.focus in view.nodes:
        positions[view.focus] = (0.0, 0.0)
    others = [n for n in view.nodes.values() if n["uid"] not in positions]
    others.sort(key=lambda n: (n["ring"], n["type"], -weight.get(n["uid"], 0), n["name"]))
    rows = {d: _rows(view, [n for n in others if side[n["uid"]] == d], shown, width, scale) for d in (-1, 1)}
    while not 0 <= len(rows[-1]) - len(rows[1]) <= 1:              # balance: the far rows change sides
        big = -1 if len(rows[-1]) > len(rows[1]) else 1
        rows[-big].append(rows[big].pop())
    for direction in (-1, 1):
        far, nearer = 0.0, [view.focus]
        for k, row in enumerate(rows[direction]):
            # the rows on either side of a gap that a caption hangs into are further apart
            far += _step(scale) if any(u in shown for u in nearer) or any(u in shown for u, _ in row) else ROW
            nearer = [u for u, _ in row]
            y = direction * (far + (ROW * 0.25 if direction > 0 else 0.0))
            x = -sum(w for _, w in row) / 2
            shift = (ROW * 0.3) * (1 if k % 2 else -1)        # alternate rows so edges miss the captions
            for uid, w in row:
                positions[uid] = (x + w / 2 + shift, y)
                x += w
    return positions


def extent(view, positions: dict[str, tuple[float, float]], scale: float = 1.0, shown=None) -> tuple[float, float]:
    """Half-width and half-height of the drawing, captions (of `shown`, by default `labelled`) included."""
    shown = labelled(view) if shown is None else shown
    xs, ys = [80.0], [80.0]
    for uid, (x, y) in positions.items():
        half = caption_width(view.nodes[uid]["name"], scale) / 2 if uid in shown else 20.0
        xs.append(abs(x) + half)
        ys.append(abs(y) + 24.0 + FONT * 1.6 * scale)
    return max(xs), max(ys)


def _box(view, uid: str, x: float, y: float, shown: set) -> tuple[float, float, float, float]:
    """The rectangle a node and its caption take (left, top, right, bottom), with half a gap around."""
    half = (caption_width(view.nodes[uid]["name"]) if uid in shown else 24.0) / 2 + GAP / 2
    return x - half, y - 16.0, x + half, y + 16.0 + (FONT * 1.3 if uid in shown else 0.0)


class _Grid:
    """Occupied rectangles bucketed by cells, so a free place is found in time linear in what it meets."""

    CELL = 120.0

    def __init__(self):
        self.cells: dict[tuple[int, int], list[tuple]] = {}

    def _keys(self, box):
        c = self.CELL
        for i in range(int(math.floor(box[0] / c)), int(math.floor(box[2] / c)) + 1):
            for j in range(int(math.floor(box[1] / c)), int(math.floor(box[3] / c)) + 1):
                yield i, j

    def add(self, box) -> None:
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(box)

    def free(self, box) -> bool:
        return not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                       for key in self._keys(box) for b in self.cells.get(key, ()))


def beside(view, previous: dict, anchor: str | None = None) -> dict[str, tuple[float, float]]:
    """Positions after an expand, hide or other change of the same focus: every node drawn before keeps
    its place (`previous`), and each new node takes the nearest free place on rings around `anchor` (the
    expanded node; the focus when it is not drawn), its caption clear of every other."""
    shown = labelled(view)
    positions = {u: tuple(p) for u, p in previous.items() if u in view.nodes}
    grid = _Grid()
    for uid, (x, y) in positions.items():
        grid.add(_box(view, uid, x, y, shown))
    centre = positions.get(anchor) or positions.get(view.focus) or (0.0, 0.0)
    if not positions and view.focus in view.nodes:
        positions[view.focus] = centre
        grid.add(_box(view, view.focus, *centre, shown))
    fresh = [u for u in importance(view) if u not in positions]
    ring, angle = 1, 0.0
    for uid in fresh:
        while True:
            radius = ROW * 1.4 * ring
            x, y = centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)
            box = _box(view, uid, x, y, shown)
            step = (box[2] - box[0]) / radius / 2.5
            angle += step
            if angle >= 2 * math.pi:
                ring, angle = ring + 1, 0.0
            if grid.free(box):
                break
        positions[uid] = (round(x, 1), round(y, 1))
        grid.add(box)
    return positions


class Frame(NamedTuple):
    positions: dict
    zoom: float
    scale: float                 # captions are FONT × scale high in world units
    height: float                # pixels the drawing wants (the window's height when it was given)
    named: frozenset = frozenset()   # the nodes whose name is written (empty: decide from the view drawn)


MIN_FONT = 11.5                  # smallest caption on screen, pixels
HEIGHTS = (480.0, 1100.0)        # the graph's window grows with the view between these (pixels)
ROUNDS = 6                       # rounds to find a big view's caption scale
FEWEST = 20                      # a big view names at least this many nodes


def frame(view, width: float, height: float | None = None, previous: dict | None = None,
          anchor: str | None = None) -> Frame:
    """Positions, the initial zoom and the caption scale for a view drawn `width` pixels wide (and
    `height` high; by default as high as the view needs, within HEIGHTS). Rows are as wide as the window
    at zoom 1, so captions are FONT pixels high when the view fits; a taller view is zoomed out only down
    to MIN_FONT captions (then it runs past the window: scroll to see the rest). Views too big to label
    everything are fitted whole, filling the window, their named captions given room at the scale that
    writes them MIN_FONT high (see `_big_frame`). With `previous` positions, the nodes drawn before keep
    them and new ones go beside `anchor` (see `beside`); names then keep the room they had at zoom 1."""
    if len(view.nodes) > LABELLED and not previous:
        return _big_frame(view, width, height)
    positions = beside(view, previous, anchor) if previous else layout(view, max(300.0, width - 60))
    # a big view expanded in place: its names keep the room they had at zoom 1, readable once zoomed in
    return refit(view, Frame(positions, 0.0, 1.0, 0.0, frozenset(labelled(view))), width, height)


def refit(view, made: Frame, width: float, height: float | None = None) -> Frame:
    """`made` (a frame of `view`) fitted to a window `width` pixels wide (and `height` high; by default as
    high as the drawing needs, within HEIGHTS): the same positions, names and caption scale (so the names
    keep their room); views small enough to name every node are zoomed out no further than MIN_FONT."""
    height, fit = _fitted(view, made.positions, width, height, made.scale, made.named)
    if len(view.nodes) <= LABELLED:
        fit = max(fit, MIN_FONT / FONT)
    return made._replace(zoom=fit, height=height)


def _fitted(view, positions: dict, width: float, height: float | None, scale: float,
            named) -> tuple[float, float]:
    """The window's height (given, or as tall as the drawing needs within HEIGHTS) and the zoom that fits
    the drawing, the captions of `named` at `scale` included, in the window."""
    half_w, half_h = extent(view, positions, scale, named)
    if height is None:
        height = min(HEIGHTS[1], max(HEIGHTS[0], 2 * half_h * MIN_FONT / FONT + 30))
    return height, max(0.03, min(1.2, (width - 20) / (2 * half_w), (height - 20) / (2 * half_h)))


def _big_frame(view, width: float, height: float | None) -> Frame:
    """A view too big to name every node, fitted whole: rows as wide as make the drawing the window's shape
    (it fills the window rather than running down its middle), with room for the names of the most
    important nodes at the scale that writes them MIN_FONT pixels high when the view opens. When that many
    names cannot be readable at once (long names, many nodes), fewer are written, down to FEWEST."""
    order = importance(view)[:LABELLED]
    count = len(order)
    while True:
        fr = _scaled(view, width, height, frozenset(order[:count]))
        if FONT * fr.scale * fr.zoom >= MIN_FONT - 0.01 or count <= FEWEST:
            return fr
        count = max(FEWEST, count * 2 // 3)


def _scaled(view, width: float, height: float | None, named: frozenset) -> Frame:
    """The big view's frame naming `named`: the caption scale depends on the zoom, which depends on the room
    the captions take, so it is found in a few rounds; if they do not settle, the captions are written a
    little smaller than MIN_FONT, never on top of one another."""
    aspect = (width - 20) / ((height or HEIGHTS[1]) - 20)
    scale = 1.0
    for attempt in range(ROUNDS):
        room = sum(_room(view, uid, named, scale) for uid in view.nodes)
        positions = layout(view, max(300.0, width - 60, math.sqrt(aspect * room * _step(scale))), scale, named)
        tall, fit = _fitted(view, positions, width, height, scale, named)
        need = MIN_FONT / (FONT * fit)
        if need <= scale or attempt == ROUNDS - 1:
            break
        scale = need * 1.1
    return Frame(positions, fit, scale, tall, named)
