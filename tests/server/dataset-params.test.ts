// Protocol dataset parameters: which values name a graph, how many, and what the engine is given.
import { describe, expect, it } from 'vitest';
import { isGraphIri, MAX_DATASET_GRAPHS, readDatasetParams } from '../../src/server/dataset-params';
import { HttpError } from '../../src/server/http-util';

describe('isGraphIri', () => {
  it.each([
    ['http://example.org/g', true],
    ['urn:osce-kg:graph:1', true],
    ['https://w3id.org/osce-kg/passage/p-1#x', true],
    ['http://example.org/é', true],
    ['tag:example.org,2026:g', true],
    ['g1', false],
    ['/graphs/g1', false],
    ['//example.org/g', false],
    ['http://example.org/a b', false],
    ['<http://example.org/g>', false],
    ['http://example.org/"g"', false],
    ['http://example.org/{g}', false],
    ['http://example.org/\u0000', false],
    ['1http://example.org/', false],
    ['', false],
    [`http://example.org/${'x'.repeat(5000)}`, false],
  ])('%j → %s', (text, expected) => {
    expect(isGraphIri(text)).toBe(expected);
  });
});

describe('readDatasetParams', () => {
  it.each([
    ['no graph parameters', ['query=ASK%7B%7D'], undefined],
    [
      'one default graph',
      ['default-graph-uri=http%3A%2F%2Fe%2Fg1'],
      { defaultGraphs: ['http://e/g1'], namedGraphs: [] },
    ],
    [
      'named graphs only',
      ['named-graph-uri=http%3A%2F%2Fe%2Fg1&named-graph-uri=urn%3Ag2'],
      { defaultGraphs: [], namedGraphs: ['http://e/g1', 'urn:g2'] },
    ],
    [
      'both, from two sources in order',
      ['default-graph-uri=urn%3Aa', 'default-graph-uri=urn%3Ab&named-graph-uri=urn%3Ac'],
      { defaultGraphs: ['urn:a', 'urn:b'], namedGraphs: ['urn:c'] },
    ],
  ])('%s', (_name, sources, expected) => {
    expect(readDatasetParams(...sources.map((s) => new URLSearchParams(s)))).toEqual(expected);
  });

  it.each([
    ['a relative IRI', 'default-graph-uri=g1', /default-graph-uri must be an absolute IRI, got "g1"/],
    [
      'an IRI in angle brackets',
      `named-graph-uri=${encodeURIComponent('<http://e/g>')}`,
      /named-graph-uri must be an absolute IRI/,
    ],
    ['an empty value', 'default-graph-uri=', /absolute IRI, got ""/],
    ['a space inside', `default-graph-uri=${encodeURIComponent('http://e/a b')}`, /absolute IRI/],
    [
      'one graph too many',
      Array.from(
        { length: MAX_DATASET_GRAPHS + 1 },
        (_, i) => `${i % 2 ? 'named' : 'default'}-graph-uri=urn%3Ag${i}`,
      ).join('&'),
      /too many graphs .*33 \(at most 32\)/,
    ],
  ])('refuses %s with a 400 that says why', (_name, query, message) => {
    let caught: unknown;
    try {
      readDatasetParams(new URLSearchParams(query));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HttpError);
    expect((caught as HttpError).status).toBe(400);
    expect((caught as HttpError).message).toMatch(message);
  });

  it('accepts exactly the maximum number of graphs', () => {
    const query = Array.from({ length: MAX_DATASET_GRAPHS }, (_, i) => `named-graph-uri=urn%3Ag${i}`).join('&');
    expect(readDatasetParams(new URLSearchParams(query))?.namedGraphs).toHaveLength(MAX_DATASET_GRAPHS);
  });
});
