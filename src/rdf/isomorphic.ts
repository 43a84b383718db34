// Graph isomorphism of two quad lists, blank-node aware (via rdf-isomorphic).
import type { Quad } from '@rdfjs/types';
import { isomorphic as rdfIsomorphic } from 'rdf-isomorphic';
import { quadKey } from './term-key';

/** Drops exact duplicates: an RDF dataset is a set, but parsers may emit a repeated statement twice. */
function unique(quads: readonly Quad[]): Quad[] {
  const seen = new Set<string>();
  const result: Quad[] = [];
  for (const q of quads) {
    const key = quadKey(q);
    if (!seen.has(key)) { seen.add(key); result.push(q); }
  }
  return result;
}

/** True when the two datasets are equal up to a renaming of blank nodes. */
export function isomorphic(a: readonly Quad[], b: readonly Quad[]): boolean {
  return rdfIsomorphic(unique(a), unique(b));
}
