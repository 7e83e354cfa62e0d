// title: Who said what about whom (all pairs)
// description: Every speaker → target pair in a date range (whole months; undated statements included unless undated is false) with its number of statements; the largest first. Read from the PairMonth and PairTotal rollups: the range counts of the 300 busiest pairs give a floor no pair of the answer is below, and only pairs whose total reaches it are counted (their month rows looked up by uid, the months outside the range dropped before the look-ups).
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
// param: min_statements: int = 2
// param: limit: int = 200
// edge: speaker -> target : about (statements)
MATCH (p:PairTotal)
WHERE p.statements >= $min_statements
WITH p ORDER BY p.statements DESC LIMIT 300
UNWIND p.months AS month
WITH p, month WHERE (month >= left($since, 7) AND month <= left($until, 7)) OR ($undated AND month = '')
WITH p, 'pairmonth:' + p.speaker + '|' + p.target + '|' + month AS key
MATCH (r:PairMonth {uid: key})
WITH p, sum(r.statements) AS n ORDER BY n DESC LIMIT $limit
WITH count(n) AS seeded, min(n) AS low
WITH CASE WHEN seeded < $limit THEN 0 ELSE low END AS floor
MATCH (p:PairTotal)
WHERE p.statements >= floor AND p.statements >= $min_statements
UNWIND p.months AS month
WITH p, month WHERE (month >= left($since, 7) AND month <= left($until, 7)) OR ($undated AND month = '')
WITH p, 'pairmonth:' + p.speaker + '|' + p.target + '|' + month AS key
MATCH (r:PairMonth {uid: key})
WITH p, sum(r.statements) AS statements
WHERE statements >= $min_statements
RETURN p.speaker AS speaker_uid, p.speaker_name AS speaker_name, p.speaker_type AS speaker_type,
       p.target AS target_uid, p.target_name AS target_name, p.target_type AS target_type, statements
ORDER BY statements DESC, speaker_name, target_name
LIMIT $limit
