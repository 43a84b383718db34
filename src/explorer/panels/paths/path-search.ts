// What the Paths panel finds between two entities and how it says so (pure), and the `path=` URL parameter's form.
import type { KgGraph } from '../../../kg/to-graph';
import { shortestPaths, type KgPath } from '../../../kg/paths';
import type { Highlight } from '../../context';

export interface PathEnds {
  from: string;
  to: string;
}

export type PathOutcome =
  | { kind: 'same'; key: string }
  | { kind: 'none'; ends: PathEnds }
  | { kind: 'found'; paths: KgPath[]; shortest: number; shortestCount: number };

const MAX_EXTRA = 20;

/** The extra-length field's value as the search takes it: a whole number from 0 to 20 (anything else is 0). */
export function clampExtra(value: string): number {
  return Math.max(0, Math.min(MAX_EXTRA, Math.round(Number(value) || 0)));
}

/** Every shortest path between the two nodes, plus `extra` longer ones; both must be in the graph. */
export function searchPaths(graph: KgGraph, ends: PathEnds, extra: number): PathOutcome {
  if (ends.from === ends.to) return { kind: 'same', key: ends.from };
  const paths = shortestPaths(graph, ends.from, ends.to, { extra });
  const shortest = paths[0]?.steps.length;
  if (shortest === undefined) return { kind: 'none', ends };
  return { kind: 'found', paths, shortest, shortestCount: paths.filter((p) => p.steps.length === shortest).length };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The status line: what was found, in words, and how long it took. */
export function describeOutcome(outcome: PathOutcome, label: (key: string) => string, ms: number): string {
  if (outcome.kind === 'same') return `“${label(outcome.key)}” is at both ends: the same entity, no path to find.`;
  if (outcome.kind === 'none') return 'No path joins these two entities.';
  const longer = outcome.paths.length - outcome.shortestCount;
  return (
    `${plural(outcome.shortestCount, 'shortest path')} of ${plural(outcome.shortest, 'step')}` +
    (longer > 0 ? `, and ${longer} longer` : '') +
    ` (${Math.round(ms)} ms).`
  );
}

/** What lights up on the graph for an outcome. */
export function outcomeHighlight(outcome: PathOutcome): Highlight {
  if (outcome.kind === 'same') return { nodes: [outcome.key], edges: [], caption: 'same entity' };
  if (outcome.kind === 'none') return { nodes: [outcome.ends.from, outcome.ends.to], edges: [], caption: 'no path' };
  const nodes = [...new Set(outcome.paths.flatMap((p) => p.nodes))].sort();
  const edges = [...new Set(outcome.paths.flatMap((p) => p.edgeKeys))].sort();
  return { nodes, edges, caption: plural(outcome.paths.length, 'path') };
}

/** `path=<from> <to>`: node keys are IRIs or blank node labels, which never hold a space. */
export function encodePathParam(ends: PathEnds): string {
  return `${ends.from} ${ends.to}`;
}

/** The two ends a `path=` value names, or null when it is not two keys separated by one space. */
export function decodePathParam(value: string | null): PathEnds | null {
  const parts = value?.split(' ');
  if (parts?.length !== 2) return null;
  const [from = '', to = ''] = parts;
  return from !== '' && to !== '' ? { from, to } : null;
}
