// A compact JSON form of a dataset (a table of n3 term ids plus four indices per quad), for shipping a parsed graph.
import type { Quad } from '@rdfjs/types';
import { DataFactory, termFromId } from 'n3';
import { TermTable } from './term-table';

/** The JSON form: `terms[i]` is an n3 term id (`iri`, `_:b0`, `"v"@en`, `"v"^^dt`, '' = default graph). */
export interface CompactDataset {
  format: 'osce-kg-compact-dataset';
  version: 1;
  terms: string[];
  /** subject, predicate, object, graph: indices into `terms`, four per quad, in the dataset's order. */
  quads: number[];
}

export class CompactDatasetError extends Error {
  override name = 'CompactDatasetError';
}

/** Encodes the quads in order; each distinct term is written once. */
export function encodeCompactDataset(quads: readonly Quad[]): CompactDataset {
  const table = new TermTable();
  const out = new Array<number>(quads.length * 4);
  table.encode(quads, out);
  return { format: 'osce-kg-compact-dataset', version: 1, terms: table.ids, quads: out };
}

/** Rebuilds the quads (one shared term object per distinct term); throws CompactDatasetError on a malformed input. */
export function decodeCompactDataset(data: unknown): Quad[] {
  const d = data as Partial<CompactDataset> | null;
  if (
    !d ||
    d.format !== 'osce-kg-compact-dataset' ||
    d.version !== 1 ||
    !Array.isArray(d.terms) ||
    !Array.isArray(d.quads)
  ) {
    throw new CompactDatasetError('not an osce-kg compact dataset (version 1)');
  }
  if (d.quads.length % 4 !== 0) throw new CompactDatasetError(`${d.quads.length} indices is not four per quad`);
  const terms = d.terms.map((id, i) => {
    if (typeof id !== 'string') throw new CompactDatasetError(`term ${i} is not a string`);
    return termFromId(id, DataFactory);
  });
  const quads = new Array<Quad>(d.quads.length / 4);
  for (let n = 0; n < quads.length; n++) {
    const [s, p, o, g] = [d.quads[n * 4], d.quads[n * 4 + 1], d.quads[n * 4 + 2], d.quads[n * 4 + 3]].map(
      (i: unknown) => {
        // Only a whole number in range: `terms['__proto__']` would be an object, not undefined.
        if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= terms.length) {
          throw new CompactDatasetError(`quad ${n} refers to term ${JSON.stringify(i)}, of ${terms.length}`);
        }
        return terms[i as number];
      },
    );
    quads[n] = DataFactory.quad(s as Quad['subject'], p as Quad['predicate'], o as Quad['object'], g as Quad['graph']);
  }
  return quads;
}
