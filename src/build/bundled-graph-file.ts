// The bundled graph as the explorer fetches it: graph-data/ parsed like the CLI does, plus its source texts.
import { encodeCompactDataset, type CompactDataset } from '../rdf/compact-dataset';
import { GRAPH_DATA_DIR, bundledDataFiles, loadBundledData, readTextFiles } from '../node/bundled';

/** What the explorer fetches: the dataset and the texts of its source documents, by okg:textFile path. */
export interface BundledGraphFile {
  dataset: CompactDataset;
  texts: Record<string, string>;
}

/** Same files, names and blank nodes as the CLI's bundled graph; throws the first file's RdfError. */
export async function buildBundledGraphFile(dir = GRAPH_DATA_DIR): Promise<BundledGraphFile> {
  const quads = await loadBundledData(dir);
  // Object.fromEntries makes own properties, so a path such as __proto__ stays a plain key.
  const texts = Object.fromEntries(await readTextFiles(quads, dir));
  return { dataset: encodeCompactDataset(quads), texts };
}

export { bundledDataFiles };

export interface BundledGraphFileModule {
  buildBundledGraphFile: typeof buildBundledGraphFile;
  bundledDataFiles: typeof bundledDataFiles;
}
