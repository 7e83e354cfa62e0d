// title: Stance shifts between two periods
// description: Speaker-target pairs whose stance changed: the majority stance (support / oppose, else neutral) of statements dated before the month of a day against those dated in or after it (whole months). Undated statements cannot be placed in a period; each pair shows how many it has. Read from the PairMonth rollup.
// param: split: date = 2025-04-01
// param: limit: int = 100
// edge: speaker -> target : after
MATCH (r:PairMonth)
WITH r, r.month <> '' AND r.month < left($split, 7) AS early, r.month >= left($split, 7) AS late
WITH r.speaker AS speaker_uid, r.speaker_name AS speaker_name, r.speaker_type AS speaker_type,
     r.target AS target_uid, r.target_name AS target_name, r.target_type AS target_type,
     sum(CASE WHEN early THEN r.statements ELSE 0 END) AS n_before,
     sum(CASE WHEN late THEN r.statements ELSE 0 END) AS n_after,
     sum(CASE WHEN early THEN r.support ELSE 0 END) AS support_before,
     sum(CASE WHEN early THEN r.oppose ELSE 0 END) AS oppose_before,
     sum(CASE WHEN late THEN r.support ELSE 0 END) AS support_after,
     sum(CASE WHEN late THEN r.oppose ELSE 0 END) AS oppose_after,
     sum(CASE WHEN r.month = '' THEN r.statements ELSE 0 END) AS undated
WHERE n_before > 0 AND n_after > 0
WITH speaker_uid, speaker_name, speaker_type, target_uid, target_name, target_type, n_before, n_after, undated,
     CASE WHEN support_before > oppose_before THEN 'support' WHEN oppose_before > support_before THEN 'oppose' ELSE 'neutral' END AS before,
     CASE WHEN support_after > oppose_after THEN 'support' WHEN oppose_after > support_after THEN 'oppose' ELSE 'neutral' END AS after
WHERE before <> after
RETURN speaker_uid, speaker_name, speaker_type, target_uid, target_name, target_type,
       before, after, n_before, n_after, undated
ORDER BY speaker_name, target_name
LIMIT $limit
