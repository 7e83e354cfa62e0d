"""Writes a graph fragment through any store's transaction: the Cypher is the same on both engines.

`write_fragment(run, fragment)` takes `run(cypher, params) -> list[dict]`, bound by the store to one open
transaction, so one article's graph (or a batch of whole articles: a list of fragments) is written whole or
not at all; a batch gives exactly the graph its articles give written one by one in that order. Entities
are first mapped onto the nodes the store already holds under another form of their name
(`graph/identity.py`), then MERGEd on `uid` (on the embedded store a new article, its statements and their
relationships, which the store cannot hold yet, are CREATEd: there a MERGE costs a join with the whole table); their alias and role lists are unioned with what the store
already holds and the fuller name becomes the name; relationships are MERGEd on their endpoints, so
writing the same fragment twice changes nothing. Analysts' corrections (graph/curation.py)
are applied last, so a merged, retyped or flagged node stays so. The rollups of exactly the keys written
are recomputed in the same transaction (graph/rollups.py).
"""
from __future__ import annotations

from typing import Callable

from graph.curation_log import apply_to_fragment
from graph.fragment import Fragment, merge_unique, search_key
from graph.identity import KEY_LABEL, fuller
from graph.identity import resolve_in_order
from graph.model import ENTITY_LABELS, NODES, RELATIONSHIPS, ROLLUP_LABELS, derived_props, derived_set
from graph.rollup_deltas import new_articles
from graph.rollups import after_write as refresh_rollups

Run = Callable[[str, dict], list[dict]]

_ENTITY_LISTS = ("name", "aliases", "roles", "search")   # set on match too: the fuller name wins


def _node_merge(label: str) -> str:
    props = [p for p in NODES[label].properties if p != "uid"]
    on_create = ", ".join(f"n.{p} = row.{p}" for p in props)
    if label == KEY_LABEL:
        return (f"UNWIND $rows AS row MERGE (n:{label} {{uid: row.uid}}) "
                f"ON CREATE SET {on_create} ON MATCH SET n.targets = row.targets")
    if label in ENTITY_LABELS:
        lists = ", ".join(f"n.{p} = row.{p}" for p in _ENTITY_LISTS)
        return (f"UNWIND $rows AS row MERGE (n:{label} {{uid: row.uid}}) "
                f"ON CREATE SET {on_create} ON MATCH SET {lists}")
    return f"UNWIND $rows AS row MERGE (n:{label} {{uid: row.uid}}) ON CREATE SET {on_create}"


def _node_create(label: str) -> str:
    return f"UNWIND $rows AS row CREATE (n:{label} {{{', '.join(f'{p}: row.{p}' for p in NODES[label].properties)}}})"


def _rel_merge(rel_type: str, a: str, b: str, create: bool = False) -> str:
    derived = derived_props(rel_type)
    props = [p for p in RELATIONSHIPS[rel_type].properties if p not in derived]
    copies = (" SET " + derived_set(rel_type)) if derived else ""     # from the ends as stored
    ends = f"UNWIND $rows AS row MATCH (a:{a} {{uid: row.a}}) MATCH (b:{b} {{uid: row.b}}) "
    if create:
        values = " {" + ", ".join(f"{p}: row.{p}" for p in props) + "}" if props else ""
        return ends + f"CREATE (a)-[r:{rel_type}{values}]->(b){copies}"
    on_create = (" ON CREATE SET " + ", ".join(f"r.{p} = row.{p}" for p in props)) if props else ""
    return ends + f"MERGE (a)-[r:{rel_type}]->(b){on_create}{copies}"


def _new_nodes(fragment: Fragment, new: set[str]) -> set[str]:
    """The uids of the new articles and of their statements: nodes the store cannot hold yet (a
    statement's uid is derived from its article's), so they and their relationships are CREATEd; a MERGE
    on the embedded store joins against the whole table and grew with the graph."""
    statements = {u for u, row in fragment.nodes.get("Statement", {}).items() if row.get("article") in new}
    return statements | (new & set(fragment.nodes.get("Article", {})))


def _rows_split(rows: list[dict], is_new) -> tuple[list[dict], list[dict]]:
    fresh = [r for r in rows if is_new(r)]
    return fresh, [r for r in rows if not is_new(r)]


def _with_existing_lists(run: Run, fragment: Fragment) -> dict[str, list[dict]]:
    """Entity rows by label, each with its aliases and roles unioned with those already stored under the
    same uid (one key look-up per entity label)."""
    by_label = {label: list(fragment.nodes[label].values()) for label in ENTITY_LABELS
                if fragment.nodes.get(label)}
    uids = [r["uid"] for rows in by_label.values() for r in rows]
    if not uids:
        return by_label
    found = [r for label, rows in by_label.items() for r in run(
        f"UNWIND $uids AS u MATCH (n:{label} {{uid: u}}) "       # key look-ups, not a scan of every entity
        "RETURN n.uid AS uid, n.name AS name, n.aliases AS aliases, n.roles AS roles", {"uids": [r["uid"] for r in rows]})]
    stored = {f["uid"]: f for f in found}
    for label, rows in by_label.items():
        merged = []
        for row in rows:
            old = stored.get(row["uid"])
            if old:
                name = fuller(old["name"], row["name"])
                aliases = [a for a in merge_unique([name], [old["name"]], old["aliases"] or [], [row["name"]],
                                                    row["aliases"])[1:]]
                row = {**row, "name": name, "aliases": aliases,
                       "roles": merge_unique(old["roles"] or [], row["roles"]), "search": search_key(name, aliases)}
            merged.append(row)
        by_label[label] = merged
    return by_label


def write_fragment(run: Run, fragment: Fragment | list[Fragment], create_new: bool = True) -> None:
    """Write one article's fragment, or several articles' fragments (in input order) as one. With
    `create_new` (the embedded store: one writing process), a new article's nodes and relationships are
    CREATEd; without it (Neo4j, where two loaders may write the same new article at once and its MERGE
    is an index look-up) everything is MERGEd."""
    fragment = resolve_in_order(run, fragment if isinstance(fragment, list) else [fragment])
    fragment = apply_to_fragment(run, fragment)      # analysts' corrections outlive re-ingest
    new = new_articles(run, fragment)                # before the MERGEs: the rollups add these as deltas
    created = _new_nodes(fragment, new) if create_new else set()
    entities = _with_existing_lists(run, fragment)
    for label, by_uid in fragment.nodes.items():
        rows = entities.get(label, []) if label in ENTITY_LABELS else list(by_uid.values())
        fresh, rows = _rows_split(rows, lambda r: r["uid"] in created)
        if fresh:
            run(_node_create(label), {"rows": fresh})
        if rows:
            run(_node_merge(label), {"rows": rows})
    for (rel_type, a, b), by_pair in fragment.rels.items():
        fresh, rows = _rows_split(list(by_pair.values()), lambda r: r["a"] in created or r["b"] in created)
        if fresh:
            run(_rel_merge(rel_type, a, b, create=True), {"rows": fresh})
        if rows:
            run(_rel_merge(rel_type, a, b), {"rows": rows})
    refresh_rollups(run, fragment, new)              # the aggregates of exactly the keys written


def count_queries() -> dict[str, str]:
    """Portable per-label and per-type count queries, keyed 'Label' / ':TYPE'."""
    queries = {label: f"MATCH (n:{label}) RETURN count(n) AS c" for label in NODES
               if label != KEY_LABEL and label not in ROLLUP_LABELS}
    queries.update({f":{t}": f"MATCH ()-[r:{t}]->() RETURN count(r) AS c" for t in RELATIONSHIPS})
    return queries
