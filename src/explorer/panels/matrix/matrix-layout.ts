// Which axis of the bodies × targets matrix runs down the rows: pure, so the swap is unit-tested apart from the DOM.
import type { MatrixAxis, SdgMatrix } from './matrix-counts';

export type MatrixOrientation = 'bodies-as-rows' | 'targets-as-rows';

export interface MatrixGrid {
  orientation: MatrixOrientation;
  /** Header of the row-header column ("OSCE body" or "SDG target"). */
  corner: string;
  rows: MatrixAxis[];
  columns: MatrixAxis[];
  /** The body and the target a row × column cell stands for. */
  cell(row: MatrixAxis, column: MatrixAxis): { body: MatrixAxis; target: MatrixAxis };
  count(row: MatrixAxis, column: MatrixAxis): number;
  /** Statements in a row (a body's total, or a target's across bodies). */
  rowTotal(row: MatrixAxis): number;
  /** The largest cell, for shading. */
  max: number;
}

export function matrixGrid(matrix: SdgMatrix, orientation: MatrixOrientation): MatrixGrid {
  const bodiesAsRows = orientation === 'bodies-as-rows';
  const cell = (row: MatrixAxis, column: MatrixAxis) => (bodiesAsRows ? { body: row, target: column } : { body: column, target: row });
  const count = (row: MatrixAxis, column: MatrixAxis): number => {
    const { body, target } = cell(row, column);
    return matrix.count(body.key, target.key);
  };
  const columns = bodiesAsRows ? matrix.targets : matrix.bodies;
  const max = Math.max(0, ...matrix.bodies.flatMap((b) => matrix.targets.map((t) => matrix.count(b.key, t.key))));
  return {
    orientation,
    corner: bodiesAsRows ? 'OSCE body' : 'SDG target',
    rows: bodiesAsRows ? matrix.bodies : matrix.targets,
    columns,
    cell,
    count,
    rowTotal: (row) => (bodiesAsRows ? matrix.rowTotal(row.key) : columns.reduce((sum, column) => sum + count(row, column), 0)),
    max,
  };
}
