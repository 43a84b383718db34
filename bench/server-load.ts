// Load test of `osce-kg serve`: every example query over loopback with autocannon, then the same mixed with bad
// requests; prints throughput, latency and RSS.
import { cpus } from 'node:os';
import { DEFAULT_BODY_LIMIT } from '../src/server/server';
import {
  badCases,
  exampleCases,
  goodStatuses,
  oversizedCase,
  rssBytes,
  runLoad,
  type LoadCase,
  type LoadSummary,
} from '../tests/integration/helpers/load';
import { serve } from '../tests/integration/helpers/serve';
import { oneMinuteLoad } from './lib/stats';

const HELP = `Usage: npx tsx bench/server-load.ts [--seconds N] [--connections C]

  --seconds      length of each run (default 20)
  --connections  concurrent keep-alive connections (default 10)
  --runs         identical runs of the example queries before the mixed run (default 2; more shows whether RSS keeps growing)`;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

function print(title: string, s: LoadSummary, cases: LoadCase[]): void {
  console.log(
    `  ${title}: ${s.requests} requests, ${s.requestsPerSecond.toFixed(0)} req/s; latency p50 ${s.latency.p50} ms, p99 ${s.latency.p99} ms, max ${s.latency.max} ms`,
  );
  console.log(
    `    errors ${s.errors} (timeouts ${s.timeouts}), non-2xx ${s.non2xx}, wrong status or body ${s.wrong}${s.wrongExamples.length ? ': ' + s.wrongExamples.join('; ') : ''}`,
  );
  console.log(`    good queries by status ${JSON.stringify(goodStatuses(s, cases))}`);
  for (const c of cases.filter((x) => !x.good))
    console.log(`    ${c.name} (expect ${c.status}) by status ${JSON.stringify(s.statuses[c.name] ?? {})}`);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) return void console.log(HELP);
  const seconds = option(argv, '--seconds', 20);
  const connections = option(argv, '--connections', 10);
  const runs = Math.max(2, option(argv, '--runs', 2));
  console.log(
    `osce-kg server load — Node ${process.version}, ${cpus().length} CPUs, load average ${oneMinuteLoad().toFixed(1)}; ${connections} connections, ${seconds} s per run`,
  );
  const server = await serve(['--quiet']);
  try {
    const pid = server.child.pid!;
    const good = await exampleCases(server.url);
    const mixed = [...good, ...badCases()];
    const oversized = [oversizedCase(DEFAULT_BODY_LIMIT)];
    console.log(
      `  server pid ${pid} at ${server.url}; ${good.length} example queries; RSS at start ${mb(rssBytes(pid))}`,
    );

    let previous: number | undefined;
    for (let run = 1; run <= runs; run += 1) {
      const summary = await runLoad(server.url, good, seconds, connections);
      const rss = rssBytes(pid);
      print(`run ${run} (example queries${run > 1 ? ', identical' : ''})`, summary, good);
      console.log(
        `    RSS after run ${run} ${mb(rss)}${previous === undefined ? '' : `; growth run ${run - 1} → run ${run}: ${mb(rss - previous)}`}`,
      );
      previous = rss;
    }

    // Bad requests interleaved with the good ones on the same connections, plus one connection sending
    // 2 MB bodies at 5/s (unthrottled, the loopback upload of 2 MB bodies, not the endpoint, sets the pace: see the
    // report).
    const [bad, big] = await Promise.all([
      runLoad(server.url, mixed, seconds, connections),
      runLoad(server.url, oversized, seconds, 1, 5),
    ]);
    print(`mixed (${good.length} good + ${mixed.length - good.length} bad per cycle)`, bad, mixed);
    print('…alongside, 1 connection of 2 MB bodies at 5/s', big, oversized);
    console.log(`    RSS after mixed run ${mb(rssBytes(pid))}`);

    const after = await fetch(`${server.url}/sparql?query=${encodeURIComponent('ASK {}')}`, {
      headers: { accept: 'application/sparql-results+json' },
    });
    console.log(`  after the runs: ASK {} → ${after.status} ${await after.text()}`);
  } finally {
    await server.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
