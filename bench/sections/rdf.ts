// Bench sections of the RDF core: parse vs bare n3 Parser, Turtle export vs bare n3 Writer, validation of the bundled
// graph.
import { childError, runTsStep } from '../lib/child';
import { largest, missingLayer, type BenchContext } from '../lib/context';
import { count, mb, ms, ratio, verdict } from '../lib/report';
import type { Timing } from '../lib/stats';

export async function benchParse(context: BenchContext): Promise<void> {
  const { report } = context;
  const section = report.section('Parse N-Triples / N-Quads: parseRdf vs bare n3 Parser (aim ≤ 1.5×)', [
    'input',
    'parseRdf',
    'n3 Parser',
    'ratio',
    'aim',
    'peak RSS',
  ]);
  const missing = missingLayer('src/rdf/parse.ts');
  if (missing) return report.skip('parse', missing);
  const size = largest(context);
  const files = context.files.get(size)!;
  for (const [format, file] of [
    ['ntriples', files.ntriples],
    ['nquads', files.nquads],
  ] as const) {
    const outcome = await runTsStep(
      'bench/steps/parse.ts',
      ['--file', file, '--format', format, '--runs', context.quick ? '5' : '3'],
      { timeoutMs: 300_000 },
    );
    const result = outcome.messages.find((m) => m.event === 'result');
    if (!result) {
      report.skip(`parse ${format}`, childError(outcome));
      continue;
    }
    const project = result.project as Timing;
    const baseline = result.baseline as Timing;
    const r = project.medianMs / baseline.medianMs;
    section.rows.push([
      `${count(size)} ${format}`,
      ms(project.medianMs),
      ms(baseline.medianMs),
      ratio(r),
      verdict(r, { max: 1.5 }),
      mb(outcome.maxRssMb),
    ]);
    section.figures[format] = { triples: size, project, baseline, ratio: r, maxRssMb: outcome.maxRssMb };
  }
  section.notes.push('medians of alternating runs in one process (text already in memory; RSS covers both parsers)');
  report.print(section);
}

export async function benchSerialize(context: BenchContext): Promise<void> {
  const { report } = context;
  const section = report.section('Turtle export: serializeRdf vs bare n3 Writer (aim ≤ 1.5×)', [
    'input',
    'serializeRdf',
    'n3 Writer',
    'ratio',
    'aim',
    'peak RSS',
    'bytes (project / n3)',
  ]);
  const missing = missingLayer('src/rdf/serialize.ts');
  if (missing) return report.skip('serialize', missing);
  const size = largest(context);
  const outcome = await runTsStep(
    'bench/steps/serialize.ts',
    ['--file', context.files.get(size)!.ntriples, '--runs', '3'],
    { timeoutMs: 400_000 },
  );
  const result = outcome.messages.find((m) => m.event === 'result');
  if (!result) return report.skip('serialize', childError(outcome));
  const project = result.project as Timing;
  const baseline = result.baseline as Timing;
  const r = project.medianMs / baseline.medianMs;
  section.rows.push([
    `${count(size)} triples`,
    ms(project.medianMs),
    ms(baseline.medianMs),
    ratio(r),
    verdict(r, { max: 1.5 }),
    mb(outcome.maxRssMb),
    `${count(Number(result.projectBytes))} / ${count(Number(result.baselineBytes))}`,
  ]);
  section.figures.turtle = {
    triples: size,
    project,
    baseline,
    ratio: r,
    maxRssMb: outcome.maxRssMb,
    projectBytes: result.projectBytes,
    baselineBytes: result.baselineBytes,
  };
  section.notes.push('serializeRdf sorts and groups subjects (stable output); the n3 Writer streams in input order');
  report.print(section);
}

export async function benchValidate(context: BenchContext): Promise<void> {
  const { report } = context;
  const section = report.section('Validate the bundled graph (graph-data/*.trig + ontology.ttl)', [
    'graph',
    'load',
    'validateDataset',
    'conforms',
    'violations',
    'warnings',
    'peak RSS',
  ]);
  const missing = missingLayer('src/rdf/validate.ts', 'src/node/bundled.ts');
  if (missing) return report.skip('validate', missing);
  const outcome = await runTsStep('bench/steps/validate.ts', ['--runs', '3'], { timeoutMs: 180_000 });
  const result = outcome.messages.find((m) => m.event === 'result');
  if (!result) return report.skip('validate', childError(outcome));
  const timing = result.timing as Timing;
  section.rows.push([
    `${String(result.quads)} quads, ${String(result.shapes)} shape quads`,
    ms((result.loadTiming as Timing).medianMs),
    ms(timing.medianMs),
    String(result.conforms),
    Number(result.violations),
    Number(result.warnings),
    mb(outcome.maxRssMb),
  ]);
  section.figures.validate = { ...result, maxRssMb: outcome.maxRssMb };
  report.print(section);
}
