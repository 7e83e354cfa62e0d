"""TargetMonth: one row per target x month (graph/rollups.py), the PairMonth rows of that target and month
summed, so "statements about X per month" reads a few dozen rows however many speakers talk about X.

  TargetMonth  target x month ('' undated): statements, speakers (distinct speakers: there is one PairMonth
               row per speaker, target and month, so it is the number of those rows), the target's name, type

A distinct count cannot be summed across writes, but a count of PairMonth rows can: every change to
PairMonth goes through `replace` (graph/rollups.py `_replace` — the write-time deltas, the recomputed keys,
a rebuild, a correction), which reads the rows it is about to replace, writes the new ones and adds the
difference (statements, and rows that appear or vanish) to the TargetMonth rows of the targets and months
involved. Writing the same rows again adds nothing, so re-ingest leaves TargetMonth unchanged; the cost is
that of the rows replaced, not of the target's other rows. `fill` builds the table from PairMonth for a
store whose rollups predate it.
"""
from __future__ import annotations

CHUNK = 5000
_OLD = ("UNWIND $uids AS u MATCH (r:PairMonth {uid: u}) "
        "RETURN r.target AS target, r.month AS month, r.statements AS statements")


def _row(target: str, month: str, name, kind, statements: int, speakers: int) -> dict:
    return {"uid": f"targetmonth:{target}|{month}", "type": "TargetMonth",
            "name": f"about {name} {month or 'undated'}", "target": target, "target_name": name,
            "target_type": kind, "month": month, "statements": statements, "speakers": speakers}


def replace(run, uids: list[str], rows: list[dict], write, replace_rows) -> None:
    """Replace PairMonth rows `uids` with `rows` (`write()` does it) and add the difference to TargetMonth
    (`replace_rows(run, label, uids, rows)` writes those)."""
    change: dict[tuple[str, str], list] = {}
    for r in run(_OLD, {"uids": uids}):
        c = change.setdefault((r["target"], r["month"]), [0, 0, None, None])
        c[0], c[1] = c[0] - (r["statements"] or 0), c[1] - 1
    write()
    for r in rows:
        c = change.setdefault((r["target"], r["month"]), [0, 0, None, None])
        c[0], c[1], c[2], c[3] = c[0] + r["statements"], c[1] + 1, r["target_name"], r["target_type"]
    if not change:
        return
    keys = [f"targetmonth:{t}|{m}" for t, m in sorted(change)]
    stored = {(r["target"], r["month"]): r for r in run(
        "UNWIND $uids AS u MATCH (r:TargetMonth {uid: u}) RETURN r.uid AS uid, r.type AS type, r.name AS name, "
        "r.target AS target, r.target_name AS target_name, r.target_type AS target_type, r.month AS month, "
        "r.statements AS statements, r.speakers AS speakers", {"uids": keys})}
    gone, made = [], []
    for (t, m), (statements, speakers, name, kind) in sorted(change.items()):
        old = stored.get((t, m), {})
        row = _row(t, m, name if name is not None else old.get("target_name"),
                   kind if kind is not None else old.get("target_type"),
                   (old.get("statements") or 0) + statements, (old.get("speakers") or 0) + speakers)
        if row != old:                                  # unchanged rows (a re-ingest) are not rewritten
            gone.append(row["uid"])
            made += [row] if row["speakers"] > 0 else []
    if gone:
        replace_rows(run, "TargetMonth", gone, made)


def fill(store, replace_rows) -> bool:
    """Build TargetMonth from PairMonth where the store has PairMonth rows and no TargetMonth; True if it did."""
    if store.rows("MATCH (r:TargetMonth) RETURN r.uid AS uid LIMIT 1") or \
            not store.rows("MATCH (r:PairMonth) RETURN r.uid AS uid LIMIT 1"):
        return False
    rows = [_row(r["target"], r["month"], r["name"], r["kind"], r["statements"], r["speakers"]) for r in store.rows(
        "MATCH (r:PairMonth) RETURN r.target AS target, r.month AS month, max(r.target_name) AS name, "
        "max(r.target_type) AS kind, sum(r.statements) AS statements, count(r) AS speakers")]
    for i in range(0, len(rows), CHUNK):
        part = rows[i:i + CHUNK]
        store.transact(lambda run, part=part: replace_rows(run, "TargetMonth", [r["uid"] for r in part], part))
    return True
