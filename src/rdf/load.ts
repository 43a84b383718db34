// Load several RDF sources into one quad list: all files or none, blank nodes kept apart per file.
import type { Quad } from '@rdfjs/types';
import { parseRdf, type ParseOptions } from './parse';

export interface RdfSource {
  name: string;
  content: string | Uint8Array;
  /** Format or media type of this source, when its name does not tell. */
  format?: string;
  mediaType?: string;
}

export type LoadOptions = Omit<ParseOptions, 'fileName' | 'format' | 'mediaType' | 'blankNodePrefix'>;

/**
 * Parses every source (each with its own blank node scope and base IRI) and concatenates the quads.
 * The first failing source rejects the whole load with its `RdfError`.
 */
export async function loadSources(sources: RdfSource[], options: LoadOptions = {}): Promise<Quad[]> {
  // One after another: the first bad file stops the load, and later files are not parsed for nothing
  const parsed: Quad[][] = [];
  for (const source of sources) {
    parsed.push(
      await parseRdf(source.content, {
        ...options,
        fileName: source.name,
        format: source.format,
        mediaType: source.mediaType,
      }),
    );
  }
  const total = parsed.reduce((sum, quads) => sum + quads.length, 0);
  const all = new Array<Quad>(total);
  let at = 0;
  for (const quads of parsed) {
    for (const quad of quads) all[at++] = quad;
  }
  return all;
}
