// title: What members of alliance A said about X
// description: Statements about an entity by the members of an alliance, or by people affiliated with those members: a page of the newest `limit` statements by members and the newest `limit` by their people (undated statements first, as in the other lists; newest first by date, then by statement).
// param: alliance: string = Collective Security Treaty Organization
// suggest: alliance: MATCH (a:Alliance) RETURN a.name AS value ORDER BY value
// param: target: string = Taliban
// suggest: target: MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN t.name AS value ORDER BY value
// param: limit: int = 100
// edge: speaker -> target : about
MATCH (al:Alliance)<-[:MEMBER_OF]-(m) WHERE al.name = $alliance
WITH DISTINCT m
MATCH (m)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WITH m, s, t WHERE t.name = $target
WITH m, s, t ORDER BY s.date DESC, s.uid LIMIT $limit
RETURN m.uid AS speaker_uid, m.name AS speaker_name, m.type AS speaker_type, coalesce(m.name, '') AS member,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet
UNION
MATCH (al:Alliance)<-[:MEMBER_OF]-(m)<-[:AFFILIATED_WITH]-(p:Person) WHERE al.name = $alliance
WITH DISTINCT m, p
MATCH (p)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WITH m, p, s, t WHERE t.name = $target
WITH m, p, s, t ORDER BY s.date DESC, s.uid, m.uid LIMIT $limit
RETURN p.uid AS speaker_uid, p.name AS speaker_name, p.type AS speaker_type, m.name AS member,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       s.date AS date, s.text AS quote, s.outlet AS outlet
