// Bench section: the explorer's own figures, from bench/explorer.ts (written by the explorer engineer) when it exists.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { childError, runChild } from '../lib/child';
import type { BenchContext } from '../lib/context';
import type { Cell } from '../lib/report';

const RESULT_FILE = 'bench/results/explorer.json';

/** Numeric and short string leaves of a JSON value as [path, value] rows. */
function leaves(value: unknown, path = ''): Cell[][] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'number') return [[path, Number.isInteger(value) ? value : Math.round(value * 100) / 100]];
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).length <= 80 ? [[path, String(value)]] : [];
  if (Array.isArray(value)) return value.length <= 12 ? value.flatMap((v, i) => leaves(v, `${path}[${i}]`)) : [[path, `${value.length} items`]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

export async function benchExplorer(context: BenchContext): Promise<void> {
  const { report } = context;
  if (!existsSync('bench/explorer.ts')) return report.skip('explorer (drawing, layout)', 'bench/explorer.ts not there yet');
  const started = Date.now();
  const outcome = await runChild(process.execPath, ['--import', 'tsx', 'bench/explorer.ts', '--runs', context.quick ? '1' : '3'], { timeoutMs: 420_000, keepStdout: true });
  const section = report.section('Explorer in Chromium (bench/explorer.ts)', ['figure', 'value']);
  const fresh = existsSync(RESULT_FILE) && statSync(RESULT_FILE).mtimeMs >= started;
  if (outcome.exitCode === 0 && fresh) {
    const result = JSON.parse(readFileSync(RESULT_FILE, 'utf8')) as unknown;
    section.rows.push(...leaves(result));
    section.figures.explorer = result;
    section.notes.push(`peak RSS of the bench process (Chromium not included): ${outcome.maxRssMb ?? '?'} MB; full figures in ${RESULT_FILE}`);
    report.print(section);
  } else {
    report.skip('explorer (drawing, layout)', childError(outcome));
  }
}
