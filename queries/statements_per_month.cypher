// title: Statements about X per month
// description: A timeline: how many statements by a named speaker about an entity each month, and by how many speakers; undated statements are counted in the row whose month is empty. Read from the PairMonth rollup.
// param: target: string = Collective Security Treaty Organization
// suggest: target: MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN t.name AS value ORDER BY value
MATCH (r:PairMonth)
WHERE r.target_name = $target
RETURN r.month AS month, sum(r.statements) AS statements, count(DISTINCT r.speaker) AS speakers
ORDER BY month
