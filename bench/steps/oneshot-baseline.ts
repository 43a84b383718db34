// Bench step (baseline of the one-shot CLI): a fresh process that reads, parses and indexes a file with n3, then asks
// Comunica.
import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { loadComunica } from '../lib/comunica';
import { requiredArg, stepArgs } from '../lib/step-io';

const args = stepArgs();
const QueryEngine = await loadComunica();
const store = new Store();
store.addQuads(new Parser({ format: 'N-Triples' }).parse(readFileSync(requiredArg(args, 'file'), 'utf8')));
const stream = await new QueryEngine().queryBindings(requiredArg(args, 'query'), { sources: [store] });
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
