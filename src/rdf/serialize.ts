// Write quads in every supported format: Turtle/TriG pretty and sorted, N-Triples/N-Quads fast, JSON-LD compacted.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { normalizeFormat } from './formats';
import { serializeJsonLd } from './serialize-jsonld';
import { prettyOrder } from './pretty-order';
import { withoutConflicts } from './prefix-conflicts';
import { tripleKey } from './term-key';
import { PREFIXES } from './vocab';

const { quad, defaultGraph } = DataFactory;

export interface SerializeOptions {
  /** Prefixes for Turtle, TriG and the JSON-LD context; default: the project's `PREFIXES`. */
  prefixes?: Record<string, string>;
}

/**
 * The union of all graphs as one default graph, each triple once.
 * A default-graph-only input is returned as is (duplicates there already denote one triple).
 */
export function toDefaultGraph(quads: readonly Quad[]): Quad[] {
  const named = quads.some((quad) => quad.graph.termType !== 'DefaultGraph');
  if (!named) return quads as Quad[];
  const seen = new Set<string>();
  const result: Quad[] = [];
  for (const q of quads) {
    const key = tripleKey(q);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(q.graph.termType === 'DefaultGraph' ? q : quad(q.subject, q.predicate, q.object, defaultGraph()));
  }
  return result;
}

function writePretty(quads: Quad[], format: 'Turtle' | 'TriG', prefixes: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    // The streaming form writes @prefix lines and groups subjects; quadsToString does neither
    const writer = new Writer({ format, prefixes });
    writer.addQuads(quads);
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** Serializes quads; Turtle, N-Triples and JSON-LD get the union of all graphs (`toDefaultGraph`). */
export async function serializeRdf(
  quads: readonly Quad[],
  format: string,
  options: SerializeOptions = {},
): Promise<string> {
  const prefixes = options.prefixes ?? PREFIXES;
  switch (normalizeFormat(format)) {
    case 'turtle': {
      const union = toDefaultGraph(quads);
      return writePretty(prettyOrder(union), 'Turtle', withoutConflicts(union, prefixes));
    }
    case 'trig':
      return writePretty(prettyOrder(quads), 'TriG', withoutConflicts(quads, prefixes));
    case 'ntriples':
      return new Writer({ format: 'N-Triples' }).quadsToString(toDefaultGraph(quads));
    case 'nquads':
      return new Writer({ format: 'N-Quads' }).quadsToString(quads as Quad[]);
    case 'jsonld':
      return serializeJsonLd(prettyOrder(toDefaultGraph(quads)), prefixes);
  }
}
