// Bench step: write quads as Turtle with the project's serializeRdf and a bare (streaming) n3 Writer, alternately.
import { readFileSync } from 'node:fs';
import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../../src/rdf/vocab';
import { interleave } from '../lib/interleave';
import { emit, requiredArg, runStep, stepArgs } from '../lib/step-io';

function n3Turtle(quads: Quad[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ prefixes: PREFIXES, format: 'Turtle' });
    writer.addQuads(quads);
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

runStep(async () => {
  const args = stepArgs();
  const quads = new Parser({ format: 'N-Triples' }).parse(readFileSync(requiredArg(args, 'file'), 'utf8')) as Quad[];
  const { serializeRdf } = await import('../../src/rdf/serialize');
  const result = await interleave(
    {
      baseline: () => n3Turtle(quads),
      project: () => serializeRdf(quads, 'turtle'),
    },
    Number(args.runs ?? 3),
  );
  emit({
    event: 'result',
    project: result.project,
    baseline: result.baseline,
    quads: quads.length,
    projectBytes: Buffer.byteLength(result.lastProject),
    baselineBytes: Buffer.byteLength(result.lastBaseline),
  });
});
