// title: How are two actors connected? (by uid)
// description: how_connected.cypher by both actors' uids; each actor's statements are read as in direct_quotes. The name is resolved to its uid first (queries/name_anchor.py); `r.speaker = uid AND r.date >= ''` (every statement: SAID's date copy is the statement's date or 'undated') lets Neo4j read its SAID(speaker, date) index newest first and stop when the page is full, ordered by those copies (the statement's date, undated first). Same rows.
// param: first_uid: string
// param: second_uid: string
// param: limit: int = 50
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media)-[r:SAID]->(s:Statement)-[:ABOUT|TO]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $first_uid AND r.speaker = $first_uid AND r.date >= '' AND y.uid = $second_uid
WITH x, s, y, r ORDER BY r.speaker DESC, r.date DESC, s.uid LIMIT $limit
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'statement' AS link, s.uid AS via_uid, s.text AS via_name, 'Statement' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media)-[r:SAID]->(s:Statement)-[:ABOUT|TO]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $second_uid AND r.speaker = $second_uid AND r.date >= '' AND y.uid = $first_uid
WITH x, s, y, r ORDER BY r.speaker DESC, r.date DESC, s.uid LIMIT $limit
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'statement' AS link, s.uid AS via_uid, s.text AS via_name, 'Statement' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)-[:AFFILIATED_WITH|LEADS|MEMBER_OF]-(g:Person|State|Organization|Alliance|ArmedGroup|Media|Place)-[:AFFILIATED_WITH|LEADS|MEMBER_OF]-(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $first_uid AND y.uid = $second_uid
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'shared group' AS link, g.uid AS via_uid, g.name AS via_name, g.type AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)-[:AFFILIATED_WITH|LEADS|MEMBER_OF]-(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $first_uid AND y.uid = $second_uid
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'direct' AS link, y.uid AS via_uid, y.name AS via_name, y.type AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)<-[:MENTIONS]-(ar:Article)-[:MENTIONS]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $first_uid AND y.uid = $second_uid
WITH x, ar, y ORDER BY coalesce(ar.published, '') DESC, ar.uid LIMIT $limit
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'mentioned together' AS link, ar.uid AS via_uid, ar.title AS via_name, 'Article' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
