// The results table model: labels from the graph, cells per kind, sorting with empties last.
import { describe, expect, it } from 'vitest';
import {
  buildTableModel,
  compactIri,
  sortRows,
  toCell,
  type Cell,
} from '../../../../src/explorer/panels/query/result-model';
import type { WireTerm } from '../../../../src/explorer/panels/query/protocol';
import { rdfsLabels } from '../../../../src/explorer/core/appearance/labels';
import { fixtureGraph, fixtureQuads, ID, OKG } from '../query-fixture';

const source = { graph: fixtureGraph(), labels: rdfsLabels(fixtureQuads()) };
const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('toCell', () => {
  const cases: [string, WireTerm | undefined, Partial<Cell>][] = [
    [
      'a graph node by its label, selectable',
      { type: 'uri', value: ID + 'iom' },
      { kind: 'iri', text: 'International Organization for Migration', nodeKey: ID + 'iom' },
    ],
    [
      'an ontology term by its rdfs:label',
      { type: 'uri', value: OKG + 'partnersWith' },
      { kind: 'iri', text: 'works with' },
    ],
    [
      'an unknown IRI in a known namespace, prefixed',
      { type: 'uri', value: OKG + 'fundedBy' },
      { kind: 'iri', text: 'okg:fundedBy' },
    ],
    [
      'an unknown IRI elsewhere, in full',
      { type: 'uri', value: 'http://example.org/x/y' },
      { kind: 'iri', text: 'http://example.org/x/y' },
    ],
    [
      'a literal as its lexical form',
      { type: 'literal', value: '<img src=x onerror=alert(1)>' },
      { kind: 'literal', text: '<img src=x onerror=alert(1)>', title: 'xsd:string' },
    ],
    [
      'a tagged literal',
      { type: 'literal', value: 'Bonjour', 'xml:lang': 'fr' },
      { kind: 'literal', text: 'Bonjour', title: '@fr' },
    ],
    [
      'a number',
      { type: 'literal', value: '42', datatype: XSD + 'integer' },
      { kind: 'literal', text: '42', number: 42 },
    ],
    ['an unbound variable', undefined, { kind: 'empty', text: '' }],
  ];
  it.each(cases)('shows %s', (_name, term, expected) => {
    const cell = toCell(term, source);
    for (const [k, v] of Object.entries(expected)) expect(cell[k as keyof Cell]).toEqual(v);
  });
});

describe('compactIri', () => {
  it.each([
    [OKG + 'Partner', 'okg:Partner'],
    [ID + 'odihr', 'id:odihr'],
    ['http://metadata.un.org/sdg/10.7', 'sdg:10.7'],
    ['http://metadata.un.org/sdg/ontology#Goal', 'sdgo:Goal'],
    [ID + 'a/b', undefined],
    ['http://example.org/', undefined],
  ])('%s -> %s', (iri, expected) => expect(compactIri(iri)).toBe(expected));
});

describe('buildTableModel', () => {
  it('makes one row per solution and one column per variable', () => {
    const model = buildTableModel(
      {
        kind: 'bindings',
        variables: ['s', 'n'],
        truncated: true,
        rows: [
          { s: { type: 'uri', value: ID + 'odihr' } },
          { s: { type: 'uri', value: ID + 'iom' }, n: { type: 'literal', value: '1', datatype: XSD + 'integer' } },
        ],
      },
      source,
    );
    expect(model.columns).toEqual(['s', 'n']);
    expect(model.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Office for Democratic Institutions and Human Rights', ''],
      ['International Organization for Migration', '1'],
    ]);
    expect(model.truncated).toBe(true);
  });

  it('lists CONSTRUCT triples as subject, predicate, object', () => {
    const model = buildTableModel(
      {
        kind: 'quads',
        truncated: false,
        quads: [
          {
            subject: { type: 'uri', value: ID + 'odihr' },
            predicate: { type: 'uri', value: OKG + 'partnersWith' },
            object: { type: 'uri', value: ID + 'iom' },
          },
        ],
      },
      source,
    );
    expect(model.columns).toEqual(['subject', 'predicate', 'object']);
    expect(model.rows[0]?.map((c) => c.text)).toEqual([
      'Office for Democratic Institutions and Human Rights',
      'works with',
      'International Organization for Migration',
    ]);
  });

  it('answers ASK with one cell', () => {
    const model = buildTableModel({ kind: 'boolean', value: false }, source);
    expect(model.rows).toEqual([[{ kind: 'literal', text: 'false', title: 'xsd:boolean' }]]);
  });
});

describe('sortRows', () => {
  const lit = (text: string, number?: number): Cell =>
    number === undefined ? { kind: 'literal', text, title: '' } : { kind: 'literal', text, title: '', number };
  const empty: Cell = { kind: 'empty', text: '', title: '' };
  const rows: Cell[][] = [[lit('b')], [empty], [lit('10', 10)], [lit('a')], [lit('9', 9)], [lit('B')]];

  it.each([
    ['ascending', ['9', '10', 'a', 'B', 'b', '']],
    ['descending', ['b', 'B', 'a', '10', '9', '']],
  ] as const)('%s: numbers by value, text by collation, empties last', (direction, expected) => {
    expect(sortRows(rows, 0, direction).map((r) => r[0]?.text)).toEqual(expected);
  });

  it('does not change the input', () => {
    const copy = rows.map((r) => r[0]?.text);
    sortRows(rows, 0, 'descending');
    expect(rows.map((r) => r[0]?.text)).toEqual(copy);
  });
});
