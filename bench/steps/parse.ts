// Bench step: parse an N-Triples/N-Quads file with the project's parseRdf and a bare n3 Parser, alternately.
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { interleave } from '../lib/interleave';
import { emit, requiredArg, runStep, stepArgs } from '../lib/step-io';

runStep(async () => {
  const args = stepArgs();
  const text = readFileSync(requiredArg(args, 'file'), 'utf8');
  const format = args.format ?? 'ntriples';
  const n3Format = format === 'nquads' ? 'N-Quads' : 'N-Triples';
  const { parseRdf } = await import('../../src/rdf/parse');
  const result = await interleave(
    {
      baseline: async () => new Parser({ format: n3Format }).parse(text).length,
      project: async () => (await parseRdf(text, { format })).length,
    },
    Number(args.runs ?? 3),
  );
  if (result.lastProject !== result.lastBaseline)
    throw new Error(`parseRdf gave ${result.lastProject} quads, n3 ${result.lastBaseline}`);
  emit({ event: 'result', project: result.project, baseline: result.baseline, quads: result.lastProject });
});
