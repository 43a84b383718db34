// The canonical N-Triples reader for CONSTRUCT results: same terms as n3's parser and as Oxigraph's own quads.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as oxigraph from 'oxigraph';
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { readNTriples } from '../../src/query/canonical-ntriples';
import { termToNTriples, toN3Quad } from '../../src/query/terms';

const viaN3 = (text: string) =>
  new Parser({ format: 'application/n-triples', blankNodePrefix: '' }).parse(text) as Quad[];
const ids = (quads: Quad[]) =>
  quads.map((q) => `${termToNTriples(q.subject)} ${termToNTriples(q.predicate)} ${termToNTriples(q.object)}`);

describe('readNTriples', () => {
  it.each([
    ['IRIs', '<http://a/s> <http://a/p> <http://a/o> .\n'],
    ['blank nodes', '_:b1 <http://a/p> _:c2 .\n'],
    ['plain literal', '<http://a/s> <http://a/p> "plain" .\n'],
    ['language tag', '<http://a/s> <http://a/p> "chat"@fr-ca .\n'],
    ['datatype', '<http://a/s> <http://a/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'],
    ['explicit xsd:string', '<http://a/s> <http://a/p> "x"^^<http://www.w3.org/2001/XMLSchema#string> .\n'],
    ['escapes', '<http://a/s> <http://a/p> "q\\"b\\\\s\\nn\\rr\\tt\\bb\\ff\\u0001\\U0001F600 é" .\n'],
    ['backslash before the closing quote', '<http://a/s> <http://a/p> "ends in \\\\" .\n'],
    ['literal holding " . and >', '<http://a/s> <http://a/p> "a > b \\" . <c>"@en .\n'],
    ['CRLF and no final newline', '<http://a/s> <http://a/p> "x" .\r\n<http://a/s> <http://a/p> "y" .'],
    ['extra spaces (not canonical: n3 parses it)', '<http://a/s>   <http://a/p>  "x"  .\n'],
    ['comment line (not canonical: n3 parses it)', '# note\n<http://a/s> <http://a/p> "x" .\n'],
    ['base direction (RDF 1.2: n3 parses it)', '<http://a/s> <http://a/p> "x"@ar--rtl .\n'],
    ['triple term (RDF 1.2: n3 parses it)', '<http://a/s> <http://a/p> <<( <http://a/x> <http://a/y> "z" )>> .\n'],
    ['empty', ''],
  ])('%s: the same quads as n3', (_, text) => {
    const { quads, total } = readNTriples(text);
    const expected = viaN3(text);
    expect(ids(quads)).toEqual(ids(expected));
    expect(quads.every((q, i) => q.equals(expected[i]))).toBe(true);
    expect(total).toBe(expected.length);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [5, 3],
  ])('limit %i keeps %i quads and counts all 3', (limit, kept) => {
    const text = '<http://a/s> <http://a/p> "1" .\n<http://a/s> <http://a/p> "2" .\n<http://a/s> <http://a/p> "3" .\n';
    const { quads, total } = readNTriples(text, limit);
    expect(quads.map((q) => q.object.value)).toEqual(['1', '2', '3'].slice(0, kept));
    expect(total).toBe(3);
  });

  it('a syntax error n3 also rejects is thrown, not hidden', () => {
    expect(() => readNTriples('<http://a/s> <http://a/p> .\n')).toThrow();
  });

  it("reads Oxigraph's CONSTRUCT output exactly as Oxigraph's own quads (random literals)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.constantFrom('', 'en', 'de-ch', 'int')), { maxLength: 8 }),
        (objects) => {
          const store = new oxigraph.Store();
          objects.forEach(([value, tag], i) => {
            const object =
              tag === 'int'
                ? oxigraph.literal(value, oxigraph.namedNode('http://example.org/dt'))
                : tag
                  ? oxigraph.literal(value, tag)
                  : oxigraph.literal(value);
            store.add(oxigraph.quad(oxigraph.namedNode(`http://a/s${i}`), oxigraph.namedNode('http://a/p'), object));
          });
          store.add(oxigraph.quad(oxigraph.blankNode('b'), oxigraph.namedNode('http://a/p'), oxigraph.blankNode('c')));
          const query = 'CONSTRUCT WHERE { ?s ?p ?o }';
          const text = store.query(query, { results_format: 'application/n-triples' }) as string;
          const own = (store.query(query) as unknown as Quad[]).map(toN3Quad);
          const read = readNTriples(text).quads;
          // Blank node labels are fresh per query: compare the ground triples, and count the rest
          const ground = (qs: Quad[]) => ids(qs.filter((q) => q.subject.termType !== 'BlankNode')).sort();
          expect(ground(read)).toEqual(ground(own));
          expect(read.length).toBe(own.length);
          expect(read.every((q) => q.graph.equals(DataFactory.defaultGraph()))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
