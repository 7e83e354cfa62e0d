// title: Outlets by number of statements reported
// description: Each outlet with its articles that report statements, the statements and the distinct speakers, for articles published in a date range (whole months; undated articles included unless undated is false). Read from the OutletMonth rollup.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
MATCH (r:OutletMonth)
WHERE r.quoting > 0 AND ((r.month >= left($since, 7) AND r.month <= left($until, 7)) OR ($undated AND r.month = ''))
WITH r.outlet AS outlet, sum(r.quoting) AS articles, sum(r.statements) AS statements, collect(r.speakers) AS lists
UNWIND lists AS list
UNWIND list AS speaker
RETURN outlet, articles, statements, count(DISTINCT speaker) - 1 AS speakers
ORDER BY statements DESC, outlet
