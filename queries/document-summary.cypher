// title: Document summary
// answers: For each document (or one): its file, hash, genre, title, number and date, and how many
//   sections, mentions, entities of each class (agencies, areas, parks, industries, initiatives,
//   persons), targets and observations the graph holds for it.
// param document: string = "" — IRI, sha256 or source file name of a document; "" for all
// columns: document, source_file, sha256, genre, title, identifier, issued, sections, mentions,
//   agencies, areas, parks, industries, initiatives, persons, targets, observations
MATCH (d:Document)
WHERE $document = '' OR d.id = $document OR d.sourceFile = $document OR d.sha256 = $document
OPTIONAL MATCH (s:Section)-[:IN_DOCUMENT]->(d)
WITH d, count(DISTINCT s.id) AS sections
OPTIONAL MATCH (m:Mention)-[:IN_DOCUMENT]->(d)
WITH d, sections, count(DISTINCT m.id) AS mentions
OPTIONAL MATCH (t:Target)-[:IN_DOCUMENT]->(d)
WITH d, sections, mentions, count(DISTINCT t.id) AS targets
OPTIONAL MATCH (o:Observation)-[:IN_DOCUMENT]->(d)
WITH d, sections, mentions, targets, count(DISTINCT o.id) AS observations
OPTIONAL MATCH (d)-[:MENTIONS]->(e1:Agency)
WITH d, sections, mentions, targets, observations, count(DISTINCT e1.id) AS agencies
OPTIONAL MATCH (d)-[:MENTIONS]->(e2:Area)
WITH d, sections, mentions, targets, observations, agencies, count(DISTINCT e2.id) AS areas
OPTIONAL MATCH (d)-[:MENTIONS]->(e3:Park)
WITH d, sections, mentions, targets, observations, agencies, areas, count(DISTINCT e3.id) AS parks
OPTIONAL MATCH (d)-[:MENTIONS]->(e4:Industry)
WITH d, sections, mentions, targets, observations, agencies, areas, parks,
     count(DISTINCT e4.id) AS industries
OPTIONAL MATCH (d)-[:MENTIONS]->(e5:Initiative)
WITH d, sections, mentions, targets, observations, agencies, areas, parks, industries,
     count(DISTINCT e5.id) AS initiatives
OPTIONAL MATCH (d)-[:MENTIONS]->(e6:Person)
WITH d, sections, mentions, targets, observations, agencies, areas, parks, industries, initiatives,
     count(DISTINCT e6.id) AS persons
RETURN d.id AS document, d.sourceFile AS source_file, d.sha256 AS sha256, d.genre AS genre,
       d.title AS title, d.identifier AS identifier, d.issued AS issued,
       sections, mentions, agencies, areas, parks, industries, initiatives, persons, targets, observations
ORDER BY source_file
