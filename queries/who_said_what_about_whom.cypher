// title: Who said what about whom (all pairs)
// description: Every speaker → target pair in a date range with its number of statements; the largest first.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: min_statements: int = 2
// param: limit: int = 200
// edge: speaker -> target : about (statements)
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
WHERE s.date >= $since AND s.date <= $until
WITH sp, t, count(s) AS statements
WHERE statements >= $min_statements
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type, statements
ORDER BY statements DESC, speaker_name, target_name
LIMIT $limit
