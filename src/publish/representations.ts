// The machine-readable representations of a description: Turtle, N-Triples, JSON-LD (with graphs) and TriG.
import type { Quad } from '@rdfjs/types';
import { withoutConflicts } from '../rdf/prefix-conflicts';
import { serializeRdf } from '../rdf/serialize';
import { PREFIXES } from '../rdf/vocab';
import { writeJsonLd } from './jsonld-writer';
import type { PageFormat } from './names';

export type RdfPageFormat = Exclude<PageFormat, 'html'>;

/**
 * Turtle and N-Triples hold the union of the statements; TriG and JSON-LD keep each statement in the named graph
 * of the passage that backs it, beside the passage's description (the provenance).
 */
export async function renderRdf(
  quads: readonly Quad[],
  format: RdfPageFormat,
  prefixes: Record<string, string> = PREFIXES,
): Promise<string> {
  switch (format) {
    case 'ttl':
      return serializeRdf(quads, 'turtle', { prefixes });
    case 'nt':
      return serializeRdf(quads, 'ntriples');
    case 'trig':
      return serializeRdf(quads, 'trig', { prefixes });
    case 'jsonld':
      return writeJsonLd(quads, withoutConflicts(quads, prefixes, true));
  }
}
