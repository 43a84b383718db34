// What the panel says about failed queries; syntax errors placed in the user's text, past the added prefixes.
import { describe, expect, it } from 'vitest';
import { describeQueryError } from '../../../../src/explorer/panels/query/query-errors';
import { withImplicitPrefixes } from '../../../../src/explorer/panels/query/implicit-prefixes';
import { WorkerQueryError } from '../../../../src/explorer/panels/query/query-runner';
import { QueryAbortedError, QuerySyntaxError, QueryTimeoutError } from '../../../../src/query/limits';
import { limitValue } from '../../../../src/explorer/panels/query/query-toolbar';
import { nextSort } from '../../../../src/explorer/panels/query/table-render';

describe('describeQueryError', () => {
  const text = 'SELECT * WHERE { ?s a okg:Partner ?o }';
  const prepared = withImplicitPrefixes(text);

  it('places a worker syntax error on line 1 back in the user text', () => {
    const column = text.indexOf('?o') + 1;
    const report = describeQueryError(
      new WorkerQueryError('QuerySyntaxError', 'expected "."', 1, prepared.shift + column),
      prepared,
    );
    expect(report.status).toBe(`Syntax error at line 1, column ${column} (1:${column}): expected "."`);
    expect(report.mark).toEqual({ line: 1, column, message: 'expected "."' });
  });

  it('keeps positions on later lines, from an endpoint too', () => {
    const report = describeQueryError(new QuerySyntaxError('bad', 3, 4), withImplicitPrefixes('SELECT\n*\nokg:x'));
    expect(report.mark).toEqual({ line: 3, column: 4, message: 'bad' });
  });

  it('says what stopped a query', () => {
    expect(describeQueryError(new QueryTimeoutError(2000), prepared).status).toMatch(/longer than 2 s/);
    expect(describeQueryError(new QueryAbortedError('x'), prepared).status).toBe('Cancelled.');
    expect(describeQueryError(new WorkerQueryError('QuerySyntaxError', 'no position'), prepared)).toEqual({
      status: 'Syntax error: no position',
    });
    expect(describeQueryError(new TypeError('boom'), prepared)).toEqual({ status: 'TypeError: boom' });
  });
});

describe('limitValue and nextSort', () => {
  it('reads positive numbers only', () => {
    expect(limitValue('2.5', 10_000, 1000)).toBe(2500);
    expect(limitValue('', 7, 1)).toBe(7);
    expect(limitValue('-1', 7, 1)).toBe(7);
    expect(limitValue('abc', 7, 1)).toBe(7);
  });

  it('sorts a new column ascending, then flips', () => {
    const first = nextSort(null, 2);
    expect(first).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort(first, 2)).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort(nextSort(first, 2), 2)).toEqual({ column: 2, direction: 'ascending' });
    expect(nextSort(first, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});
