// Reads the canonical N-Triples that Oxigraph writes for CONSTRUCT/DESCRIBE results into n3 terms, fast.
import { DataFactory, Parser } from 'n3';
import type { Literal, Quad, Term } from '@rdfjs/types';

/** Thrown inside the fast path for anything outside the canonical form; the caller falls back to n3's parser. */
class NotCanonical extends Error {
  constructor() {
    super('not canonical N-Triples');
    this.name = 'NotCanonical';
  }
}

const ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function unescapeString(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(
    /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g,
    (_, u4: string | undefined, u8: string | undefined, c: string) => {
      const hex = u4 ?? u8;
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      const out = ESCAPES[c];
      if (out === undefined) throw new NotCanonical();
      return out;
    },
  );
}

/** A cursor over one line; each reader returns the term and leaves `pos` after it and the space that follows. */
class LineReader {
  pos = 0;
  constructor(private readonly line: string) {}

  private skipSpace(): void {
    while (this.line.charCodeAt(this.pos) === 32) this.pos++;
  }

  term(): Term {
    const line = this.line;
    const c = line.charCodeAt(this.pos);
    let term: Term;
    if (c === 60 /* < */) {
      if (line.charCodeAt(this.pos + 1) === 60) throw new NotCanonical(); // RDF 1.2 triple term: leave it to n3
      const end = line.indexOf('>', this.pos + 1);
      if (end < 0) throw new NotCanonical();
      const iri = line.slice(this.pos + 1, end);
      if (iri.includes('\\')) throw new NotCanonical();
      term = DataFactory.namedNode(iri);
      this.pos = end + 1;
    } else if (c === 95 /* _ */) {
      const end = line.indexOf(' ', this.pos);
      if (end < 0 || line.charCodeAt(this.pos + 1) !== 58 /* : */) throw new NotCanonical();
      term = DataFactory.blankNode(line.slice(this.pos + 2, end));
      this.pos = end;
    } else if (c === 34 /* " */) {
      term = this.literal();
    } else {
      throw new NotCanonical();
    }
    this.skipSpace();
    return term;
  }

  private literal(): Literal {
    const line = this.line;
    let end = this.pos + 1;
    for (;;) {
      end = line.indexOf('"', end);
      if (end < 0) throw new NotCanonical();
      let backslashes = 0;
      while (line.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      end++;
    }
    const value = unescapeString(line.slice(this.pos + 1, end));
    this.pos = end + 1;
    const next = line.charCodeAt(this.pos);
    if (next === 64 /* @ */) {
      const stop = line.indexOf(' ', this.pos);
      if (stop < 0) throw new NotCanonical();
      const tag = line.slice(this.pos + 1, stop);
      this.pos = stop;
      // A base direction (`@ar--rtl`) needs n3's RDF 1.2 support
      if (tag.includes('--')) throw new NotCanonical();
      return DataFactory.literal(value, tag);
    }
    if (next === 94 /* ^ */ && line.charCodeAt(this.pos + 1) === 94 && line.charCodeAt(this.pos + 2) === 60) {
      const close = line.indexOf('>', this.pos + 3);
      if (close < 0) throw new NotCanonical();
      const datatype = line.slice(this.pos + 3, close);
      this.pos = close + 1;
      return DataFactory.literal(value, DataFactory.namedNode(datatype));
    }
    return DataFactory.literal(value);
  }

  end(): void {
    if (this.line.charCodeAt(this.pos) !== 46 /* . */ || this.pos + 1 !== this.line.length) throw new NotCanonical();
  }
}

function parseCanonical(text: string, limit: number): { quads: Quad[]; total: number } {
  const quads: Quad[] = [];
  let total = 0;
  let start = 0;
  while (start < text.length) {
    let stop = text.indexOf('\n', start);
    if (stop < 0) stop = text.length;
    const line = text.charCodeAt(stop - 1) === 13 ? text.slice(start, stop - 1) : text.slice(start, stop);
    start = stop + 1;
    if (line.length === 0) continue;
    total++;
    if (quads.length >= limit) continue;
    const reader = new LineReader(line);
    const subject = reader.term();
    const predicate = reader.term();
    const object = reader.term();
    reader.end();
    if (subject.termType === 'Literal' || predicate.termType !== 'NamedNode') throw new NotCanonical();
    quads.push(DataFactory.quad(subject as Quad['subject'], predicate, object as Quad['object']));
  }
  return { quads, total };
}

/**
 * The triples of N-Triples text as n3 quads in the default graph, at most `limit` of them, with the number of
 * triples in the whole text. Oxigraph writes one triple per line with single spaces and escaped literals; text in any
 * other shape (triple terms, base directions, extra white space, comments) goes through n3's full parser instead.
 */
export function readNTriples(text: string, limit = Infinity): { quads: Quad[]; total: number } {
  try {
    return parseCanonical(text, limit);
  } catch (error) {
    if (!(error instanceof NotCanonical)) throw error;
    // Labels kept as written, as on the fast path (n3 would prefix them per parse)
    const all = new Parser({ format: 'application/n-triples', blankNodePrefix: '' }).parse(text) as Quad[];
    return { quads: all.slice(0, limit), total: all.length };
  }
}
