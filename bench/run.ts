// `npm run bench`: generates seeded synthetic graphs, measures each layer against bare baselines, prints tables, writes
// bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { writeSynthetic } from './generate';
import type { BenchContext } from './lib/context';
import { count, Report } from './lib/report';
import { benchOneShot } from './sections/cli';
import { benchExplorer, benchExplorerLarge } from './sections/explorer';
import { benchQueries, benchServe } from './sections/queries';
import { benchIngest } from './sections/ingest';
import { benchEndpoint } from './sections/endpoint';
import { benchParse, benchSerialize, benchValidate } from './sections/rdf';
import { benchSite } from './sections/site';
import { oneMinuteLoad } from './lib/stats';

const HELP = `Usage: npm run bench [-- --quick] [-- --only parse,serialize,validate,query,oneshot,serve,endpoint,explorer,explorer-large,ingest,site]

  --quick   100k triples only (for development); the full run adds 1M
  --only    run only these sections`;

const SECTIONS = {
  parse: benchParse,
  serialize: benchSerialize,
  validate: benchValidate,
  query: benchQueries,
  oneshot: benchOneShot,
  serve: benchServe,
  endpoint: benchEndpoint,
  explorer: benchExplorer,
  'explorer-large': benchExplorerLarge,
  ingest: benchIngest,
  site: benchSite,
} as const;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) return void console.log(HELP);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  process.chdir(root);
  const quick = argv.includes('--quick');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(argv[onlyAt + 1]?.split(',')) : undefined;
  const sizes = quick ? [100_000] : [100_000, 1_000_000];
  const started = performance.now();
  const report = new Report();
  console.log(
    `osce-kg bench (${quick ? 'quick: 100k' : 'full: 100k and 1M'} triples) — Node ${process.version}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB, load average ${oneMinuteLoad().toFixed(1)}`,
  );
  const loadBefore = oneMinuteLoad();

  const dataDir = join('bench', 'results', 'data');
  const files = new Map(
    sizes.map((size) => {
      const t = performance.now();
      const generated = writeSynthetic(dataDir, size);
      console.log(
        `  synthetic ${count(size)} triples (seed ${generated.seed}): ${generated.ntriples} [${Math.round(performance.now() - t)} ms]`,
      );
      return [size, generated] as const;
    }),
  );
  const context: BenchContext = { quick, sizes, files, report, facadeRuns: new Map() };

  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only && !only.has(name)) continue;
    try {
      await run(context);
    } catch (error) {
      report.skip(name, `bench section failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const totalMs = performance.now() - started;
  if (report.notMeasured.length > 0) {
    console.log('\n## Not measured');
    for (const { step, reason } of report.notMeasured) console.log(`  - ${step}: ${reason}`);
  }
  console.log(
    `\nbench took ${(totalMs / 1000).toFixed(0)} s (load average ${loadBefore.toFixed(1)} at start, ${oneMinuteLoad().toFixed(1)} at end: other work on the machine slows every figure; ratios are steadier)`,
  );
  mkdirSync(join('bench', 'results'), { recursive: true });
  const out = join('bench', 'results', 'latest.json');
  const json =
    JSON.stringify(
      {
        date: new Date().toISOString(),
        mode: quick ? 'quick' : 'full',
        node: process.version,
        cpus: cpus().length,
        loadAverage: { start: loadBefore, end: oneMinuteLoad() },
        sizes,
        totalMs: Math.round(totalMs),
        sections: report.sections.map(({ title, figures }) => ({ title, figures })),
        notMeasured: report.notMeasured,
      },
      null,
      2,
    ) + '\n';
  // Also per mode, so a quick run during development does not overwrite the last full figures
  const perMode = join('bench', 'results', `latest-${quick ? 'quick' : 'full'}.json`);
  writeFileSync(out, json);
  writeFileSync(perMode, json);
  console.log(`figures written to ${out} and ${perMode}`);
}

await main(process.argv.slice(2));
