// Where the prebuilt CLI lives and whether it still matches the sources (plain JS: bin/osce-kg.js reads it before any
// loader).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The CLI's TypeScript entry point. */
export const CLI_ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
/** The prebuilt CLI (`npm run build:cli`); node_modules/ so that it is never committed and finds the dependencies. */
export const CLI_BUNDLE = join(ROOT, 'node_modules', '.cache', 'osce-kg', 'cli.mjs');
/** The source files the bundle was built from (paths relative to the project), written beside it. */
export const CLI_BUNDLE_INPUTS = `${CLI_BUNDLE}.inputs.json`;

function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY; // gone: a source removed since the build makes the bundle stale
  }
}

/**
 * True when `bundle` exists and none of the files listed in `inputsFile` (relative to `root`) changed after it.
 */
export function isBundleFresh(bundle, inputsFile, root) {
  const built = mtimeMs(bundle);
  if (!Number.isFinite(built)) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  return inputs.every((file) => typeof file === 'string' && mtimeMs(join(root, file)) <= built);
}

/**
 * Whether `osce-kg` may run the prebuilt CLI: it exists, none of its sources changed after it (an edited source is
 * then run from src/ through the TypeScript loader, never from an old bundle), and OSCE_KG_FROM_SOURCES is not 1.
 */
export function isCliBundleFresh() {
  if (process.env.OSCE_KG_FROM_SOURCES === '1') return false;
  return isBundleFresh(CLI_BUNDLE, CLI_BUNDLE_INPUTS, ROOT);
}
