// Cheap, unique string keys for terms and quads (n3 terms already carry one as `id`).
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, termToId } from 'n3';

// n3's terms share a base class that carries the key as `id`; its type definitions do not declare that class, so it
// is reached through a term's prototype chain. (A namespace import of n3 would pull its stream parser and Node
// polyfills into the explorer's first script.)
const N3Term = (
  Object.getPrototypeOf(Object.getPrototypeOf(DataFactory.namedNode('urn:x'))) as {
    constructor: abstract new (...args: never[]) => { id: string };
  }
).constructor;

/** A string that identifies the term; equal keys mean equal terms. */
export function termKey(term: Term): string {
  return term instanceof N3Term ? term.id : termToId(term as Parameters<typeof termToId>[0]);
}

/** Key of the triple part of a quad (graph ignored). */
export function tripleKey(q: Quad): string {
  return termKey(q.subject) + '\u0000' + termKey(q.predicate) + '\u0000' + termKey(q.object);
}

/** Key of the whole quad. */
export function quadKey(q: Quad): string {
  return tripleKey(q) + '\u0000' + termKey(q.graph);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders quads by graph, subject, predicate, object (by term key), for stable output. */
export function compareQuads(a: Quad, b: Quad): number {
  return (
    compareStrings(termKey(a.graph), termKey(b.graph)) ||
    compareStrings(termKey(a.subject), termKey(b.subject)) ||
    compareStrings(termKey(a.predicate), termKey(b.predicate)) ||
    compareStrings(termKey(a.object), termKey(b.object))
  );
}
