// Bench step: start `osce-kg serve` on a file and run the query mix over HTTP (SPARQL 1.1 Protocol), warm.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { queryMix } from '../queries';
import { repeat, round } from '../lib/stats';
import { emit, requiredArg, runStep, stepArgs } from '../lib/step-io';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Peak RSS of a running process in MB (Linux VmHWM), read before it is stopped. */
function peakRssMb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function post(url: string, sparql: string): Promise<number> {
  const construct = /\bCONSTRUCT\b/i.test(sparql);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/sparql-query',
      accept: construct ? 'application/n-triples' : 'application/sparql-results+json',
    },
    body: sparql,
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${body.slice(0, 200)}`);
  if (construct) return body.split('\n').filter((line) => line.trim()).length;
  const json = JSON.parse(body) as { boolean?: boolean; results?: { bindings: unknown[] } };
  if (typeof json.boolean === 'boolean') return 1;
  return json.results!.bindings.length;
}

runStep(async () => {
  const args = stepArgs();
  const port = await freePort();
  const start = performance.now();
  const server = spawn(
    process.execPath,
    ['bin/osce-kg.js', 'serve', '--port', String(port), '--data', requiredArg(args, 'file')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}/sparql`;
  try {
    // Ready when it answers a query (the data is loaded by then)
    for (;;) {
      if (server.exitCode !== null)
        throw new Error(`serve exited with ${server.exitCode}: ${stderr.trim().split('\n').slice(-2).join(' ')}`);
      if (performance.now() - start > Number(args.readyTimeout ?? 300_000)) throw new Error('serve not ready in time');
      try {
        await post(url, 'ASK { ?s ?p ?o }');
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    emit({ event: 'loaded', loadMs: round(performance.now() - start) });
    for (const query of queryMix()) {
      emit({ event: 'start', query: query.id });
      const { timing, last } = await repeat(() => post(url, query.sparql), {
        warmup: 1,
        runs: Number(args.runs ?? 20),
        budgetMs: 5000,
        minRuns: 3,
      });
      emit({ event: 'done', query: query.id, timing, count: last });
    }
    emit({ event: 'server', maxRssMb: peakRssMb(server.pid!) });
  } finally {
    server.kill('SIGKILL');
  }
});
