// `osce-kg ingest` as a curator runs it: a draft for a new document; refused inputs leave no file behind.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse';
import { runCli } from './helpers/cli';

const TEST_DOC = 'tests/fixtures/ingest/border-trafficking-2018.md';

describe.concurrent('osce-kg ingest', () => {
  it('writes a draft TriG whose candidates validate refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-kg-ingest-'));
    const out = join(dir, 'draft.trig');
    const run = await runCli(['ingest', '--source-id', 'border-2018', '--out', out, TEST_DOC]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/passages of \d+ sentences/);
    const quads = await parseRdf(readFileSync(out), { format: 'trig' });
    expect(quads.some((q) => q.subject.value === 'https://w3id.org/osce-kg/id/source-border-2018')).toBe(true);
    const validate = await runCli(['validate', out]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('[candidate]');
  });

  it.each([
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
      /doc\.bin: looks like a binary file/,
    ],
    ['non-UTF-8', Buffer.from('caf\xe9 au lait\n', 'latin1'), /doc\.bin:1:4: not UTF-8/],
    ['empty', Buffer.from('\n\n'), /doc\.bin: the document is empty/],
  ])('refuses a %s file and writes nothing', async (_name, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'osce-kg-ingest-'));
    const input = join(dir, 'doc.bin');
    writeFileSync(input, content);
    const out = join(dir, 'draft.trig');
    const run = await runCli(['ingest', '--out', out, input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses the bundled document: its text is already in the graph', async () => {
    const run = await runCli(['ingest', 'graph-data/sources/osce-un-migration-2017.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /already in the graph as <https:\/\/w3id\.org\/osce-kg\/id\/source-osce-un-migration-2017>/,
    );
    expect(run.stdout).toBe('');
  });
});
