// Orders quads for pretty output (graph, subject, predicate, object) and drops exact duplicates, in near-linear time.
import type { Quad } from '@rdfjs/types';
import { termKey } from './term-key';

// Scratch arrays reused across runs, so ordering a run allocates nothing
const scratchQuads: Quad[] = [];
const scratchPredicates: string[] = [];
const scratchObjects: string[] = [];

/**
 * Sorts the quads of one subject (few, usually) by predicate then object with an insertion sort on
 * keys read once, appends them to `result` without exact duplicates, and returns the new length.
 */
function emitSorted(source: readonly Quad[], start: number, end: number, result: Quad[], out: number): number {
  const n = end - start;
  for (let i = 0; i < n; i++) {
    // Indexes below stay inside [start, end) and the i entries already placed in the scratch arrays
    const q = source[start + i]!;
    const p = termKey(q.predicate);
    const o = termKey(q.object);
    let j = i - 1;
    while (j >= 0 && (scratchPredicates[j]! > p || (scratchPredicates[j] === p && scratchObjects[j]! > o))) {
      scratchQuads[j + 1] = scratchQuads[j]!;
      scratchPredicates[j + 1] = scratchPredicates[j]!;
      scratchObjects[j + 1] = scratchObjects[j]!;
      j--;
    }
    scratchQuads[j + 1] = q;
    scratchPredicates[j + 1] = p;
    scratchObjects[j + 1] = o;
  }
  for (let i = 0; i < n; i++) {
    if (i > 0 && scratchPredicates[i] === scratchPredicates[i - 1] && scratchObjects[i] === scratchObjects[i - 1])
      continue;
    result[out++] = scratchQuads[i]!;
  }
  scratchQuads.length = 0;
  return out;
}

function compareWithinSubject(a: Quad, b: Quad): number {
  const pa = termKey(a.predicate),
    pb = termKey(b.predicate);
  if (pa !== pb) return pa < pb ? -1 : 1;
  const oa = termKey(a.object),
    ob = termKey(b.object);
  return oa < ob ? -1 : oa > ob ? 1 : 0;
}

const INSERTION_LIMIT = 32;

/**
 * Inputs list a subject's statements together, so the work is done on runs of one (graph, subject):
 * the runs are sorted by key (one string per run, not per quad), runs of the same subject are merged,
 * and each subject's few statements are insertion-sorted. Much cheaper than a global four-key sort.
 */
export function prettyOrder(quads: readonly Quad[]): Quad[] {
  const runStarts: number[] = [];
  const runKeys: string[] = [];
  let previousGraph: string | undefined;
  let previousSubject: string | undefined;
  for (const [i, quad] of quads.entries()) {
    const graph = termKey(quad.graph);
    const subject = termKey(quad.subject);
    if (graph !== previousGraph || subject !== previousSubject) {
      runStarts.push(i);
      // NUL sorts before every other character, so graph-then-subject order is kept
      runKeys.push(graph + '\u0000' + subject);
      previousGraph = graph;
      previousSubject = subject;
    }
  }
  runStarts.push(quads.length);
  const order = Array.from({ length: runKeys.length }, (_, i) => i);
  // order, runStarts and runKeys index one another: every index below is in range by construction
  order.sort((a, b) => (runKeys[a]! < runKeys[b]! ? -1 : runKeys[a]! > runKeys[b]! ? 1 : a - b));

  const result = new Array<Quad>(quads.length);
  let out = 0;
  for (let r = 0; r < order.length;) {
    const first = order[r]!;
    let last = r + 1;
    while (last < order.length && runKeys[order[last]!] === runKeys[first]) last++;
    let source: readonly Quad[] = quads;
    let start = runStarts[first]!;
    let end = runStarts[first + 1]!;
    if (last > r + 1) {
      // The subject is spread over several runs: gather them
      const group: Quad[] = [];
      for (let k = r; k < last; k++) {
        const run = order[k]!;
        for (let i = runStarts[run]!; i < runStarts[run + 1]!; i++) group.push(quads[i]!);
      }
      source = group;
      start = 0;
      end = group.length;
    }
    if (end - start <= INSERTION_LIMIT) {
      out = emitSorted(source, start, end, result, out);
    } else {
      // A subject with many statements: a comparison sort, then drop duplicates
      const group = source.slice(start, end).sort(compareWithinSubject);
      let previous: Quad | undefined;
      for (const quad of group) {
        if (previous === undefined || compareWithinSubject(previous, quad) !== 0) result[out++] = quad;
        previous = quad;
      }
    }
    r = last;
  }
  result.length = out;
  return result;
}
