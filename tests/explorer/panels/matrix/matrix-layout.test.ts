// Unit tests of the Matrix's layout: which axis runs down the rows, counts and totals the same either way round.
import { describe, expect, it } from 'vitest';
import { matrixGrid } from '../../../../src/explorer/panels/matrix/matrix-layout';
import { BASE, computeMatrix, OCEEA, ODIHR, parse, T107, T88 } from './matrix-fixture';
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
