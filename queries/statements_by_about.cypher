// title: Statements by X about Y
// description: What one actor said about another: quote, date, outlet and the sentence as evidence, newest first.
// param: speaker: string = Rafik Tashmurov
// suggest: speaker: MATCH (p:Person|State|Organization|Alliance|ArmedGroup|Media) RETURN p.name AS value ORDER BY value
// param: target: string = Collective Security Treaty Organization
// suggest: target: MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN t.name AS value ORDER BY value
// param: limit: int = 100
// edge: speaker -> target : about
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WHERE sp.name = $speaker AND t.name = $target
WITH sp, t, s ORDER BY s.date DESC, s.text LIMIT $limit
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.kind AS kind, s.text AS quote, s.outlet AS outlet, s.sentence AS sentence,
       a.title AS article, a.url AS url
ORDER BY date DESC, quote
