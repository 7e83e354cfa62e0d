// title: Who talks about X, and how often
// description: Every speaker with statements about an entity, with the number of statements, outlets and first and last date.
// param: target: string = Collective Security Treaty Organization
// suggest: target: MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN t.name AS value ORDER BY value
// param: limit: int = 50
// edge: speaker -> target : about (statements)
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WHERE t.name = $target
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       count(s) AS statements, count(DISTINCT s.outlet) AS outlets,
       min(s.date) AS first, max(s.date) AS last
ORDER BY statements DESC, speaker_name
LIMIT $limit
