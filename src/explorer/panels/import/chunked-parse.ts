// Parses line-based RDF (N-Triples, N-Quads) in slices so that progress can be reported while a big file is read.
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../../rdf/parse';
import { RdfSyntaxError } from '../../../rdf/errors';

export interface ChunkedOptions {
  format: 'ntriples' | 'nquads';
  fileName: string;
  baseIRI?: string;
  blankNodePrefix: string;
  /** Characters per slice (cut at the next line break). */
  sliceChars?: number;
  onProgress?(doneChars: number, totalChars: number, quads: number): void;
}

/**
 * Each line of N-Triples / N-Quads stands alone, so slices cut at line breaks parse to the same quads as the
 * whole text: blank node labels are document-wide and stay joined because every slice gets the same prefix.
 * A syntax error is reported at its line in the whole file. All or nothing, like parseRdf.
 */
export async function parseLineBased(text: string, options: ChunkedOptions): Promise<Quad[]> {
  const sliceChars = options.sliceChars ?? 2_000_000;
  const out: Quad[] = [];
  let start = 0;
  let linesBefore = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + sliceChars);
    if (end < text.length) {
      const lineEnd = text.indexOf('\n', end);
      end = lineEnd < 0 ? text.length : lineEnd + 1;
    }
    const slice = text.slice(start, end);
    let quads: Quad[];
    try {
      quads = await parseRdf(slice, {
        format: options.format,
        fileName: options.fileName,
        baseIRI: options.baseIRI,
        blankNodePrefix: options.blankNodePrefix,
      });
    } catch (error) {
      if (error instanceof RdfSyntaxError) {
        throw new RdfSyntaxError(error.reason, {
          file: options.fileName,
          line: error.line + linesBefore,
          column: error.column,
        });
      }
      throw error;
    }
    for (const q of quads) out.push(q);
    linesBefore += countLines(slice);
    start = end;
    options.onProgress?.(start, text.length, out.length);
  }
  return out;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
