// title: Direct quotes by X (by uid)
// description: direct_quotes.cypher by the speaker's uid. The name is resolved to its uid first (queries/name_anchor.py); `r.speaker = uid AND r.date >= ''` (every statement: SAID's date copy is the statement's date or 'undated') lets Neo4j read its SAID(speaker, date) index newest first and stop when the page is full, ordered by those copies (the statement's date, undated first). Same rows.
// param: speaker_uid: string
// param: limit: int = 100
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[r:SAID]->(s:Statement)
WHERE sp.uid = $speaker_uid AND r.speaker = $speaker_uid AND r.date >= '' AND s.kind IN ['direct', 'mixed']
WITH s, r ORDER BY r.speaker DESC, r.date DESC, s.text LIMIT $limit
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN s.date AS date, s.text AS quote, s.cue AS cue, s.outlet AS outlet, s.sentence AS sentence,
       a.title AS article, a.url AS url
ORDER BY date DESC, quote
