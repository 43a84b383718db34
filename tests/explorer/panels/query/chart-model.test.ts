// When a result can be drawn as a bar chart, and its bars.
import { describe, expect, it } from 'vitest';
import { chartColumns, chartModel } from '../../../../src/explorer/panels/query/chart-model';
import type { Cell, TableModel } from '../../../../src/explorer/panels/query/result-model';

const label = (text: string): Cell => ({ kind: 'iri', text, title: `urn:${text}` });
const count = (n: number): Cell => ({ kind: 'literal', text: String(n), title: 'xsd:integer', number: n });
const empty: Cell = { kind: 'empty', text: '', title: '' };
const model = (columns: string[], rows: Cell[][], kind: TableModel['kind'] = 'bindings'): TableModel => ({
  kind,
  columns,
  rows,
  truncated: false,
});

describe('chartColumns', () => {
  it('finds a numeric column beside a label column, in either order', () => {
    expect(
      chartColumns(
        model(
          ['body', 'n'],
          [
            [label('a'), count(3)],
            [label('b'), count(1)],
          ],
        ),
      ),
    ).toEqual({ label: 0, value: 1 });
    expect(chartColumns(model(['n', 'body'], [[count(3), label('a')]]))).toEqual({ label: 1, value: 0 });
  });

  it('accepts empty cells among the numbers', () => {
    expect(
      chartColumns(
        model(
          ['body', 'n'],
          [
            [label('a'), count(3)],
            [label('b'), empty],
          ],
        ),
      ),
    ).toEqual({ label: 0, value: 1 });
  });

  it('refuses results with no all-numeric column, no label column, no rows, or that are not SELECT', () => {
    expect(
      chartColumns(
        model(
          ['body', 'n'],
          [
            [label('a'), count(3)],
            [label('b'), label('x')],
          ],
        ),
      ),
    ).toBeNull();
    expect(chartColumns(model(['n', 'm'], [[count(1), count(2)]]))).toBeNull();
    expect(chartColumns(model(['body', 'n'], []))).toBeNull();
    expect(
      chartColumns(model(['subject', 'predicate', 'object'], [[label('a'), label('p'), count(1)]], 'quads')),
    ).toBeNull();
  });
});

describe('chartModel', () => {
  it('makes one bar per row with a number, scaled from 0', () => {
    const chart = chartModel(
      model(
        ['body', 'n'],
        [
          [label('a'), count(3)],
          [label('b'), empty],
          [label('c'), count(8)],
        ],
      ),
    );
    expect(chart?.bars.map((b) => [b.label, b.value])).toEqual([
      ['a', 3],
      ['c', 8],
    ]);
    expect(chart?.bars[0]?.title).toBe('urn:a');
    expect([chart?.min, chart?.max, chart?.labelColumn, chart?.valueColumn]).toEqual([0, 8, 'body', 'n']);
  });

  it('takes the scale below 0 for negative values, and charts only the rows given', () => {
    const full = model(
      ['body', 'n'],
      [
        [label('a'), count(-2)],
        [label('b'), count(5)],
        [label('c'), count(9)],
      ],
    );
    const chart = chartModel(full, full.rows.slice(0, 2));
    expect(chart?.bars).toHaveLength(2);
    expect([chart?.min, chart?.max]).toEqual([-2, 5]);
  });
});
