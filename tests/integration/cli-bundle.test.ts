// The prebuilt CLI: built from the sources, used only while it matches them, and answering exactly as the sources do.
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, CLI_BUNDLE_INPUTS, isBundleFresh } from '../../bin/cli-bundle.js';
import { buildCliBundle } from '../../src/build/cli-bundle';
import { ROOT, runCli, runCommand } from './helpers/cli';

const FROM_SOURCES = { OSCE_KG_FROM_SOURCES: '1' };

describe('isBundleFresh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osce-kg-bundle-'));
  const bundle = join(dir, 'cli.mjs');
  const inputs = join(dir, 'inputs.json');
  const source = join(dir, 'a.ts');
  const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);
  beforeAll(() => {
    writeFileSync(source, 'export {}');
    writeFileSync(bundle, '');
    writeFileSync(inputs, JSON.stringify(['a.ts']));
  });

  it.each([
    [
      'the bundle is newer than every source',
      () => {
        at(source, 1000);
        at(bundle, 2000);
      },
      true,
    ],
    [
      'a source changed after the bundle',
      () => {
        at(source, 3000);
        at(bundle, 2000);
      },
      false,
    ],
    [
      'a listed source is gone',
      () => {
        at(bundle, 2000);
        writeFileSync(inputs, JSON.stringify(['a.ts', 'gone.ts']));
      },
      false,
    ],
    ['the list of sources is not JSON', () => writeFileSync(inputs, '{'), false],
    ['the list of sources is empty', () => writeFileSync(inputs, '[]'), false],
  ])('%s → %s', (_what, arrange, fresh) => {
    writeFileSync(inputs, JSON.stringify(['a.ts']));
    at(source, 1000);
    at(bundle, 2000);
    arrange();
    expect(isBundleFresh(bundle, inputs, dir)).toBe(fresh);
  });

  it('no bundle → not fresh', () => {
    expect(isBundleFresh(join(dir, 'none.mjs'), inputs, dir)).toBe(false);
  });
});

describe('the prebuilt CLI', () => {
  beforeAll(async () => {
    await buildCliBundle();
  }, 60_000);

  it('lists the CLI sources it was built from, and bin/osce-kg.js then runs it', async () => {
    const inputs = JSON.parse(readFileSync(CLI_BUNDLE_INPUTS, 'utf8')) as string[];
    expect(inputs).toContain('src/cli/main.ts');
    expect(inputs).toContain('src/query/oxigraph-engine.ts');
    expect(inputs.every((file) => file.startsWith('src/'))).toBe(true);
    // The bin's own test, in a fresh process, as it makes it.
    const probe = await runCommand(process.execPath, [
      '--input-type=module',
      '-e',
      "import('./bin/cli-bundle.js').then((m) => console.log(m.isCliBundleFresh()))",
    ]);
    expect(probe.stdout.trim()).toBe('true');
    const forced = await runCommand(
      process.execPath,
      ['--input-type=module', '-e', "import('./bin/cli-bundle.js').then((m) => console.log(m.isCliBundleFresh()))"],
      { env: FROM_SOURCES },
    );
    expect(forced.stdout.trim()).toBe('false');
    expect(readFileSync(CLI_BUNDLE, 'utf8')).not.toMatch(/from ["']\.\.?\//); // one file: no imports of sibling modules
  });

  it.each([
    ['--version', ['--version']],
    [
      'query on the bundled graph',
      [
        'query',
        '--format',
        'tsv',
        'SELECT ?b ?label WHERE { ?b a <https://w3id.org/osce-kg/ontology#OSCEBody> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?b',
      ],
    ],
    ['stats', ['stats']],
    ['a query with a syntax error', ['query', 'SELECT WHERE {']],
  ])(
    '%s: the same output and exit code as the sources',
    async (_what, args) => {
      const [bundled, sources] = await Promise.all([runCli(args), runCli(args, { env: FROM_SOURCES })]);
      expect(bundled.code).toBe(sources.code);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it('finds the bundled graph and the package from any working directory', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'osce-kg-cwd-'));
    const [here, there] = await Promise.all([runCli(['stats']), runCli(['stats'], { cwd: elsewhere })]);
    expect(there.code).toBe(0);
    expect(there.stdout).toBe(here.stdout);
    const version = await runCli(['--version'], { cwd: elsewhere });
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  }, 120_000);
});
