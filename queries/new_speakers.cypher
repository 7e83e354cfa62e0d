// title: New speakers since a date
// description: Speakers whose first statement in the corpus is dated on or after a day (for example the first of this month): new voices in the debate.
// param: since: date = 2025-04-01
// param: limit: int = 50
MATCH (sp)-[:SAID]->(s:Statement)
WHERE s.date IS NOT NULL
WITH sp, min(s.date) AS first, count(s) AS statements
WHERE first >= $since
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type, first, statements
ORDER BY first, speaker_name
LIMIT $limit
