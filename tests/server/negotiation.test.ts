// Content negotiation over the endpoint's offers (negotiator): q-values, wildcards, specificity, parameters, order.
import { describe, expect, it } from 'vitest';
import { acceptable, negotiate } from '../../src/server/negotiation';

const OFFERS = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
  'application/json',
  'text/plain',
];

describe('negotiate', () => {
  it.each([
    [undefined, 'application/sparql-results+json'],
    ['', 'application/sparql-results+json'],
    ['  ', 'application/sparql-results+json'],
    ['*/*', 'application/sparql-results+json'],
    ['text/csv', 'text/csv'],
    ['TEXT/CSV', 'text/csv'],
    ['text/*', 'text/csv'],
    ['text/csv;q=0.4, text/tab-separated-values;q=0.8', 'text/tab-separated-values'],
    ['text/csv;q=0.8, application/sparql-results+xml;q=0.8', 'text/csv'],
    ['*/*;q=0.1, application/sparql-results+xml', 'application/sparql-results+xml'],
    ['*/*, application/sparql-results+json;q=0', 'application/sparql-results+xml'],
    ['text/*;q=0.9, text/csv;q=0', 'text/tab-separated-values'],
    ['text/csv;charset=utf-8', 'text/csv'],
    ['text/csv; charset="UTF-8"', 'text/csv'],
    ['text/csv; q=0.5; charset=utf-8, application/json;q=0.4', 'text/csv'],
    ['application/sparql-results+json;q=1.0', 'application/sparql-results+json'],
  ])('Accept %j → %s', (accept, expected) => {
    expect(negotiate(accept, OFFERS)).toBe(expected);
  });

  it.each([['image/png'], ['text/csv;q=0'], ['text/csv;charset=latin1'], ['text/csv;q=abc'], ['garbage']])(
    'Accept %j → nothing acceptable (406)',
    (accept) => {
      expect(negotiate(accept, OFFERS)).toBeUndefined();
    },
  );

  it('lists every acceptable offer, best first (the next is tried when the best cannot carry a result)', () => {
    expect(
      acceptable('application/sparql-results+xml, application/sparql-results+json;q=0.5, */*;q=0.1', OFFERS).slice(
        0,
        3,
      ),
    ).toEqual(['application/sparql-results+xml', 'application/sparql-results+json', 'text/csv']);
  });
});
