// Bounded load on `osce-kg serve`: every example query under 10 connections, twice; then mixed with refused requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../src/server/server';
import {
  badCases,
  exampleCases,
  goodStatuses,
  oversizedCase,
  projectedVariables,
  rssBytes,
  runLoad,
  type LoadCase,
  type LoadSummary,
} from './helpers/load';
import { serve, type Served } from './helpers/serve';
import { stopStarted } from '../helpers/stop-started';

const SECONDS = 5;
const CONNECTIONS = 10;
/**
 * Generous: the whole server starts around 140 MB; a leak per request would add far more over thousands of requests.
 */
const MAX_GROWTH_BYTES = 50 * 2 ** 20;

let server: Served;
let good: LoadCase[];

async function askStillAnswers(url: string): Promise<unknown> {
  const response = await fetch(`${url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, {
    headers: { accept: 'application/sparql-results+json' },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { boolean?: unknown }).boolean;
}

function expectClean(summary: LoadSummary): void {
  expect(summary.wrongExamples).toEqual([]);
  expect(summary.wrong).toBe(0);
  expect(summary.errors).toBe(0);
  expect(summary.timeouts).toBe(0);
}

beforeAll(async () => {
  server = await serve(['--quiet']);
  good = await exampleCases(server.url);
});

afterAll(async () => {
  await stopStarted(server);
});

describe('projectedVariables (what the load checks heads against)', () => {
  it.each([
    ['SELECT ?a ?b WHERE { ?a ?p ?b }', ['a', 'b']],
    ['SELECT DISTINCT ?a WHERE { ?a ?p ?b }', ['a']],
    [
      'SELECT ?p (COUNT(DISTINCT ?u) AS ?n) (GROUP_CONCAT(DISTINCT ?x; separator=", ") AS ?names) WHERE {}',
      ['p', 'n', 'names'],
    ],
    ['SELECT * WHERE { ?s ?p ?o }', undefined],
  ])('%s', (sparql, expected) => {
    expect(projectedVariables(sparql)).toEqual(expected);
  });
});

describe('osce-kg serve under load', () => {
  it('answers every example query correctly under 10 connections, twice, without growing', async () => {
    const pid = server.child.pid!;
    const first = await runLoad(server.url, good, SECONDS, CONNECTIONS);
    const afterFirst = rssBytes(pid);
    const second = await runLoad(server.url, good, SECONDS, CONNECTIONS);
    const afterSecond = rssBytes(pid);

    for (const run of [first, second]) {
      expectClean(run);
      expect(run.non2xx).toBe(0);
      // Every example was asked, and each response was checked (status 200 and the same answer as without load).
      expect(Object.keys(run.statuses).sort()).toEqual(good.map((c) => c.name).sort());
      expect(goodStatuses(run, good)).toEqual({ 200: run.requests });
      expect(run.requests).toBeGreaterThan(good.length * CONNECTIONS);
    }
    expect(afterSecond - afterFirst).toBeLessThan(MAX_GROWTH_BYTES);
    expect(await askStillAnswers(server.url)).toBe(true);
  });

  it('refuses bad requests with their own status while the good ones still succeed', async () => {
    const mixed = [...good, ...badCases()];
    const oversized = oversizedCase(DEFAULT_BODY_LIMIT);
    const [run, big] = await Promise.all([
      runLoad(server.url, mixed, SECONDS, CONNECTIONS),
      runLoad(server.url, [oversized], SECONDS, 1, 5),
    ]);

    expectClean(run);
    const goodCount = goodStatuses(run, mixed)[200] ?? 0;
    expect(goodStatuses(run, mixed)).toEqual({ 200: goodCount });
    expect(goodCount).toBeGreaterThan(0);
    for (const c of badCases()) expect(Object.keys(run.statuses[c.name] ?? {})).toEqual([String(c.status)]);
    expect(run.non2xx).toBe(run.requests - goodCount);
    // The 413 closes its connection (so autocannon counts a connection error); every answer is still a 413.
    expect(big.wrongExamples).toEqual([]);
    expect(big.statuses[oversized.name]?.[413]).toBeGreaterThan(0);
    expect(await askStillAnswers(server.url)).toBe(true);
  });
});
