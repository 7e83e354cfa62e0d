// title: People affiliated with a state or organisation
// description: Who speaks for, works for or leads a state, organisation, alliance, armed group or outlet, with their roles.
// param: org: string = Russia
// suggest: org: MATCH (:Person)-[:AFFILIATED_WITH]->(g) RETURN DISTINCT g.name AS value ORDER BY value
// edge: person -> org : affiliated
MATCH (p:Person)-[r:AFFILIATED_WITH]->(g:State|Organization|Alliance|ArmedGroup|Media)
WHERE g.name = $org
OPTIONAL MATCH (p)-[:SAID]->(s:Statement)
RETURN p.uid AS person_uid, p.name AS person_name, p.type AS person_type, r.role AS role,
       g.uid AS org_uid, g.name AS org_name, g.type AS org_type, count(s) AS statements
ORDER BY statements DESC, person_name
