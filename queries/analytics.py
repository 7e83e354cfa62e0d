"""Graph analytics over the actor graph: key actors, camps, and evidence-backed paths between two actors.

The actor graph is a projection of the stored graph: one node per speaker or target, one weighted edge
speaker -> target per pair joined by statements (SAID then ABOUT or TO), weighted by how many statements
join them, within the analyst's filters (date range, outlet, a topic entity the statements are about).
It is read with one aggregate query per relationship type, in the Cypher subset both engines run, and
computed here with igraph, so Neo4j and the embedded store give the same answers (igraph measured on the
projection of 100k synthetic articles, 3,886 actors and 73k edges: PageRank 0.03 s, Louvain 0.07 s,
betweenness from 300 sampled sources 0.26 s; networkx took 0.4 s, 1.1 s and 13 s for the same):

- key actors: PageRank (influence in who-talks-about-whom), betweenness (brokers; from sources sampled
  with a fixed seed above `EXACT_BETWEENNESS` actors), statements made, times addressed, times discussed;
- camps: Louvain communities (fixed seed) of the undirected graph; where statements carry a stance,
  support counts double and opposition does not join two actors, so camps are coalitions, not topics;
- paths: the shortest chain of actors between two actors, each hop with the statement behind it.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional

import igraph as ig

from graph.model import ANY_ENTITY, ANY_SPEAKER, RELATIONSHIPS
from queries.explore import STATEMENT_RELS, Filters, edge_statements, label_of, where

EXACT_BETWEENNESS = 2000      # above this many actors, betweenness is estimated from sampled sources
BETWEENNESS_SAMPLES = 300
SEED = 42


@dataclass(frozen=True)
class Scope:
    """What part of the graph the analytics read: the explorer's filters plus an optional topic."""

    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    topic: str = ""             # uid of an entity the statements must be about

    def filters(self) -> Filters:
        return Filters(date_from=self.date_from, date_to=self.date_to, outlet=self.outlet)


@dataclass
class ActorGraph:
    """The projection as plain data: actors by uid, and speaker -> target edges with statement counts."""

    actors: dict[str, dict] = field(default_factory=dict)       # uid -> name, type, said, addressed, discussed
    edges: dict[tuple[str, str], dict] = field(default_factory=dict)  # (speaker, target) -> weight, support, oppose

    def add(self, source: str, target: str, kind: str, n: int, support: int = 0, oppose: int = 0) -> None:
        self.actors[source]["said"] += n
        self.actors[target]["addressed" if kind == "to" else "discussed"] += n
        edge = self.edges.setdefault((source, target), {"weight": 0, "support": 0, "oppose": 0})
        edge["weight"] += n
        edge["support"] += support
        edge["oppose"] += oppose

    def igraph(self, directed: bool = True, weight=lambda e: e["weight"]) -> tuple[ig.Graph, list[str]]:
        """The projection as an igraph graph (edges of weight <= 0 left out) and the uid of each vertex."""
        uids = sorted(self.actors)
        index = {u: i for i, u in enumerate(uids)}
        pairs, weights = [], []
        for (a, b), e in self.edges.items():
            if weight(e) > 0:
                pairs.append((index[a], index[b]))
                weights.append(weight(e))
        g = ig.Graph(n=len(uids), edges=pairs, directed=True)
        g.es["weight"] = weights
        if not directed:
            g = g.as_undirected(combine_edges={"weight": "sum"})
        return g, uids


def _has_stance(rel: str) -> bool:
    return "stance" in RELATIONSHIPS[rel].properties


def actor_graph(store, scope: Scope = Scope()) -> ActorGraph:
    """The actor projection of the store within `scope` (see the module docstring): one aggregate query per
    relationship type, grouped on the two uids only, then one look-up of the actors' names and types
    (grouping on the names as well cost a third more at 100k articles: 2.1 s against 1.4 s)."""
    filters = scope.filters()
    params = filters.params()
    topic = ""
    if scope.topic:
        topic = f"MATCH (s)-[:ABOUT]->(topic:{label_of(scope.topic)} {{uid: $topic}}) "
        params["topic"] = scope.topic
    edges = []
    for rel, kind in STATEMENT_RELS.items():
        stance = (", sum(CASE WHEN r.stance = 'support' THEN 1 ELSE 0 END) AS support, "
                  "sum(CASE WHEN r.stance = 'oppose' THEN 1 ELSE 0 END) AS oppose") if _has_stance(rel) else ""
        edges += [(kind, r) for r in store.rows(
            f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[r:{rel}]->(t:{ANY_ENTITY}) {topic}"
            f"{where(filters.condition())}"
            f"RETURN sp.uid AS source, t.uid AS target, count(s) AS n{stance}", params)
            if r["source"] != r["target"]]
    uids = sorted({r[end] for _, r in edges for end in ("source", "target")})
    out = ActorGraph()
    if uids:
        for r in store.rows(f"MATCH (n:{ANY_ENTITY}) WHERE n.uid IN $uids "
                            "RETURN n.uid AS uid, n.name AS name, n.type AS type", {"uids": uids}):
            out.actors[r["uid"]] = {"name": r["name"], "type": r["type"], "said": 0, "addressed": 0,
                                    "discussed": 0}
    for kind, r in edges:
        out.add(r["source"], r["target"], kind, r["n"], r.get("support") or 0, r.get("oppose") or 0)
    return out


def _pagerank(actors: ActorGraph) -> dict[str, float]:
    g, uids = actors.igraph()
    return dict(zip(uids, g.pagerank(weights="weight"))) if uids else {}


def influence(actors: ActorGraph) -> dict[str, float]:
    """PageRank of every actor, scaled so the most influential is 1.0 (for node sizes)."""
    rank = _pagerank(actors)
    top = max(rank.values(), default=0.0)
    return {u: r / top for u, r in rank.items()} if top > 0 else {}


def _seeded(fn):
    """Run an igraph call that draws random numbers from a fixed seed (igraph uses Python's `random`)."""
    state = random.getstate()
    random.seed(SEED)
    try:
        return fn()
    finally:
        random.setstate(state)


def key_actors(actors: ActorGraph, limit: int = 25) -> list[dict]:
    """Actors ranked by PageRank, with betweenness (normalised to 0..1) and their statement counts."""
    if not actors.actors:
        return []
    rank = _pagerank(actors)
    und, uids = actors.igraph(directed=False)
    n = len(uids)
    if n <= EXACT_BETWEENNESS:
        between, scale = und.betweenness(), 1.0
    else:
        sources = _seeded(lambda: random.sample(range(n), BETWEENNESS_SAMPLES))
        between, scale = und.betweenness(sources=sources), n / BETWEENNESS_SAMPLES
    pairs = (n - 1) * (n - 2) / 2 if n > 2 else 1
    brokers = {u: b * scale / pairs for u, b in zip(uids, between)}
    rows = [{"uid": u, "name": d["name"], "type": d["type"], "influence": round(rank[u], 6),
             "broker": round(brokers[u], 6), "said": d["said"], "addressed": d["addressed"],
             "discussed": d["discussed"]} for u, d in actors.actors.items()]
    rows.sort(key=lambda r: (-r["influence"], -r["said"], r["name"] or ""))
    return rows[:limit]


def _camp_weight(edge: dict) -> int:
    """Weight for community detection: support counts double, opposition joins nobody."""
    return edge["weight"] + edge["support"] - 2 * edge["oppose"]


def camps(actors: ActorGraph, members: int = 8, min_size: int = 2) -> list[dict]:
    """Communities of actors who talk about each other, largest first, with their most central members."""
    und, uids = actors.igraph(directed=False, weight=_camp_weight)
    if und.ecount() == 0:
        return []
    groups = _seeded(lambda: und.community_multilevel(weights="weight"))
    rank = _pagerank(actors)
    names = actors.actors
    out = []
    for group in groups:
        group = {uids[i] for i in group}
        if len(group) < min_size:
            continue
        ranked = sorted(group, key=lambda u: (-rank.get(u, 0.0), names[u]["name"] or "", u))
        inside = sum(e["weight"] for (a, b), e in actors.edges.items() if a in group and b in group)
        out.append({"size": len(group), "statements": inside,
                    "members": [{"uid": u, "name": names[u]["name"], "type": names[u]["type"]}
                                for u in ranked[:members]]})
    out.sort(key=lambda c: (-c["size"], -c["statements"], c["members"][0]["name"] or ""))
    for number, camp in enumerate(out, 1):
        camp["camp"] = number
    return out


def path(store, actors: ActorGraph, source: str, target: str, scope: Scope = Scope(),
         max_hops: int = 6) -> Optional[list[dict]]:
    """The shortest chain of actors from `source` to `target` (statements in either direction), each hop
    with its newest statement as evidence; None when no chain of at most `max_hops` exists."""
    if source not in actors.actors or target not in actors.actors:
        return None
    und, uids = actors.igraph(directed=False)
    index = {u: i for i, u in enumerate(uids)}
    chain = [uids[i] for i in und.get_shortest_path(index[source], index[target])]
    if len(chain) < 2 or len(chain) - 1 > max_hops:
        return None
    names = actors.actors
    hops = []
    for a, b in zip(chain, chain[1:]):
        speaker, other = (a, b) if (a, b) in actors.edges else (b, a)
        evidence = []
        for kind in STATEMENT_RELS.values():
            evidence += edge_statements(store, f"{kind}|{speaker}|{other}", scope.filters(), limit=1)
        best = max(evidence, key=lambda r: r.get("date") or "", default={})
        hops.append({"from": names[a]["name"], "to": names[b]["name"], "speaker": names[speaker]["name"],
                     "statements": actors.edges[speaker, other]["weight"], "quote": best.get("quote"),
                     "date": best.get("date"), "article": best.get("article"), "url": best.get("url")})
    return hops
