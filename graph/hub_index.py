"""Hub pages: the properties the model copies onto relationships from their ends (graph.model.DERIVED: the
speaker's uid and the statement's date on SAID), so a list of X's newest statements is one range read of
the Neo4j index on SAID(speaker, date) and costs the same for a hub as for anyone else.

The writer, the bulk export and curation set them on every SAID they make; `ensure` fills them, once, in a
store written before they existed (called when a store is opened, like the rollups' `ensure`).
"""
from __future__ import annotations

from graph.model import DERIVED, SPEAKER_LABELS, derived_set

BATCH = 20000


def missing(store) -> bool:
    """True when some SAID relationship lacks its copied properties."""
    first = DERIVED["SAID"][0][0]
    return bool(store.rows(f"MATCH ()-[r:SAID]->() WHERE r.{first} IS NULL RETURN 1 AS x LIMIT 1"))


def ensure(store) -> bool:
    """Fill the copied SAID properties where they are missing, about BATCH relationships per transaction
    (a hub's own in several); True if it did."""
    if not missing(store):
        return False
    first = DERIVED["SAID"][0][0]
    for label in SPEAKER_LABELS:
        counts = store.rows(f"MATCH (a:{label})-[r:SAID]->(:Statement) WHERE r.{first} IS NULL "
                            "RETURN a.uid AS uid, count(r) AS n")
        part, size = [], 0
        for row in counts + [{"uid": None, "n": BATCH}]:
            if part and (size + row["n"] > BATCH or row["uid"] is None):
                _fill(store, label, part)
                part, size = [], 0
            if row["uid"] is not None:
                part.append(row["uid"])
                size += row["n"]
    return True


def _fill(store, label: str, uids: list[str]) -> None:
    first = DERIVED["SAID"][0][0]
    while store.transact(lambda run: run(
            f"UNWIND $uids AS u MATCH (a:{label} {{uid: u}})-[r:SAID]->(b:Statement) WHERE r.{first} IS NULL "
            f"WITH a, r, b LIMIT $batch SET {derived_set('SAID')} RETURN count(r) AS n",
            {"uids": uids, "batch": BATCH}))[0]["n"] == BATCH:
        pass


def wrong(store) -> int:
    """SAID relationships whose copies disagree with their ends (0 in a sound store; tests check it)."""
    checks = " OR ".join(f"r.{p} IS NULL OR r.{p} <> " + (f"coalesce({end}.{q}, '{default}')" if default else f"{end}.{q}")
                         for p, end, q, default in DERIVED["SAID"])
    return store.rows(f"MATCH (a)-[r:SAID]->(b:Statement) WHERE {checks} RETURN count(r) AS c")[0]["c"]
