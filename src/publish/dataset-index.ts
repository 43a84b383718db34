// An index of a dataset for publishing: each resource's statements in and out (in every graph) and each graph's
// contents.
import type { Quad } from '@rdfjs/types';
import { pickLabel, type LiteralValue } from '../kg/labels';
import { quadKey } from '../rdf/term-key';
import { RDF_TYPE } from '../rdf/vocab';

export interface DatasetIndex {
  quads: readonly Quad[];
  /** Quads by subject IRI (or blank node id as `_:id`). */
  bySubject: Map<string, Quad[]>;
  /** Quads by object IRI (IRIs and blank nodes only). */
  byObject: Map<string, Quad[]>;
  /** Quads by named graph IRI. */
  byGraph: Map<string, Quad[]>;
  /** Every IRI used as a subject, in a stable order. */
  subjects: string[];
  label(iri: string): string;
  types(iri: string): string[];
}

function key(term: Quad['subject'] | Quad['object'] | Quad['graph']): string | undefined {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return undefined;
}

function push(map: Map<string, Quad[]>, k: string, q: Quad): void {
  const list = map.get(k);
  if (list) list.push(q);
  else map.set(k, [q]);
}

export function indexDataset(quads: readonly Quad[]): DatasetIndex {
  const bySubject = new Map<string, Quad[]>();
  const byObject = new Map<string, Quad[]>();
  const byGraph = new Map<string, Quad[]>();
  for (const q of quads) {
    push(bySubject, key(q.subject)!, q);
    const o = key(q.object);
    if (o !== undefined) push(byObject, o, q);
    const g = key(q.graph);
    if (g !== undefined) push(byGraph, g, q);
  }
  const labels = new Map<string, string>();
  const label = (iri: string): string => {
    let cached = labels.get(iri);
    if (cached === undefined) {
      const literals: Record<string, LiteralValue[]> = {};
      for (const q of bySubject.get(iri) ?? []) {
        if (q.object.termType !== 'Literal') continue;
        (literals[q.predicate.value] ??= []).push({
          value: q.object.value,
          language: q.object.language.toLowerCase(),
          datatype: q.object.datatype.value,
        });
      }
      labels.set(iri, (cached = pickLabel(iri, literals)));
    }
    return cached;
  };
  const types = (iri: string): string[] =>
    [
      ...new Set(
        (bySubject.get(iri) ?? [])
          .filter((q) => q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode')
          .map((q) => q.object.value),
      ),
    ].sort();
  const subjects = [...bySubject.keys()].filter((k) => !k.startsWith('_:')).sort();
  return { quads, bySubject, byObject, byGraph, subjects, label, types };
}

/** Quads once each (a quad may be found both as a statement in and out, or through two graphs). */
function unique(quads: Iterable<Quad>): Quad[] {
  const seen = new Set<string>();
  const out: Quad[] = [];
  for (const q of quads) {
    const k = quadKey(q);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(q);
  }
  return out;
}

/** Blank nodes reached from `quads` (a bnode object's own statements), followed to any depth. */
function withBlankClosure(index: DatasetIndex, quads: Quad[]): Quad[] {
  const out = [...quads];
  const done = new Set<string>();
  // The array iterator also visits the statements pushed during the walk
  for (const { object: o } of out) {
    if (o.termType !== 'BlankNode' || done.has(o.value)) continue;
    done.add(o.value);
    out.push(...(index.bySubject.get(`_:${o.value}`) ?? []));
  }
  return out;
}

/**
 * The description of a resource, for its machine-readable representations: its statements out and in (in whatever
 * graph), the contents of the graph it names (a passage's statements), and the descriptions of every named graph that
 * backs one of those statements (the passages with their quotes), so that each fact travels with its provenance.
 */
export function describeResource(index: DatasetIndex, iri: string): Quad[] {
  const core = withBlankClosure(index, [
    ...(index.bySubject.get(iri) ?? []),
    ...(index.byObject.get(iri) ?? []),
    ...(index.byGraph.get(iri) ?? []),
  ]);
  const graphs = new Set<string>();
  for (const q of core) if (q.graph.termType === 'NamedNode' && q.graph.value !== iri) graphs.add(q.graph.value);
  const provenance: Quad[] = [];
  for (const g of [...graphs].sort()) {
    for (const q of index.bySubject.get(g) ?? [])
      if (q.graph.termType === 'DefaultGraph' || q.graph.value === g) provenance.push(q);
  }
  return unique([...core, ...withBlankClosure(index, provenance)]);
}

/** True when the dataset says anything about the IRI (as subject, object or graph name). */
export function isKnown(index: DatasetIndex, iri: string): boolean {
  return index.bySubject.has(iri) || index.byObject.has(iri) || index.byGraph.has(iri);
}
