// Bench section of the endpoint under pressure: HTTP overhead of a point lookup, a cheap query behind runaway queries,
// and the worker pool's throughput on the query mix against one worker (`npm run bench -- --only endpoint`).
import { childError, runTsStep, type ChildOutcome, type Message } from '../lib/child';
import { missingLayer, type BenchContext } from '../lib/context';
import { count, ms, ratio, verdict } from '../lib/report';
import type { Timing } from '../lib/stats';

const STEP = 'bench/steps/endpoint.ts';

async function step(
  file: string,
  args: string[],
): Promise<{ outcome: ChildOutcome; message: (event: string) => Message | undefined }> {
  const outcome = await runTsStep(STEP, ['--file', file, ...args], { timeoutMs: 240_000 });
  return { outcome, message: (event) => outcome.messages.find((m) => m.event === event) };
}

export async function benchEndpoint(context: BenchContext): Promise<void> {
  const { report } = context;
  const missing = missingLayer('src/node/query-pool.ts', 'src/cli/commands/serve.ts');
  if (missing) return report.skip('endpoint under pressure', missing);
  const [size = 0] = context.sizes; // the bench always has a first size
  const file = context.files.get(size)!.ntriples;
  const section = report.section(`Endpoint under pressure (osce-kg serve, ${count(size)} triples)`, [
    'figure',
    'value',
    'aim',
    'verdict',
  ]);

  const overhead = await step(file, ['--task', 'overhead', '--runs', context.quick ? '100' : '300']);
  const o = overhead.message('overhead');
  if (o) {
    const diff = o.difference as Timing;
    const fetchDiff = o.fetchDifference as Timing;
    section.rows.push([
      'point lookup: HTTP (keep-alive) − same worker engine in-process, median of paired runs',
      ms(diff.medianMs),
      '≤ 1 ms',
      verdict(diff.medianMs, { max: 1 }),
    ]);
    section.rows.push(['…the same through fetch (undici) − in-process', ms(fetchDiff.medianMs), '', '']);
    section.rows.push([
      '…HTTP / in-process medians',
      `${ms((o.http as Timing).medianMs)} / ${ms((o.inProcess as Timing).medianMs)}`,
      '',
      '',
    ]);
  } else section.notes.push(`HTTP overhead not measured: ${childError(overhead.outcome)}`);

  const runaway = await step(file, [
    '--task',
    'runaway',
    '--runaways',
    '3',
    '--runs',
    context.quick ? '30' : '60',
    '--serve',
    'timeout=5000',
  ]);
  const r = runaway.message('runaway');
  if (r) {
    const timing = r.timing as Timing;
    section.rows.push([
      'cheap ASK behind 3 runaway queries: median / p95',
      `${ms(timing.medianMs)} / ${ms(timing.p95Ms)}`,
      'median < 100 ms',
      verdict(timing.medianMs, { max: 100 }),
    ]);
    section.rows.push(['…its answers by status', JSON.stringify(r.statuses), '', '']);
  } else section.notes.push(`runaway latency not measured: ${childError(runaway.outcome)}`);

  const load = await step(file, [
    '--task',
    'throughput',
    '--clients',
    '4',
    '--rounds',
    context.quick ? '2' : '4',
    '--serve',
    'workers=2',
  ]);
  const t = load.message('throughput');
  if (t) {
    const gain = Number(t.perSecond) / Number(t.baselinePerSecond);
    section.rows.push([
      'query mix, 4 clients: pool of 2 workers ÷ 1 worker (queries/s)',
      `${ratio(gain)} (${String(t.perSecond)} / ${String(t.baselinePerSecond)})`,
      '≥ 1.7×',
      verdict(gain, { min: 1.7 }),
    ]);
  } else section.notes.push(`throughput not measured: ${childError(load.outcome)}`);

  section.notes.push(
    'runaways: 3 clients each send a cartesian-product COUNT again as soon as the server stops the last one (time limit 5 s); the cheap ASK is sent every 50 ms meanwhile',
  );
  section.notes.push(
    'throughput: the pool server (2 workers + the short-query worker) and a one-worker server (--workers 1 --short-limit 0) both running, measured in alternating 2 s windows so that machine load hits both alike; on a machine whose other work already takes both cores, no pool can reach 2×',
  );
  section.figures[String(size)] = { overhead: o, runaway: r, throughput: t };
  report.print(section);
}
