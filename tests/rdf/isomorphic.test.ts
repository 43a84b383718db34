// isomorphic: equality of datasets up to blank node renaming.
import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse';
import { isomorphic } from '../../src/rdf/isomorphic';

const nq = (text: string) => parseRdf(text, { format: 'nquads' });

describe('isomorphic', () => {
  it.each([
    {
      name: 'same triples',
      a: '<http://e/a> <http://e/p> "x" .',
      b: '<http://e/a> <http://e/p> "x" .',
      expected: true,
    },
    {
      name: 'renamed blank nodes',
      a: '_:x <http://e/p> _:y .\n_:y <http://e/p> _:x .',
      b: '_:m <http://e/p> _:n .\n_:n <http://e/p> _:m .',
      expected: true,
    },
    { name: 'blank node structure differs', a: '_:x <http://e/p> _:y .', b: '_:x <http://e/p> _:x .', expected: false },
    {
      name: 'literal differs',
      a: '<http://e/a> <http://e/p> "x" .',
      b: '<http://e/a> <http://e/p> "x"@en .',
      expected: false,
    },
    {
      name: 'graph differs',
      a: '<http://e/a> <http://e/p> "x" <http://e/g> .',
      b: '<http://e/a> <http://e/p> "x" .',
      expected: false,
    },
    {
      name: 'duplicates do not count',
      a: '<http://e/a> <http://e/p> "x" .\n<http://e/a> <http://e/p> "x" .',
      b: '<http://e/a> <http://e/p> "x" .',
      expected: true,
    },
    {
      name: 'datatype IRI containing --',
      a: '<http://e/a> <http://e/p> "1"^^<http://e/t--x> .',
      b: '<http://e/a> <http://e/p> "1"^^<http://e/t--x> .',
      expected: true,
    },
    {
      name: 'datatype IRIs containing -- differ',
      a: '<http://e/a> <http://e/p> "1"^^<http://e/t--x> .',
      b: '<http://e/a> <http://e/p> "1"^^<http://e/t--y> .',
      expected: false,
    },
  ])('$name', async ({ a, b, expected }) => {
    expect(isomorphic(await nq(a), await nq(b))).toBe(expected);
  });
});
