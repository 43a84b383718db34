// The bundled graph: every graph-data TriG file, the ontology and the source texts, imported as raw text by Vite.
import type { RdfSource } from '../../../rdf/load';

type Loaders = Record<string, () => Promise<string>>;

// Lazy globs: each file is its own chunk, fetched in parallel, so the data never weighs on the initial JS.
const RDF_FILES = import.meta.glob(
  ['../../../../graph-data/*.trig', '../../../../graph-data/ontology.ttl', '../../../../graph-data/sources/*.trig'],
  { query: '?raw', import: 'default' },
) as Loaders;
const SOURCE_TEXTS = import.meta.glob(
  ['../../../../graph-data/sources/*.txt', '../../../../graph-data/sources/*.md'],
  { query: '?raw', import: 'default' },
) as Loaders;

/** "../../../../graph-data/sources/x.txt" -> "sources/x.txt" (the form okg:textFile uses). */
export function graphDataPath(globKey: string): string {
  const at = globKey.indexOf('graph-data/');
  return at >= 0 ? globKey.slice(at + 'graph-data/'.length) : globKey;
}

export interface BundledData {
  sources: RdfSource[];
  /** Source document texts by path relative to graph-data/. */
  texts: Map<string, string>;
}

export async function loadBundledData(): Promise<BundledData> {
  const [sources, texts] = await Promise.all([
    Promise.all(Object.entries(RDF_FILES).sort(([a], [b]) => (a < b ? -1 : 1))
      .map(async ([key, load]) => ({ name: 'graph-data/' + graphDataPath(key), content: await load() }))),
    Promise.all(Object.entries(SOURCE_TEXTS).map(async ([key, load]) => [graphDataPath(key), await load()] as const)),
  ]);
  return { sources, texts: new Map(texts) };
}
