// title: Statements about X per month
// description: A timeline: how many statements about an entity each month, and by how many speakers.
// param: target: string = Collective Security Treaty Organization
// suggest: target: MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN t.name AS value ORDER BY value
MATCH (s:Statement)-[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WHERE t.name = $target AND s.date IS NOT NULL AND s.speaker IS NOT NULL
RETURN left(s.date, 7) AS month, count(s) AS statements, count(DISTINCT s.speaker) AS speakers
ORDER BY month
