// Bench section: one-shot `osce-kg query --data FILE 'Q'` in a fresh process vs n3 + Comunica loading, indexing and
// querying in one.
import { childError, runChild, runTsStep, type ChildOutcome } from '../lib/child';
import { missingLayer, type BenchContext } from '../lib/context';
import { count, mb, ms, ratio, verdict } from '../lib/report';
import { summarise } from '../lib/stats';
import { queryMix } from '../queries';
import { isCliBundleFresh } from '../../bin/cli-bundle.js';

const ONE_SHOT_QUERIES = ['point', 'join2'];

interface Attempt {
  firstMs: number[];
  wallMs: number[];
  maxRssMb: number;
  error?: string;
  exceededMs?: number;
}

async function attempts(runs: number, limitMs: number, start: () => Promise<ChildOutcome>): Promise<Attempt> {
  const result: Attempt = { firstMs: [], wallMs: [], maxRssMb: 0 };
  for (let i = 0; i < runs; i++) {
    const outcome = await start();
    result.maxRssMb = Math.max(result.maxRssMb, outcome.maxRssMb ?? 0);
    if (outcome.killed) return { ...result, exceededMs: limitMs };
    if (outcome.exitCode !== 0 || outcome.firstStdoutMs === undefined) return { ...result, error: childError(outcome) };
    result.firstMs.push(outcome.firstStdoutMs);
    result.wallMs.push(outcome.wallMs);
  }
  return result;
}

const first = (a: Attempt) => (a.firstMs.length ? summarise(a.firstMs).medianMs : undefined);
const show = (a: Attempt) =>
  a.exceededMs ? `exceeded (> ${a.exceededMs / 1000} s)` : a.error ? `error: ${a.error.slice(0, 50)}` : ms(first(a));

export async function benchOneShot(context: BenchContext): Promise<void> {
  const { report } = context;
  const missing = missingLayer('src/cli/commands/query.ts', 'src/node/query-worker.ts');
  const section = report.section(
    'One-shot query in a fresh process: time to first answer (aim: osce-kg ≥ 3× sooner than n3 + Comunica)',
    ['data', 'query', 'osce-kg query', 'n3 + Comunica', 'speed-up', 'aim', 'peak RSS (osce-kg / baseline)'],
  );
  if (missing) report.skip('one-shot osce-kg query', missing);
  for (const size of context.sizes) {
    // Each run loads the whole file: two at 100k for a median, one at 1M to stay in the time budget
    const runs = size >= 1_000_000 ? 1 : 2;
    const file = context.files.get(size)!.ntriples;
    const limitMs = size >= 1_000_000 ? 120_000 : 60_000;
    for (const id of ONE_SHOT_QUERIES) {
      const query = queryMix().find((q) => q.id === id)!;
      const cli = missing
        ? undefined
        : await attempts(runs, limitMs, () =>
            runChild(process.execPath, ['bin/osce-kg.js', 'query', '--data', file, query.sparql], {
              timeoutMs: limitMs,
            }),
          );
      const base = await attempts(runs, limitMs, () =>
        runTsStep('bench/steps/oneshot-baseline.ts', ['--file', file, '--query', query.sparql], { timeoutMs: limitMs }),
      );
      const speedup =
        cli && first(cli) !== undefined ? (base.exceededMs ?? first(base) ?? NaN) / first(cli)! : undefined;
      section.rows.push([
        `${count(size)} triples`,
        query.title,
        cli ? show(cli) : 'not there yet',
        show(base),
        speedup === undefined || !Number.isFinite(speedup)
          ? undefined
          : `${base.exceededMs ? '> ' : ''}${ratio(speedup, 1)}`,
        verdict(speedup, { min: 3 }),
        `${mb(cli?.maxRssMb) ?? '—'} / ${mb(base.maxRssMb)}`,
      ]);
      section.figures[`${size}-${id}`] = { cli, baseline: base, speedup };
    }
  }
  const cliEntry = isCliBundleFresh()
    ? 'its prebuilt bundle (npm run build:cli)'
    : 'its sources through the tsx loader (no current prebuilt bundle)';
  section.notes.push(
    `time from spawn to the first byte on stdout; osce-kg ran ${cliEntry}, the baseline script runs through tsx`,
  );
  report.print(section);
}
