// Timing helpers for bench steps: run a task repeatedly and summarise (median, p95) in milliseconds.
import { loadavg } from 'node:os';

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  samplesMs: number[];
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  // No samples give NaN figures
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2
      ? (sorted[Math.floor(mid)] ?? Number.NaN)
      : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
  // Microseconds kept: a path query takes 0.15 ms, and 0.01 ms steps would move its ratio by 7 %
  return {
    runs: sorted.length,
    medianMs: roundUs(median),
    p95Ms: roundUs(at(0.95)),
    minMs: roundUs(sorted[0] ?? Number.NaN),
    samplesMs: samples.map(roundUs),
  };
}

function roundUs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export interface RepeatOptions {
  /** Untimed runs first, so the figures are warm (JIT, caches). */
  warmup?: number;
  /** Stop after this many timed runs ... */
  runs: number;
  /** ... or once this much time went into timed runs (but never fewer than `minRuns`). */
  budgetMs?: number;
  minRuns?: number;
  /** Called once the warm-up runs are over (the runner moves a per-query deadline then). */
  onWarm?(): void;
}

/** Runs `task` warm `runs` times (or until the budget is spent); returns the timing and the last result. */
export async function repeat<T>(
  task: () => Promise<T> | T,
  options: RepeatOptions,
): Promise<{ timing: Timing; last: T }> {
  let last!: T;
  for (let i = 0; i < (options.warmup ?? 0); i++) last = await task();
  options.onWarm?.();
  const samples: number[] = [];
  let spent = 0;
  const minRuns = options.minRuns ?? 1;
  while (samples.length < options.runs && (samples.length < minRuns || spent < (options.budgetMs ?? Infinity))) {
    const start = performance.now();
    last = await task();
    const ms = performance.now() - start;
    samples.push(ms);
    spent += ms;
  }
  return { timing: summarise(samples), last };
}

/** The machine's load average over the last minute (other work slows every figure). */
export function oneMinuteLoad(): number {
  const [lastMinute = Number.NaN] = loadavg();
  return lastMinute;
}
