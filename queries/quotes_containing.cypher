// title: Quotes containing a word
// description: Statements whose text contains a word or phrase (case-insensitive), with speaker and outlet, dated on or after a day (undated statements included unless undated is false).
// param: words: string = border
// param: since: date = 2025-01-01
// param: undated: bool = true
// param: limit: int = 100
MATCH (s:Statement)
WHERE (s.date >= $since OR ($undated AND s.date IS NULL)) AND toLower(s.text) CONTAINS toLower($words)
WITH s ORDER BY s.date DESC, s.text LIMIT $limit
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet, s.kind AS kind
ORDER BY date DESC, quote
LIMIT $limit
