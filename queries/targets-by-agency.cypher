// title: Targets by agency
// answers: The numeric targets each agency committed to, optionally for one agency, one year and
//   one industry: what is measured, value, unit, comparator, modality and year, and where the
//   target was found (document, file, character span and exact text).
// param agency: string = "" — canonical name or IRI of an agency; "" for every agency
// param year: integer = 0 — only targets for this year; 0 for every year
// param industry: string = "" — canonical name or IRI of an industry the target is about; "" for any
// columns: agency, agency_name, target, metric, value, value_max, unit, comparator, modality, year,
//   document, source_file, start, end, text
MATCH (t:Target)-[:AGENCY]->(a:Agency)
WHERE ($agency = '' OR a.name = $agency OR a.id = $agency)
  AND ($year = 0 OR t.year = $year)
MATCH (t)-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (t)-[:CONCERNS_INDUSTRY]->(i:Industry)
WITH a, t, d, i
WHERE $industry = '' OR i.name = $industry OR i.id = $industry
RETURN DISTINCT a.id AS agency, a.name AS agency_name, t.id AS target, t.metric AS metric,
       t.value AS value, t.valueMax AS value_max, t.unit AS unit, t.comparator AS comparator,
       t.modality AS modality, t.year AS year, d.id AS document, d.sourceFile AS source_file,
       t.start AS start, t.`end` AS `end`, t.text AS text
ORDER BY agency_name, year, source_file, start
