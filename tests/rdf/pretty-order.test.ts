// prettyOrder: sorted by graph, subject, predicate, object, without duplicates, whatever the input order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { prettyOrder } from '../../src/rdf/pretty-order';
import { compareQuads, quadKey } from '../../src/rdf/term-key';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const e = (s: string) => namedNode('http://e/' + s);

function reference(quads: Quad[]): string[] {
  return [...new Set(quads.map(quadKey))]
    .map((k) => quads.find((q) => quadKey(q) === k) as Quad)
    .sort(compareQuads)
    .map(quadKey);
}

describe('prettyOrder', () => {
  it.each([
    { name: 'small subjects (insertion sort)', subjects: 5, perSubject: 3 },
    { name: 'a subject with many statements (comparison sort)', subjects: 2, perSubject: 80 },
  ])('matches a full sort: $name', ({ subjects, perSubject }) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(subjects - 1), fc.nat(perSubject - 1), fc.nat(3), fc.boolean()), {
          maxLength: subjects * perSubject * 2,
        }),
        (rows) => {
          const quads = rows.map(([s, p, o, named]) =>
            quad(
              e('s' + s),
              e('p' + (p % 7)),
              o % 2 ? literal(String(p)) : e('o' + p),
              named ? e('g') : defaultGraph(),
            ),
          );
          expect(prettyOrder(quads).map(quadKey)).toEqual(reference(quads));
        },
      ),
      { numRuns: 200 },
    );
  });
});
