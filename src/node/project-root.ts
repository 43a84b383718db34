// Where the project's files are (graph-data/, dist/, package.json), found from this module whether it runs from src/ or
// from the CLI bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'osce-kg';

function isProjectRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/**
 * The first directory upwards holding osce-kg's package.json. Paths relative to `import.meta.url` would depend on
 * where the code sits: src/node/ when run from the sources, node_modules/.cache/osce-kg/ in the prebuilt CLI.
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (dirname(dir) === dir) throw new Error(`osce-kg: no package.json named "${PACKAGE_NAME}" above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. projectPath('graph-data') */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
