// The SHA-256 of every source document already in a graph: recorded with okg:textSha256, or computed from its text.
import type { Quad } from '@rdfjs/types';
import { OKG_SOURCE_DOCUMENT, RDF_TYPE } from '../rdf/vocab';
import { OKG_TEXT_SHA256 } from './ingest';
import { textSha256 } from './text-input';

/** Hash -> document IRI, for `ingestText`'s duplicate check. */
export async function knownDocumentHashes(
  quads: readonly Quad[],
  textOf: (docIri: string) => string | undefined,
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const documents = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE && q.object.value === OKG_SOURCE_DOCUMENT) documents.add(q.subject.value);
    if (q.predicate.value === OKG_TEXT_SHA256 && q.object.termType === 'Literal')
      hashes.set(q.object.value.toLowerCase(), q.subject.value);
  }
  for (const doc of [...documents].sort()) {
    const text = textOf(doc);
    if (text !== undefined) hashes.set(await textSha256(text), doc);
  }
  return hashes;
}
