"""Hub pages: the properties the model copies onto relationships from their ends (graph.model.DERIVED: the
speaker's uid and the statement's date on SAID), so a list of X's newest statements is one range read of
the Neo4j index on SAID(speaker, date) and costs the same for a hub as for anyone else.

The writer, the bulk export and curation set them on every SAID they make; `ensure` fills them, once, in a
store written before they existed (called when a store is opened, like the rollups' `ensure`).
"""
from __future__ import annotations

from graph.model import DERIVED, SPEAKER_LABELS, derived_set, derived_values

BATCH = 20000
FIRST = DERIVED["SAID"][0][0]         # the copy whose absence marks a SAID not filled yet


def _probe(store) -> dict | None:
    """The first SAID relationship a scan meets (the same one on every open): its ends and whether its
    copies are missing. `ensure` fills it last, so a fill that was cut short is seen and resumed."""
    rows = store.rows(f"MATCH (a)-[r:SAID]->(b:Statement) RETURN a.uid AS a, b.uid AS b, r.{FIRST} IS NULL AS missing "
                      "LIMIT 1")
    return rows[0] if rows else None


def missing(store) -> bool:
    """True when SAID relationships lack their copied properties (one relationship read, not a scan)."""
    probe = _probe(store)
    return bool(probe and probe["missing"])


def ensure(store) -> bool:
    """Fill the copied SAID properties where they are missing, about BATCH relationships per transaction
    (a hub's own in several), the probed one last; True if it did."""
    probe = _probe(store)
    if not (probe and probe["missing"]):
        return False
    for label in SPEAKER_LABELS:
        counts = store.rows(f"MATCH (a:{label})-[r:SAID]->(:Statement) WHERE r.{FIRST} IS NULL "
                            "RETURN a.uid AS uid, count(r) AS n")
        part, size = [], 0
        for row in counts + [{"uid": None, "n": BATCH}]:
            if part and (size + row["n"] > BATCH or row["uid"] is None):
                _fill(store, label, part, probe)
                part, size = [], 0
            if row["uid"] is not None:
                part.append(row["uid"])
                size += row["n"]
    _fill(store, _label(probe["a"]), [probe["a"]], None)
    return True


def _label(uid: str) -> str:
    return next(label for label in SPEAKER_LABELS if uid.startswith(label.lower() + ":"))


def _fill(store, label: str, uids: list[str], probe: dict | None) -> None:
    skip = " AND NOT (a.uid = $pa AND b.uid = $pb)" if probe else ""
    while store.transact(lambda run: run(
            f"UNWIND $uids AS u MATCH (a:{label} {{uid: u}})-[r:SAID]->(b:Statement) WHERE r.{FIRST} IS NULL{skip} "
            f"WITH a, r, b LIMIT $batch SET {derived_set('SAID')} RETURN count(r) AS n",
            {"uids": uids, "batch": BATCH, **({"pa": probe["a"], "pb": probe["b"]} if probe else {})}))[0]["n"] == BATCH:
        pass


def wrong(store) -> int:
    """SAID relationships whose copies disagree with their ends (0 in a sound store; tests check it)."""
    checks = " OR ".join(f"r.{p} IS NULL OR r.{p} <> {value}" for p, value in derived_values("SAID"))
    return store.rows(f"MATCH (a)-[r:SAID]->(b:Statement) WHERE {checks} RETURN count(r) AS c")[0]["c"]
