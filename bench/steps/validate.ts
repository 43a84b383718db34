// Bench step: load the bundled graph (graph-data/*.trig + ontology) and validate it with validateDataset.
import { repeat } from '../lib/stats';
import { emit, runStep, stepArgs } from '../lib/step-io';

runStep(async () => {
  const args = stepArgs();
  const { loadBundledGraph } = await import('../../src/node/bundled');
  const { validateDataset } = await import('../../src/rdf/validate');
  const load = await repeat(() => loadBundledGraph(), { runs: 1 });
  const bundle = load.last;
  const validate = await repeat(() => validateDataset(bundle), { warmup: 0, runs: Number(args.runs ?? 3) });
  const report = validate.last;
  emit({
    event: 'result',
    loadTiming: load.timing,
    timing: validate.timing,
    quads: bundle.data.length,
    shapes: bundle.shapes.length,
    conforms: report.conforms,
    violations: report.issues.filter((i) => i.severity === 'violation').length,
    warnings: report.issues.filter((i) => i.severity === 'warning').length,
  });
});
