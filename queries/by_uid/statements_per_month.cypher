// title: Statements about X per month (by uid)
// description: statements_per_month.cypher by the target's uid, from the TargetMonth rollup (one row per target and month, graph/rollup_targets.py) instead of every speaker's PairMonth rows: a hub's timeline reads a few dozen rows. The name is resolved to its uid first (queries/name_anchor.py), so a name held by several entities runs the saved query, whose distinct speakers count across them. Same rows; undated statements in the row whose month is empty.
// param: target_uid: string
MATCH (r:TargetMonth)
WHERE r.target = $target_uid
RETURN r.month AS month, r.statements AS statements, r.speakers AS speakers
ORDER BY month
