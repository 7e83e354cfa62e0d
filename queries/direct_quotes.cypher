// title: Direct quotes by X
// description: Verbatim quotations attributed to a speaker (kind 'direct'), with the evidence sentence and the article.
// param: speaker: string = Dmitry Polevoy
// suggest: speaker: MATCH (p:Person|State|Organization|Alliance|ArmedGroup|Media) RETURN p.name AS value ORDER BY value
// param: limit: int = 100
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)
WHERE sp.name = $speaker AND s.kind IN ['direct', 'mixed']
WITH s ORDER BY s.date DESC, s.text LIMIT $limit
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN s.date AS date, s.text AS quote, s.cue AS cue, s.outlet AS outlet, s.sentence AS sentence,
       a.title AS article, a.url AS url
ORDER BY date DESC, quote
