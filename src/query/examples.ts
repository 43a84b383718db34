// Example SPARQL queries that answer analysts' questions over the project's vocabulary (see DESIGN.md).

export interface ExampleQuery {
  id: string;
  title: string;
  /** What the query answers, in a sentence. */
  description: string;
  sparql: string;
}

const PREFIXES = `PREFIX okg: <https://w3id.org/osce-kg/ontology#>
PREFIX id: <https://w3id.org/osce-kg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sdg: <http://metadata.un.org/sdg/>
PREFIX sdgo: <http://metadata.un.org/sdg/ontology#>
`;

/** An English label for ?var, bound to ?varLabel when there is one. */
const label = (v: string) => `OPTIONAL { ?${v} rdfs:label ?${v}Label FILTER(langMatches(lang(?${v}Label), "en")) }`;

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'partners',
    title: 'Who works with whom',
    description:
      'Every OSCE body and the organizations it partners with (the relation is symmetric, so both directions count).',
    sparql: `${PREFIXES}
SELECT DISTINCT ?body ?bodyLabel ?partner ?partnerLabel WHERE {
  ?body a okg:OSCEBody .
  { ?body okg:partnersWith ?partner } UNION { ?partner okg:partnersWith ?body }
  ${label('body')}
  ${label('partner')}
}
ORDER BY ?bodyLabel ?partnerLabel`,
  },
  {
    id: 'mandates',
    title: 'Which decisions mandate which body',
    description: 'Bodies and activities with the decision that gives them their mandate, its identifier and date.',
    sparql: `${PREFIXES}
SELECT ?decision ?identifier ?date ?mandated ?mandatedLabel WHERE {
  ?mandated okg:mandatedBy ?decision .
  OPTIONAL { ?decision dcterms:identifier ?identifier }
  OPTIONAL { ?decision dcterms:date ?date }
  ${label('mandated')}
}
ORDER BY ?date ?identifier ?mandatedLabel`,
  },
  {
    id: 'sdg-target',
    title: 'Which bodies serve SDG target 10.7',
    description: 'Everything that contributes to SDG target 10.7 (change the VALUES line for another target).',
    sparql: `${PREFIXES}
SELECT ?contributor ?contributorLabel ?kind ?targetText WHERE {
  VALUES ?target { sdg:10.7 }
  ?contributor okg:contributesTo ?target .
  OPTIONAL { ?contributor a ?kind FILTER(STRSTARTS(STR(?kind), STR(okg:))) }
  OPTIONAL { ?target skos:prefLabel ?targetText FILTER(langMatches(lang(?targetText), "en")) }
  ${label('contributor')}
}
ORDER BY ?contributorLabel`,
  },
  {
    id: 'evidence',
    title: 'Which passage supports a statement',
    description: 'Each partnership statement with the verbatim source sentence (the passage graph) that supports it.',
    sparql: `${PREFIXES}
SELECT ?subjectLabel ?objectLabel ?passage ?quote WHERE {
  GRAPH ?passage { ?subject okg:partnersWith ?object }
  ?passage a okg:Passage ; okg:quote ?quote .
  ${label('subject')}
  ${label('object')}
}
ORDER BY ?subjectLabel ?objectLabel ?passage`,
  },
  {
    id: 'timeline',
    title: 'Decision timeline',
    description: 'OSCE decisions in date order, with who adopted them.',
    sparql: `${PREFIXES}
SELECT ?date ?identifier ?decision ?decisionLabel ?adoptedByLabel WHERE {
  ?decision a okg:Decision .
  OPTIONAL { ?decision dcterms:date ?date }
  OPTIONAL { ?decision dcterms:identifier ?identifier }
  OPTIONAL { ?decision okg:adoptedBy ?adoptedBy . ${label('adoptedBy')} }
  ${label('decision')}
}
ORDER BY ?date ?identifier`,
  },
  {
    id: 'units',
    title: 'Units per department',
    description: 'Each body with its number of sub-organizations and their names.',
    sparql: `${PREFIXES}
SELECT ?parent ?parentLabel (COUNT(DISTINCT ?unit) AS ?units) (GROUP_CONCAT(DISTINCT ?unitName; separator=", ") AS ?names) WHERE {
  ?unit org:subOrganizationOf ?parent .
  OPTIONAL { ?unit rdfs:label ?unitName FILTER(langMatches(lang(?unitName), "en")) }
  ${label('parent')}
}
GROUP BY ?parent ?parentLabel
ORDER BY DESC(?units) ?parentLabel`,
  },
  {
    id: 'themes',
    title: 'Themes by attention',
    description: 'Themes and how many decisions, activities, events, publications and bodies address them.',
    sparql: `${PREFIXES}
SELECT ?theme ?themeLabel (COUNT(DISTINCT ?x) AS ?addressedBy) WHERE {
  ?x okg:addresses ?theme .
  ${label('theme')}
}
GROUP BY ?theme ?themeLabel
ORDER BY DESC(?addressedBy) ?themeLabel`,
  },
  {
    id: 'classes',
    title: 'Counts by class',
    description: 'How many resources of each class the graph holds.',
    sparql: `${PREFIXES}
SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE { ?s a ?class }
GROUP BY ?class
ORDER BY DESC(?count) ?class`,
  },
  {
    id: 'predicates',
    title: 'Counts by relation',
    description: 'How many statements use each predicate.',
    sparql: `SELECT ?predicate (COUNT(*) AS ?count) WHERE { ?s ?predicate ?o }
GROUP BY ?predicate
ORDER BY DESC(?count) ?predicate`,
  },
  {
    id: 'partnership-graph',
    title: 'Partnership network (CONSTRUCT)',
    description: 'The partnership statements as a graph, to export or to light up in the explorer.',
    sparql: `${PREFIXES}
CONSTRUCT { ?a okg:partnersWith ?b . ?a rdfs:label ?al . ?b rdfs:label ?bl }
WHERE {
  ?a okg:partnersWith ?b .
  OPTIONAL { ?a rdfs:label ?al } OPTIONAL { ?b rdfs:label ?bl }
}`,
  },
  {
    id: 'undocumented',
    title: 'Statements without a passage',
    description:
      'Relations between entities asserted outside any passage graph (should be none: every fact has a source). ' +
      'Descriptions of source documents and passages are metadata, stated in the default graph by design.',
    sparql: `${PREFIXES}
SELECT ?s ?p ?o WHERE {
  ?s ?p ?o .
  FILTER(isIRI(?o) && ?p != rdf:type && STRSTARTS(STR(?p), STR(okg:)))
  FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }
  FILTER NOT EXISTS { ?s a okg:SourceDocument }
  FILTER NOT EXISTS { ?s a okg:Passage }
}
LIMIT 100`.replace(PREFIXES, PREFIXES + 'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n'),
  },
];

export function exampleQuery(id: string): ExampleQuery | undefined {
  return EXAMPLE_QUERIES.find((q) => q.id === id);
}
