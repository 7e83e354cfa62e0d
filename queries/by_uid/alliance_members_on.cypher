// title: What members of alliance A said about X (by uid)
// description: alliance_members_on.cypher by the alliance's and the target's uids. The names are resolved to their uids first (queries/name_anchor.py); each statement of the members (and of their people) is then checked for an ABOUT edge into the one target node (Expand(Into) on Neo4j) instead of reading every target it is about and comparing names; SAID always ends at a Statement, so its label is not checked. Same rows.
// param: alliance_uid: string
// param: target_uid: string
// param: limit: int = 100
MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE t.uid = $target_uid
MATCH (al:Alliance)<-[:MEMBER_OF]-(m) WHERE al.uid = $alliance_uid
WITH DISTINCT t, m
MATCH (m)-[:SAID]->(s)
WITH DISTINCT t, m, s
MATCH (s)-[:ABOUT]->(t)
WITH m, s, t ORDER BY s.date DESC, s.uid LIMIT $limit
RETURN m.uid AS speaker_uid, m.name AS speaker_name, m.type AS speaker_type, coalesce(m.name, '') AS member,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet
UNION
MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE t.uid = $target_uid
MATCH (al:Alliance)<-[:MEMBER_OF]-(m)<-[:AFFILIATED_WITH]-(p:Person) WHERE al.uid = $alliance_uid
WITH DISTINCT t, m, p
MATCH (p)-[:SAID]->(s)
WITH DISTINCT t, m, p, s
MATCH (s)-[:ABOUT]->(t)
WITH m, p, s, t ORDER BY s.date DESC, s.uid, m.uid LIMIT $limit
RETURN p.uid AS speaker_uid, p.name AS speaker_name, p.type AS speaker_type, m.name AS member,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet
