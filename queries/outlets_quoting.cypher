// title: Which outlets quote X
// description: Outlets that report statements by an entity, with counts (undated statements included) and the date range. Read from the SpeakerOutlet rollup.
// param: speaker: string = Rafik Tashmurov
// suggest: speaker: MATCH (p:Person|State|Organization|Alliance|ArmedGroup|Media) RETURN p.name AS value ORDER BY value
MATCH (r:SpeakerOutlet)
WHERE r.speaker_name = $speaker
RETURN r.outlet AS outlet, sum(r.statements) AS statements, min(r.first) AS first, max(r.last) AS last
ORDER BY statements DESC, outlet
