// title: Who said what about whom (all pairs)
// description: Every speaker → target pair in a date range (whole months; undated statements included unless undated is false) with its number of statements; the largest first. Read from the PairTotal rollup alone: a pair's range count is the difference of two of its running totals (`running`: 0, then one per month in `months`), up to the range's last month and before its first, found by counting the pair's months on either side (negative list indexes: they count from the end on both engines). The range counts of the 300 busiest pairs give a floor no pair of the answer is below, and only pairs whose total reaches it are counted.
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
WITH p, count(month) AS m, count(CASE WHEN month < left($since, 7) THEN 1 END) AS before,
     count(CASE WHEN month <= left($until, 7) THEN 1 END) AS upto
WITH p, CASE WHEN upto > before THEN p.running[upto - m - 1] - p.running[before - m - 1] ELSE 0 END
        + CASE WHEN $undated AND p.months[-m] = '' THEN p.running[-m] ELSE 0 END AS n
WHERE n > 0
WITH p, n ORDER BY n DESC LIMIT $limit
WITH count(n) AS seeded, min(n) AS low
WITH CASE WHEN seeded < $limit THEN 0 ELSE low END AS floor
MATCH (p:PairTotal)
WHERE p.statements >= floor AND p.statements >= $min_statements
UNWIND p.months AS month
WITH p, count(month) AS m, count(CASE WHEN month < left($since, 7) THEN 1 END) AS before,
     count(CASE WHEN month <= left($until, 7) THEN 1 END) AS upto
WITH p, CASE WHEN upto > before THEN p.running[upto - m - 1] - p.running[before - m - 1] ELSE 0 END
        + CASE WHEN $undated AND p.months[-m] = '' THEN p.running[-m] ELSE 0 END AS statements
WHERE statements > 0 AND statements >= $min_statements
RETURN p.speaker AS speaker_uid, p.speaker_name AS speaker_name, p.speaker_type AS speaker_type,
       p.target AS target_uid, p.target_name AS target_name, p.target_type AS target_type, statements
ORDER BY statements DESC, speaker_name, target_name
LIMIT $limit
