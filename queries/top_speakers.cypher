// title: Most-quoted speakers in a date range
// description: Speakers ranked by the number of statements dated in the range (whole months: a day counts as its month; undated statements included unless undated is false), with how many articles quote them (counted month by month). Read from the SpeakerMonth and SpeakerTotal rollups: the range counts of the 100 most-quoted speakers give a floor no speaker of the answer is below, and only speakers whose total reaches it are counted (their month rows looked up by uid).
// param: since: date = 2025-01-01
// param: until: date = 2025-12-31
// param: undated: bool = true
// param: limit: int = 25
MATCH (p:SpeakerTotal)
WITH p ORDER BY p.statements DESC LIMIT 100
UNWIND p.months AS month
WITH p, month WHERE (month >= left($since, 7) AND month <= left($until, 7)) OR ($undated AND month = '')
MATCH (r:SpeakerMonth {uid: 'speakermonth:' + p.speaker + '|' + month})
WITH p, sum(r.statements) AS n ORDER BY n DESC LIMIT $limit
WITH count(n) AS seeded, min(n) AS low
WITH CASE WHEN seeded < $limit THEN 0 ELSE low END AS floor
MATCH (p:SpeakerTotal)
WHERE p.statements >= floor
UNWIND p.months AS month
WITH p, month WHERE (month >= left($since, 7) AND month <= left($until, 7)) OR ($undated AND month = '')
MATCH (r:SpeakerMonth {uid: 'speakermonth:' + p.speaker + '|' + month})
WITH p, sum(r.statements) AS statements, sum(r.articles) AS articles
RETURN p.speaker AS speaker_uid, p.speaker_name AS speaker_name, p.speaker_type AS speaker_type,
       statements, articles
ORDER BY statements DESC, speaker_name
LIMIT $limit
