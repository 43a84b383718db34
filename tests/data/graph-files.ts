// Test helper: reads graph-data/ straight from disk and parses it with n3, independent of src/.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Parser, type Quad } from 'n3';

export const ROOT = path.resolve(__dirname, '..', '..');
export const GRAPH_DATA = path.join(ROOT, 'graph-data');
export const SDG_KOS = path.join(ROOT, 'tests', 'fixtures', 'sdg-kos-goals-targets-indicators.ttl');

export const OKG = 'https://w3id.org/osce-kg/ontology#';
export const ID = 'https://w3id.org/osce-kg/id/';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const DCT = 'http://purl.org/dc/terms/';

/** The TriG files of the curated graph, by file name. */
export function trigFiles(): string[] {
  return readdirSync(GRAPH_DATA)
    .filter((f) => f.endsWith('.trig'))
    .sort();
}

export function readGraphFile(name: string): string {
  return readFileSync(path.join(GRAPH_DATA, name), 'utf8');
}

export function parseFile(name: string): Quad[] {
  const format = name.endsWith('.ttl') ? 'text/turtle' : 'application/trig';
  return new Parser({ format }).parse(readGraphFile(name));
}

/** Every quad of the curated data (all .trig files; not the ontology or shapes). */
export function loadData(): Quad[] {
  return trigFiles().flatMap(parseFile);
}

/** The source documents and their texts, keyed by document IRI (from okg:textFile). */
export function sourceTexts(quads: Quad[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const q of quads) {
    if (q.predicate.value === OKG + 'textFile') {
      texts.set(q.subject.value, readFileSync(path.join(GRAPH_DATA, q.object.value), 'utf8'));
    }
  }
  return texts;
}
