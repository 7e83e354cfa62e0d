// title: Who relies on unnamed sources
// description: Outlets ranked by the statements they report from anonymous sources ("officials", "a source familiar with ..."), next to all their statements, for articles published in a date range (whole months; undated articles included unless undated is false). Read from the OutletMonth rollup.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
MATCH (r:OutletMonth)
WHERE (r.month >= left($since, 7) AND r.month <= left($until, 7)) OR ($undated AND r.month = '')
WITH r.outlet AS outlet, sum(r.quoting) AS articles, sum(r.statements) AS statements, sum(r.anonymous) AS anonymous
WHERE anonymous > 0
RETURN outlet, articles, statements, anonymous
ORDER BY anonymous DESC, statements DESC, outlet
