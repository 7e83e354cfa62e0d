// title: Entities mentioned together with X (by uid, walking the newest articles)
// description: mentioned_with.cypher by the entity's uid, for a frequently mentioned entity (queries/hub_plans.py decides from its mention count): Neo4j walks its Article(published) index newest first, at most `scan` dated articles, checks each one's MENTIONS from the article's side and stops at the entity's `newest` newest articles. Undated articles count as the oldest in the saved query, so a full set of dated ones is its set; one not filled within `scan` articles is read from the entity instead, as the saved query reads it. The other entities are counted as MENTIONS leads to them (every MENTIONS ends at an entity, graph/model.py) and told apart from X by node, which reads half as much as the saved query's label and uid checks (hub: 23 against 44 ms). Same rows.
// param: name_uid: string
// param: min_articles: int = 1
// param: newest: int = 1000
// param: limit: int = 50
// param: scan: int = 1000
MATCH (a:Article) WHERE a.published > ''
WITH a ORDER BY a.published DESC, a.uid LIMIT $scan
MATCH (a)-[:MENTIONS]->(x) WHERE x.uid = $name_uid
WITH a ORDER BY a.published DESC, a.uid LIMIT $newest
WITH collect(a) AS dated
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $name_uid
OPTIONAL MATCH (x)<-[:MENTIONS]-(u:Article) WHERE size(dated) < $newest
WITH x, dated, u ORDER BY coalesce(u.published, '') DESC, u.uid LIMIT $newest
WITH x, dated, collect(u) AS every
UNWIND CASE WHEN size(dated) < $newest THEN every ELSE dated END AS a
MATCH (a)-[:MENTIONS]->(y) WHERE y <> x
WITH x, y, count(*) AS articles
WHERE articles >= $min_articles
RETURN x.uid AS entity_uid, x.name AS entity_name, x.type AS entity_type,
       y.uid AS other_uid, y.name AS other_name, y.type AS other_type, articles
ORDER BY articles DESC, other_name
LIMIT $limit
