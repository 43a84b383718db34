// The compact dataset form: exact round trip through JSON (order, blank node labels, literals), clear errors on bad
// input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { CompactDatasetError, decodeCompactDataset, encodeCompactDataset } from '../../src/rdf/compact-dataset';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

const iri = fc
  .string({ minLength: 1, maxLength: 8 })
  .map((s) => namedNode('http://example.org/' + encodeURIComponent(s)));
const blank = fc.constantFrom('b0', 'b1', 'x-y').map((l) => blankNode(l));
const text = fc.string({ unit: 'binary', maxLength: 12 });
const lit = fc.oneof(
  text.map((v) => literal(v)),
  fc.tuple(text, fc.constantFrom('en', 'fr', 'es-419')).map(([v, l]) => literal(v, l)),
  fc.tuple(text, iri).map(([v, d]) => literal(v, d)),
);
const dataset = fc.array(
  fc
    .tuple(fc.oneof(iri, blank), iri, fc.oneof(iri, blank, lit), fc.oneof(fc.constant(defaultGraph()), iri, blank))
    .map(([s, p, o, g]) => quad(s as Quad_Subject, p, o as Quad_Object, g as Quad_Graph)),
  { maxLength: 30 },
);

function sameQuads(a: Quad[], b: Quad[]): boolean {
  return a.length === b.length && a.every((q, i) => q.equals(b[i]));
}

describe('compact dataset', () => {
  it('round-trips any dataset exactly, in order, through JSON text', () => {
    fc.assert(
      fc.property(dataset, (quads) =>
        sameQuads(decodeCompactDataset(JSON.parse(JSON.stringify(encodeCompactDataset(quads)))), quads),
      ),
      { numRuns: 300 },
    );
  });

  it('writes each distinct term once and shares it on the way back', () => {
    const s = namedNode('urn:x:s');
    const quads = [quad(s, namedNode('urn:x:p'), literal('a')), quad(s, namedNode('urn:x:p'), literal('b'))];
    const encoded = encodeCompactDataset(quads);
    expect(encoded.terms).toEqual(['urn:x:s', 'urn:x:p', '"a"', '', '"b"']);
    const back = decodeCompactDataset(encoded);
    expect(back[0]?.subject).toBeDefined();
    expect(back[0]?.subject).toBe(back[1]?.subject);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['another format', { format: 'x', version: 1, terms: [], quads: [] }],
    ['a later version', { format: 'osce-kg-compact-dataset', version: 2, terms: [], quads: [] }],
    [
      'indices not four per quad',
      { format: 'osce-kg-compact-dataset', version: 1, terms: ['urn:x'], quads: [0, 0, 0] },
    ],
    [
      'an index past the table',
      { format: 'osce-kg-compact-dataset', version: 1, terms: ['urn:x', ''], quads: [0, 0, 2, 1] },
    ],
    ['a term that is not a string', { format: 'osce-kg-compact-dataset', version: 1, terms: [7], quads: [] }],
    [
      '__proto__ as an index',
      JSON.parse('{"format":"osce-kg-compact-dataset","version":1,"terms":["urn:x",""],"quads":[0,0,"__proto__",1]}'),
    ],
  ])('rejects %s with CompactDatasetError', (_name, input) => {
    expect(() => decodeCompactDataset(input)).toThrow(CompactDatasetError);
  });
});
