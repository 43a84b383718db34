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

  /** replace(), in slices that give the page the thread back whenever `clock` says so (large datasets). */
  async replaceSliced(
    quads: readonly Quad[],
    clock: SliceYield,
    onProgress?: (fraction: number) => void,
  ): Promise<Quad[]> {
    this.keys = new Set();
    this.list = [];
    return this.mergeSliced(quads, clock, onProgress);
  }

  /**
   * merge(), in slices; the set changes only once every quad is keyed (a cancelled merge leaves it as it was).
   * `onProgress` hears the share of `quads` keyed so far at every pause (keying 250,000 quads takes about half a
   * second).
   */
  async mergeSliced(
    quads: readonly Quad[],
    clock: SliceYield,
    onProgress?: (fraction: number) => void,
  ): Promise<Quad[]> {
    const keys = new Set(this.keys);
    const out = this.list.slice();
    for (const [i, q] of quads.entries()) {
      const k = quadKey(q);
      if (!keys.has(k)) {
        keys.add(k);
        out.push(q);
      }
      if ((i & 1023) === 1023 && clock.due()) {
        onProgress?.(i / quads.length);
        await clock.yield();
      }
    }
    this.keys = keys;
    this.list = out;
    return out;
  }
}

/** What a sliced operation needs from its scheduler (view/slices.ts SliceClock). */
export interface SliceYield {
  due(): boolean;
  yield(): Promise<void>;
}
