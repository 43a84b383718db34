// Bench step: load a file into one or more engines, then run the query mix warm, the engines alternating run by run
// (so machine noise hits them alike and their ratio holds), reporting each query as it ends.
import { queryMix } from '../queries';
import { openEngine, type EngineKind, type OpenEngine } from '../lib/engines';
import { summarise } from '../lib/stats';
import { emit, runStep, stepArgs } from '../lib/step-io';

runStep(async () => {
  const args = stepArgs();
  const wanted = args.queries ? args.queries.split(',') : queryMix().map((q) => q.id);
  const queries = wanted.map((id) => queryMix().find((q) => q.id === id)!);
  const kinds = args.engines.split(',') as EngineKind[];
  const engines: [EngineKind, OpenEngine][] = [];
  for (const kind of kinds) {
    const engine = await openEngine(kind, args.file);
    engines.push([kind, engine]);
    emit({ event: 'loaded', engine: kind, loadMs: Math.round(engine.loadMs) });
  }
  const runs = Number(args.runs ?? 20);
  const budgetMs = Number(args.budget ?? 5000);
  for (const query of queries) {
    emit({ event: 'start', query: query.id });
    const counts = new Map<EngineKind, number>();
    for (const [kind, engine] of engines) counts.set(kind, await engine.run(query));
    emit({ event: 'warm', query: query.id });
    const samples = new Map<EngineKind, number[]>(kinds.map((k) => [k, []]));
    let spent = 0;
    for (let i = 0; i < runs && (i < 3 || spent < budgetMs); i++) {
      // Alternate the order too, so neither engine always runs right after the other's garbage
      const order = i % 2 === 0 ? engines : [...engines].reverse();
      for (const [kind, engine] of order) {
        const start = performance.now();
        counts.set(kind, await engine.run(query));
        const ms = performance.now() - start;
        samples.get(kind)!.push(ms);
        spent += ms;
      }
    }
    for (const kind of kinds) emit({ event: 'done', engine: kind, query: query.id, timing: summarise(samples.get(kind)!), count: counts.get(kind) });
  }
});
