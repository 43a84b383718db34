// Bench sections of the query layer: the warm query mix in-process (facade vs bare Oxigraph vs Comunica) and over HTTP.
import { childError, runTsStep } from '../lib/child';
import { missingLayer, type BenchContext } from '../lib/context';
import type { EngineKind } from '../lib/engines';
import { runEngines, type EngineRun, type QueryFigure } from '../lib/query-runs';
import { count, mb, ms, ratio, verdict } from '../lib/report';
import { mixVerdict, summariseMix, type MixQuery } from '../lib/mix-summary';
import type { Timing } from '../lib/stats';
import { queryMix } from '../queries';

/** Cheapest first, so a Comunica query killed at its limit costs no reload for the others. */
const COMUNICA_ORDER = ['point', 'path', 'construct', 'neighbourhood', 'join2', 'aggregate'];

const cell = (f: QueryFigure | undefined) => {
  if (!f) return undefined;
  if (f.exceededMs) return `exceeded (≥ ${ms(f.exceededMs)})`;
  if (f.error) return `error: ${f.error.slice(0, 40)}`;
  return `${ms(f.timing!.medianMs)} / ${ms(f.timing!.p95Ms)}`;
};

const median = (f: QueryFigure | undefined) => f?.timing?.medianMs;

/**
 * A Comunica run that never ended was stopped by killing the whole process, the other engines' runs with it: measure
 * those queries again on the fast engines alone, and keep Comunica's "exceeded".
 */
async function remeasureStopped(
  runs: EngineRun[],
  fast: EngineKind[],
  file: string,
  options: Parameters<typeof runEngines>[2],
): Promise<void> {
  const first = runs.find((r) => r.engine === fast[0])!;
  const stopped = first.queries.filter((q) => q.timing === undefined).map((q) => q.query);
  if (stopped.length === 0) return;
  const again = await runEngines(fast, file, { ...options, order: stopped });
  for (const run of again) {
    const target = runs.find((r) => r.engine === run.engine)!;
    target.queries = target.queries.map((q) => run.queries.find((x) => x.query === q.query) ?? q);
    target.error ??= run.error;
  }
}

export async function benchQueries(context: BenchContext): Promise<void> {
  const { report } = context;
  const facadeMissing = missingLayer('src/query/oxigraph-engine.ts', 'src/rdf/parse.ts');
  if (facadeMissing) report.skip('query mix: project engine facade', facadeMissing);
  for (const size of context.sizes) {
    const file = context.files.get(size)!.ntriples;
    const limit = 20_000;
    const common = { perQueryLimitMs: limit, runs: 30, budgetMs: context.quick ? 2500 : 3500, loadLimitMs: 300_000 };
    // All three engines in one process, taking turns round by round: on a busy machine, load hits them alike, so
    // facade÷Oxigraph and Comunica÷facade are measured at the same moments (not minutes apart in separate processes)
    const fast: EngineKind[] = facadeMissing ? ['oxigraph'] : ['facade', 'oxigraph'];
    const runs = await runEngines([...fast, 'comunica'], file, { ...common, order: COMUNICA_ORDER });
    await remeasureStopped(runs, fast, file, common);
    const by = (engine: string) => runs.find((r) => r.engine === engine);
    const facade = by('facade');
    const oxigraph = by('oxigraph')!;
    const comunica = by('comunica')!;
    if (facade) context.facadeRuns.set(size, facade);
    for (const run of runs) if (run.error) report.skip(`query mix ${count(size)}: ${run.engine}`, run.error);
    const section = report.section(
      `Query mix, warm, ${count(size)} triples: median / p95 (aims: facade ≤ 1.2× bare Oxigraph; ≥ 20× faster than Comunica)`,
      [
        'query',
        'facade',
        'bare Oxigraph',
        'Comunica (N3 Store)',
        'facade÷Oxigraph',
        'aim',
        'Comunica÷facade',
        'aim',
        'rows',
      ],
    );
    const mix: MixQuery[] = [];
    for (const q of queryMix()) {
      const f = facade?.queries.find((x) => x.query === q.id);
      const o = oxigraph.queries.find((x) => x.query === q.id);
      const c = comunica.queries.find((x) => x.query === q.id);
      // Paired rounds when the step measured them (see query-runs.ts), else the ratio of the medians
      const overhead =
        f?.paired?.oxigraph ??
        (median(f) !== undefined && median(o) !== undefined ? median(f)! / median(o)! : undefined);
      const speedup =
        c?.exceededMs && median(f) !== undefined
          ? c.exceededMs / median(f)!
          : median(c) !== undefined && median(f) !== undefined
            ? median(c)! / median(f)!
            : undefined;
      const counts = [f?.count, o?.count, c?.count].filter((n) => n !== undefined);
      const rows = counts.every((n) => n === counts[0])
        ? String(counts[0] ?? '')
        : `DIFFER ${f?.count}/${o?.count}/${c?.count}`;
      section.rows.push([
        q.title,
        cell(f),
        cell(o),
        cell(c),
        ratio(overhead),
        verdict(overhead, { max: 1.2 }),
        speedup === undefined ? undefined : `${c?.exceededMs ? '≥ ' : ''}${ratio(speedup, 0)}`,
        mixVerdict(speedup, { min: 20 }, Boolean(c?.exceededMs)),
        rows,
      ]);
      mix.push({
        query: q.id,
        facade: median(f),
        bare: median(o),
        comunica: c?.exceededMs ?? median(c),
        comunicaExceeded: Boolean(c?.exceededMs),
        facadeOverBare: f?.paired?.oxigraph,
      });
    }
    const summary = summariseMix(mix);
    const over = summary.facadeOverBare;
    const speed = summary.comunicaOverFacade;
    const bound = speed?.lowerBound ? '≥ ' : '';
    section.rows.push([
      'mix: geometric mean of ratios',
      undefined,
      undefined,
      undefined,
      ratio(over?.geomean),
      verdict(over?.geomean, { max: 1.2 }),
      speed && `${bound}${ratio(speed.geomean, 1)}`,
      mixVerdict(speed?.geomean, { min: 20 }, speed?.lowerBound),
    ]);
    section.rows.push([
      'mix: summed medians',
      ms(summary.facadeSumMs),
      ms(summary.bareSumMs),
      summary.comunicaSumMs === undefined ? undefined : `${bound}${ms(summary.comunicaSumMs)}`,
      ratio(over?.summed),
      verdict(over?.summed, { max: 1.2 }),
      speed && `${bound}${ratio(speed.summed, 1)}`,
      mixVerdict(speed?.summed, { min: 20 }, speed?.lowerBound),
    ]);
    section.rows.push(['load (parse + index)', ms(facade?.loadMs), ms(oxigraph.loadMs), ms(comunica.loadMs)]);
    section.rows.push(['peak RSS (one process)', mb(oxigraph.maxRssMb)]);
    section.notes.push(
      'every engine returns the whole result, materialised: the facade as n3 terms (rows or quads), bare Oxigraph as plain JS terms read out of its WASM objects, Comunica as its bindings/quads arrays; the same query texts on all three',
    );
    section.notes.push(
      'load: the three load one after the other in one process; the facade loads first and also pays for growing the WASM memory that bare Oxigraph then reuses; compare loads loosely (the one-shot section times a whole fresh process)',
    );
    section.notes.push(
      `time limit ${limit / 1000} s per run: an engine whose run took longer makes no more runs of that query (one that never ends is killed with its process, and the others measured again without it); shown as "exceeded (≥ its run's time, or the limit when killed)" and counted in the mix at that time: a lower bound, marked ≥`,
    );
    section.notes.push(
      'the three take turns in one process (Comunica first in each round, then the facade and bare Oxigraph alternating which goes first), so load hits them alike; a short query gets up to 1000 runs, Comunica stops after its own budget',
    );
    section.notes.push(
      "facade÷Oxigraph is paired: the median over the rounds of facade time ÷ bare time in the same round (load that changes during the runs cancels out); Comunica÷facade is the ratio of the medians shown (pairing it would charge Comunica's garbage to the run after it)",
    );
    section.notes.push(
      'mix: the geometric mean weighs each query alike; the summed medians are what a user running the whole mix waits (the heavy queries decide them)',
    );
    section.figures[String(size)] = { facade, oxigraph, comunica, mix: summary };
    report.print(section);
  }
}

/** The same mix through `osce-kg serve` over HTTP, next to the facade in-process (the request overhead). */
export async function benchServe(context: BenchContext): Promise<void> {
  const { report } = context;
  const missing = missingLayer('src/cli/commands/serve.ts', 'src/server');
  if (missing) return report.skip('query mix over HTTP (osce-kg serve)', missing);
  const [size = 0] = context.sizes; // the bench always has a first size
  const section = report.section(
    `Query mix over HTTP (osce-kg serve, SPARQL 1.1 Protocol POST), ${count(size)} triples: median / p95`,
    ['query', 'HTTP', 'facade in-process', 'overhead (median)', 'rows'],
  );
  const figures = new Map<string, { timing: Timing; count: number }>();
  const outcome = await runTsStep(
    'bench/steps/serve.ts',
    ['--file', context.files.get(size)!.ntriples, '--runs', '30'],
    {
      timeoutMs: 480_000,
      onMessage: (m) => {
        if (m.event === 'done') figures.set(String(m.query), { timing: m.timing as Timing, count: Number(m.count) });
      },
    },
  );
  const loaded = outcome.messages.find((m) => m.event === 'loaded');
  if (!loaded) return report.skip('query mix over HTTP (osce-kg serve)', childError(outcome));
  const facade = context.facadeRuns.get(size);
  for (const q of queryMix()) {
    const h = figures.get(q.id);
    const f = facade?.queries.find((x) => x.query === q.id);
    const overhead = h && median(f) !== undefined ? h.timing.medianMs - median(f)! : undefined;
    section.rows.push([
      q.title,
      h ? `${ms(h.timing.medianMs)} / ${ms(h.timing.p95Ms)}` : 'failed',
      cell(f),
      overhead === undefined ? undefined : `${overhead >= 0 ? '+' : '−'}${ms(Math.abs(overhead))}`,
      h && f?.count !== undefined && h.count !== f.count ? `DIFFER ${h.count}/${f.count}` : h?.count,
    ]);
  }
  const server = outcome.messages.find((m) => m.event === 'server');
  section.notes.push(
    'HTTP and in-process figures come from different processes at different times: on a busy machine compare medians loosely',
  );
  section.notes.push(
    `server start until first answer: ${ms(Number(loaded.loadMs))}; server peak RSS ${mb(server?.maxRssMb as number | undefined) ?? '?'}`,
  );
  if (figures.size < queryMix().length) section.notes.push(`incomplete: ${childError(outcome)}`);
  section.figures[String(size)] = {
    loadMs: loaded.loadMs,
    queries: Object.fromEntries(figures),
    serverMaxRssMb: server?.maxRssMb,
  };
  report.print(section);
}
