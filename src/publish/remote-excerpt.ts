// The part of a triple store that one page needs, asked of its SPARQL endpoint (`serve --endpoint`): the resource's
// statements in every graph, the descriptions of the graphs behind them, and the labels and types of all they name
// (and of what those name in turn, for the documents of the passages behind a curation graph).
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { QueryOptions, SparqlEngine } from '../query/engine';
import { tripleKey } from '../rdf/term-key';
import {
  DCT_IS_PART_OF,
  NS,
  OKG_QUOTE,
  PREFIXES,
  PROV_WAS_ATTRIBUTED_TO,
  RDF_TYPE,
  RDFS_LABEL,
  SKOS_NOTATION,
  SKOS_PREF_LABEL,
} from '../rdf/vocab';

const { quad, namedNode, blankNode, defaultGraph } = DataFactory;

/** What the pages show of a resource they only name: its label, class, place in the ontology, and a passage's quote. */
const NAMED_PREDICATES = [
  RDF_TYPE,
  RDFS_LABEL,
  SKOS_PREF_LABEL,
  SKOS_NOTATION,
  NS.rdfs + 'subClassOf',
  NS.rdfs + 'subPropertyOf',
  NS.rdfs + 'domain',
  NS.rdfs + 'range',
  OKG_QUOTE,
  DCT_IS_PART_OF,
  PROV_WAS_ATTRIBUTED_TO,
  NS.prov + 'wasDerivedFrom',
];
/** Names sent per query: a page naming more is asked for in several queries. */
const VALUES_BATCH = 400;
/** More rows than any page can show: the description is refused rather than shown in part. */
const MAX_ROWS = 100_000;

/** The store's description of a resource is larger than a page may show (MAX_ROWS rows). */
export class ExcerptTooLargeError extends Error {
  override name = 'ExcerptTooLargeError';
}

/** An IRI that can be written between `<` and `>` in a query (a store may hold ones that cannot: they are skipped). */
function sparqlIri(iri: string): string | undefined {
  const writable = iri !== '' && [...iri].every((c) => c.charCodeAt(0) > 0x20 && !'<>"{}|^`\\'.includes(c));
  return writable ? `<${iri}>` : undefined;
}

type Row = Record<string, Term>;
interface Found {
  s: Term;
  p: Term;
  o: Term;
  graph?: string;
}

async function select(engine: SparqlEngine, sparql: string, options: QueryOptions): Promise<Row[]> {
  const result = await engine.query(sparql, { ...options, rowLimit: MAX_ROWS });
  if (result.kind !== 'bindings') throw new Error(`the SPARQL endpoint answered a SELECT with ${result.kind}`);
  if (result.truncated) throw new ExcerptTooLargeError(`the description is larger than ${MAX_ROWS} rows`);
  return result.rows;
}

/** The resource's statements out, in and (for a passage) inside its graph: with the graph when a store tells it. */
async function statements(engine: SparqlEngine, iri: string, options: QueryOptions): Promise<Found[]> {
  const r = `<${iri}>`;
  // One variable set per branch, so each row says which branch it came from (no BIND: stores differ on it)
  const rows = await select(
    engine,
    `SELECT * WHERE {
  { GRAPH ?g1 { ${r} ?p1 ?o1 } } UNION { GRAPH ?g2 { ?s2 ?p2 ${r} } } UNION { GRAPH ${r} { ?s3 ?p3 ?o3 } }
  UNION { ${r} ?p4 ?o4 } UNION { ?s5 ?p5 ${r} }
}`,
    options,
  );
  const self = namedNode(iri);
  const found: Found[] = [];
  for (const row of rows) {
    if (row.p1 && row.o1 && row.g1) found.push({ s: self, p: row.p1, o: row.o1, graph: row.g1.value });
    else if (row.s2 && row.p2 && row.g2) found.push({ s: row.s2, p: row.p2, o: self, graph: row.g2.value });
    else if (row.s3 && row.p3 && row.o3) found.push({ s: row.s3, p: row.p3, o: row.o3, graph: iri });
    else if (row.p4 && row.o4) found.push({ s: self, p: row.p4, o: row.o4 });
    else if (row.s5 && row.p5) found.push({ s: row.s5, p: row.p5, o: self });
  }
  return found;
}

/** Statements about each of `subjects` (in batches), with their graph; `predicates` limits which. */
async function about(
  engine: SparqlEngine,
  subjects: Iterable<string>,
  options: QueryOptions,
  predicates?: readonly string[],
): Promise<Found[]> {
  const names = [...new Set(subjects)].map(sparqlIri).filter((n): n is string => n !== undefined);
  const only = predicates ? `VALUES ?p { ${predicates.map((p) => `<${p}>`).join(' ')} }` : '';
  const found: Found[] = [];
  for (let i = 0; i < names.length; i += VALUES_BATCH) {
    const rows = await select(
      engine,
      `SELECT * WHERE { VALUES ?s { ${names.slice(i, i + VALUES_BATCH).join(' ')} } ${only}
  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }`,
      options,
    );
    for (const row of rows)
      if (row.s && row.p && row.o) found.push({ s: row.s, p: row.p, o: row.o, graph: row.g?.value });
  }
  return found;
}

/** Blank nodes relabelled `b0`, `b1`…: a store's own labels (Virtuoso's `nodeID://b10000`) need not be valid Turtle. */
function safeBlankNodes(): (term: Term) => Term {
  const labels = new Map<string, Term>();
  return (term) => {
    if (term.termType !== 'BlankNode') return term;
    let relabelled = labels.get(term.value);
    if (!relabelled) labels.set(term.value, (relabelled = blankNode(`b${labels.size}`)));
    return relabelled;
  };
}

/**
 * Quads from statements found with or without their graph. A store may keep everything in one container graph too
 * (Virtuoso after `push`) or show named graphs in its default graph (a union): so a statement goes in each graph that
 * is itself described (a passage, a curation graph), and in the default graph only when it is in none of them.
 */
function place(found: readonly Found[], described: ReadonlySet<string>, safe: (term: Term) => Term): Quad[] {
  const byTriple = new Map<string, { q: Found; graphs: Set<string> }>();
  for (const f of found) {
    const key = tripleKey(quad(f.s as Quad['subject'], f.p as Quad['predicate'], f.o as Quad['object']));
    let entry = byTriple.get(key);
    if (!entry) byTriple.set(key, (entry = { q: f, graphs: new Set() }));
    if (f.graph !== undefined && described.has(f.graph)) entry.graphs.add(f.graph);
  }
  const out: Quad[] = [];
  for (const { q, graphs } of byTriple.values()) {
    const triple = [safe(q.s) as Quad['subject'], q.p as Quad['predicate'], safe(q.o) as Quad['object']] as const;
    if (graphs.size === 0) out.push(quad(...triple, defaultGraph()));
    for (const g of [...graphs].sort()) out.push(quad(...triple, namedNode(g)));
  }
  return out;
}

function namedIn(found: readonly Found[]): string[] {
  const names = new Set<string>();
  for (const f of found) for (const t of [f.s, f.p, f.o]) if (t.termType === 'NamedNode') names.add(t.value);
  return [...names];
}

const SCHEMA_TYPES = [
  NS.owl + 'Class',
  NS.rdfs + 'Class',
  NS.owl + 'ObjectProperty',
  NS.owl + 'DatatypeProperty',
  NS.owl + 'AnnotationProperty',
  NS.rdf + 'Property',
];
const SCHEMA_LINKS = [NS.rdfs + 'subClassOf', NS.rdfs + 'subPropertyOf', NS.rdfs + 'domain', NS.rdfs + 'range'];

/**
 * The statements the ontology page documents, from the store: the ontology's header and every class and property in
 * the vocabularies the pages name (PREFIXES), in the default graph as ontology.ttl has them.
 */
export async function fetchOntologyExcerpt(
  engine: SparqlEngine,
  ontologyIri: string,
  options: QueryOptions = {},
): Promise<Quad[]> {
  const namespaces = [...new Set(Object.values(PREFIXES))]
    .map((ns) => `STRSTARTS(STR(?s), ${JSON.stringify(ns)})`)
    .join(' || ');
  const list = (iris: readonly string[]): string => iris.map((i) => `<${i}>`).join(', ');
  // IN rather than VALUES inside UNION: Virtuoso 7 joins the latter wrongly (no rows)
  const terms = await select(
    engine,
    `SELECT DISTINCT ?s WHERE {
  { ?s a ?t FILTER(?t IN (${list(SCHEMA_TYPES)})) } UNION { ?s ?l ?x FILTER(?l IN (${list(SCHEMA_LINKS)})) }
  FILTER(isIRI(?s) && (${namespaces})) }`,
    options,
  );
  const subjects = [ontologyIri, ...terms.map((r) => r.s?.value).filter((s): s is string => s !== undefined)];
  const found = await about(engine, subjects, options);
  return place(
    found.map((f) => ({ ...f, graph: undefined })),
    new Set(),
    safeBlankNodes(),
  );
}

/** The excerpt of the store that the pages of `iri` need (empty when the store says nothing about it). */
export async function fetchExcerpt(engine: SparqlEngine, iri: string, options: QueryOptions = {}): Promise<Quad[]> {
  const own = await statements(engine, iri, options);
  if (own.length === 0) return [];
  const graphs = new Set(own.map((f) => f.graph).filter((g): g is string => g !== undefined && g !== iri));
  const graphDescriptions = await about(engine, graphs, options);
  const described = new Set(graphDescriptions.map((f) => f.s.value));
  described.add(iri);
  const fetched = new Set([iri, ...graphs]);
  const firstNamed = namedIn([...own, ...graphDescriptions]).filter((n) => !fetched.has(n));
  const named = await about(engine, firstNamed, options, NAMED_PREDICATES);
  // One step further, the labels only: the document of a passage that a curation graph was derived from
  for (const n of firstNamed) fetched.add(n);
  named.push(
    ...(await about(
      engine,
      namedIn(named).filter((n) => !fetched.has(n)),
      options,
      [RDF_TYPE, RDFS_LABEL, SKOS_PREF_LABEL],
    )),
  );
  const safe = safeBlankNodes();
  const placed = place([...own, ...graphDescriptions], described, safe);
  const seen = new Set(placed.map(tripleKey));
  // A named resource's label or type counts wherever it sits: the page needs the words, not their graph.
  const words = place(
    named.map((f) => ({ ...f, graph: undefined })),
    new Set(),
    safe,
  ).filter((q) => !seen.has(tripleKey(q)));
  return [...placed, ...words];
}
