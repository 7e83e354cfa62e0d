// title: New speakers since a date
// description: Speakers whose first dated statement in the corpus is on or after a day (for example the first of this month): new voices in the debate. Undated statements cannot say when a voice appeared and are not counted. Read from the SpeakerTotal rollup.
// param: since: date = 2025-04-01
// param: limit: int = 50
MATCH (r:SpeakerTotal)
WHERE r.first >= $since
RETURN r.speaker AS speaker_uid, r.speaker_name AS speaker_name, r.speaker_type AS speaker_type,
       r.first AS first, r.dated AS statements
ORDER BY first, speaker_name
LIMIT $limit
