// One pass over the dataset for the Matrix panel: who has which type, the linking statements and their passages.
import type { Quad, Term } from '@rdfjs/types';
import { statementOrigins, type OriginIndex } from '../../../rdf/statement-origin';
import { OKG_QUOTE, RDF_TYPE, RDFS_COMMENT } from '../../../rdf/vocab';
import type { LiteralValue } from '../../../kg/labels';
import { blankKey, safeKey } from '../../../kg/keys';

/** subject -> object -> the graphs (passages) that assert the statement. */
export type LinkIndex = Map<string, Map<string, Set<string>>>;

export interface MatrixIndex {
  /** rdf:type IRIs of each node key. */
  types: Map<string, Set<string>>;
  /** The statements of the predicates asked for, by predicate IRI. */
  links: Map<string, LinkIndex>;
  /** Literal statements by subject, for labels, acronyms and notations. */
  literals: Map<string, Record<string, LiteralValue[]>>;
  /** okg:quote of each passage and rdfs:comment of each curation graph, by graph IRI. */
  quotes: Map<string, string>;
  comments: Map<string, string>;
  origins: OriginIndex;
}

export function termKey(term: Term): string | undefined {
  if (term.termType === 'NamedNode') return safeKey(term.value);
  if (term.termType === 'BlankNode') return blankKey(term.value);
  return undefined;
}

function graphOf(quad: Quad): string | undefined {
  const g = quad.graph;
  if (g.termType === 'NamedNode') return g.value;
  if (g.termType === 'BlankNode') return blankKey(g.value);
  return undefined;
}

function addLink(index: LinkIndex, subject: string, object: string, graph: string | undefined): void {
  let inner = index.get(subject);
  if (!inner) index.set(subject, (inner = new Map<string, Set<string>>()));
  let graphs = inner.get(object);
  if (!graphs) inner.set(object, (graphs = new Set()));
  if (graph !== undefined) graphs.add(graph);
}

function addLiteral(index: MatrixIndex, subject: string, predicate: string, o: Term & { termType: 'Literal' }): void {
  if (predicate === OKG_QUOTE) index.quotes.set(subject, o.value);
  else if (predicate === RDFS_COMMENT) index.comments.set(subject, o.value);
  let record = index.literals.get(subject);
  if (!record) index.literals.set(subject, (record = {}));
  (record[predicate] ??= []).push({ value: o.value, language: o.language.toLowerCase(), datatype: o.datatype.value });
}

/** Indexes types, literals and the statements of `predicates`; the result depends only on the set of quads. */
export function indexQuads(quads: readonly Quad[], predicates: readonly string[]): MatrixIndex {
  const index: MatrixIndex = {
    types: new Map(),
    links: new Map(predicates.map((p): [string, LinkIndex] => [p, new Map<string, Map<string, Set<string>>>()])),
    literals: new Map(),
    quotes: new Map(),
    comments: new Map(),
    origins: statementOrigins(quads),
  };
  for (const quad of quads) {
    const s = termKey(quad.subject);
    if (s === undefined) continue;
    const p = quad.predicate.value;
    const o = quad.object;
    if (o.termType === 'Literal') {
      addLiteral(index, s, p, o);
      continue;
    }
    const object = termKey(o);
    if (object === undefined) continue;
    if (p === RDF_TYPE) {
      let types = index.types.get(s);
      if (!types) index.types.set(s, (types = new Set()));
      types.add(o.value);
      continue;
    }
    const links = index.links.get(p);
    if (links) addLink(links, s, object, graphOf(quad));
  }
  return index;
}

/** Keys of the nodes typed `type`. */
export function keysOfType(index: MatrixIndex, type: string): Set<string> {
  const keys = new Set<string>();
  for (const [key, types] of index.types) if (types.has(type)) keys.add(key);
  return keys;
}
