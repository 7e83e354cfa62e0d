// title: Most-quoted speakers in a date range
// description: Speakers ranked by the number of statements dated in the range, with how many articles quote them.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: limit: int = 25
MATCH (sp)-[:SAID]->(s:Statement)
WHERE s.date >= $since AND s.date <= $until
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       count(s) AS statements, count(DISTINCT s.article) AS articles
ORDER BY statements DESC, speaker_name
LIMIT $limit
