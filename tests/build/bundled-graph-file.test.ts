// The bundled graph file the explorer fetches holds exactly the CLI's bundled dataset and the source texts, nothing
// else.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundledGraphFile } from '../../src/build/bundled-graph-file';
import { GRAPH_DATA_DIR, loadBundledData } from '../../src/node/bundled';
import { decodeCompactDataset } from '../../src/rdf/compact-dataset';
import { RdfSyntaxError } from '../../src/rdf/errors';

describe('bundled graph file', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'okg-bundled-'));
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('decodes to the same quads, in the same order, as the CLI loads', async () => {
    const file = JSON.parse(JSON.stringify(await buildBundledGraphFile()));
    const quads = decodeCompactDataset(file.dataset);
    const cli = await loadBundledData();
    expect(quads.length).toBe(cli.length);
    expect(quads.every((q, i) => q.equals(cli[i]))).toBe(true);
  });

  it('ships every source text byte for byte, by its okg:textFile path', async () => {
    const { texts } = await buildBundledGraphFile();
    expect(Object.keys(texts).sort()).toEqual(['sources/osce-un-migration-2017.txt', 'sources/reference-facts.md']);
    for (const [path, text] of Object.entries(texts))
      expect(text).toBe(await readFile(join(GRAPH_DATA_DIR, path), 'utf8'));
  });

  it('never ships a file outside graph-data/, whatever okg:textFile says', async () => {
    const dir = join(copy, 'escape', 'graph-data');
    await cp(GRAPH_DATA_DIR, dir, { recursive: true });
    await writeFile(join(copy, 'escape', 'secret.txt'), 'secret');
    const trig = join(dir, 'sources.trig');
    await writeFile(trig, (await readFile(trig, 'utf8')).replace('"sources/reference-facts.md"', '"../secret.txt"'));
    const { texts } = await buildBundledGraphFile(dir);
    expect(Object.values(texts)).not.toContain('secret');
    expect(Object.keys(texts)).toEqual(['sources/osce-un-migration-2017.txt']);
  });

  it('fails on a syntax error with the file, line and column, and ships nothing', async () => {
    const dir = join(copy, 'broken', 'graph-data');
    await cp(GRAPH_DATA_DIR, dir, { recursive: true });
    await writeFile(
      join(dir, 'themes.trig'),
      (await readFile(join(dir, 'themes.trig'), 'utf8')) + '\n<urn:x> <urn:y> .\n',
    );
    const error = await buildBundledGraphFile(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect((error as RdfSyntaxError).file).toMatch(/themes\.trig$/);
    expect((error as RdfSyntaxError).line).toBeGreaterThan(1);
  });
});
