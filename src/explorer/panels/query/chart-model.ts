// Whether a result can be drawn as a bar chart, and its bars (pure): a numeric column beside a label column.
import type { Cell, TableModel } from './result-model';

export interface Bar {
  label: string;
  /** The label's full value (IRI or datatype), for the tooltip. */
  title: string;
  value: number;
  /** The number as the table shows it. */
  text: string;
}

export interface ChartModel {
  labelColumn: string;
  valueColumn: string;
  bars: Bar[];
  /** The scale's ends: always includes 0, so bars start from a common base. */
  min: number;
  max: number;
}

const isNumeric = (cell: Cell | undefined): boolean => cell?.number !== undefined;
const isEmpty = (cell: Cell | undefined): boolean => !cell || cell.kind === 'empty';

/**
 * The columns to chart in a SELECT result: the first whose cells are all numbers (empty ones aside, at least one
 * number) as the values, and the first whose cells hold no number as the labels. Null when there are none.
 */
export function chartColumns(model: TableModel): { label: number; value: number } | null {
  if (model.kind !== 'bindings' || model.rows.length === 0) return null;
  const columns = model.columns.map((_, index) => model.rows.map((row) => row[index]));
  const value = columns.findIndex((cells) => cells.some(isNumeric) && cells.every((c) => isNumeric(c) || isEmpty(c)));
  const label = columns.findIndex((cells) => cells.some((c) => !isEmpty(c)) && !cells.some(isNumeric));
  return value < 0 || label < 0 ? null : { label, value };
}

/** The bars of the given rows (in their order), or null when the model has no chartable columns. */
export function chartModel(model: TableModel, rows: readonly Cell[][] = model.rows): ChartModel | null {
  const columns = chartColumns(model);
  if (!columns) return null;
  const bars: Bar[] = [];
  for (const row of rows) {
    const value = row[columns.value];
    const label = row[columns.label];
    if (value?.number === undefined) continue;
    bars.push({ label: label?.text || '(none)', title: label?.title ?? '', value: value.number, text: value.text });
  }
  return {
    labelColumn: model.columns[columns.label] ?? '',
    valueColumn: model.columns[columns.value] ?? '',
    bars,
    min: bars.reduce((min, b) => Math.min(min, b.value), 0),
    max: bars.reduce((max, b) => Math.max(max, b.value), 0),
  };
}
