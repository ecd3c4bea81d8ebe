// title: Agency network
// answers: Agencies mentioned together in the same sections (the innermost section a mention falls
//   in), as weighted pairs: the number of sections they share and of documents those sections are
//   in; optionally within one document and above a minimum weight. Each pair is listed once
//   (agency_a's IRI sorts before agency_b's).
// param min_weight: integer = 1 — only pairs sharing at least this many sections
// param document: string = "" — IRI, sha256 or source file name of a document; "" for all
// columns: agency_a, agency_a_name, agency_b, agency_b_name, sections, documents
MATCH (s:Section)-[:IN_DOCUMENT]->(d:Document)
WHERE $document = '' OR d.id = $document OR d.sourceFile = $document OR d.sha256 = $document
MATCH (ma:Mention)-[:SECTION]->(s)
MATCH (ma)-[:REFERS_TO]->(a:Agency)
MATCH (mb:Mention)-[:SECTION]->(s)
MATCH (mb)-[:REFERS_TO]->(b:Agency)
WHERE a.id < b.id
WITH a, b, count(DISTINCT s.id) AS sections, count(DISTINCT d.id) AS documents
WHERE sections >= $min_weight
RETURN a.id AS agency_a, a.name AS agency_a_name, b.id AS agency_b, b.name AS agency_b_name,
       sections, documents
ORDER BY sections DESC, agency_a_name, agency_b_name
