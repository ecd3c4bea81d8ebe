// title: Provenance of a node
// answers: Where any node of the graph comes from: the spans of text that show it, each with its
//   document, file, character offsets (code points, end exclusive, into the text as read from the
//   file) and exact text. `via` says how the span relates to the node: "mention" (a mention that
//   refers to the entity), "self" (the node is itself a span: a mention, quantity or section) or
//   "evidence" (a span given as evidence of an industry link).
// param node: string — the IRI of the node
// columns: node, via, span, document, source_file, start, end, text
MATCH (m:Mention)-[:REFERS_TO]->(n {id: $node})
MATCH (m)-[:IN_DOCUMENT]->(d:Document)
RETURN n.id AS node, 'mention' AS via, m.id AS span, d.id AS document, d.sourceFile AS source_file,
       m.start AS start, m.`end` AS `end`, m.text AS text
UNION
MATCH (n {id: $node})-[:IN_DOCUMENT]->(d:Document)
WHERE n.start IS NOT NULL AND n.text IS NOT NULL
RETURN n.id AS node, 'self' AS via, n.id AS span, d.id AS document, d.sourceFile AS source_file,
       n.start AS start, n.`end` AS `end`, n.text AS text
UNION
MATCH (n {id: $node})-[:EVIDENCE]->(e)
MATCH (e)-[:IN_DOCUMENT]->(d:Document)
WHERE e.start IS NOT NULL AND e.text IS NOT NULL
RETURN n.id AS node, 'evidence' AS via, e.id AS span, d.id AS document, d.sourceFile AS source_file,
       e.start AS start, e.`end` AS `end`, e.text AS text
