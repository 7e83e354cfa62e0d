// title: What members of alliance A said about X (by uid)
// description: alliance_members_on.cypher by the alliance's and the target's uids. The names are resolved to their uids first (queries/name_anchor.py); then neither end of a statement has its label checked (SAID always ends at a Statement and ABOUT at an entity, graph/model.py) and the target is compared by uid, which also leaves Neo4j no index to start from the target's side (a hub has 300k ABOUT edges; binding it first made Neo4j check each statement's ABOUT into it, slower than this). Same rows.
// param: alliance_uid: string
// param: target_uid: string
// param: limit: int = 100
MATCH (al:Alliance)<-[:MEMBER_OF]-(m) WHERE al.uid = $alliance_uid
WITH DISTINCT m
MATCH (m)-[:SAID]->(s)-[:ABOUT]->(t) WHERE t.uid = $target_uid
WITH m, s, t ORDER BY s.date DESC, s.uid LIMIT $limit
RETURN m.uid AS speaker_uid, m.name AS speaker_name, m.type AS speaker_type, coalesce(m.name, '') AS member,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet
UNION
MATCH (al:Alliance)<-[:MEMBER_OF]-(m)<-[:AFFILIATED_WITH]-(p:Person) WHERE al.uid = $alliance_uid
WITH DISTINCT m, p
MATCH (p)-[:SAID]->(s)-[:ABOUT]->(t) WHERE t.uid = $target_uid
WITH m, p, s, t ORDER BY s.date DESC, s.uid, m.uid LIMIT $limit
RETURN p.uid AS speaker_uid, p.name AS speaker_name, p.type AS speaker_type, m.name AS member,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet
