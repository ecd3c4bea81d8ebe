// title: Targets for an industry
// answers: All targets about one industry across documents and areas (e.g. 集成电路 by province):
//   the area governed by the document's issuer, the document, what is measured, value, unit,
//   comparator, modality, year, the committing agency when known, and the exact span.
// param industry: string — canonical name or IRI of the industry
// columns: industry, industry_name, area, area_name, document, source_file, target, metric, value,
//   value_max, unit, comparator, modality, year, agency_name, start, end, text
MATCH (i:Industry)
WHERE i.name = $industry OR i.id = $industry
MATCH (t:Target)-[:CONCERNS_INDUSTRY]->(i)
MATCH (t)-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Agency)-[:JURISDICTION]->(ar:Area)
OPTIONAL MATCH (t)-[:AGENCY]->(a:Agency)
RETURN DISTINCT i.id AS industry, i.name AS industry_name, ar.id AS area, ar.name AS area_name,
       d.id AS document, d.sourceFile AS source_file, t.id AS target, t.metric AS metric,
       t.value AS value, t.valueMax AS value_max, t.unit AS unit, t.comparator AS comparator,
       t.modality AS modality, t.year AS year, a.name AS agency_name,
       t.start AS start, t.`end` AS `end`, t.text AS text
ORDER BY area_name, source_file, start
