// Test helper: the curated graph loaded into an Oxigraph store, queried with the named graphs' union
// as the default graph (GRAPH patterns still see each passage graph).
import oxigraph from 'oxigraph';
import { readGraphFile, trigFiles } from './graph-files';

export const SPARQL_PREFIXES = `PREFIX okg: <https://w3id.org/osce-kg/ontology#>
PREFIX id: <https://w3id.org/osce-kg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX sdg: <http://metadata.un.org/sdg/>
PREFIX sdgo: <http://metadata.un.org/sdg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
`;

export function curatedStore(): oxigraph.Store {
  const store = new oxigraph.Store();
  for (const file of trigFiles()) store.load(readGraphFile(file), { format: 'application/trig' });
  return store;
}

const ID = 'https://w3id.org/osce-kg/id/';
const SDG = 'http://metadata.un.org/sdg/';

/** Shortens IRIs for readable expectations: id:odihr -> "odihr", sdg:10.7 -> "sdg:10.7". */
export function short(value: string): string {
  if (value.startsWith(ID)) return value.slice(ID.length);
  if (value.startsWith(SDG)) return 'sdg:' + value.slice(SDG.length);
  return value;
}

/** Runs a SELECT and returns its rows as sorted "a | b | c" strings of shortened values. */
export function selectRows(store: oxigraph.Store, sparql: string): string[] {
  const result = store.query(SPARQL_PREFIXES + sparql, { use_default_graph_as_union: true }) as Map<
    string,
    oxigraph.Term
  >[];
  return result.map((row) => [...row.values()].map((t) => short(t.value)).join(' | ')).sort();
}
