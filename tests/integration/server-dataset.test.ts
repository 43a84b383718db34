// SPARQL 1.1 Protocol dataset parameters over real HTTP: the local endpoint on a TriG dataset, and Virtuoso through the
// proxy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthFetch } from '../../src/node/digest-auth';
import { serve, type Served } from './helpers/serve';
import { stopStarted } from '../helpers/stop-started';

const RUN = `${process.pid}-${Date.now()}`;
const G1 = `urn:osce-kg:test:dataset:${RUN}:g1`;
const G2 = `urn:osce-kg:test:dataset:${RUN}:g2`;
const S = `urn:osce-kg:test:dataset:${RUN}:s`;
const P = 'http://example.org/p';
const TRIG = `<${S}> <${P}> "default" .
GRAPH <${G1}> { <${S}> <${P}> "one" }
GRAPH <${G2}> { <${S}> <${P}> "two" }
`;
const VALUES = `SELECT ?o WHERE { <${S}> <${P}> ?o } ORDER BY ?o`;
const GRAPHS = `SELECT ?g ?o WHERE { GRAPH ?g { <${S}> <${P}> ?o } } ORDER BY ?g`;

const VIRTUOSO_SPARQL = 'http://127.0.0.1:8890/sparql';
const VIRTUOSO_GSP = 'http://127.0.0.1:8890/sparql-graph-crud-auth';
const virtuosoFetch = createAuthFetch({ user: 'dba', password: 'dba' });

let local: Served;
let proxy: Served;

type Params = [string, string][];

/** The query's first column, row by row, asked by GET, by POST with a sparql-query body, or by POST as a form. */
async function column(
  base: string,
  method: 'GET' | 'POST query' | 'POST form',
  query: string,
  dataset: Params,
): Promise<string[]> {
  const response = await send(base, method, query, dataset);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  const json = JSON.parse(text) as {
    head: { vars: string[] };
    results: { bindings: Record<string, { value: string }>[] };
  };
  return json.results.bindings.map((b) => json.head.vars.map((v) => b[v]?.value ?? '').join(' '));
}

function send(
  base: string,
  method: 'GET' | 'POST query' | 'POST form',
  query: string,
  dataset: Params,
): Promise<Response> {
  const accept = { accept: 'application/sparql-results+json' };
  const graphs = new URLSearchParams(dataset).toString();
  if (method === 'GET') {
    return fetch(`${base}/sparql?${new URLSearchParams([['query', query], ...dataset]).toString()}`, {
      headers: accept,
    });
  }
  if (method === 'POST query') {
    return fetch(`${base}/sparql${graphs ? `?${graphs}` : ''}`, {
      method: 'POST',
      headers: { ...accept, 'content-type': 'application/sparql-query' },
      body: query,
    });
  }
  return fetch(`${base}/sparql`, {
    method: 'POST',
    headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['query', query], ...dataset]).toString(),
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'osce-kg-dataset-'));
  const file = join(dir, 'graphs.trig');
  writeFileSync(file, TRIG);
  // The same graphs in Virtuoso, each under its own name, for the proxy tests
  for (const [graph, literal] of [
    [G1, 'one'],
    [G2, 'two'],
  ] as const) {
    const response = await virtuosoFetch(`${VIRTUOSO_GSP}?graph=${encodeURIComponent(graph)}`, {
      method: 'PUT',
      headers: { 'content-type': 'text/turtle' },
      body: `<${S}> <${P}> "${literal}" .\n`,
    });
    await response.arrayBuffer();
    expect(response.ok, `PUT ${graph}: HTTP ${response.status}`).toBe(true);
  }
  [local, proxy] = await Promise.all([
    serve(['--data', file, '--quiet']),
    serve(['--endpoint', VIRTUOSO_SPARQL, '--quiet']),
  ]);
});

afterAll(async () => {
  await stopStarted(local, proxy);
  for (const graph of [G1, G2]) {
    const response = await virtuosoFetch(`${VIRTUOSO_GSP}?graph=${encodeURIComponent(graph)}`, { method: 'DELETE' });
    await response.arrayBuffer();
  }
});

const METHODS = ['GET', 'POST query', 'POST form'] as const;

describe('local endpoint (serve --data): default-graph-uri and named-graph-uri choose the dataset', () => {
  it.each(METHODS)('%s: without them the default graph is the union of all graphs', async (method) => {
    expect(await column(local.url, method, VALUES, [])).toEqual(['default', 'one', 'two']);
  });

  it.each(METHODS)('%s: default-graph-uri makes that graph the default graph', async (method) => {
    expect(await column(local.url, method, VALUES, [['default-graph-uri', G1]])).toEqual(['one']);
    expect(
      await column(local.url, method, VALUES, [
        ['default-graph-uri', G1],
        ['default-graph-uri', G2],
      ]),
    ).toEqual(['one', 'two']);
  });

  it.each(METHODS)(
    '%s: named-graph-uri limits GRAPH ?g to those graphs (and leaves the default graph empty)',
    async (method) => {
      expect(await column(local.url, method, GRAPHS, [])).toEqual([`${G1} one`, `${G2} two`]);
      expect(await column(local.url, method, GRAPHS, [['named-graph-uri', G2]])).toEqual([`${G2} two`]);
      expect(await column(local.url, method, VALUES, [['named-graph-uri', G2]])).toEqual([]);
    },
  );

  it("the protocol dataset replaces the query's FROM", async () => {
    const from = `SELECT ?o FROM <${G2}> WHERE { <${S}> <${P}> ?o }`;
    expect(await column(local.url, 'GET', from, [])).toEqual(['two']);
    expect(await column(local.url, 'GET', from, [['default-graph-uri', G1]])).toEqual(['one']);
  });

  it('a graph that does not exist is an empty default graph, not an error', async () => {
    expect(await column(local.url, 'GET', VALUES, [['default-graph-uri', 'urn:osce-kg:test:no-such-graph']])).toEqual(
      [],
    );
  });
});

describe.each([
  ['local endpoint', () => local],
  ['proxy to Virtuoso', () => proxy],
])('%s: bad dataset parameters are a 400', (_name, server) => {
  it.each<[string, Params, RegExp]>([
    ['a relative IRI', [['default-graph-uri', 'g1']], /default-graph-uri must be an absolute IRI/],
    ['an IRI in angle brackets', [['named-graph-uri', `<${G1}>`]], /named-graph-uri must be an absolute IRI/],
    ['a space in the IRI', [['default-graph-uri', 'http://example.org/a b']], /absolute IRI/],
    [
      '33 graphs',
      Array.from({ length: 33 }, (_, i): [string, string] => ['named-graph-uri', `${G1}-${i}`]),
      /too many graphs/,
    ],
  ])('%s', async (_case, dataset, message) => {
    for (const method of METHODS) {
      const response = await send(server().url, method, VALUES, dataset);
      expect(response.status, method).toBe(400);
      expect(await response.text()).toMatch(message);
    }
  });
});

describe('proxy (serve --endpoint) to a real Virtuoso: dataset parameters reach the store unchanged', () => {
  it.each(METHODS)('%s: default-graph-uri', async (method) => {
    expect(await column(proxy.url, method, VALUES, [['default-graph-uri', G1]])).toEqual(['one']);
    expect(await column(proxy.url, method, VALUES, [['default-graph-uri', G2]])).toEqual(['two']);
    expect(
      await column(proxy.url, method, VALUES, [
        ['default-graph-uri', G1],
        ['default-graph-uri', G2],
      ]),
    ).toEqual(['one', 'two']);
  });

  it.each(METHODS)('%s: named-graph-uri with GRAPH ?g', async (method) => {
    expect(await column(proxy.url, method, GRAPHS, [['named-graph-uri', G2]])).toEqual([`${G2} two`]);
    expect(
      await column(proxy.url, method, GRAPHS, [
        ['named-graph-uri', G1],
        ['named-graph-uri', G2],
      ]),
    ).toEqual([`${G1} one`, `${G2} two`]);
  });

  it('answers as Virtuoso does when asked directly', async () => {
    const dataset: Params = [['named-graph-uri', G1]];
    const direct = await fetch(
      `${VIRTUOSO_SPARQL}?${new URLSearchParams([['query', GRAPHS], ...dataset]).toString()}`,
      {
        headers: { accept: 'application/sparql-results+json' },
      },
    );
    const json = (await direct.json()) as { results: { bindings: { g: { value: string }; o: { value: string } }[] } };
    expect(await column(proxy.url, 'GET', GRAPHS, dataset)).toEqual(
      json.results.bindings.map((b) => `${b.g.value} ${b.o.value}`),
    );
  });
});
