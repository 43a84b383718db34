// Builds the prebuilt CLI (node_modules/.cache/osce-kg/cli.mjs): the TypeScript sources in one ES module, so `osce-kg`
// starts without a TypeScript loader.
import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_BUNDLE_INPUTS, CLI_ENTRY } from '../../bin/cli-bundle.js';

const ROOT = resolve(dirname(CLI_ENTRY), '..', '..');

/**
 * Bundles src/cli/main.ts. Dependencies stay imports of node_modules (the same versions as from src/); the list of
 * source files goes beside the bundle, for bin/cli-bundle.js to tell whether the bundle is still current.
 */
export async function buildCliBundle(): Promise<string> {
  await mkdir(dirname(CLI_BUNDLE), { recursive: true });
  // Written beside, then renamed: a CLI started meanwhile never reads half a file.
  const partial = `${CLI_BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [CLI_ENTRY],
    outfile: partial,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: ROOT,
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((file) => relative(ROOT, resolve(ROOT, file)))
    .sort();
  await writeFile(CLI_BUNDLE_INPUTS, `${JSON.stringify(inputs, null, 1)}\n`);
  await rename(partial, CLI_BUNDLE);
  return CLI_BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildCliBundle();
  process.stderr.write(`osce-kg: prebuilt CLI written to ${relative(ROOT, out)}\n`);
}
