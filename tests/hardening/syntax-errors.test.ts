// Hardening: Turtle/TriG/N-Triples syntax errors give RdfSyntaxError at the right file:line:column, and nothing is
// loaded.
import { beforeAll, describe, expect, it } from 'vitest';
import { RdfSyntaxError } from '../../src/rdf/errors';
import { parseRdf } from '../../src/rdf/parse';
import { priorDataset, type PriorDataset } from './prior-dataset';

const GOOD = '@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\n';

// [case, file name, text, expected line, expected column (1-based, code points)]
const SYNTAX_ERRORS: [string, string, string, number, number][] = [
  [
    'error on line 1',
    'first.ttl',
    'this is not turtle .\n<http://e.org/a> <http://e.org/p> <http://e.org/b> .\n',
    1,
    1,
  ],
  ['error in the middle', 'middle.ttl', `${GOOD}ex:a ex:p "x" "y" .\nex:b ex:p ex:c .\n`, 3, 15],
  ['error at the very end (no final dot)', 'end.ttl', `${GOOD}ex:a ex:p ex:c`, 3, 15],
  ['undefined prefix', 'prefix.ttl', `${GOOD}ex:a ex:p undefined:thing .\n`, 3, 11],
  ['truncated file (inside a string)', 'truncated.ttl', `${GOOD}ex:a ex:p "unterminated`, 3, 11],
  ['truncated file (inside an IRI)', 'truncated-iri.ttl', `${GOOD}ex:a ex:p <http://exa`, 3, 11],
  ['truncated TriG graph (no closing brace)', 'open.trig', `${GOOD}ex:g { ex:a ex:p ex:b .\n`, 4, 1],
  ['column counts code points, not UTF-16 units', 'astral.ttl', `${GOOD}ex:a ex:p "𝄞𝄞" "y" .\n`, 3, 16],
  ['relative IRI in N-Triples (absolute IRIs required)', 'relative.nt', '<a> <b> <c> .\n', 1, 1],
];

describe('syntax errors: RdfSyntaxError with file, line and column', () => {
  let prior: PriorDataset;
  beforeAll(async () => {
    prior = await priorDataset();
  });

  it.each(SYNTAX_ERRORS)('%s', async (_case, fileName, text, line, column) => {
    const error = await parseRdf(text, { fileName }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RdfSyntaxError);
    const syntax = error as RdfSyntaxError;
    expect(syntax.name).toBe('RdfSyntaxError');
    expect(syntax.file).toBe(fileName);
    expect({ line: syntax.line, column: syntax.column }).toEqual({ line, column });
    expect(syntax.message.startsWith(`${fileName}:${line}:${column}:`)).toBe(true);
  });

  it.each(SYNTAX_ERRORS)('%s: a load with a good file first is all or nothing', async (_case, fileName, text) => {
    const load = prior.importSources([
      { name: 'good.ttl', content: GOOD },
      { name: fileName, content: text },
    ]);
    await expect(load).rejects.toBeInstanceOf(RdfSyntaxError);
    await prior.expectIntact();
  });
});
