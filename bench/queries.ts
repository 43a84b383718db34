// The query mix every engine answers: point lookup, neighbourhood, 2-hop join, grouped aggregate, path, CONSTRUCT.
import { entityIri } from './generate';

export interface BenchQuery {
  id: string;
  title: string;
  sparql: string;
}

const PREFIXES = `PREFIX okg: <https://w3id.org/osce-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

/** The same queries at every size: they name entities that exist in every synthetic graph (low indexes). */
export function queryMix(): BenchQuery[] {
  const activity = `<${entityIri('activity', 123)}>`;
  const body = `<${entityIri('body', 7)}>`;
  const theme = `<${entityIri('theme', 3)}>`;
  const deepBody = `<${entityIri('body', 400)}>`;
  return [
    { id: 'point', title: 'point lookup', sparql: `${PREFIXES}SELECT ?p ?o WHERE { ${activity} ?p ?o }` },
    {
      id: 'neighbourhood',
      title: 'neighbourhood + labels',
      sparql: `${PREFIXES}SELECT ?p ?n ?label WHERE { { ${body} ?p ?n } UNION { ?n ?p ${body} } OPTIONAL { ?n rdfs:label ?label } }`,
    },
    {
      id: 'join2',
      title: '2-hop join',
      sparql: `${PREFIXES}SELECT ?act ?body ?label WHERE { ?act okg:addresses ${theme} . ?act okg:organizedBy ?body . ?body rdfs:label ?label }`,
    },
    {
      id: 'aggregate',
      title: 'grouped aggregate (2-hop)',
      sparql: `${PREFIXES}SELECT ?target (COUNT(DISTINCT ?body) AS ?bodies) WHERE { ?x okg:contributesTo ?target . ?x okg:organizedBy ?body } GROUP BY ?target ORDER BY DESC(?bodies) LIMIT 20`,
    },
    {
      id: 'path',
      title: 'path (subOrganizationOf+)',
      sparql: `${PREFIXES}SELECT ?ancestor WHERE { ${deepBody} org:subOrganizationOf+ ?ancestor }`,
    },
    {
      id: 'construct',
      title: 'CONSTRUCT neighbourhood',
      sparql: `${PREFIXES}CONSTRUCT { ${body} ?p ?o . ?s ?q ${body} } WHERE { { ${body} ?p ?o } UNION { ?s ?q ${body} } }`,
    },
  ];
}
