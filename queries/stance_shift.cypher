// title: Stance shifts between two periods
// description: Speaker-target pairs whose stance changed: the majority stance (support / oppose, else neutral) of statements dated before the month of a day against those dated in or after it (whole months). Undated statements cannot be placed in a period; each pair shows how many it has. Read from the PairTotal rollup (only pairs with a polar statement and dated statements on both sides of the split can shift), then those pairs' PairMonth rows, looked up by uid.
// param: split: date = 2025-04-01
// param: limit: int = 100
// edge: speaker -> target : after
MATCH (p:PairTotal)
WHERE p.polar > 0 AND p.first < left($split, 7) AND p.last >= left($split, 7)
UNWIND p.months AS month
MATCH (r:PairMonth {uid: 'pairmonth:' + p.speaker + '|' + p.target + '|' + month})
WITH p, r, r.month <> '' AND r.month < left($split, 7) AS early, r.month >= left($split, 7) AS late
WITH p, sum(CASE WHEN early THEN r.statements ELSE 0 END) AS n_before,
     sum(CASE WHEN late THEN r.statements ELSE 0 END) AS n_after,
     sum(CASE WHEN early THEN r.support ELSE 0 END) AS support_before,
     sum(CASE WHEN early THEN r.oppose ELSE 0 END) AS oppose_before,
     sum(CASE WHEN late THEN r.support ELSE 0 END) AS support_after,
     sum(CASE WHEN late THEN r.oppose ELSE 0 END) AS oppose_after,
     sum(CASE WHEN r.month = '' THEN r.statements ELSE 0 END) AS undated
WITH p, n_before, n_after, undated,
     CASE WHEN support_before > oppose_before THEN 'support' WHEN oppose_before > support_before THEN 'oppose' ELSE 'neutral' END AS before,
     CASE WHEN support_after > oppose_after THEN 'support' WHEN oppose_after > support_after THEN 'oppose' ELSE 'neutral' END AS after
WHERE before <> after
RETURN p.speaker AS speaker_uid, p.speaker_name AS speaker_name, p.speaker_type AS speaker_type,
       p.target AS target_uid, p.target_name AS target_name, p.target_type AS target_type,
       before, after, n_before, n_after, undated
ORDER BY speaker_name, target_name
LIMIT $limit
