// Remote endpoint mode (pure part): the queries that fetch one node's neighbourhood a page at a time, and their quads.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { QueryResult } from '../../../query/engine';
import { escapeIri } from '../../../query/terms';

/** Neighbours loaded per request; "more" fetches the next page. */
export const NEIGHBOUR_PAGE = 50;
/** Cap on the literal and type statements fetched about one page of nodes. */
const DESCRIBE_LIMIT = 5000;

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/**
 * The statements linking `iri` to other resources, both directions, in a stable order so that pages do
 * not overlap; one row more than a page, to know whether there is more.
 */
export function neighbourhoodQuery(iri: string, offset: number, page = NEIGHBOUR_PAGE): string {
  const node = `<${escapeIri(iri)}>`;
  return `SELECT ?dir ?p ?n WHERE {
  { ${node} ?p ?n . FILTER(isIRI(?n) && ?p != <${RDF_TYPE}>) BIND("out" AS ?dir) }
  UNION
  { ?n ?p ${node} . FILTER(isIRI(?n)) BIND("in" AS ?dir) }
}
ORDER BY ?dir ?p ?n
OFFSET ${Math.max(0, Math.floor(offset))}
LIMIT ${page + 1}`;
}

/** Labels, other literals and types of the given nodes, so they can be drawn and named. */
export function describeQuery(iris: readonly string[]): string {
  const values = iris.map((i) => `<${escapeIri(i)}>`).join(' ');
  return `SELECT ?s ?p ?o WHERE {
  VALUES ?s { ${values} }
  ?s ?p ?o .
  FILTER(isLiteral(?o) || ?p = <${RDF_TYPE}>)
}
LIMIT ${DESCRIBE_LIMIT}`;
}

export interface NeighbourPage {
  quads: Quad[];
  /** IRIs of the neighbours on this page. */
  neighbours: string[];
  /** Rows of the answer this page used: the offset of the next page moves by this much. */
  rows: number;
  /** True when the endpoint has more neighbours after this page. */
  more: boolean;
}

/** Reads a neighbourhoodQuery answer into quads (default graph: the endpoint's provenance is not fetched). */
export function neighbourPage(iri: string, result: QueryResult, page = NEIGHBOUR_PAGE): NeighbourPage {
  if (result.kind !== 'bindings') return { quads: [], neighbours: [], rows: 0, more: false };
  const center = DataFactory.namedNode(iri);
  const quads: Quad[] = [];
  const neighbours = new Set<string>();
  for (const row of result.rows.slice(0, page)) {
    const { dir, p, n } = row;
    if (!p || !n || p.termType !== 'NamedNode' || n.termType !== 'NamedNode') continue;
    const other = DataFactory.namedNode(n.value);
    const predicate = DataFactory.namedNode(p.value);
    quads.push(dir?.value === 'in' ? DataFactory.quad(other, predicate, center) : DataFactory.quad(center, predicate, other));
    neighbours.add(n.value);
  }
  return { quads, neighbours: [...neighbours].sort(), rows: Math.min(result.rows.length, page), more: result.rows.length > page };
}

/** Reads a describeQuery answer into quads. */
export function describedQuads(result: QueryResult): Quad[] {
  if (result.kind !== 'bindings') return [];
  const quads: Quad[] = [];
  for (const { s, p, o } of result.rows) {
    if (!s || !p || !o || s.termType !== 'NamedNode' || p.termType !== 'NamedNode') continue;
    if (o.termType !== 'Literal' && o.termType !== 'NamedNode') continue;
    const object = o.termType === 'Literal'
      ? DataFactory.literal(o.value, o.language || DataFactory.namedNode(o.datatype.value))
      : DataFactory.namedNode(o.value);
    quads.push(DataFactory.quad(DataFactory.namedNode(s.value), DataFactory.namedNode(p.value), object));
  }
  return quads;
}
