// A table of distinct RDF terms by n3 id, and quads written as four indices into it: shared by the compact dataset and
// the import's transfer form.
import type { Quad, Term } from '@rdfjs/types';
import { termKey } from './term-key';

/** Where quad indices go: a plain array (JSON) or a typed array (transferable). */
export interface IndexSink {
  [index: number]: number;
}

/** One index per distinct term id, in order of first use. */
export class TermTable {
  private readonly index = new Map<string, number>();
  /** The distinct term ids (n3's: `iri`, `_:b0`, `"v"@en`, `"v"^^dt`, '' for the default graph), by index. */
  readonly ids: string[] = [];

  /** The term's index, added at the end when new. */
  of(term: Term): number {
    // n3 terms carry their id already; other RDF/JS terms get one from n3's encoder (lossless both ways)
    const id = termKey(term);
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }

  /** Writes quads[from..to) as subject, predicate, object, graph indices at 4·q of `indices`. */
  encode(quads: readonly Quad[], indices: IndexSink, from = 0, to = quads.length): void {
    for (let q = from; q < to; q++) {
      const quad = quads[q];
      if (quad === undefined) throw new RangeError(`encode: quad ${q} is past the end (${quads.length})`);
      indices[q * 4] = this.of(quad.subject);
      indices[q * 4 + 1] = this.of(quad.predicate);
      indices[q * 4 + 2] = this.of(quad.object);
      indices[q * 4 + 3] = this.of(quad.graph);
    }
  }
}
