// fromOxigraphTerm: the same n3 term as the generic converter, whether or not the module's classes are known.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import type { Term } from '@rdfjs/types';
import { fromOxigraphTerm } from '../../src/query/oxigraph-terms';
import { termToNTriples, toN3Term } from '../../src/query/terms';

const terms: [string, Term][] = [
  ['IRI', oxigraph.namedNode('http://example.org/a#b') as unknown as Term],
  ['plain literal', oxigraph.literal('plain "text"\n') as unknown as Term],
  ['tagged literal', oxigraph.literal('Grüße', 'de-CH') as unknown as Term],
  ['typed literal', oxigraph.literal('42', oxigraph.namedNode('http://www.w3.org/2001/XMLSchema#integer')) as unknown as Term],
  ['blank node', oxigraph.blankNode('b0') as unknown as Term],
  ['triple term', oxigraph.triple(oxigraph.namedNode('http://a/s'), oxigraph.namedNode('http://a/p'), oxigraph.literal('o')) as unknown as Term],
];

describe('fromOxigraphTerm', () => {
  it.each(terms)('%s', (_label, term) => {
    const expected = toN3Term(term);
    for (const classes of [{ NamedNode: oxigraph.NamedNode, Literal: oxigraph.Literal }, undefined]) {
      const got = fromOxigraphTerm(term, classes);
      expect(got.equals(expected)).toBe(true);
      expect(termToNTriples(got)).toBe(termToNTriples(expected));
      // A plain n3 term, not the WASM-backed object
      expect(got).not.toBe(term);
      expect(got.constructor).toBe(expected.constructor);
    }
  });
});
