// Compact, transferable form of a quad list: a table of n3 term ids plus four term indices per quad (worker -> main thread).
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, termFromId } from 'n3';
import { termKey } from '../../../rdf/term-key';

export interface EncodedQuads {
  /** Every distinct term as its n3 id (`<iri>` less brackets, `_:b`, `"v"@lang`, `"v"^^dt`, '' for the default graph), concatenated. */
  ids: string;
  /** Length of each id in `ids`, in order: term i is ids.slice(offset_i, offset_i + idLengths[i]). */
  idLengths: Uint32Array;
  /** Four term indices per quad: subject, predicate, object, graph. */
  quads: Uint32Array;
}

/** The buffers to list as transferables in postMessage, so they move instead of being copied. */
export function transferablesOf(encoded: EncodedQuads): ArrayBuffer[] {
  return [encoded.idLengths.buffer as ArrayBuffer, encoded.quads.buffer as ArrayBuffer];
}

/** Encodes the quads; `onProgress(done, total)` is called every `every` quads (for the worker's progress bar). */
export function encodeQuads(quads: readonly Quad[], options: { every?: number; onProgress?(done: number, total: number): void } = {}): EncodedQuads {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const every = options.every ?? 50_000;
  const term = (t: Term): number => {
    // n3 terms carry their id already; other RDF/JS terms get one from n3's encoder (lossless both ways)
    const id = termKey(t);
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const indices = new Uint32Array(quads.length * 4);
  for (let q = 0; q < quads.length; q++) {
    const quad = quads[q];
    indices[q * 4] = term(quad.subject);
    indices[q * 4 + 1] = term(quad.predicate);
    indices[q * 4 + 2] = term(quad.object);
    indices[q * 4 + 3] = term(quad.graph);
    if (options.onProgress && (q + 1) % every === 0) options.onProgress(q + 1, quads.length);
  }
  const idLengths = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) idLengths[i] = ids[i].length;
  return { ids: ids.join(''), idLengths, quads: indices };
}

/**
 * Rebuilds n3 quads, sharing one term object per distinct term. With `sliceSize`, it yields to the event loop
 * between slices (of terms, then of quads) so that the page stays responsive while a large import is decoded;
 * `onProgress(done, total)` counts terms and quads done, out of both.
 */
export async function decodeQuads(
  encoded: EncodedQuads,
  options: { sliceSize?: number; onProgress?(done: number, total: number): void; yieldTo?: () => Promise<void> } = {},
): Promise<Quad[]> {
  const { ids, idLengths, quads: q } = encoded;
  const count = q.length / 4;
  const slice = options.sliceSize ?? Number.MAX_SAFE_INTEGER;
  const yieldTo = options.yieldTo ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const terms: Term[] = new Array(idLengths.length);
  const total = idLengths.length + count;
  for (let i = 0, offset = 0; i < idLengths.length; i++) {
    terms[i] = termFromId(ids.slice(offset, offset + idLengths[i]));
    offset += idLengths[i];
    if ((i + 1) % slice === 0) {
      options.onProgress?.(i + 1, total);
      await yieldTo();
    }
  }
  const out: Quad[] = new Array(count);
  for (let start = 0; start < count; start += slice) {
    const end = Math.min(count, start + slice);
    for (let i = start; i < end; i++) {
      out[i] = DataFactory.quad(
        terms[q[i * 4]] as Quad['subject'],
        terms[q[i * 4 + 1]] as Quad['predicate'],
        terms[q[i * 4 + 2]] as Quad['object'],
        terms[q[i * 4 + 3]] as Quad['graph'],
      ) as Quad;
    }
    options.onProgress?.(idLengths.length + end, total);
    if (end < count) await yieldTo();
  }
  return out;
}
