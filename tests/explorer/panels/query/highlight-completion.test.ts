// Result highlight on the graph, and prefix completion in the editor.
import { describe, expect, it } from 'vitest';
import { resultHighlight } from '../../../../src/explorer/panels/query/result-highlight';
import { completeSparql, declaredPrefixes } from '../../../../src/explorer/panels/query/completion';
import { fixtureGraph, ID, OKG } from '../query-fixture';

const graph = fixtureGraph();
const uri = (value: string) => ({ type: 'uri' as const, value });
const ORG_SUB = 'http://www.w3.org/ns/org#subOrganizationOf';

describe('resultHighlight', () => {
  it('lights the nodes of every row and the edges joining two nodes of one row', () => {
    const h = resultHighlight(graph, {
      kind: 'bindings',
      variables: ['a', 'b', 'label'],
      truncated: false,
      rows: [
        { a: uri(ID + 'iom'), b: uri(ID + 'odihr'), label: { type: 'literal', value: 'x' } },
        { a: uri(ID + 'osce') },
        { a: uri('http://example.org/not-in-graph') },
      ],
    });
    expect(h?.nodes).toEqual([ID + 'iom', ID + 'odihr', ID + 'osce']);
    // odihr -> iom is found although the row names them the other way round; odihr -> osce is not in one row.
    expect(h?.edges).toEqual([`${ID}odihr|${OKG}partnersWith|${ID}iom`]);
    expect(h?.caption).toBe('3 results');
  });

  it('lights CONSTRUCT triples whose nodes and edges exist', () => {
    const h = resultHighlight(graph, {
      kind: 'quads',
      truncated: false,
      quads: [
        { subject: uri(ID + 'odihr'), predicate: uri(ORG_SUB), object: uri(ID + 'osce') },
        { subject: uri(ID + 'iom'), predicate: uri(ORG_SUB), object: uri(ID + 'osce') },
      ],
    });
    expect(h?.nodes).toEqual([ID + 'iom', ID + 'odihr', ID + 'osce']);
    expect(h?.edges).toEqual([`${ID}odihr|${ORG_SUB}|${ID}osce`]);
    expect(h?.caption).toBe('2 triples');
  });

  it.each([
    ['an ASK answer', { kind: 'boolean' as const, value: true }],
    [
      'rows without nodes',
      {
        kind: 'bindings' as const,
        variables: ['n'],
        truncated: false,
        rows: [{ n: { type: 'literal' as const, value: '3' } }],
      },
    ],
  ])('clears the highlight for %s', (_name, result) => {
    expect(resultHighlight(graph, result)).toBeNull();
  });
});

describe('completeSparql', () => {
  const vocabulary = [OKG + 'partnersWith', OKG + 'Partner', OKG + 'OSCEBody', 'http://www.w3.org/ns/org#memberOf'];
  const at = (text: string) => completeSparql(text, text.length, vocabulary);

  it('offers prefix names, with the declaration when it is missing', () => {
    const answer = at('SELECT * { ?s a ok');
    expect(answer?.options.map((o) => o.insert)).toEqual(['okg:']);
    expect(answer?.options[0]?.declare).toBe('PREFIX okg: <https://w3id.org/osce-kg/ontology#>');
    expect(answer?.from).toBe('SELECT * { ?s a '.length);
  });

  it('offers the terms of the data after prefix:, no declaration when declared', () => {
    const answer = at('PREFIX okg: <https://w3id.org/osce-kg/ontology#>\nSELECT * { ?s okg:part');
    expect(answer?.options.map((o) => o.label)).toEqual(['okg:partnersWith', 'okg:Partner'].sort());
    expect(answer?.options.every((o) => o.declare === undefined)).toBe(true);
  });

  it('completes PREFIX declarations, leaving out those already declared', () => {
    const answer = at('PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX s');
    const inserts = answer?.options.map((o) => o.insert) ?? [];
    expect(inserts).toContain('sdg: <http://metadata.un.org/sdg/>');
    expect(inserts.some((i) => i.startsWith('skos:'))).toBe(false);
  });

  it.each([
    ['a variable', 'SELECT ?ok'],
    ['an IRI', 'SELECT * { <http://example.org/ok'],
    ['a string', 'SELECT * { ?s ?p "ok'],
    ['a comment', '# find ok'],
    ['an unknown prefix', 'SELECT * { ?s zz:a'],
  ])('stays quiet inside %s', (_name, text) => {
    expect(at(text)).toBeNull();
  });

  it('reads declared prefixes', () => {
    expect([...declaredPrefixes('prefix ex: <http://ex/>\nPREFIX : <http://base/>')]).toEqual([
      ['ex', 'http://ex/'],
      ['', 'http://base/'],
    ]);
  });
});
