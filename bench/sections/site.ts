// Bench section: time to build the static site (`osce-kg site`) for the bundled graph and a synthetic graph.
import { childError, runTsStep } from '../lib/child';
import { missingLayer, type BenchContext } from '../lib/context';
import { count, mb, ms } from '../lib/report';

export async function benchSite(context: BenchContext): Promise<void> {
  const { report } = context;
  const section = report.section(
    'Static site: writeSite (pages + Turtle, N-Triples, JSON-LD, TriG per resource, dumps, VoID)',
    ['graph', 'quads', 'resources', 'files', 'MB written', 'time', 'per resource', 'peak RSS'],
  );
  const missing = missingLayer('src/publish/write-site.ts');
  if (missing) return report.skip('site', missing);
  const inputs: [string, string[]][] = [['bundled', []]];
  if (context.files.has(100_000))
    inputs.push([`synthetic ${count(100_000)}`, ['--file', context.files.get(100_000)!.nquads]]);
  for (const [label, args] of inputs) {
    const outcome = await runTsStep('bench/steps/site.ts', args, { timeoutMs: 900_000 });
    const result = outcome.messages.find((m) => m.event === 'result');
    if (!result) {
      report.skip(`site ${label}`, childError(outcome));
      continue;
    }
    const time = Number(result.ms);
    const pages = Number(result.pages);
    section.rows.push([
      label,
      count(Number(result.quads)),
      count(pages),
      count(Number(result.files)),
      (Number(result.bytes) / 1e6).toFixed(1),
      ms(time),
      ms(time / pages),
      mb(outcome.maxRssMb),
    ]);
    section.figures[label] = {
      ms: time,
      quads: result.quads,
      pages,
      files: result.files,
      bytes: result.bytes,
      maxRssMb: outcome.maxRssMb,
    };
  }
  section.notes.push(
    'one run each, written to a temporary directory (the explorer copy left out); the time includes indexing the graph',
  );
  report.print(section);
}
