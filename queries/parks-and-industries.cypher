// title: Parks and their industries
// answers: Every named park, zone or base with the area it lies in and the industries it carries,
//   and in how many documents it is mentioned; optionally only parks in one area or carrying one
//   industry. A park without a known area or industry is listed with those columns empty.
// param area: string = "" — canonical name or IRI of the area the park lies in; "" for any
// param industry: string = "" — canonical name or IRI of an industry; "" for any
// columns: park, park_name, area, area_name, industry, industry_name, documents
MATCH (p:Park)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(ar:Area)
OPTIONAL MATCH (p)-[:CONCERNS_INDUSTRY]->(i:Industry)
WITH p, ar, i
WHERE ($area = '' OR ar.name = $area OR ar.id = $area)
  AND ($industry = '' OR i.name = $industry OR i.id = $industry)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p)
RETURN p.id AS park, p.name AS park_name, ar.id AS area, ar.name AS area_name,
       i.id AS industry, i.name AS industry_name, count(DISTINCT d.id) AS documents
ORDER BY area_name, park_name, industry_name
