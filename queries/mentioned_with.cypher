// title: Entities mentioned together with X
// description: Entities that appear in the same articles as an entity, by the number of shared articles, counted over the entity's newest `newest` articles (all of them unless it is mentioned in more; undated articles count as oldest).
// param: name: string = Taliban
// suggest: name: MATCH (n:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN n.name AS value ORDER BY value
// param: min_articles: int = 1
// param: newest: int = 1000
// param: limit: int = 50
// edge: entity -> other : co-mentioned (articles)
MATCH (x:Person|State|Organization|Alliance|ArmedGroup|Media|Place)<-[:MENTIONS]-(a:Article)
WHERE x.name = $name
WITH x, a ORDER BY coalesce(a.published, '') DESC, a.uid LIMIT $newest
OPTIONAL MATCH (a)-[:MENTIONS]->(y:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WITH x, y WHERE y IS NOT NULL AND y.uid <> x.uid
WITH x, y, count(*) AS articles
WHERE articles >= $min_articles
RETURN x.uid AS entity_uid, x.name AS entity_name, x.type AS entity_type,
       y.uid AS other_uid, y.name AS other_name, y.type AS other_type, articles
ORDER BY articles DESC, other_name
LIMIT $limit
