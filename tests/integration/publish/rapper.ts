// Parses RDF with raptor's `rapper` (Debian raptor2-utils), an independent parser, and returns its N-Triples lines.
import { spawnSync } from 'node:child_process';

export type RapperSyntax = 'turtle' | 'ntriples' | 'trig' | 'nquads';

/**
 * The statements rapper reads from `text` (as N-Triples lines; for TriG/N-Quads one per quad); throws on a parse error.
 */
export function rapperStatements(text: string, syntax: RapperSyntax, base = 'http://example.org/base/'): string[] {
  const output = syntax === 'trig' || syntax === 'nquads' ? 'nquads' : 'ntriples';
  const run = spawnSync('rapper', ['-q', '-i', syntax, '-o', output, '-', base], {
    input: text,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`rapper could not run (apt-get install raptor2-utils): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`rapper rejected the ${syntax}: ${run.stderr}`);
  return run.stdout.split('\n').filter((line) => line.trim() !== '');
}
