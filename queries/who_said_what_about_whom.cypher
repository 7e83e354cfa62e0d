// title: Who said what about whom (all pairs)
// description: Every speaker → target pair in a date range (whole months; undated statements included unless undated is false) with its number of statements; the largest first. Read from the PairMonth rollup.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
// param: min_statements: int = 2
// param: limit: int = 200
// edge: speaker -> target : about (statements)
MATCH (r:PairMonth)
WHERE (r.month >= left($since, 7) AND r.month <= left($until, 7)) OR ($undated AND r.month = '')
WITH r.speaker AS speaker_uid, r.speaker_name AS speaker_name, r.speaker_type AS speaker_type,
     r.target AS target_uid, r.target_name AS target_name, r.target_type AS target_type, sum(r.statements) AS statements
WHERE statements >= $min_statements
RETURN speaker_uid, speaker_name, speaker_type, target_uid, target_name, target_type, statements
ORDER BY statements DESC, speaker_name, target_name
LIMIT $limit
