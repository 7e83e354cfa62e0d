// title: Statements by X about Y (by uid)
// description: statements_by_about.cypher by the speaker's and the target's uids. The name is resolved to its uid first (queries/name_anchor.py); `r.speaker = uid AND r.date >= ''` (every statement: SAID's date copy is the statement's date or 'undated') lets Neo4j read its SAID(speaker, date) index newest first and stop when the page is full, ordered by those copies (the statement's date, undated first). Same rows.
// param: speaker_uid: string
// param: target_uid: string
// param: limit: int = 100
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[r:SAID]->(s:Statement)-[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WHERE sp.uid = $speaker_uid AND r.speaker = $speaker_uid AND r.date >= '' AND t.uid = $target_uid
WITH sp, t, s, r ORDER BY r.speaker DESC, r.date DESC, s.text LIMIT $limit
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.kind AS kind, s.text AS quote, s.outlet AS outlet, s.sentence AS sentence,
       a.title AS article, a.url AS url
ORDER BY date DESC, quote
