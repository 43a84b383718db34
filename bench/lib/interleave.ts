// Runs two implementations of the same task alternately (ABAB...), so a busy machine slows both alike and the ratio
// holds.
import { summarise, type Timing } from './stats';

export interface Pair<T> {
  project: () => Promise<T>;
  baseline: () => Promise<T>;
}

export async function interleave<T>(
  pair: Pair<T>,
  runs: number,
): Promise<{ project: Timing; baseline: Timing; lastProject: T; lastBaseline: T }> {
  const a: number[] = [];
  const b: number[] = [];
  let lastProject!: T;
  let lastBaseline!: T;
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always pays for the other's garbage
    const order = i % 2 === 0 ? (['baseline', 'project'] as const) : (['project', 'baseline'] as const);
    for (const which of order) {
      const start = performance.now();
      if (which === 'project') lastProject = await pair.project();
      else lastBaseline = await pair.baseline();
      (which === 'project' ? a : b).push(performance.now() - start);
    }
  }
  return { project: summarise(a), baseline: summarise(b), lastProject, lastBaseline };
}
