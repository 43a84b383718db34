// Orders quads for pretty output (graph, subject, predicate, object) and drops exact duplicates, in near-linear time.
import type { Quad } from '@rdfjs/types';
import { termKey } from './term-key';

function byKey<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function compareWithinSubject(a: Quad, b: Quad): number {
  const pa = termKey(a.predicate), pb = termKey(b.predicate);
  if (pa !== pb) return pa < pb ? -1 : 1;
  const oa = termKey(a.object), ob = termKey(b.object);
  return oa < ob ? -1 : oa > ob ? 1 : 0;
}

/**
 * Buckets quads by graph and subject (hashing, not comparing), sorts the bucket keys, then sorts
 * each small bucket: much cheaper than one global sort over a million quads with four-key comparisons.
 */
export function prettyOrder(quads: readonly Quad[]): Quad[] {
  const graphs = new Map<string, Map<string, Quad[]>>();
  let lastGraphKey: string | undefined;
  let lastGraph: Map<string, Quad[]> | undefined;
  let lastSubjectKey: string | undefined;
  let lastBucket: Quad[] | undefined;
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i];
    const graphKey = termKey(q.graph);
    const subjectKey = termKey(q.subject);
    // Inputs usually list a subject's statements together: skip the lookups while it repeats
    if (lastBucket !== undefined && graphKey === lastGraphKey && subjectKey === lastSubjectKey) {
      lastBucket.push(q);
      continue;
    }
    if (graphKey !== lastGraphKey || lastGraph === undefined) {
      lastGraph = graphs.get(graphKey);
      if (lastGraph === undefined) graphs.set(graphKey, (lastGraph = new Map()));
      lastGraphKey = graphKey;
    }
    let bucket = lastGraph.get(subjectKey);
    if (bucket === undefined) lastGraph.set(subjectKey, (bucket = []));
    bucket.push(q);
    lastSubjectKey = subjectKey;
    lastBucket = bucket;
  }
  const result: Quad[] = [];
  for (const [, subjects] of [...graphs].sort(byKey)) {
    for (const [, bucket] of [...subjects].sort(byKey)) {
      if (bucket.length > 1) bucket.sort(compareWithinSubject);
      let previous: Quad | undefined;
      for (const q of bucket) {
        if (previous === undefined || compareWithinSubject(previous, q) !== 0) result.push(q);
        previous = q;
      }
    }
  }
  return result;
}
