// Paging and filtering the results table.
import { describe, expect, it } from 'vitest';
import { filterRows, PAGE_SIZE, pageLabel, pageOf } from '../../../../src/explorer/panels/query/result-pages';
import type { Cell } from '../../../../src/explorer/panels/query/result-model';

const literal = (text: string): Cell => ({ kind: 'literal', text, title: 'xsd:string' });
const iri = (text: string, title: string): Cell => ({ kind: 'iri', text, title });
const rows = Array.from({ length: 812 }, (_, i) => [literal(`row ${i + 1}`)]);

describe('pageOf and pageLabel', () => {
  it('shows 50 rows a page and says which', () => {
    const second = pageOf(rows, 1);
    expect(PAGE_SIZE).toBe(50);
    expect(second.rows.map((r) => r[0]?.text)).toEqual(rows.slice(50, 100).map((r) => r[0]?.text));
    expect(pageLabel(second, rows.length)).toBe('Rows 51–100 of 812');
    expect(second.pages).toBe(17);
  });

  it('clamps the page to the pages there are, the last one short', () => {
    const last = pageOf(rows, 99);
    expect(last.page).toBe(16);
    expect(pageLabel(last, rows.length)).toBe('Rows 801–812 of 812');
    expect(pageOf(rows, -3).page).toBe(0);
  });

  it('reads well with no rows, and when a filter hides rows', () => {
    expect(pageLabel(pageOf([], 0), 0)).toBe('No rows');
    expect(pageLabel(pageOf([], 0), 812)).toBe('No rows match the filter (of 812)');
    expect(pageLabel(pageOf(rows.slice(0, 3), 0), 812)).toBe('Rows 1–3 of 3 (filtered from 812)');
  });
});

describe('filterRows', () => {
  const table = [
    [iri('Office for Democratic Institutions and Human Rights', 'https://w3id.org/osce-kg/id/odihr'), literal('12')],
    [iri('International Organization for Migration', 'https://w3id.org/osce-kg/id/iom'), literal('7')],
    [literal('<script>alert(1)</script>'), literal('3')],
  ];

  it('keeps rows with every word somewhere in them, ignoring case, full IRIs included', () => {
    expect(filterRows(table, 'migration ORGANIZATION').map((r) => r[1]?.text)).toEqual(['7']);
    expect(filterRows(table, 'id/odihr').map((r) => r[1]?.text)).toEqual(['12']);
    expect(filterRows(table, '<script>').map((r) => r[1]?.text)).toEqual(['3']);
    expect(filterRows(table, 'for nothing')).toEqual([]);
  });

  it('keeps every row for an empty filter', () => {
    expect(filterRows(table, '  ')).toEqual(table);
  });
});
