// title: Statements addressed to X
// description: What was said to an entity (an appeal, a warning, a reply), by whom and when.
// param: addressee: string = Taliban
// suggest: addressee: MATCH (:Statement)-[:TO]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN DISTINCT t.name AS value ORDER BY value
// param: limit: int = 100
// edge: speaker -> addressee : to
MATCH (s:Statement)-[:TO]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WHERE t.name = $addressee
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS addressee_uid, t.name AS addressee_name, t.type AS addressee_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet, s.sentence AS sentence
ORDER BY date DESC, quote
LIMIT $limit
