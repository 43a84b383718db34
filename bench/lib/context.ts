// What every bench section gets: the mode, the generated files per size, the report, and results shared between
// sections.
import { existsSync } from 'node:fs';
import type { SyntheticFiles } from '../generate';
import type { EngineRun } from './query-runs';
import type { Report } from './report';

export interface BenchContext {
  quick: boolean;
  sizes: number[];
  files: Map<number, SyntheticFiles>;
  report: Report;
  /** The facade's in-process query figures per size, so the HTTP section can show its overhead. */
  facadeRuns: Map<number, EngineRun>;
}

/** The first missing file of a layer a step needs, so the report can say "layer not there yet". */
export function missingLayer(...paths: string[]): string | undefined {
  const missing = paths.find((path) => !existsSync(path));
  return missing ? `layer not there yet (${missing} missing)` : undefined;
}

export function largest(context: BenchContext): number {
  const size = context.sizes.at(-1);
  if (size === undefined) throw new Error('the bench has no graph size to run');
  return size;
}
