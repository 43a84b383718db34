// Runs the query mix in child processes, with a per-query time limit: a query over its limit is recorded as
// "exceeded" and the child is killed (Comunica cannot be stopped from inside), then the remaining queries resume.
import { queryMix } from '../queries';
import type { EngineKind } from './engines';
import { childError, runTsStep, type Message } from './child';
import type { Timing } from './stats';

export interface QueryFigure {
  query: string;
  timing?: Timing;
  count?: number;
  /**
   * Set when one run took longer than the limit: the engine was stopped there (the process killed, then this is the
   * limit) or made no more runs (then this is the run's own time). Either way a lower bound of one run's time.
   */
  exceededMs?: number;
  error?: string;
  /**
   * For the first engine of a child: per other engine, the median over the rounds of this engine's time ÷ that
   * engine's time in the same round (the rounds alternate the two back to back).
   */
  paired?: Record<string, number>;
}

export interface EngineRun {
  engine: EngineKind;
  loadMs?: number;
  /** Peak RSS of the child process (shared by the engines that ran in it). */
  maxRssMb?: number;
  queries: QueryFigure[];
  error?: string;
}

export interface EngineRunOptions {
  /** Longest a single (warm-up) run may take. */
  perQueryLimitMs: number;
  /** Time each engine spends on timed runs of one query, after the warm-up (at least 3 runs). */
  budgetMs: number;
  runs: number;
  loadLimitMs: number;
  /** Run only these queries (in this order). */
  order?: string[];
}

/** Runs the mix on `engines` together in one child (alternating); one EngineRun per engine. */
export async function runEngines(engines: EngineKind[], file: string, options: EngineRunOptions): Promise<EngineRun[]> {
  // Progress is read from the first engine's figures
  const [first] = engines;
  if (first === undefined) return [];
  const all = options.order ?? queryMix().map((q) => q.id);
  const runs = new Map<EngineKind, EngineRun>(engines.map((e) => [e, { engine: e, queries: [] }]));
  const figures = new Map<string, QueryFigure>();
  const key = (engine: EngineKind, query: string) => `${engine}/${query}`;
  let remaining = [...all];
  while (remaining.length > 0) {
    let current: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, kill: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(kill, ms);
    };
    const onMessage = (message: Message, kill: () => void) => {
      const engine = message.engine as EngineKind;
      if (message.event === 'loaded') {
        runs.get(engine)!.loadMs ??= Number(message.loadMs);
      } else if (message.event === 'start') {
        current = String(message.query);
        arm(options.perQueryLimitMs * engines.length, kill);
      } else if (message.event === 'warm') {
        // Timed runs: each engine's budget, plus room for the three runs a slow engine always makes
        arm(engines.length * options.budgetMs + 3 * options.perQueryLimitMs * engines.length, kill);
      } else if (message.event === 'done') {
        clearTimeout(timer);
        figures.set(
          key(engine, String(message.query)),
          message.exceededMs !== undefined
            ? { query: String(message.query), exceededMs: Number(message.exceededMs) }
            : {
                query: String(message.query),
                timing: message.timing as Timing,
                count: Number(message.count),
                ...(message.paired ? { paired: message.paired as Record<string, number> } : {}),
              },
        );
        current = undefined;
      }
    };
    const outcome = await runTsStep(
      'bench/steps/query.ts',
      [
        '--engines',
        engines.join(','),
        '--file',
        file,
        '--queries',
        remaining.join(','),
        '--runs',
        String(options.runs),
        '--budget',
        String(options.budgetMs),
        '--limit',
        String(options.perQueryLimitMs),
      ],
      {
        timeoutMs:
          options.loadLimitMs + remaining.length * engines.length * (options.budgetMs + 4 * options.perQueryLimitMs),
        onMessage,
      },
    );
    clearTimeout(timer);
    for (const run of runs.values()) run.maxRssMb = Math.max(run.maxRssMb ?? 0, outcome.maxRssMb ?? 0) || undefined;
    const loaded = outcome.messages.filter((m) => m.event === 'loaded').length === engines.length;
    if (!loaded) {
      const reason = childError(outcome);
      for (const run of runs.values()) run.error ??= reason;
      break;
    }
    const progressed = remaining.some((id) => figures.has(key(first, id)));
    if (current) {
      for (const engine of engines) {
        figures.set(
          key(engine, current),
          outcome.killed
            ? { query: current, exceededMs: options.perQueryLimitMs }
            : { query: current, error: childError(outcome) },
        );
      }
    }
    remaining = remaining.filter((id) => !figures.has(key(first, id)));
    if (remaining.length > 0 && !progressed && !current) {
      const reason = childError(outcome);
      for (const run of runs.values()) run.error ??= reason;
      break;
    }
  }
  for (const [engine, run] of runs)
    run.queries = all.filter((id) => figures.has(key(engine, id))).map((id) => figures.get(key(engine, id))!);
  return [...runs.values()];
}
