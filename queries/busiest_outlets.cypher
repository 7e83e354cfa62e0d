// title: Outlets by number of statements reported
// description: Each outlet with its articles, statements reported and distinct speakers in a date range.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
WHERE a.published >= $since AND a.published <= $until
OPTIONAL MATCH (sp)-[:SAID]->(s)
RETURN a.outlet AS outlet, count(DISTINCT a) AS articles, count(DISTINCT s) AS statements,
       count(DISTINCT sp) AS speakers
ORDER BY statements DESC, outlet
