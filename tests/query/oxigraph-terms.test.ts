// fromOxigraphTerm: the same n3 term as the generic converter, whether or not the module's classes are known.
import { describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import type { Term } from '@rdfjs/types';
import { fromOxigraphTerm } from '../../src/query/oxigraph-terms';
import { termToNTriples, toN3Term } from '../../src/query/terms';

const terms: [string, Term][] = [
  ['IRI', oxigraph.namedNode('http://example.org/a#b')],
  ['plain literal', oxigraph.literal('plain "text"\n')],
  ['tagged literal', oxigraph.literal('Grüße', 'de-CH')],
  ['typed literal', oxigraph.literal('42', oxigraph.namedNode('http://www.w3.org/2001/XMLSchema#integer'))],
  ['blank node', oxigraph.blankNode('b0')],
  [
    'triple term',
    oxigraph.triple(oxigraph.namedNode('http://a/s'), oxigraph.namedNode('http://a/p'), oxigraph.literal('o')),
  ],
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
