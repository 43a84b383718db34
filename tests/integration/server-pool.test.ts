// `osce-kg serve` under runaway queries: the worker pool answers cheap queries meanwhile, a full queue is 503 with
// Retry-After, a time limit counts from arrival, and a query past the memory limit is stopped and its worker replaced.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve, type Served } from './helpers/serve';
import { stopStarted } from '../helpers/stop-started';

const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const ASK = 'ASK { ?s ?p ?o }';
const TIMEOUT_MS = 4000;

/** A string doubled 34 times in nested BINDs: 256 GB if nothing stopped it (Oxigraph panics near 4 GB). */
function doublingQuery(levels = 34): string {
  const binds = ['BIND("0123456789abcdef" AS ?a0)'];
  for (let i = 1; i <= levels; i++) binds.push(`BIND(CONCAT(?a${i - 1}, ?a${i - 1}) AS ?a${i})`);
  return `SELECT (STRLEN(?a${levels}) AS ?n) WHERE { ${binds.join(' ')} }`;
}

let server: Served;
/** A server whose time limit is long enough for the memory limit to act first on a slow, busy machine. */
let roomy: Served;

beforeAll(async () => {
  [server, roomy] = await Promise.all([
    serve(['--workers', '2', '--queue', '2', '--timeout', String(TIMEOUT_MS), '--memory-limit', '300']),
    serve(['--workers', '1', '--timeout', '60000', '--memory-limit', '300']),
  ]);
  // Every worker holds the data before the runaways are counted against them
  await vi.waitUntil(() => /3 query workers loaded/.test(server.stderr()), { timeout: 60_000, interval: 100 });
}, 120_000);

afterAll(async () => {
  await stopStarted(server, roomy);
});

interface Answer {
  status: number;
  body: string;
  retryAfter: string | null;
  ms: number;
}

async function post(query: string, signal?: AbortSignal, to = server): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${to.url}/sparql`, {
    method: 'POST',
    headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
    body: query,
    signal,
  });
  return {
    status: response.status,
    body: await response.text(),
    retryAfter: response.headers.get('retry-after'),
    ms: performance.now() - started,
  };
}

function residentMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

describe('serve: the query worker pool', () => {
  it('answers a cheap query while three runaway queries run', async () => {
    const settled: boolean[] = [false, false, false];
    const runaways = settled.map((_, i) => post(RUNAWAY).finally(() => (settled[i] = true)));
    // Let the runaways take every worker (the third goes past the short-query worker's limit and waits)
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (let i = 0; i < 3; i++) {
      const answer = await post(ASK);
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ head: {}, boolean: true });
    }
    expect(settled).toEqual([false, false, false]);
    const ends = await Promise.all(runaways);
    for (const end of ends) {
      expect(end.status).toBe(503);
      expect(end.body).toMatch(/timed out after 4000 ms/);
    }
  }, 30_000);

  it('refuses a query with 503 and Retry-After when every worker is taken and the queue is full; time limits count from arrival', async () => {
    // 2 workers + the short-query worker + 2 waiting = 5 taken; the rest are refused at once
    const answers = await Promise.all(Array.from({ length: 7 }, () => post(RUNAWAY)));
    const busy = answers.filter((a) => a.status === 503 && /busy/.test(a.body));
    expect(busy.length).toBeGreaterThanOrEqual(2);
    for (const a of busy) expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    const stopped = answers.filter((a) => !busy.includes(a));
    for (const a of stopped) {
      expect(a.status).toBe(503);
      expect(a.body).toMatch(/timed out/);
      // Waiting counts: a query that waited behind two runaways is stopped at its own limit, not after theirs
      expect(a.ms).toBeLessThan(2 * TIMEOUT_MS);
    }
    expect((await post(ASK)).status).toBe(200);
  }, 30_000);

  it('stops a query that grows memory past the limit, replaces its worker (memory comes back) and logs one line', async () => {
    const pid = roomy.child.pid!;
    const before = residentMb(pid);
    const logStart = roomy.stderr().length;
    const answer = await post(doublingQuery(), undefined, roomy);
    expect(answer.status).toBe(503);
    expect(answer.body).toMatch(/memory/);
    expect(answer.body).not.toMatch(/unreachable|wasm/i);
    expect((await post(ASK, undefined, roomy)).status).toBe(200);
    await expect.poll(() => residentMb(pid), { timeout: 10_000, interval: 200 }).toBeLessThan(before + 300);
    const log = roomy.stderr().slice(logStart).trim().split('\n');
    expect(log.filter((line) => /POST \/sparql 503/.test(line))).toHaveLength(1);
    expect(log.join('\n')).not.toMatch(/panicked|wasm-function|RuntimeError|\n\s+at /);
  }, 30_000);
});
