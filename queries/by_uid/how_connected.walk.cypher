// title: How are two actors connected? (by uid, walking the newest articles)
// description: how_connected.cypher by uid (by_uid/how_connected.cypher) with its last part, the articles that mention both, read for two frequently mentioned actors (queries/hub_plans.py decides from their mention counts): Neo4j walks its Article(published) index newest first, at most `scan` dated articles, checks each one's MENTIONS from the article's side and stops when `limit` mention both. Undated articles come last in the saved query, so a full page of dated ones is its answer; a page not filled within `scan` articles is read from the actors instead, as the saved query reads it. Same rows.
// param: first_uid: string
// param: second_uid: string
// param: limit: int = 50
// param: scan: int = 1000
MATCH (ar:Article) WHERE ar.published > ''
WITH ar ORDER BY ar.published DESC, ar.uid LIMIT $scan
MATCH (x)<-[:MENTIONS]-(ar)-[:MENTIONS]->(y) WHERE x.uid = $first_uid AND y.uid = $second_uid
WITH ar ORDER BY ar.published DESC, ar.uid LIMIT $limit
WITH collect(ar) AS dated
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place), (y:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $first_uid AND y.uid = $second_uid
OPTIONAL MATCH (x)<-[:MENTIONS]-(u:Article)-[:MENTIONS]->(y) WHERE size(dated) < $limit
WITH x, y, dated, u ORDER BY coalesce(u.published, '') DESC, u.uid LIMIT $limit
WITH x, y, dated, collect(u) AS every
UNWIND CASE WHEN size(dated) < $limit THEN every ELSE dated END AS ar
RETURN x.uid AS a_uid, x.name AS a_name, x.type AS a_type, 'mentioned together' AS link, ar.uid AS via_uid, ar.title AS via_name, 'Article' AS via_type, y.uid AS b_uid, y.name AS b_name, y.type AS b_type
