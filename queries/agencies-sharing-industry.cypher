// title: Agencies sharing an industry
// answers: Pairs of agencies that work on the same industry, each side shown by an industry link
//   (an IndustryLink) in some document, with the industry, how many documents show each side and
//   how many evidence spans (mentions, quantities) back each side. Each pair is listed once
//   (agency_a's IRI sorts before agency_b's).
// param industry: string = "" — canonical name or IRI of an industry; "" for every industry
// columns: agency_a, agency_a_name, agency_b, agency_b_name, industry, industry_name,
//   documents_a, documents_b, evidence_a, evidence_b
MATCH (la:IndustryLink)-[:CONCERNS_INDUSTRY]->(i:Industry)
WHERE $industry = '' OR i.name = $industry OR i.id = $industry
MATCH (la)-[:AGENCY]->(a:Agency)
MATCH (la)-[:IN_DOCUMENT]->(da:Document)
OPTIONAL MATCH (la)-[:EVIDENCE]->(ea)
WHERE ea.start IS NOT NULL
WITH i, a, count(DISTINCT da.id) AS documents_a, count(DISTINCT ea.id) AS evidence_a
MATCH (lb:IndustryLink)-[:CONCERNS_INDUSTRY]->(i)
MATCH (lb)-[:AGENCY]->(b:Agency)
WHERE a.id < b.id
MATCH (lb)-[:IN_DOCUMENT]->(db:Document)
OPTIONAL MATCH (lb)-[:EVIDENCE]->(eb)
WHERE eb.start IS NOT NULL
WITH i, a, documents_a, evidence_a, b, count(DISTINCT db.id) AS documents_b, count(DISTINCT eb.id) AS evidence_b
RETURN a.id AS agency_a, a.name AS agency_a_name, b.id AS agency_b, b.name AS agency_b_name,
       i.id AS industry, i.name AS industry_name,
       documents_a, documents_b, evidence_a, evidence_b
ORDER BY industry_name, agency_a_name, agency_b_name
