// title: Stance shifts between two periods
// description: Speaker-target pairs whose stance changed: the majority stance (support / oppose, else neutral) of statements dated before a day against those dated on or after it. Undated statements cannot be placed in a period; each pair shows how many it has.
// param: split: date = 2025-04-01
// param: limit: int = 100
// edge: speaker -> target : after
MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)-[r:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
WITH sp, t,
     count(CASE WHEN s.date < $split THEN 1 END) AS n_before,
     count(CASE WHEN s.date >= $split THEN 1 END) AS n_after,
     count(CASE WHEN s.date < $split AND r.stance = 'support' THEN 1 END) AS support_before,
     count(CASE WHEN s.date < $split AND r.stance = 'oppose' THEN 1 END) AS oppose_before,
     count(CASE WHEN s.date >= $split AND r.stance = 'support' THEN 1 END) AS support_after,
     count(CASE WHEN s.date >= $split AND r.stance = 'oppose' THEN 1 END) AS oppose_after,
     count(CASE WHEN s.date IS NULL THEN 1 END) AS undated
WHERE n_before > 0 AND n_after > 0
WITH sp, t, n_before, n_after, undated,
     CASE WHEN support_before > oppose_before THEN 'support' WHEN oppose_before > support_before THEN 'oppose' ELSE 'neutral' END AS before,
     CASE WHEN support_after > oppose_after THEN 'support' WHEN oppose_after > support_after THEN 'oppose' ELSE 'neutral' END AS after
WHERE before <> after
RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
       t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
       before, after, n_before, n_after, undated
ORDER BY speaker_name, target_name
LIMIT $limit
