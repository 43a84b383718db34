// The graph in a real triple store: `osce-kg push` into Virtuoso (Graph Store Protocol, digest auth), then the same
// answers from Virtuoso and from the local engine for every example query, and `query --endpoint` against Virtuoso.
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetStats } from '../../src/kg/stats';
import { loadBundledData } from '../../src/node/bundled';
import { createAuthFetch } from '../../src/node/digest-auth';
import { openLocalEngine } from '../../src/node/open-engine';
import type { QueryResult, SparqlEngine } from '../../src/query/engine';
import { EXAMPLE_QUERIES } from '../../src/query/examples';
import { createRemoteEngine } from '../../src/query/remote-engine';
import { resultRows } from './helpers/compare';
import { runCli, type CliRun } from './helpers/cli';
import { defined } from '../helpers/defined';
import { stopStarted } from '../helpers/stop-started';

const SPARQL = 'http://127.0.0.1:8890/sparql';
const GSP = 'http://127.0.0.1:8890/sparql-graph-crud-auth';
const GRAPH = `urn:osce-kg:test:${process.pid}-${Date.now()}`;
const AUTH = ['--user', 'dba', '--password', 'dba'];

let quads: Quad[];
let passages: string[] = [];
let local: SparqlEngine;
let pushed: CliRun;

async function virtuosoCount(where: string): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { ${where} }`;
  const response = await fetch(`${SPARQL}?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/sparql-results+json' },
  });
  const json = (await response.json()) as { results: { bindings: { n: { value: string } }[] } };
  return Number(defined(json.results.bindings[0], 'a count row').n.value);
}

beforeAll(async () => {
  quads = await loadBundledData();
  passages = [...new Set(quads.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value))];
  local = await openLocalEngine(quads);
  // Every test below reads what this push wrote.
  pushed = await runCli(['push', '--endpoint', GSP, '--graph', GRAPH, '--named-graphs', ...AUTH]);
});

afterAll(async () => {
  await stopStarted(local);
  // Leave the store as it was: drop the test graph and the passage graphs.
  const authFetch = createAuthFetch({ user: 'dba', password: 'dba' });
  for (const graph of [GRAPH, ...passages]) {
    const response = await authFetch(`${GSP}?graph=${encodeURIComponent(graph)}`, { method: 'DELETE' });
    await response.arrayBuffer();
  }
});

describe('push', () => {
  it('loads every distinct triple into the graph, and each passage graph under its own name', async () => {
    expect(pushed.stderr).toMatch(/pushed \d+ triples into <urn:osce-kg:test:[^>]+> and \d+ passage graphs/);
    expect(pushed.code).toBe(0);
    expect(await virtuosoCount(`GRAPH <${GRAPH}> { ?s ?p ?o }`)).toBe(datasetStats(quads).triples);
    const sample = passages[Math.floor(passages.length / 2)];
    const inSample = new Set(
      quads
        .filter((q) => q.graph.value === sample)
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`),
    );
    expect(await virtuosoCount(`GRAPH <${sample}> { ?s ?p ?o }`)).toBe(inSample.size);
  });

  it('pushing again replaces the graph (PUT), it does not add to it', async () => {
    const run = await runCli(['push', '--endpoint', GSP, '--graph', GRAPH, ...AUTH]);
    expect(run.code).toBe(0);
    expect(await virtuosoCount(`GRAPH <${GRAPH}> { ?s ?p ?o }`)).toBe(datasetStats(quads).triples);
  });

  it('--verify: the store holds as many triples as were sent, in the graph and in every passage graph', async () => {
    const run = await runCli(['push', '--endpoint', GSP, '--graph', GRAPH, '--named-graphs', '--verify', ...AUTH]);
    expect(run.stderr).toContain(`verified at ${SPARQL}: all ${passages.length + 1} graphs hold the triples sent`);
    expect(run.code).toBe(0);
  });

  it.each([
    [
      'wrong password',
      ['--endpoint', GSP, '--graph', `${GRAPH}-x`, '--user', 'dba', '--password', 'not-the-password'],
      /401/,
    ],
    ['no credentials', ['--endpoint', GSP, '--graph', `${GRAPH}-x`], /401/],
    [
      'nothing listening',
      ['--endpoint', 'http://127.0.0.1:9/sparql-graph-crud', '--graph', `${GRAPH}-x`],
      /cannot connect/,
    ],
  ])('%s: exit 1 and the reason on stderr', async (_name, args, message) => {
    const run = await runCli(['push', ...args]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});

describe('example queries: Virtuoso and the local engine agree', () => {
  let remote: SparqlEngine;
  beforeAll(() => {
    remote = createRemoteEngine(SPARQL, { defaultGraphUris: [GRAPH], namedGraphUris: passages });
  });

  /** GROUP_CONCAT: Oxigraph keeps a shared language tag, Virtuoso does not, and the order of parts is free. */
  const normalize = (id: string, result: QueryResult): string[] =>
    resultRows(result).map((row) =>
      id === 'units'
        ? row.replace(
            /names="([^"]*)"@[a-z-]*\^\^/,
            (_m, names: string) => `names=${names.split(', ').sort().join(', ')}`,
          )
        : row,
    );

  it.each(EXAMPLE_QUERIES.map((q) => [q.id, q] as const))('%s', async (id, example) => {
    const [mine, theirs] = await Promise.all([local.query(example.sparql), remote.query(example.sparql)]);
    expect(theirs.kind).toBe(mine.kind);
    expect(normalize(id, theirs)).toEqual(normalize(id, mine));
  });
});

describe('query --endpoint', () => {
  const bodies =
    'PREFIX okg: <https://w3id.org/osce-kg/ontology#> SELECT ?body FROM <GRAPH> WHERE { ?body a okg:OSCEBody } ORDER BY ?body';

  it('answers from Virtuoso as the local engine does (CSV)', async () => {
    const [remote, mine] = await Promise.all([
      runCli(['query', '--endpoint', SPARQL, '--format', 'csv', bodies.replace('GRAPH', GRAPH)]),
      runCli(['query', '--format', 'csv', bodies.replace('FROM <GRAPH> ', '')]),
    ]);
    expect(remote.code).toBe(0);
    expect(mine.code).toBe(0);
    expect(remote.stdout.split(/\r?\n/).length).toBeGreaterThan(10);
    expect(remote.stdout).toBe(mine.stdout);
  });

  it('a syntax error from Virtuoso: exit 1 with the line', async () => {
    const run = await runCli(['query', '--endpoint', SPARQL, 'SELECT * WHERE {\n ?s ?p }']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/syntax error/i);
    expect(run.stderr).toMatch(/:2:|line 2/);
  });

  it('an UPDATE is refused before it is sent', async () => {
    const run = await runCli(['query', '--endpoint', SPARQL, `DROP GRAPH <${GRAPH}>`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ReadOnlyError/);
    expect(await virtuosoCount(`GRAPH <${GRAPH}> { ?s ?p ?o }`)).toBe(datasetStats(quads).triples);
  });
});
