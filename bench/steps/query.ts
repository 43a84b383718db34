// Bench step: load a file into one engine, then run the query mix warm (median, p95), reporting each query as it ends.
import { queryMix } from '../queries';
import { openEngine, type EngineKind } from '../lib/engines';
import { repeat } from '../lib/stats';
import { emit, runStep, stepArgs } from '../lib/step-io';

runStep(async () => {
  const args = stepArgs();
  const wanted = args.queries ? new Set(args.queries.split(',')) : undefined;
  const queries = queryMix().filter((q) => !wanted || wanted.has(q.id));
  const engine = await openEngine(args.engine as EngineKind, args.file);
  emit({ event: 'loaded', loadMs: Math.round(engine.loadMs) });
  for (const query of queries) {
    emit({ event: 'start', query: query.id });
    const { timing, last } = await repeat(() => engine.run(query), {
      warmup: 1,
      runs: Number(args.runs ?? 20),
      budgetMs: Number(args.budget ?? 5000),
      minRuns: 3,
      onWarm: () => emit({ event: 'warm', query: query.id }),
    });
    emit({ event: 'done', query: query.id, timing, count: last });
  }
});
