"""The neighbourhood explorer: the Cypher behind search, the entity graph and the statements on an edge.

All queries take parameters and stay in the subset that runs on Neo4j 5 and LadybugDB. Statement edges
are speaker → target pairs (`about` via ABOUT, `to` via TO) with the number of statements; affiliation,
leadership and membership are drawn as they are. Depth n = the focus plus what the user expanded, grown
n-1 times by its neighbours. Filters (entity types, date range, outlet) apply to statements and nodes; the
focus is always kept; the heaviest nodes are kept up to the cap and the rest counted in `left_out` (their
edges in `left_out_edges`); edges come strongest first. Unfiltered ABOUT edges are read from the PairMonth
rollup (graph/rollups.py), so a hub's neighbourhood sums a few hundred rows, not all its statements; so are
on Neo4j, ABOUT edges filtered by whole months only (`whole_months`: a quarter, a year) — where a statement dated
only by its month ('2025-04') counts in that month, which a raw `s.date >= '2025-04-01'` leaves out.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Optional

from graph.model import ANY_ENTITY, ANY_SPEAKER, ENTITY_LABELS, NODES, fold_search
from queries.viewmodel import View

STATEMENT_RELS = {"ABOUT": "about", "TO": "to"}
STRUCTURE_RELS = {"AFFILIATED_WITH": "affiliated", "LEADS": "leads", "MEMBER_OF": "member of"}
_LABEL_BY_PREFIX = {label.lower(): label for label in NODES}
MAX_DEPTH = 3



def where(*conditions: str) -> str:
    """A WHERE clause of the non-empty conditions joined by AND, or nothing."""
    kept = [c for c in conditions if c]
    return f"WHERE {' AND '.join(kept)} " if kept else ""


@dataclass
class Filters:
    types: list[str] = field(default_factory=lambda: list(ENTITY_LABELS))
    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    undated: bool = True           # with a date range set, keep statements that have no date
    collection: str = ""           # "sample", "loaded", "uploaded" or a name given at ingest

    # Only the filters that are set go into the query, as plain comparisons on the statement `s`. (A
    # "($x = '' OR ...)" form for unset ones made LadybugDB 0.22 over-count when combined with
    # `uid IN $uids` on a 100k-article graph: 920 statements where there were 155.)
    _CONDITIONS = {"date_from": "s.date >= $date_from", "date_to": "s.date <= $date_to",
                   "outlet": "s.outlet = $outlet", "collection": "s.collection = $collection"}

    def condition(self) -> str:
        dates = " AND ".join(self._CONDITIONS[k] for k in ("date_from", "date_to") if getattr(self, k))
        if dates and self.undated:
            dates = f"(s.date IS NULL OR ({dates}))"
        exact = [self._CONDITIONS[k] for k in ("outlet", "collection") if getattr(self, k)]
        return " AND ".join(c for c in (dates, *exact) if c)

    def params(self) -> dict:
        return {key: getattr(self, key) for key in self._CONDITIONS if getattr(self, key)}


def label_of(uid: str) -> str:
    """The label a uid belongs to ('person:…' → Person); raises ValueError for anything else."""
    label = _LABEL_BY_PREFIX.get(uid.partition(":")[0])
    if not label:
        raise ValueError(f"not a whosaid id: {uid[:60]!r}")
    return label


def search_options(store, limit: int = 20000) -> list[dict]:
    """Every entity with its aliases and mention count, most mentioned first (from the EntityCount rollup;
    type-ahead search itself is `queries.search.search`, which does not read them all)."""
    if store.config.engine == "neo4j":        # one row, a list per column: the driver decodes 4,000 rows 3x
        keys = ("uid", "name", "type", "aliases", "mentions")   # slower, and 4,000 small lists 2x slower
        row = store.rows("MATCH (r:EntityCount) WITH r ORDER BY r.mentions DESC, r.entity_name LIMIT $limit "
                         "WITH collect(r) AS rs RETURN [r IN rs | r.entity] AS uid, "
                         "[r IN rs | r.entity_name] AS name, [r IN rs | r.entity_type] AS type, "
                         "[r IN rs | r.aliases] AS aliases, [r IN rs | r.mentions] AS mentions", {"limit": limit})[0]
        return [dict(zip(keys, values)) for values in zip(*(row[k] for k in keys))]
    return store.rows("MATCH (r:EntityCount) RETURN r.entity AS uid, r.entity_name AS name, r.entity_type AS type, "
                      "r.aliases AS aliases, r.mentions AS mentions ORDER BY mentions DESC, name LIMIT $limit",
                      {"limit": limit})


_fold = fold_search


def _tier(query: str, name: str) -> int:
    """How well one name matches: 0 exact, 1 prefix, 2 a word starts with it, 3 substring, 4 in-order
    letters, 5 no match."""
    if name == query:
        return 0
    if name.startswith(query):
        return 1
    if (" " + name).find(" " + query) >= 0:
        return 2
    if query in name:
        return 3
    at = 0
    for ch in query.replace(" ", ""):
        at = name.find(ch, at) + 1
        if not at:
            return 5
    return 4


def rank(options: list[dict], query: str, limit: int = 8) -> list[dict]:
    """Search hits for `query` among `search_options`: an exact name or alias first, then names starting
    with it, then a word starting with it, then containing it, then its letters in order; most-mentioned
    first within a tier. Case and accents are ignored."""
    q = _fold(query)
    if not q:
        return []
    scored = []
    for o in options:
        tier = min(_tier(q, _fold(n)) for n in [o.get("name"), *(o.get("aliases") or [])] if n) \
            if o.get("name") else 5
        if tier < 5:
            scored.append((tier, -(o.get("mentions") or 0), _fold(o.get("name")), o))
    scored.sort(key=lambda t: t[:3])
    return [t[3] for t in scored[:limit]]


def collections(store) -> list[str]:
    """The collections articles are filed under ("sample", "loaded", …)."""
    return sorted(r["c"] for r in store.rows("MATCH (a:Article) RETURN DISTINCT a.collection AS c") if r["c"])


def outlets(store) -> list[str]:
    return sorted(r["outlet"] for r in store.rows("MATCH (a:Article) RETURN DISTINCT a.outlet AS outlet")
                  if r["outlet"])


def entity(store, uid: str) -> Optional[dict]:
    rows = store.rows(f"MATCH (n:{label_of(uid)} {{uid: $uid}}) RETURN n.uid AS uid, n.name AS name, "
                      "n.type AS type, n.aliases AS aliases, n.roles AS roles", {"uid": uid})
    return rows[0] if rows else None


def _has_stance() -> bool:
    """Statement relationships carry a `stance` once the model declares it (both engines then store it)."""
    from graph.model import RELATIONSHIPS
    return all("stance" in RELATIONSHIPS[rel].properties for rel in STATEMENT_RELS)


def _statement_edges(store, uids: list[str], filters: Filters) -> list[dict]:
    out, seen = [], set()
    stance = _has_stance()
    for rel, kind in STATEMENT_RELS.items():
        # whole months from the rollup on Neo4j, where PairMonth is indexed by speaker; the embedded store
        # scans PairMonth, slower there than a typical speaker's own statements (11 ms against 145)
        months = whole_months(filters) and store.config.engine == "neo4j"
        if rel == "ABOUT" and stance and (not filters.condition() or months):     # read the PairMonth rollup
            out += _new_edges(_about_from_rollup(store, uids, filters if months else None), kind, seen)
            continue
        sides = ("sp", "t")                        # one indexed side per part (an OR would scan)
        for rows in _parts(store, lambda i: (
                f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[r:{rel}]->(t:{ANY_ENTITY}) "
                f"{where(f'{sides[i]}.uid IN $uids', filters.condition())}"
                f"RETURN {i} AS part, sp.uid AS source, sp.type AS source_type, sp.name AS source_name, "
                "t.uid AS target, t.type AS target_type, t.name AS target_name, "
                + ("r.stance AS stance, " if stance else "") + "count(s) AS n"), len(sides),
                {"uids": uids, **filters.params()}):
            out += _new_edges(_by_pair(rows) if stance else rows, kind, seen)
    return out


def _parts(store, query, parts: int, params: dict) -> list[list[dict]]:
    """The rows of `query(i)` for each part i (each returning `i AS part`), asked for in one round trip."""
    rows = store.rows(" UNION ALL ".join(query(i) for i in range(parts)), params)
    return [[{k: v for k, v in r.items() if k != "part"} for r in rows if r["part"] == i] for i in range(parts)]


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def whole_months(filters: Filters) -> bool:
    """True when the filters are a date range of whole months only (from a 1st, to a month's last day,
    either end open), which the PairMonth rollup answers exactly."""
    if filters.outlet or filters.collection or not (filters.date_from or filters.date_to):
        return False
    start, end = filters.date_from, filters.date_to
    if start and not (_DAY.match(start) and start.endswith("-01")):
        return False
    if end and not (_DAY.match(end) and 1 <= int(end[5:7]) <= 12
                    and int(end[8:]) == calendar.monthrange(int(end[:4]), int(end[5:7]))[1]):
        return False
    return True


def _month_condition(filters: Filters) -> tuple[str, dict]:
    """The rollup rows of the filters' months (month '' holds undated statements)."""
    conds, params = ["r.month <> ''"], {}
    if filters.date_from:
        conds.append("r.month >= $month_from")
        params["month_from"] = filters.date_from[:7]
    if filters.date_to:
        conds.append("r.month <= $month_to")
        params["month_to"] = filters.date_to[:7]
    dated = " AND ".join(conds)
    return (f"(r.month = '' OR ({dated}))" if filters.undated else dated), params


def _about_from_rollup(store, uids: list[str], filters: Optional[Filters] = None) -> list[dict]:
    """Speaker -> target ABOUT edges of these nodes with their stance counts, summed over PairMonth rows
    (a hub's few hundred pairs, not its thousands of statements); with `filters`, only their months."""
    months, params = _month_condition(filters) if filters else ("", {})
    sides = ("speaker", "target")
    rows = [r for part in _parts(store, lambda i: (
        f"MATCH (r:PairMonth) WHERE r.{sides[i]} IN $uids {'AND ' + months + ' ' if months else ''}"
        f"RETURN {i} AS part, r.speaker AS source, r.speaker_type AS source_type, r.speaker_name AS source_name, "
        "r.target AS target, r.target_type AS target_type, r.target_name AS target_name, "
        "sum(r.statements) AS n, sum(r.support) AS support, sum(r.oppose) AS oppose, sum(r.neutral) AS neutral"),
        len(sides), {"uids": uids, **params}) for r in part]
    for r in rows:
        counts = {k: r.pop(k) for k in ("support", "oppose", "neutral")}
        r["stances"] = {k: n for k, n in counts.items() if n}
    return rows


def _by_pair(rows: list[dict]) -> list[dict]:
    """Rows split by stance merged back into one row per speaker → target, with `stances` counted."""
    pairs: dict[tuple, dict] = {}
    for r in rows:
        row = pairs.setdefault((r["source"], r["target"]), {**r, "n": 0, "stances": {}})
        row["n"] += r["n"]
        if r.get("stance"):
            row["stances"][r["stance"]] = row["stances"].get(r["stance"], 0) + r["n"]
    return list(pairs.values())


def _structure_edges(store, uids: list[str]) -> list[dict]:
    out, seen = [], set()
    parts = [(rel, kind, side) for rel, kind in STRUCTURE_RELS.items() for side in ("a", "b")]
    found = _parts(store, lambda i: (
        f"MATCH (a:{ANY_ENTITY})-[:{parts[i][0]}]->(b:{ANY_ENTITY}) WHERE {parts[i][2]}.uid IN $uids "
        f"RETURN {i} AS part, a.uid AS source, a.type AS source_type, a.name AS source_name, "
        "b.uid AS target, b.type AS target_type, b.name AS target_name, 1 AS n"), len(parts), {"uids": uids})
    for part, rows in zip(parts, found):
        out += _new_edges(rows, part[1], seen)
    return out


def _new_edges(rows: list[dict], kind: str, seen: set) -> list[dict]:
    fresh = []
    for r in rows:
        key = (kind, r["source"], r["target"])
        if key not in seen:
            seen.add(key)
            fresh.append({**r, "kind": kind})
    return fresh


def add_mentions(store, view: View) -> None:
    """Set each node's `mentions` (articles that mention it), which sizes it."""
    if not view.nodes:
        return
    rows = store.rows("UNWIND $uids AS u MATCH (r:EntityCount {uid: u}) RETURN r.entity AS uid, r.mentions AS c",
                      {"uids": [f"entitycount:{u}" for u in view.nodes]})
    for r in rows:
        view.nodes[r["uid"]]["mentions"] = r["c"]


def neighbourhood(store, focus: str, depth: int = 1, filters: Optional[Filters] = None,
                  expanded: tuple[str, ...] = (), hidden: tuple[str, ...] = (), cap: int = 150) -> View:
    """The focus entity's neighbourhood as a View (see the module docstring)."""
    filters = filters or Filters()
    view = View(focus=focus)
    found = entity(store, focus)
    if not found:
        return view
    view.add_node(focus, found["type"], found["name"], ring=0)
    frontier = list(dict.fromkeys([focus, *expanded]))
    seen = set(frontier)
    allowed_types = set(filters.types)
    blocked = set(hidden) - {focus}
    for ring in range(1, max(1, min(depth, MAX_DEPTH)) + 1):
        edges = _statement_edges(store, frontier, filters) + _structure_edges(store, frontier)
        grown, earlier = [], set(view.edges)            # an edge found in an earlier ring is counted once
        for e in edges:
            if f"{e['kind']}|{e['source']}|{e['target']}" in earlier:
                continue
            ends = ((e["source"], e["source_type"], e["source_name"]),
                    (e["target"], e["target_type"], e["target_name"]))
            unwanted = any(uid in blocked or (uid != focus and typ not in allowed_types) for uid, typ, _ in ends)
            if unwanted or e["source"] == e["target"]:
                continue
            for uid, typ, name in ends:
                view.add_node(uid, typ, name, ring)
                if uid not in seen:
                    seen.add(uid)
                    grown.append(uid)
            edge = view.edges[view.add_edge(e["source"], e["target"], e["kind"], e["n"])]
            for stance, n in (e.get("stances") or {}).items():
                edge.setdefault("stances", {})[stance] = edge.get("stances", {}).get(stance, 0) + n
        frontier = grown
        if not frontier:
            break
    add_mentions(store, view)
    _apply_cap(view, cap, pinned=[focus, *expanded])
    view.edges = dict(sorted(view.edges.items(), key=lambda kv: (-kv[1]["count"], kv[0])))   # strongest first
    return view


def _apply_cap(view: View, cap: int, pinned: list[str]) -> None:
    if len(view.nodes) <= cap:
        return
    weight = view.degree()
    first = [u for u in dict.fromkeys(pinned) if u in view.nodes]
    rest = sorted((u for u in view.nodes if u not in first),
                  key=lambda u: (view.nodes[u]["ring"], -weight[u], -view.nodes[u]["mentions"], u))
    kept = (first + rest)[:max(cap, len(first))]
    view.left_out, edges = len(view.nodes) - len(kept), len(view.edges)
    view.keep(kept)
    view.left_out_edges = edges - len(view.edges)


_STATEMENT_COLUMNS = ("s.uid AS uid, sp.name AS speaker, t.name AS target, s.date AS date, s.text AS quote, "
                      "s.kind AS kind, s.outlet AS outlet, s.sentence AS sentence, a.title AS article, "
                      "coalesce(a.url, '') AS url")


def edge_statements(store, edge_id: str, filters: Optional[Filters] = None, limit: int = 500) -> list[dict]:
    """The statements behind one speaker → target edge of the view (empty for structural edges)."""
    kind, source, target = (edge_id.split("|") + ["", ""])[:3]
    rel = {v: k for k, v in STATEMENT_RELS.items()}.get(kind)
    if not rel:
        return []
    filters = filters or Filters()
    return store.rows(
        f"MATCH (sp:{label_of(source)} {{uid: $source}})-[:SAID]->(s:Statement)-[:{rel}]->"
        f"(t:{label_of(target)} {{uid: $target}}) {where(filters.condition())}"
        f"OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) RETURN {_STATEMENT_COLUMNS} "
        "ORDER BY date DESC, quote LIMIT $limit",
        {"source": source, "target": target, "limit": limit, **filters.params()})


def view_statements(store, view: View, filters: Optional[Filters] = None, limit: int = 5000) -> list[dict]:
    """Every statement behind the statement edges of a view, for snapshots (with the speaker and target
    uids, so each row can be put on its edge `relation|speaker_uid|target_uid`)."""
    filters = filters or Filters()
    uids = list(view.nodes)
    rows = []
    for rel, kind in STATEMENT_RELS.items():
        rows += [{**r, "relation": kind} for r in store.rows(
            f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[:{rel}]->(t:{ANY_ENTITY}) "
            f"{where('sp.uid IN $uids AND t.uid IN $uids', filters.condition())}"
            f"OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) RETURN {_STATEMENT_COLUMNS}, "
            "sp.uid AS speaker_uid, t.uid AS target_uid "
            "ORDER BY date DESC, quote LIMIT $limit", {"uids": uids, "limit": limit, **filters.params()})]
    return rows


def matrix(view: View) -> tuple[list[str], list[dict]]:
    """Who said what about whom in the view: one row per speaker, one column per target, statement counts."""
    names = {u: n["name"] for u, n in view.nodes.items()}
    cells: dict[str, dict[str, int]] = {}
    for e in view.edges.values():
        if e["kind"] in STATEMENT_RELS.values():
            row = cells.setdefault(names[e["source"]], {})
            row[names[e["target"]]] = row.get(names[e["target"]], 0) + e["count"]
    targets = sorted({t for row in cells.values() for t in row},
                     key=lambda t: -sum(row.get(t, 0) for row in cells.values()))
    rows = [{"speaker": s, **{t: row.get(t, 0) for t in targets}}
            for s, row in sorted(cells.items(), key=lambda kv: -sum(kv[1].values()))]
    return ["speaker", *targets], rows
