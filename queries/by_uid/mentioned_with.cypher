// title: Entities mentioned together with X (by uid)
// description: mentioned_with.cypher by the entity's uid, read from the entity (queries/hub_plans.py runs the walk form, mentioned_with.walk.cypher, for an entity in many articles instead). The name is resolved to its uid first (queries/name_anchor.py); every MENTIONS starts at an Article and ends at an entity (graph/model.py), so neither end's label is checked and the other entities are told apart from X by node, which reads about half of what the saved query reads (an entity in 23k of 100k articles: 106k against 180k database hits). Same rows.
// param: name_uid: string
// param: min_articles: int = 1
// param: newest: int = 1000
// param: limit: int = 50
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE x.uid = $name_uid
MATCH (x)<-[:MENTIONS]-(a)
WITH x, a ORDER BY coalesce(a.published, '') DESC, a.uid LIMIT $newest
MATCH (a)-[:MENTIONS]->(y) WHERE y <> x
WITH x, y, count(*) AS articles
WHERE articles >= $min_articles
RETURN x.uid AS entity_uid, x.name AS entity_name, x.type AS entity_type,
       y.uid AS other_uid, y.name AS other_name, y.type AS other_type, articles
ORDER BY articles DESC, other_name
LIMIT $limit
