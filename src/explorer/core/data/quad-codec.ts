// Compact, transferable form of a quad list: a table of n3 term ids plus four term indices per quad (worker -> main
// thread).
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, termFromId } from 'n3';
import { TermTable } from '../../../rdf/term-table';

export interface EncodedQuads {
  /**
   * Every distinct term as its n3 id (`<iri>` less brackets, `_:b`, `"v"@lang`, `"v"^^dt`, '' for the default graph),
   * concatenated.
   */
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

/** The transferable form of a term table and the quads' indices. */
function finish(table: TermTable, indices: Uint32Array): EncodedQuads {
  const idLengths = new Uint32Array(table.ids.length);
  for (const [i, id] of table.ids.entries()) idLengths[i] = id.length;
  return { ids: table.ids.join(''), idLengths, quads: indices };
}

/** Encodes the quads; `onProgress(done, total)` is called every `every` quads (for the worker's progress bar). */
export function encodeQuads(
  quads: readonly Quad[],
  options: { every?: number; onProgress?(done: number, total: number): void } = {},
): EncodedQuads {
  const every = options.every ?? 50_000;
  const table = new TermTable();
  const indices = new Uint32Array(quads.length * 4);
  for (let from = 0; from < quads.length; from += every) {
    const to = Math.min(quads.length, from + every);
    table.encode(quads, indices, from, to);
    if (options.onProgress && to % every === 0) options.onProgress(to, quads.length);
  }
  return finish(table, indices);
}

/**
 * The same encoding in slices of `sliceSize` quads, yielding to the page between them (main thread, large datasets).
 */
export async function encodeQuadsSliced(
  quads: readonly Quad[],
  options: { sliceSize: number; yieldTo(): Promise<void>; onProgress?(done: number, total: number): void },
): Promise<EncodedQuads> {
  const table = new TermTable();
  const indices = new Uint32Array(quads.length * 4);
  for (let from = 0; from < quads.length; from += options.sliceSize) {
    const to = Math.min(quads.length, from + options.sliceSize);
    table.encode(quads, indices, from, to);
    options.onProgress?.(to, quads.length);
    if (to < quads.length) await options.yieldTo();
  }
  return finish(table, indices);
}

/** The term at index `at` of the quads' indices; an index outside the table means the message is corrupt. */
function termAt(terms: readonly Term[], q: Uint32Array, at: number): Term {
  const term = terms[q[at] ?? terms.length];
  if (term === undefined)
    throw new RangeError(`term index ${q[at]} (at ${at}) is outside the table of ${terms.length}`);
  return term;
}

function decodeQuad(terms: readonly Term[], q: Uint32Array, i: number): Quad {
  return DataFactory.quad(
    termAt(terms, q, i * 4) as Quad['subject'],
    termAt(terms, q, i * 4 + 1) as Quad['predicate'],
    termAt(terms, q, i * 4 + 2) as Quad['object'],
    termAt(terms, q, i * 4 + 3) as Quad['graph'],
  );
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
  const terms = new Array<Term>(idLengths.length);
  const total = idLengths.length + count;
  let offset = 0;
  for (const [i, length] of idLengths.entries()) {
    terms[i] = termFromId(ids.slice(offset, offset + length));
    offset += length;
    if ((i + 1) % slice === 0) {
      options.onProgress?.(i + 1, total);
      await yieldTo();
    }
  }
  const out = new Array<Quad>(count);
  for (let start = 0; start < count; start += slice) {
    const end = Math.min(count, start + slice);
    for (let i = start; i < end; i++) out[i] = decodeQuad(terms, q, i);
    options.onProgress?.(idLengths.length + end, total);
    if (end < count) await yieldTo();
  }
  return out;
}
