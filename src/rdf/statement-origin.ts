// Where a statement comes from, read from its graph name: said by a source, taken from a reference, or added by
// curation.
import type { Quad, Term } from '@rdfjs/types';
import { DCT_IS_PART_OF, OKG_CURATION_GRAPH, OKG_PASSAGE, OKG_REFERENCE_DOCUMENT, RDF_TYPE } from './vocab';

/**
 * The three kinds of statement, plus the two non-kinds: `description` (the default graph, which
 * describes passages, documents and curation graphs) and `unknown` (a graph that is none of these).
 */
export type StatementOrigin = 'source' | 'reference' | 'curation' | 'description' | 'unknown';

export const STATEMENT_ORIGINS: readonly StatementOrigin[] = [
  'source',
  'reference',
  'curation',
  'description',
  'unknown',
];

/** Display names, for stats and the explorer. */
export const ORIGIN_LABELS: Readonly<Record<StatementOrigin, string>> = {
  source: 'said by the source',
  reference: 'taken from a public reference',
  curation: 'added by curation',
  description: 'description of passages and graphs',
  unknown: 'in a graph of unknown origin',
};

export interface OriginIndex {
  /** The origin of statements in this graph (a graph term, or a graph IRI; '' is the default graph). */
  originOf(graph: Term | string): StatementOrigin;
}

/**
 * Indexes the dataset's passages, reference documents and curation graphs. A passage's graph holds
 * reference statements when the passage `dcterms:isPartOf` an `okg:ReferenceDocument`, source
 * statements otherwise; a graph typed `okg:CurationGraph` holds curation.
 */
export function statementOrigins(quads: Iterable<Quad>): OriginIndex {
  const passages = new Set<string>();
  const curation = new Set<string>();
  const references = new Set<string>();
  const documentOf = new Map<string, string>();
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      if (q.object.value === OKG_PASSAGE) passages.add(q.subject.value);
      else if (q.object.value === OKG_CURATION_GRAPH) curation.add(q.subject.value);
      else if (q.object.value === OKG_REFERENCE_DOCUMENT) references.add(q.subject.value);
    } else if (q.predicate.value === DCT_IS_PART_OF && !documentOf.has(q.subject.value)) {
      documentOf.set(q.subject.value, q.object.value);
    }
  }
  return {
    originOf(graph) {
      const iri = typeof graph === 'string' ? graph : graph.termType === 'DefaultGraph' ? '' : graph.value;
      if (iri === '') return 'description';
      if (curation.has(iri)) return 'curation';
      if (!passages.has(iri)) return 'unknown';
      const doc = documentOf.get(iri);
      return doc !== undefined && references.has(doc) ? 'reference' : 'source';
    },
  };
}

/** Counts quads by the origin of their graph. */
export function countByOrigin(quads: readonly Quad[]): Record<StatementOrigin, number> {
  const index = statementOrigins(quads);
  const counts = Object.fromEntries(STATEMENT_ORIGINS.map((o) => [o, 0])) as Record<StatementOrigin, number>;
  for (const q of quads) counts[index.originOf(q.graph)] += 1;
  return counts;
}
