// Which axis of the bodies × columns matrix runs down the rows: pure, so the swap is unit-tested apart from the DOM.
import type { Matrix, MatrixAxis } from './matrix-counts';

export type MatrixOrientation = 'bodies-as-rows' | 'columns-as-rows';

export interface MatrixGrid {
  orientation: MatrixOrientation;
  /** Header of the row-header column ("OSCE body", "SDG target", "Theme"). */
  corner: string;
  rows: MatrixAxis[];
  columns: MatrixAxis[];
  /** The body and the column entity a row × column cell stands for. */
  cell(row: MatrixAxis, column: MatrixAxis): { body: MatrixAxis; target: MatrixAxis };
  count(row: MatrixAxis, column: MatrixAxis): number;
  /** Statements in a row (a body's total, or a target's across bodies). */
  rowTotal(row: MatrixAxis): number;
  /** The largest cell, for shading. */
  max: number;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function matrixGrid(matrix: Matrix, orientation: MatrixOrientation): MatrixGrid {
  const bodiesAsRows = orientation === 'bodies-as-rows';
  const cell = (row: MatrixAxis, column: MatrixAxis) =>
    bodiesAsRows ? { body: row, target: column } : { body: column, target: row };
  const count = (row: MatrixAxis, column: MatrixAxis): number => {
    const { body, target } = cell(row, column);
    return matrix.count(body.key, target.key);
  };
  const columns = bodiesAsRows ? matrix.columns : matrix.bodies;
  const max = Math.max(0, ...matrix.bodies.flatMap((b) => matrix.columns.map((t) => matrix.count(b.key, t.key))));
  return {
    orientation,
    corner: bodiesAsRows ? 'OSCE body' : capitalized(matrix.variant.column),
    rows: bodiesAsRows ? matrix.bodies : matrix.columns,
    columns,
    cell,
    count,
    rowTotal: (row) =>
      bodiesAsRows ? matrix.rowTotal(row.key) : columns.reduce((sum, column) => sum + count(row, column), 0),
    max,
  };
}
