// title: Opponents of X
// description: Who spoke against an entity: speakers of statements whose stance toward it is oppose, how many such statements, the first and last date, and how many of them are undated (they count, with no date).
// param: target: string = Islamic State
// suggest: target: MATCH (:Statement)-[r:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE r.stance = 'oppose' RETURN DISTINCT t.name AS value ORDER BY value
// param: limit: int = 50
// edge: speaker -> target : opposes (statements)
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)-[r:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WHERE t.name = $target AND r.stance = 'oppose'
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       count(s) AS statements, min(s.date) AS first, max(s.date) AS last,
       count(CASE WHEN s.date IS NULL THEN 1 END) AS undated, min(s.text) AS example
ORDER BY statements DESC, speaker_name
LIMIT $limit
