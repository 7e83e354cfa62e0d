// title: Most-quoted speakers in a date range
// description: Speakers ranked by the number of statements dated in the range (whole months: a day counts as its month; undated statements included unless undated is false), with how many articles quote them (counted month by month). Read from the SpeakerMonth rollup.
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
// param: limit: int = 25
MATCH (r:SpeakerMonth)
WHERE (r.month >= left($since, 7) AND r.month <= left($until, 7)) OR ($undated AND r.month = '')
RETURN r.speaker AS speaker_uid, r.speaker_name AS speaker_name, r.speaker_type AS speaker_type,
       sum(r.statements) AS statements, sum(r.articles) AS articles
ORDER BY statements DESC, speaker_name
LIMIT $limit
