// Unit tests of CSV writing: RFC 4180 quoting, formula-injection guard, and the node/edge tables of a graph.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { csvCell, toCsv } from '../../../../src/query/csv';
import { edgesCsv, nodesCsv } from '../../../../src/explorer/panels/export/graph-csv';
import { datasetToGraph } from '../../../../src/kg/to-graph';
// What a spreadsheet reads back, not just the bytes: the strict reader the other CSV tests use
import { readCsv } from './read-csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=b', 'a=b'],
    ['ODIHR', 'ODIHR'],
  ])('%j is written as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [null, ''],
    [undefined, ''],
    [3.5, '3.5'],
    [-1, '-1'],
    [-0.25, '-0.25'],
    [true, 'true'],
  ])('%j is written as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('round-trips awkward cells through an RFC 4180 reader, formulas defused', () => {
    const rows = [
      ['a,b', 'x"y', 'multi\nline'],
      ['=cmd|calc', '', 'é ü 中'],
    ];
    const text = toCsv(['h1', 'h2', 'h3'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([
      ['h1', 'h2', 'h3'],
      ['a,b', 'x"y', 'multi\nline'],
      ["'=cmd|calc", '', 'é ü 中'],
    ]);
  });
});

describe('nodesCsv / edgesCsv', () => {
  const quads = new Parser({ format: 'application/trig' }).parse(`
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR" .
id:evil a okg:Partner ; rdfs:label "=HYPERLINK(\\"http://evil\\")"@en .
id:p1 { id:odihr okg:partnersWith id:evil . }
`) as Quad[];
  const graph = datasetToGraph(quads);

  it('writes one row per node with label, kind and alternative labels, formulas defused', () => {
    const rows = readCsv(nodesCsv(graph));
    expect(rows[0]).toEqual([
      'id',
      'label',
      'kind',
      'kind_label',
      'types',
      'alt_labels',
      'identifiers',
      'notations',
      'x',
      'y',
    ]);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byId.size).toBe(graph.order);
    const odihr = byId.get('https://w3id.org/osce-kg/id/odihr');
    expect(odihr?.slice(1, 6)).toEqual([
      'Office for Democratic Institutions and Human Rights',
      'body',
      'OSCE body',
      'https://w3id.org/osce-kg/ontology#OSCEBody',
      'ODIHR',
    ]);
    expect(byId.get('https://w3id.org/osce-kg/id/evil')?.[1]).toBe('\'=HYPERLINK("http://evil")');
  });

  it('writes one row per edge with its passages, and only edges between kept nodes when asked', () => {
    const rows = readCsv(edgesCsv(graph));
    expect(rows).toHaveLength(1 + graph.size);
    expect(rows[1]?.slice(1)).toEqual([
      'https://w3id.org/osce-kg/id/odihr',
      'Office for Democratic Institutions and Human Rights',
      'https://w3id.org/osce-kg/ontology#partnersWith',
      'partners with',
      'https://w3id.org/osce-kg/id/evil',
      '\'=HYPERLINK("http://evil")',
      'https://w3id.org/osce-kg/id/p1',
      '',
    ]);
    const keep = new Set(['https://w3id.org/osce-kg/id/odihr']);
    expect(readCsv(edgesCsv(graph, keep))).toHaveLength(1);
    expect(readCsv(nodesCsv(graph, keep))).toHaveLength(2);
  });
});
