// title: Initiatives by agency
// answers: The named programmes, plans, actions and projects each agency leads (the lead agency of the initiative),
//   the industries they are about (one row per industry; empty when none is known) and in how many
//   documents each initiative is mentioned; optionally for one agency.
// param agency: string = "" — canonical name or IRI of the lead agency; "" for every agency
// columns: agency, agency_name, initiative, initiative_name, industry, industry_name, documents
MATCH (n:Initiative)-[:LEAD_AGENCY]->(a:Agency)
WHERE $agency = '' OR a.name = $agency OR a.id = $agency
OPTIONAL MATCH (n)-[:CONCERNS_INDUSTRY]->(i:Industry)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(n)
RETURN a.id AS agency, a.name AS agency_name, n.id AS initiative, n.name AS initiative_name,
       i.id AS industry, i.name AS industry_name, count(DISTINCT d.id) AS documents
ORDER BY agency_name, initiative_name, industry_name
