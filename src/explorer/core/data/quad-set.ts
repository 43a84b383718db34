// The explorer's quads without duplicates; a merge keys only the incoming quads, not the whole dataset again.
import type { Quad } from '@rdfjs/types';
import { quadKey } from '../../../rdf/term-key';

export class QuadSet {
  private keys = new Set<string>();
  private list: Quad[] = [];

  get quads(): Quad[] {
    return this.list;
  }

  /** The distinct quads of `quads`, first occurrence kept, in order; returns the new list. */
  replace(quads: readonly Quad[]): Quad[] {
    this.keys = new Set();
    this.list = [];
    return this.merge(quads);
  }

  /** Appends the quads not there yet; returns a new list (callers may hold the old one). */
  merge(quads: readonly Quad[]): Quad[] {
    const out = this.list.slice();
    for (const q of quads) {
      const k = quadKey(q);
      if (this.keys.has(k)) continue;
      this.keys.add(k);
      out.push(q);
    }
    this.list = out;
    return out;
  }
}
