// title: Which outlets quote X
// description: Outlets that report statements by an entity, with counts and the date range.
// param: speaker: string = Rafik Tashmurov
// suggest: speaker: MATCH (p:Person|State|Organization|Alliance|ArmedGroup|Media) RETURN p.name AS value ORDER BY value
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)
WHERE sp.name = $speaker
RETURN s.outlet AS outlet, count(s) AS statements, min(s.date) AS first, max(s.date) AS last
ORDER BY statements DESC, outlet
