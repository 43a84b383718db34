// Graph isomorphism of two quad lists, blank-node aware (via rdf-isomorphic).
import type { Literal, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { isomorphic as rdfIsomorphic } from 'rdf-isomorphic';
import { quadKey } from './term-key';

/**
 * rdf-isomorphic round-trips terms through rdf-string, which reads a `--` in a datatype IRI as a
 * base direction and throws. Such datatypes get a stand-in IRI, the same one on both sides.
 */
function prepare(quads: readonly Quad[], standIns: Map<string, string>): Quad[] {
  const seen = new Set<string>();
  const result: Quad[] = [];
  for (const q of quads) {
    const key = quadKey(q);
    // An RDF dataset is a set, but parsers may emit a repeated statement twice
    if (seen.has(key)) continue;
    seen.add(key);
    const object = q.object;
    if (object.termType === 'Literal' && !object.language && object.datatype.value.includes('--')) {
      let standIn = standIns.get(object.datatype.value);
      if (standIn === undefined)
        standIns.set(object.datatype.value, (standIn = `urn:osce-kg:isomorphic:datatype-${standIns.size}`));
      const replaced: Literal = DataFactory.literal(object.value, DataFactory.namedNode(standIn));
      result.push(DataFactory.quad(q.subject, q.predicate, replaced, q.graph));
    } else {
      result.push(q);
    }
  }
  return result;
}

/** True when the two datasets are equal up to a renaming of blank nodes. */
export function isomorphic(a: readonly Quad[], b: readonly Quad[]): boolean {
  const standIns = new Map<string, string>();
  return rdfIsomorphic(prepare(a, standIns), prepare(b, standIns));
}
