// Bench step: load a file into one or more engines, then run the query mix warm, the engines taking turns round by
// round (so machine noise hits them alike and their ratios hold), reporting each query as it ends.
import { queryMix } from '../queries';
import { openEngine, type EngineKind, type OpenEngine } from '../lib/engines';
import { summarise } from '../lib/stats';
import { emit, requiredArg, runStep, stepArgs } from '../lib/step-io';

/** Warm-up rounds while they take under WARMUP_MS in all (one round at least). */
const WARMUP_MAX_RUNS = 50;
const WARMUP_MS = 250;
/** Most timed runs of a short query. */
const MAX_RUNS = 1000;

/** Median of a[r] / b[r] over the rounds r in which both engines ran. */
function pairedRatio(a: Map<number, number>, b: Map<number, number>): number | undefined {
  const ratios = [...a]
    .filter(([round]) => b.has(round))
    .map(([round, ms]) => ms / b.get(round)!)
    .filter(Number.isFinite)
    .sort((x, y) => x - y);
  if (ratios.length === 0) return undefined;
  const mid = ratios.length >> 1;
  return ratios.length % 2
    ? (ratios[mid] ?? Number.NaN)
    : ((ratios[mid - 1] ?? Number.NaN) + (ratios[mid] ?? Number.NaN)) / 2;
}

/**
 * Each engine has its own budget: at least `runs` runs (fewer only when a slow query spends the budget after 3), and a
 * short query goes on up to MAX_RUNS runs or a quarter of the budget (30 samples of a 0.2 ms query are mostly scheduler
 * noise on a busy machine). A slow engine (Comunica) so stops taking part while the fast ones go on.
 */
function wantsMore(done: number, spentMs: number, runs: number, budgetMs: number): boolean {
  return done < runs ? done < 3 || spentMs < budgetMs : done < MAX_RUNS && spentMs < budgetMs / 4;
}

/**
 * The order of one round: the first two engines (the facade and bare Oxigraph) alternate which goes first, and any
 * other engine goes before both, so each of the two follows it (and its garbage) equally often.
 */
function roundOrder<T>(engines: T[], round: number): T[] {
  const [a, b, ...others] = engines;
  if (a === undefined || b === undefined) return engines;
  return [...others, ...(round % 2 === 0 ? [a, b] : [b, a])];
}

runStep(async () => {
  const args = stepArgs();
  const wanted = args.queries ? args.queries.split(',') : queryMix().map((q) => q.id);
  const queries = wanted.map((id) => queryMix().find((q) => q.id === id)!);
  const kinds = requiredArg(args, 'engines').split(',') as EngineKind[];
  const engines: [EngineKind, OpenEngine][] = [];
  for (const kind of kinds) {
    const engine = await openEngine(kind, requiredArg(args, 'file'));
    engines.push([kind, engine]);
    emit({ event: 'loaded', engine: kind, loadMs: Math.round(engine.loadMs) });
  }
  const runs = Number(args.runs ?? 20);
  const budgetMs = Number(args.budget ?? 5000);
  // A run that took longer than this ends that engine's part in the query ("exceeded"); the others go on. (A run that
  // never ends is the runner's to stop: it kills the process.)
  const limitMs = Number(args.limit ?? Infinity);
  for (const query of queries) {
    emit({ event: 'start', query: query.id });
    const counts = new Map<EngineKind, number>();
    // Warm-up: one run each, then more while they are short. A sub-millisecond query otherwise starts its timed runs
    // with the JavaScript around the engine (the facade's, the baseline's) not yet compiled by the JIT.
    // Per engine stopped at the limit: the longest run it made (at least the limit)
    const exceeded = new Map<EngineKind, number>();
    const timed = async (kind: EngineKind, engine: OpenEngine): Promise<number> => {
      const start = performance.now();
      counts.set(kind, await engine.run(query));
      const ms = performance.now() - start;
      if (ms > limitMs) exceeded.set(kind, ms);
      return ms;
    };
    let warmMs = 0;
    for (let i = 0; i < WARMUP_MAX_RUNS && (i === 0 || warmMs < WARMUP_MS); i++) {
      for (const [kind, engine] of engines) if (!exceeded.has(kind)) warmMs += await timed(kind, engine);
    }
    emit({ event: 'warm', query: query.id });
    // Per engine: round number → milliseconds
    const samples = new Map<EngineKind, Map<number, number>>(kinds.map((k) => [k, new Map()]));
    const spent = new Map<EngineKind, number>(kinds.map((k) => [k, 0]));
    for (let round = 0; ; round++) {
      const active = roundOrder(engines, round).filter(
        ([kind]) => !exceeded.has(kind) && wantsMore(samples.get(kind)!.size, spent.get(kind)!, runs, budgetMs),
      );
      if (active.length === 0) break;
      for (const [kind, engine] of active) {
        const ms = await timed(kind, engine);
        samples.get(kind)!.set(round, ms);
        spent.set(kind, spent.get(kind)! + ms);
      }
    }
    // The first two engines ran back to back in each round, in both orders: the median of their per-round ratios is
    // the ratio least moved by load that changes during the runs. Not for a third engine: it always goes first, so
    // the runs paired with it pay for its garbage (Comunica's is large), which would flatter it.
    const [firstKind, secondKind] = kinds;
    const paired =
      firstKind !== undefined && secondKind !== undefined
        ? { [secondKind]: pairedRatio(samples.get(firstKind)!, samples.get(secondKind)!) }
        : {};
    for (const kind of kinds) {
      if (exceeded.has(kind)) {
        emit({ event: 'done', engine: kind, query: query.id, exceededMs: Math.round(exceeded.get(kind)!) });
        continue;
      }
      const timing = summarise([...samples.get(kind)!.values()]);
      emit({
        event: 'done',
        engine: kind,
        query: query.id,
        timing,
        count: counts.get(kind),
        ...(kind === kinds[0] ? { paired } : {}),
      });
    }
  }
});
