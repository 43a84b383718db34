// Compact, transferable form of a quad list: a term table plus four term indices per quad (worker -> main thread).
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';

/** Term kinds in the table; a language-tagged literal keeps its tag where others keep their datatype. */
const NAMED = 0;
const BLANK = 1;
const LITERAL = 2;
const LANG_LITERAL = 3;
const DEFAULT_GRAPH = 4;

export interface EncodedQuads {
  /** Every distinct string, concatenated; `stringLengths[i]` is the length of string i. */
  strings: string;
  stringLengths: Uint32Array;
  /** Per term: kind, string index of its value, string index of its language or datatype (literals). */
  termKinds: Uint8Array;
  termValues: Uint32Array;
  termExtras: Uint32Array;
  /** Four term indices per quad: subject, predicate, object, graph. */
  quads: Uint32Array;
}

/** The buffers to list as transferables in postMessage, so they move instead of being copied. */
export function transferablesOf(encoded: EncodedQuads): ArrayBuffer[] {
  return [encoded.stringLengths, encoded.termKinds, encoded.termValues, encoded.termExtras, encoded.quads].map((a) => a.buffer as ArrayBuffer);
}

class Growable<T extends Uint32Array | Uint8Array> {
  length = 0;
  constructor(public array: T, private readonly make: (n: number) => T) {}
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = this.make(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

export function encodeQuads(quads: readonly Quad[]): EncodedQuads {
  const stringIndex = new Map<string, number>();
  const parts: string[] = [];
  const lengths = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = parts.length;
      stringIndex.set(s, i);
      parts.push(s);
      lengths.push(s.length);
    }
    return i;
  };
  const termIndex = new Map<string, number>();
  const kinds = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  const values = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  const extras = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  const term = (t: Term): number => {
    let kind: number;
    let extra = 0;
    let key: string;
    switch (t.termType) {
      case 'NamedNode': kind = NAMED; key = '<' + t.value; break;
      case 'BlankNode': kind = BLANK; key = '_' + t.value; break;
      case 'DefaultGraph': kind = DEFAULT_GRAPH; key = 'd'; break;
      case 'Literal':
        if (t.language) {
          kind = LANG_LITERAL;
          extra = intern(t.language);
          key = `@${t.language}\u0000${t.value}`;
        } else {
          kind = LITERAL;
          extra = intern(t.datatype.value);
          key = `^${t.datatype.value}\u0000${t.value}`;
        }
        break;
      default:
        throw new TypeError(`cannot encode a ${t.termType} term`);
    }
    let i = termIndex.get(key);
    if (i === undefined) {
      i = kinds.length;
      termIndex.set(key, i);
      kinds.push(kind);
      values.push(kind === DEFAULT_GRAPH ? 0 : intern(t.value));
      extras.push(extra);
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
  }
  return {
    strings: parts.join(''),
    stringLengths: lengths.done(),
    termKinds: kinds.done(),
    termValues: values.done(),
    termExtras: extras.done(),
    quads: indices,
  };
}

/**
 * Rebuilds n3 quads, sharing one term object per distinct term. With `sliceSize`, it yields to the event loop
 * between slices so that the page stays responsive while a large import is decoded; `onProgress(done, total)`
 * reports quads decoded.
 */
export async function decodeQuads(
  encoded: EncodedQuads,
  options: { sliceSize?: number; onProgress?(done: number, total: number): void; yieldTo?: () => Promise<void> } = {},
): Promise<Quad[]> {
  const { strings, stringLengths } = encoded;
  const table: string[] = new Array(stringLengths.length);
  for (let i = 0, offset = 0; i < stringLengths.length; i++) {
    table[i] = strings.slice(offset, offset + stringLengths[i]);
    offset += stringLengths[i];
  }
  const { termKinds, termValues, termExtras } = encoded;
  const terms: Term[] = new Array(termKinds.length);
  for (let i = 0; i < termKinds.length; i++) {
    const value = table[termValues[i]];
    switch (termKinds[i]) {
      case NAMED: terms[i] = DataFactory.namedNode(value); break;
      case BLANK: terms[i] = DataFactory.blankNode(value); break;
      case LITERAL: terms[i] = DataFactory.literal(value, DataFactory.namedNode(table[termExtras[i]])); break;
      case LANG_LITERAL: terms[i] = DataFactory.literal(value, table[termExtras[i]]); break;
      default: terms[i] = DataFactory.defaultGraph();
    }
  }
  const count = encoded.quads.length / 4;
  const out: Quad[] = new Array(count);
  const slice = options.sliceSize ?? count;
  const yieldTo = options.yieldTo ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const q = encoded.quads;
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
    options.onProgress?.(end, count);
    if (end < count) await yieldTo();
  }
  return out;
}
