// The worker engine's kept text (what `serve` sends as the body) against the rows it stands for, and its dataset
// option.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerSparqlEngine } from '../../src/node/query-worker';
import { serializedText } from '../../src/node/query-worker-serialized';
import { formatResult, serializedBody } from '../../src/node/result-output';
import type { QueryResult } from '../../src/query/engine';
import { parseSparqlJson } from '../../src/query/results-json';

const E = 'http://example.org/';
// 12 subjects in the default graph, one statement in each of two named graphs
const TRIG = `${Array.from({ length: 12 }, (_, i) => `<${E}s${i}> <${E}p> "v${i}"@en .`).join('\n')}
GRAPH <${E}g1> { <${E}a> <${E}p> "one" }
GRAPH <${E}g2> { <${E}a> <${E}p> "two" }
`;

let engine: WorkerSparqlEngine;

beforeAll(async () => {
  engine = new WorkerSparqlEngine();
  await engine.loadItems([{ data: TRIG, format: 'application/trig', namedGraphs: true }]);
});

afterAll(async () => {
  await engine.close();
});

const SELECT = `SELECT ?s ?o WHERE { ?s <${E}p> ?o } ORDER BY ?s`;
const CONSTRUCT = `CONSTRUCT { ?s <${E}q> ?o } WHERE { ?s <${E}p> ?o }`;

describe("keepText: the worker's own text, cut exactly", () => {
  it.each([
    ['SELECT under the limit', SELECT, 100, 14, false],
    ['SELECT over the limit', SELECT, 5, 5, true],
    ['SELECT at the limit', SELECT, 14, 14, false],
    ['CONSTRUCT under the limit', CONSTRUCT, 100, 14, false],
    ['CONSTRUCT over the limit', CONSTRUCT, 3, 3, true],
  ])(
    '%s: the text holds the rows the result reads, and says whether more existed',
    async (_name, sparql, rowLimit, rows, truncated) => {
      const kept = await engine.query(sparql, { rowLimit, keepText: true });
      const plain = await engine.query(sparql, { rowLimit });
      const text = serializedText(kept);
      expect(text).toBeDefined();
      expect('truncated' in kept && kept.truncated).toBe(truncated);
      if (kept.kind === 'bindings' && plain.kind === 'bindings') {
        expect(text!.mediaType).toBe('application/sparql-results+json');
        const fromText = parseSparqlJson(text!.text);
        expect(fromText.kind === 'bindings' && fromText.rows).toHaveLength(rows);
        expect(kept.rows).toEqual(plain.rows);
        expect(kept.variables).toEqual(['s', 'o']);
      } else if (kept.kind === 'quads' && plain.kind === 'quads') {
        expect(text!.mediaType).toBe('application/n-triples');
        expect(text!.text.trim().split('\n')).toHaveLength(rows);
        expect(kept.quads).toEqual(plain.quads);
      } else {
        throw new Error(`unexpected kinds ${kept.kind} / ${plain.kind}`);
      }
    },
  );

  it('an ASK answer is a plain boolean', async () => {
    const kept = await engine.query(`ASK { <${E}s1> ?p ?o }`, { keepText: true });
    expect(kept).toEqual({ kind: 'boolean', value: true });
  });

  it('without keepText nothing is kept', async () => {
    expect(serializedText(await engine.query(SELECT))).toBeUndefined();
  });

  it('a copy of the result has real rows and no text (it may be edited)', async () => {
    const kept = await engine.query(SELECT, { rowLimit: 4, keepText: true });
    const copy = { ...kept };
    expect(copy.kind === 'bindings' && copy.rows).toHaveLength(4);
    expect(serializedText(copy)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(copy)).rows).toHaveLength(4);
  });
});

describe('serializedBody: only for the format the text is in', () => {
  it.each([
    ['json', SELECT, true],
    ['csv', SELECT, false],
    ['xml', SELECT, false],
    ['ntriples', CONSTRUCT, true],
    ['turtle', CONSTRUCT, false],
  ] as const)('%s', async (format, sparql, sent) => {
    const kept = await engine.query(sparql, { keepText: true });
    const body = serializedBody(kept, format);
    if (!sent) {
      expect(body).toBeUndefined();
      return;
    }
    // The same answer as the written one (compared as data: the two writers may order keys differently)
    const written = await formatResult(await engine.query(sparql), format);
    if (format === 'json') expect(parseSparqlJson(body!)).toEqual(parseSparqlJson(written));
    else expect(body!.trim().split('\n').sort()).toEqual(written.trim().split('\n').sort());
  });
});

describe('dataset option in the worker (default-graph-uri / named-graph-uri)', () => {
  const VALUES = `SELECT ?o WHERE { <${E}a> <${E}p> ?o } ORDER BY ?o`;
  const GRAPHS = `SELECT ?g WHERE { GRAPH ?g { <${E}a> ?p ?o } } ORDER BY ?g`;
  const column = (result: QueryResult, name: string) =>
    result.kind === 'bindings' ? result.rows.map((r) => r[name]?.value) : [];

  it.each([
    ['no dataset: the union default graph', VALUES, undefined, 'o', ['one', 'two']],
    ['default graph g1', VALUES, { defaultGraphs: [`${E}g1`], namedGraphs: [] }, 'o', ['one']],
    ['named graphs only: empty default graph', VALUES, { defaultGraphs: [], namedGraphs: [`${E}g2`] }, 'o', []],
    [
      'GRAPH ?g sees only the named graphs given',
      GRAPHS,
      { defaultGraphs: [], namedGraphs: [`${E}g2`] },
      'g',
      [`${E}g2`],
    ],
    [
      'GRAPH ?g sees none when only a default graph is given',
      GRAPHS,
      { defaultGraphs: [`${E}g1`], namedGraphs: [] },
      'g',
      [],
    ],
  ])('%s', async (_name, sparql, dataset, variable, expected) => {
    for (const keepText of [false, true]) {
      const result = await engine.query(sparql, { dataset, keepText });
      expect(column(result, variable)).toEqual(expected);
    }
  });
});
