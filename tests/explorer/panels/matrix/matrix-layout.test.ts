// Unit tests of the Matrix's layout: which axis runs down the rows, counts and totals the same either way round.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { computeMatrix as countMatrix, type MatrixScope } from '../../../../src/explorer/panels/matrix/matrix-counts';
import { indexQuads } from '../../../../src/explorer/panels/matrix/matrix-index';
import { matrixGrid } from '../../../../src/explorer/panels/matrix/matrix-layout';
import {
  ADDRESSES,
  CONTRIBUTES_TO,
  MATRIX_VARIANTS,
  ORGANIZED_BY,
  type MatrixVariantId,
} from '../../../../src/explorer/panels/matrix/matrix-variants';

const PREFIXES = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
`;

const BASE = `${PREFIXES}
id:odihr a okg:OSCEBody ; rdfs:label "Office for Democratic Institutions and Human Rights"@en ; skos:altLabel "ODIHR", "OSCE/ODIHR" .
id:oceea a okg:OSCEBody ; rdfs:label "Office of the Co-ordinator of OSCE Economic and Environmental Activities"@en .
id:idle a okg:OSCEBody ; rdfs:label "Idle Unit"@en .
id:iom a okg:Partner ; rdfs:label "International Organization for Migration"@en .
id:handbook a okg:Publication ; rdfs:label "Handbook on labour migration"@en .
id:training a okg:Activity ; rdfs:label "Training on migration data"@en .
sdg:10.7 a sdgo:Target ; skos:prefLabel "Facilitate orderly, safe, regular and responsible migration"@en .
sdg:8.8 a sdgo:Target ; skos:prefLabel "Protect labour rights"@en .
sdg:10.10 a sdgo:Target ; skos:prefLabel "A made-up target to check numeric ordering"@en .
sdg:10.a a sdgo:Target ; skos:prefLabel "Special and differential treatment"@en .
sdg:16.9 a sdgo:Target ; skos:prefLabel "Legal identity"@en .
sdg:10 a sdgo:Goal .
id:p1 a okg:Passage ; okg:quote "ODIHR contributes to 10.7." .
id:p2 a okg:Passage ; okg:quote "ODIHR again, for 10.7." .
id:p3 a okg:Passage ; okg:quote "The Handbook serves 8.8 and 10.7." .
id:p4 a okg:Passage ; okg:quote "OCEEA and ODIHR produced the Handbook." .
`;

/** The panel's two steps: index the quads once, count a variant (under the filters' scope). */
function computeMatrix(quads: readonly Quad[], variant: MatrixVariantId = 'targets', scope?: MatrixScope) {
  return countMatrix(indexQuads(quads, [CONTRIBUTES_TO, ADDRESSES, ORGANIZED_BY]), MATRIX_VARIANTS[variant], scope);
}

function parse(trig: string): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(trig);
}

const ODIHR = 'https://w3id.org/osce-kg/id/odihr';
const OCEEA = 'https://w3id.org/osce-kg/id/oceea';
const T107 = 'http://metadata.un.org/sdg/10.7';
const T88 = 'http://metadata.un.org/sdg/8.8';

describe('matrixGrid', () => {
  const matrix = computeMatrix(
    parse(`${BASE}
id:p1 { id:odihr okg:contributesTo sdg:10.7 . }
id:p3 { id:handbook okg:contributesTo sdg:8.8, sdg:10.7 . }
id:p4 { id:handbook okg:organizedBy id:oceea, id:odihr . }
`),
  );

  it.each([
    // orientation, corner, row keys, column codes
    ['bodies-as-rows', 'OSCE body', [ODIHR, OCEEA], ['8.8', '10.7']],
    [
      'columns-as-rows',
      'SDG target',
      [T88, T107],
      ['ODIHR', 'Office of the Co-ordinator of OSCE Economic and Environmental Activities'],
    ],
  ] as const)('%s puts "%s" in the corner', (orientation, corner, rows, columns) => {
    const grid = matrixGrid(matrix, orientation);
    expect(grid.corner).toBe(corner);
    expect(grid.rows.map((r) => r.key)).toEqual(rows);
    expect(grid.columns.map((c) => c.code)).toEqual(columns);
  });

  it('counts every cell the same way round in both orientations', () => {
    const across = matrixGrid(matrix, 'bodies-as-rows');
    const down = matrixGrid(matrix, 'columns-as-rows');
    for (const row of across.rows) {
      for (const column of across.columns) {
        expect(down.count(column, row)).toBe(across.count(row, column));
        expect(down.cell(column, row)).toEqual(across.cell(row, column));
        expect(across.cell(row, column).body.key).toBe(row.key);
      }
    }
    const [odihr, ,] = across.rows;
    const [, t107] = across.columns;
    expect(odihr && t107 && across.count(odihr, t107)).toBe(2); // ODIHR × 10.7: its own + the handbook's
    expect(across.max).toBe(2);
    expect(down.max).toBe(2);
  });

  it.each([
    ['bodies-as-rows', [3, 2]], // ODIHR: 10.7 twice + 8.8; OCEEA: the handbook's 8.8 and 10.7
    ['columns-as-rows', [2, 3]], // 8.8: ODIHR + OCEEA; 10.7: ODIHR twice + OCEEA
  ] as const)('row totals with %s', (orientation, totals) => {
    const grid = matrixGrid(matrix, orientation);
    expect(grid.rows.map((r) => grid.rowTotal(r))).toEqual(totals);
  });
});
