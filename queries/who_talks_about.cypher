// title: Who talks about X, and how often
// description: Every speaker with statements about an entity, with the number of statements (undated ones included), outlets and first and last date. Read from the PairTotal rollup.
// param: target: string = Collective Security Treaty Organization
// suggest: target: MATCH (t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) RETURN t.name AS value ORDER BY value
// param: limit: int = 50
// edge: speaker -> target : about (statements)
MATCH (r:PairTotal)
WHERE r.target_name = $target
RETURN r.speaker AS speaker_uid, r.speaker_name AS speaker_name, r.speaker_type AS speaker_type,
       r.target AS target_uid, r.target_name AS target_name, r.target_type AS target_type,
       r.statements AS statements, size(r.outlets) AS outlets, r.first_date AS first, r.last_date AS last
ORDER BY statements DESC, speaker_name
LIMIT $limit
