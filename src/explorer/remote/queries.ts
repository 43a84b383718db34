// Remote mode (pure): the bounded SPARQL queries the explorer sends to an endpoint — search, neighbourhood pages,
// labels.
import type { Quad } from '@rdfjs/types';
import { escapeIri, escapeString } from '../../query/terms';
import {
  DCT_IDENTIFIER,
  OKG_QUOTE,
  RDF_TYPE,
  RDFS_LABEL,
  SKOS_ALT_LABEL,
  SKOS_NOTATION,
  SKOS_PREF_LABEL,
} from '../../rdf/vocab';

/** Neighbours loaded per request; "More" fetches the next page. */
export const NEIGHBOUR_PAGE = 50;
/** Cap on the literal and type statements fetched about one page of nodes. */
export const DESCRIBE_LIMIT = 5000;
/** Cap on the (statement, passage) rows fetched for one page of links. */
export const PROVENANCE_LIMIT = 2000;
/** Rows a search may return (several per entity: one per label × type); grouped into suggestions here. */
export const SEARCH_ROWS = 200;
/** Shortest search text sent to the endpoint: one character would match most of the store. */
export const MIN_SEARCH_LENGTH = 2;
/** Longest search text sent (a pasted paragraph is cut, not sent whole). */
export const MAX_SEARCH_LENGTH = 100;

/** The literal predicates a search looks in, with the field name the search box shows. */
export const SEARCH_PREDICATES: Readonly<Record<string, 'label' | 'altLabel' | 'identifier' | 'notation'>> = {
  [RDFS_LABEL]: 'label',
  [SKOS_PREF_LABEL]: 'label',
  [SKOS_ALT_LABEL]: 'altLabel',
  [DCT_IDENTIFIER]: 'identifier',
  [SKOS_NOTATION]: 'notation',
};

/**
 * The statements linking `iri` to other resources, both directions, in a stable order so that pages do
 * not overlap; one row more than a page, to know whether there is more. DISTINCT because a store's default
 * graph may be the bag union of its graphs (Virtuoso): a statement in three passage graphs is one link.
 * VALUES, not BIND, names the direction: Virtuoso 7's compiler fails on BIND after that FILTER (SP031).
 */
export function neighbourhoodQuery(iri: string, offset: number, page = NEIGHBOUR_PAGE): string {
  const node = `<${escapeIri(iri)}>`;
  return `SELECT DISTINCT ?dir ?p ?n WHERE {
  { VALUES ?dir { "out" } ${node} ?p ?n . FILTER(isIRI(?n) && ?p != <${RDF_TYPE}>) }
  UNION
  { VALUES ?dir { "in" } ?n ?p ${node} . FILTER(isIRI(?n)) }
}
ORDER BY ?dir ?p ?n
OFFSET ${Math.max(0, Math.floor(offset))}
LIMIT ${page + 1}`;
}

/** Labels, other literals and types of the given nodes, so they can be drawn and named. */
export function describeQuery(iris: readonly string[]): string {
  const values = iris.map((i) => `<${escapeIri(i)}>`).join(' ');
  return `SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?s { ${values} }
  ?s ?p ?o .
  FILTER(isLiteral(?o) || ?p = <${RDF_TYPE}>)
}
LIMIT ${DESCRIBE_LIMIT}`;
}

/** The text a search sends: trimmed, whitespace collapsed, cut to MAX_SEARCH_LENGTH; '' when too short to send. */
export function searchText(input: string): string {
  const text = input.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH);
  return [...text].length < MIN_SEARCH_LENGTH ? '' : text;
}

/**
 * Resources whose label, acronym, identifier or notation contains `text` (case-insensitive), shortest
 * match first, with their labels and types: plain SPARQL 1.1, so any endpoint answers it.
 */
export function searchQuery(text: string, rows = SEARCH_ROWS): string {
  const needle = escapeString(text.toLowerCase());
  const predicates = Object.keys(SEARCH_PREDICATES)
    .map((p) => `<${escapeIri(p)}>`)
    .join(' ');
  return `SELECT DISTINCT ?s ?p ?m ?lp ?label ?type WHERE {
  VALUES ?p { ${predicates} }
  ?s ?p ?m .
  FILTER(isIRI(?s) && isLiteral(?m) && CONTAINS(LCASE(STR(?m)), "${needle}"))
  OPTIONAL { VALUES ?lp { <${RDFS_LABEL}> <${SKOS_PREF_LABEL}> } ?s ?lp ?label }
  OPTIONAL { ?s <${RDF_TYPE}> ?type }
}
ORDER BY STRLEN(STR(?m)) ?s
LIMIT ${Math.max(1, Math.floor(rows))}`;
}

/**
 * The passages behind a page of links: for each statement, every named graph asserting it whose name has an
 * okg:quote (the project's provenance layout, as `osce-kg push --named-graphs` stores it), with the quote.
 * Null when the page has no link to ask about.
 */
export function provenanceQuery(links: readonly Quad[]): string | null {
  const rows = links
    .filter((q) => q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode')
    .map((q) => `(<${escapeIri(q.subject.value)}> <${escapeIri(q.predicate.value)}> <${escapeIri(q.object.value)}>)`);
  if (rows.length === 0) return null;
  return `SELECT DISTINCT ?s ?p ?o ?g ?quote WHERE {
  VALUES (?s ?p ?o) { ${rows.join(' ')} }
  GRAPH ?g { ?s ?p ?o }
  ?g <${OKG_QUOTE}> ?quote .
}
LIMIT ${PROVENANCE_LIMIT}`;
}
