// queryForm (past prologue and comments) and the N-Triples / N-Quads term writer used to bulk-load Oxigraph.
import { describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { queryForm } from '../../src/query/query-form';
import { quadsToNQuads, termToNTriples, toN3Term } from '../../src/query/terms';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

describe('queryForm', () => {
  it.each([
    ['SELECT * {}', 'select'],
    ['  select * {}', 'select'],
    ['ASK {}', 'ask'],
    ['CONSTRUCT WHERE { ?s ?p ?o }', 'construct'],
    ['DESCRIBE <http://a>', 'describe'],
    ['PREFIX ex: <http://ex/select#> BASE <http://b/> ASK {}', 'ask'],
    ['# SELECT in a comment\nprefix x:<http://x/>\nconstruct {} where {}', 'construct'],
    ['PREFIX : <http://x/> SELECT * {}', 'select'],
    ['VERSION "1.2" SELECT * {}', 'select'],
    ['INSERT DATA { <a> <b> <c> }', 'update'],
    ['PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }', 'update'],
    ['WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }', 'update'],
    ['LOAD <http://x>', 'update'],
    ['DROP ALL', 'update'],
    ['nonsense', undefined],
    ['', undefined],
    ['PREFIX x: <http://x/>', undefined],
  ])('%j -> %s', (text, form) => {
    expect(queryForm(text)).toBe(form);
  });
});

describe('terms', () => {
  it.each([
    [namedNode('http://ex/a'), '<http://ex/a>'],
    [namedNode('http://ex/a b>'), '<http://ex/a\\u0020b\\u003E>'],
    [blankNode('b0'), '_:b0'],
    [blankNode('weird label'), '_:x7765697264206c6162656c'],
    [literal('plain'), '"plain"'],
    [literal('say "hi"\n\\', 'en-GB'), '"say \\"hi\\"\\n\\\\"@en-gb'],
    [
      literal('1', namedNode('http://www.w3.org/2001/XMLSchema#integer')),
      '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
    ],
  ])('%s', (term, text) => {
    expect(termToNTriples(term)).toBe(text);
  });

  it('N-Quads text parses back to the same quads, default-graph copies only on request', () => {
    const quads: Quad[] = [
      quad(namedNode('http://a'), namedNode('http://p'), literal('x\ty\r\n"z"', 'en'), namedNode('http://g')),
      quad(blankNode('b1'), namedNode('http://p'), literal('ünï©ødé 😀'), defaultGraph()),
    ];
    const back = new Parser({ format: 'application/n-quads' }).parse(quadsToNQuads(quads)) as Quad[];
    expect(back).toHaveLength(2);
    expect(back[0]?.equals(quads[0])).toBe(true);
    expect(back[1]?.object.equals(quads[1]?.object)).toBe(true);
    const withCopies = new Parser({ format: 'application/n-quads' }).parse(quadsToNQuads(quads, true));
    expect(withCopies).toHaveLength(3);
    expect(withCopies[1]?.graph.termType).toBe('DefaultGraph');
  });

  it('copies foreign terms into plain n3 terms', () => {
    const t = toN3Term({
      termType: 'Literal',
      value: 'x',
      language: 'en',
      datatype: namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#langString'),
      equals: () => false,
    } as never);
    expect(t.equals(literal('x', 'en'))).toBe(true);
  });
});
