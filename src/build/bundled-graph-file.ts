// The bundled graph as the explorer fetches it: graph-data/ parsed like the CLI does, plus its source texts.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { encodeCompactDataset, type CompactDataset } from '../rdf/compact-dataset';
import { OKG } from '../rdf/vocab';
import { GRAPH_DATA_DIR, bundledDataFiles, loadBundledData } from '../node/bundled';

/** What the explorer fetches: the dataset and the texts of its source documents, by okg:textFile path. */
export interface BundledGraphFile {
  dataset: CompactDataset;
  texts: Record<string, string>;
}

/** Same files, names and blank nodes as the CLI's bundled graph; throws the first file's RdfError. */
export async function buildBundledGraphFile(dir = GRAPH_DATA_DIR): Promise<BundledGraphFile> {
  const quads = await loadBundledData(dir);
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  const root = resolve(dir);
  for (const q of quads) {
    if (q.predicate.value !== `${OKG}textFile` || q.object.termType !== 'Literal') continue;
    const path = resolve(dir, q.object.value);
    // Only files inside graph-data/ are shipped: the dataset names paths, it is not trusted to pick any file.
    if (!path.startsWith(root + sep) || q.object.value in texts) continue;
    texts[q.object.value] = await readFile(path, 'utf8');
  }
  return { dataset: encodeCompactDataset(quads), texts };
}

export { bundledDataFiles };

export interface BundledGraphFileModule {
  buildBundledGraphFile: typeof buildBundledGraphFile;
  bundledDataFiles: typeof bundledDataFiles;
}
