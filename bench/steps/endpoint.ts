// Bench step: one `osce-kg serve` on a file; measures HTTP overhead of a point lookup (paired with the same worker
// engine in-process), a cheap query's latency behind runaway queries, or the query mix's throughput.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { openLocalEngineFromFiles } from '../../src/node/open-engine';
import { serializedBody } from '../../src/node/result-output';
import type { WorkerQueryOptions } from '../../src/node/query-worker-serialized';
import { queryMix } from '../queries';
import { round, summarise } from '../lib/stats';
import { emit, requiredArg, runStep, stepArgs } from '../lib/step-io';

const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const CHEAP = 'ASK { ?s ?p ?o }';

async function startServe(file: string, extra: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['bin/osce-kg.js', 'serve', '--port', '0', '--quiet', '--data', file, ...extra],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  // Ready once every query worker holds the data (the server logs it), so no load runs during the measures
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 100_000) stderr += chunk;
      const match = /SPARQL endpoint at (http:\/\/[^\s,]+)\/sparql/.exec(stderr);
      const endpoint = match?.[1];
      if (endpoint !== undefined && /query workers loaded/.test(stderr)) resolve(endpoint);
    });
    child.once('exit', (code) =>
      reject(new Error(`serve exited with ${code}: ${stderr.trim().split('\n').slice(-2).join(' ')}`)),
    );
  });
  return { child, url };
}

/** POSTs a query over a keep-alive connection; resolves with the status once the whole body is in. */
function post(agent: Agent, url: string, sparql: string, accept = 'application/sparql-results+json'): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(sparql);
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/sparql-query', accept, 'content-length': body.length },
      },
      (res) => {
        res
          .on('data', () => undefined)
          .on('end', () => resolve(res.statusCode ?? 0))
          .on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Point lookup over HTTP and with the same worker engine in this process, taking turns; paired differences. */
async function overhead(file: string, url: string, runs: number): Promise<void> {
  const point = queryMix().find((q) => q.id === 'point')!.sparql;
  const engine = await openLocalEngineFromFiles([{ name: file, content: readFileSync(file) }]);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const options: WorkerQueryOptions = { keepText: true, rowLimit: 10_000, timeoutMs: 10_000 };
  const inProcess = async () => serializedBody(await engine.query(point, options), 'json');
  const viaFetch = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
      body: point,
    });
    await response.text();
    if (response.status !== 200) throw new Error(`point lookup over fetch answered ${response.status}`);
  };
  const http: number[] = [];
  const local: number[] = [];
  const fetched: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    let t = performance.now();
    await inProcess();
    const l = performance.now() - t;
    t = performance.now();
    const status = await post(agent, url, point);
    const h = performance.now() - t;
    if (status !== 200) throw new Error(`point lookup over HTTP answered ${status}`);
    t = performance.now();
    await viaFetch();
    const f = performance.now() - t;
    if (i >= 5) {
      local.push(l);
      http.push(h);
      fetched.push(f);
    }
  }
  agent.destroy();
  await engine.close?.();
  emit({
    event: 'overhead',
    http: summarise(http),
    fetch: summarise(fetched),
    inProcess: summarise(local),
    // The three series have one sample per run
    difference: summarise(http.map((h, i) => h - (local[i] ?? Number.NaN))),
    fetchDifference: summarise(fetched.map((f, i) => f - (local[i] ?? Number.NaN))),
  });
}

/** A cheap query, again and again, while `count` runaway queries run (each sent again as soon as it ends). */
async function behindRunaways(url: string, count: number, runs: number): Promise<void> {
  let stop = false;
  const runaways = Array.from({ length: count }, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (!stop) await post(agent, url, RUNAWAY).catch(() => sleep(50));
    agent.destroy();
  });
  await sleep(1000);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    // A keep-alive socket the server closed while idle fails once: send again (the time counts)
    const status = await post(agent, url, CHEAP).catch(() => post(agent, url, CHEAP));
    samples.push(performance.now() - t);
    statuses[status] = (statuses[status] ?? 0) + 1;
    await sleep(50);
  }
  stop = true;
  agent.destroy();
  emit({ event: 'runaway', runaways: count, timing: summarise(samples), statuses });
  // The runaways end at the server's time limit; the server is killed anyway
  void Promise.all(runaways);
}

/** The query mix from `clients` keep-alive connections for `ms`: completed queries. */
async function mixLoad(url: string, clients: number, ms: number): Promise<{ done: number; failed: number }> {
  const mix = queryMix();
  const until = performance.now() + ms;
  let done = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = c; performance.now() < until; i++) {
        const q = mix[i % mix.length];
        if (q === undefined) break; // an empty mix
        const status = await post(
          agent,
          url,
          q.sparql,
          /CONSTRUCT/.test(q.sparql) ? 'application/n-triples' : 'application/sparql-results+json',
        ).catch(() => 0);
        if (status === 200) done += 1;
        else failed += 1;
      }
      agent.destroy();
    }),
  );
  return { done, failed };
}

/**
 * Throughput of the pool against a baseline server (one worker), both running, in alternating windows: load that
 * changes on a shared machine hits both alike.
 */
async function throughput(
  url: string,
  baselineUrl: string,
  clients: number,
  rounds: number,
  windowMs: number,
): Promise<void> {
  const totals = { pool: 0, baseline: 0, failed: 0 };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['baseline', 'pool'] as const) : (['pool', 'baseline'] as const);
    for (const which of order) {
      const { done, failed } = await mixLoad(which === 'pool' ? url : baselineUrl, clients, windowMs);
      totals[which] += done;
      totals.failed += failed;
    }
  }
  const seconds = (rounds * windowMs) / 1000;
  emit({
    event: 'throughput',
    perSecond: round(totals.pool / seconds),
    baselinePerSecond: round(totals.baseline / seconds),
    failed: totals.failed,
  });
}

runStep(async () => {
  const args = stepArgs();
  const file = requiredArg(args, 'file');
  // `--serve timeout=5000,workers=2` → serve's `--timeout 5000 --workers 2`
  const extra = (args.serve ?? '')
    .split(',')
    .filter(Boolean)
    .flatMap((pair) => {
      const [name, value] = pair.split('=');
      if (value === undefined) throw new Error(`--serve takes name=value pairs, not "${pair}"`);
      return [`--${name}`, value];
    });
  const { child, url } = await startServe(file, extra);
  const baseline =
    args.task === 'throughput' ? await startServe(file, ['--workers', '1', '--short-limit', '0']) : undefined;
  try {
    const sparql = `${url}/sparql`;
    await post(new Agent(), sparql, CHEAP);
    emit({ event: 'loaded' });
    if (args.task === 'overhead') await overhead(file, sparql, Number(args.runs ?? 200));
    if (args.task === 'runaway') await behindRunaways(sparql, Number(args.runaways ?? 3), Number(args.runs ?? 40));
    if (baseline)
      await throughput(
        sparql,
        `${baseline.url}/sparql`,
        Number(args.clients ?? 4),
        Number(args.rounds ?? 4),
        Number(args.window ?? 2000),
      );
  } finally {
    child.kill('SIGKILL');
    baseline?.child.kill('SIGKILL');
  }
});
