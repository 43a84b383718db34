// Bench step (baseline of the one-shot CLI): a fresh process that reads, parses and indexes a file with n3, then asks Comunica.
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { Parser, Store } from 'n3';
import { loadComunica } from '../lib/comunica';
import { stepArgs } from '../lib/step-io';

const args = stepArgs();
const QueryEngine = await loadComunica();
const store = new Store();
store.addQuads(new Parser({ format: 'N-Triples' }).parse(readFileSync(args.file, 'utf8')) as Quad[]);
const stream = await new QueryEngine().queryBindings(args.query, { sources: [store] });
let rows = 0;
// Print each row as it streams in, so "time to first answer" is the first row, as the CLI's first output line
stream.on('data', (bindings: { toString(): string }) => {
  rows++;
  process.stdout.write(bindings.toString().replace(/\s+/g, ' ') + '\n');
});
stream.on('end', () => {
  process.stdout.write(`${rows} rows\n`);
  process.exit(0);
});
stream.on('error', (error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
