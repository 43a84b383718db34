// Runs the query mix in one engine in child processes, with a per-query time limit: a query over its limit is
// recorded as "exceeded" and the child is killed (Comunica cannot be stopped from inside), then the rest resume.
import { queryMix } from '../queries';
import type { EngineKind } from './engines';
import { childError, runTsStep, type Message } from './child';
import type { Timing } from './stats';

export interface QueryFigure {
  query: string;
  timing?: Timing;
  count?: number;
  /** Set when one run took longer than the limit: the query was stopped. */
  exceededMs?: number;
  error?: string;
}

export interface EngineRun {
  engine: EngineKind;
  loadMs?: number;
  maxRssMb?: number;
  queries: QueryFigure[];
  error?: string;
}

export interface EngineRunOptions {
  /** Longest a single (warm-up) run may take. */
  perQueryLimitMs: number;
  /** Time spent on timed runs of one query, after the warm-up. */
  budgetMs: number;
  runs: number;
  loadLimitMs: number;
  /** Run only these queries (in this order). */
  order?: string[];
}

export async function runEngine(engine: EngineKind, file: string, options: EngineRunOptions): Promise<EngineRun> {
  const all = options.order ?? queryMix().map((q) => q.id);
  const figures = new Map<string, QueryFigure>();
  const run: EngineRun = { engine, queries: [] };
  let remaining = [...all];
  while (remaining.length > 0) {
    let current: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, kill: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(kill, ms);
    };
    const onMessage = (message: Message, kill: () => void) => {
      if (message.event === 'loaded') {
        run.loadMs ??= Number(message.loadMs);
        arm(options.perQueryLimitMs, kill);
      } else if (message.event === 'start') {
        current = String(message.query);
        arm(options.perQueryLimitMs, kill);
      } else if (message.event === 'warm') {
        // Timed runs: the budget, plus room for the one run that may start just before it runs out
        arm(options.budgetMs + 2 * options.perQueryLimitMs, kill);
      } else if (message.event === 'done') {
        clearTimeout(timer);
        figures.set(String(message.query), { query: String(message.query), timing: message.timing as Timing, count: Number(message.count) });
        current = undefined;
      }
    };
    const outcome = await runTsStep('bench/steps/query.ts', [
      '--engine', engine, '--file', file, '--queries', remaining.join(','),
      '--runs', String(options.runs), '--budget', String(options.budgetMs),
    ], { timeoutMs: options.loadLimitMs + remaining.length * (options.budgetMs + 3 * options.perQueryLimitMs), onMessage });
    clearTimeout(timer);
    run.maxRssMb = Math.max(run.maxRssMb ?? 0, outcome.maxRssMb ?? 0) || undefined;
    const done = remaining.filter((id) => figures.has(id));
    if (!outcome.messages.some((m) => m.event === 'loaded')) {
      run.error = childError(outcome);
      break;
    }
    if (current) {
      figures.set(current, outcome.killed
        ? { query: current, exceededMs: options.perQueryLimitMs }
        : { query: current, error: childError(outcome) });
    }
    remaining = remaining.filter((id) => !figures.has(id));
    if (remaining.length > 0 && done.length === 0 && !current) {
      run.error = childError(outcome);
      break;
    }
  }
  run.queries = all.filter((id) => figures.has(id)).map((id) => figures.get(id)!);
  return run;
}
