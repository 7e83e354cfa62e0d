// title: Who relies on unnamed sources
// description: Outlets ranked by the statements they report from anonymous sources ("officials", "a source familiar with ..."), next to all their statements, for articles published in a date range (undated articles included unless undated is false).
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
WHERE (a.published >= $since AND a.published <= $until) OR ($undated AND a.published IS NULL)
WITH a.outlet AS outlet, count(DISTINCT a) AS articles, count(DISTINCT s) AS statements,
     count(DISTINCT CASE WHEN s.source_kind = 'anonymous' THEN s.uid END) AS anonymous
WHERE anonymous > 0
RETURN outlet, articles, statements, anonymous
ORDER BY anonymous DESC, statements DESC, outlet
