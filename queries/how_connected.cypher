// title: How are two actors connected?
// description: Direct links between two entities (statements either way, affiliations, leadership, membership) and what they share (an organisation, an alliance, articles that mention both); the newest `limit` statements each way (undated ones first) and the newest `limit` articles (undated ones last, as the oldest).
// param: first: string = Dmitry Polevoy
// suggest: first: MATCH (n:Person|State|Organization|Alliance|ArmedGroup|Media) RETURN n.name AS value ORDER BY value
// param: second: string = Russia
// suggest: second: MATCH (n:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN n.name AS value ORDER BY value
// param: limit: int = 50
// edge: a -> via : link
// edge: via -> b : link
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)-[:ABOUT|TO]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.name = $first AND y.name = $second
WITH x, s, y ORDER BY s.date DESC, s.uid LIMIT $limit
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'statement' AS link, s.uid AS via_uid, s.text AS via_name, 'Statement' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)-[:ABOUT|TO]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.name = $second AND y.name = $first
WITH x, s, y ORDER BY s.date DESC, s.uid LIMIT $limit
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'statement' AS link, s.uid AS via_uid, s.text AS via_name, 'Statement' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)-[:AFFILIATED_WITH|LEADS|MEMBER_OF]-(g:Person|State|Organization|Alliance|ArmedGroup|Media|Place)-[:AFFILIATED_WITH|LEADS|MEMBER_OF]-(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.name = $first AND y.name = $second
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'shared group' AS link, g.uid AS via_uid, g.name AS via_name, g.type AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)-[:AFFILIATED_WITH|LEADS|MEMBER_OF]-(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.name = $first AND y.name = $second
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'direct' AS link, y.uid AS via_uid, y.name AS via_name, y.type AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
UNION
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)<-[:MENTIONS]-(ar:Article)-[:MENTIONS]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.name = $first AND y.name = $second
WITH x, ar, y ORDER BY coalesce(ar.published, '') DESC, ar.uid LIMIT $limit
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'mentioned together' AS link, ar.uid AS via_uid, ar.title AS via_name, 'Article' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
