// title: Members of an alliance
// description: The members of an alliance or organisation, with how many statements each made.
// param: alliance: string = Collective Security Treaty Organization
// suggest: alliance: MATCH ()-[:MEMBER_OF]->(a) RETURN DISTINCT a.name AS value ORDER BY value
// edge: member -> alliance : member of
MATCH (m:State|Organization|ArmedGroup)-[:MEMBER_OF]->(al:Alliance|Organization)
WHERE al.name = $alliance
OPTIONAL MATCH (m)-[:SAID]->(s:Statement)
RETURN m.uid AS member_uid, m.name AS member_name, m.type AS member_type,
       al.uid AS alliance_uid, al.name AS alliance_name, al.type AS alliance_type,
       count(s) AS statements
ORDER BY statements DESC, member_name
