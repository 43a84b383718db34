// The dataset a command works on: the files named on the command line, or the bundled graph when none are.
import type { Quad } from '@rdfjs/types';
import {
  loadBundledData,
  loadBundledGraph,
  loadBundledShapes,
  loadBundledSources,
  readBundledDataFiles,
  readSourceTexts,
  type BundledGraph,
} from '../node/bundled';
import { loadFiles, readSourceFile, type SourceFile } from '../node/files';
import type { ReadLimits } from '../node/input-limits';

/** Loads DATA… arguments, or the bundled graph (all graph-data/*.trig + ontology.ttl) when there are none. */
export async function loadData(paths: string[], limits: ReadLimits = {}): Promise<Quad[]> {
  if (paths.length > 0) return loadFiles(paths, limits);
  return loadBundledData();
}

/** The bytes of DATA… arguments, or of the bundled graph's files when there are none (for Oxigraph to parse). */
export async function readDataSources(paths: string[], limits: ReadLimits = {}): Promise<SourceFile[]> {
  if (paths.length > 0) return Promise.all(paths.map((path) => readSourceFile(path, limits)));
  return readBundledDataFiles();
}

/**
 * For validation: the data, the bundled SHACL shapes, and the source texts of the documents it cites
 * (other data is checked against the project's shapes and source texts too).
 */
export async function loadForValidation(paths: string[], limits: ReadLimits = {}): Promise<BundledGraph> {
  if (paths.length === 0) return loadBundledGraph();
  const [data, shapes, sources] = await Promise.all([
    loadFiles(paths, limits),
    loadBundledShapes(),
    loadBundledSources(),
  ]);
  return { data, shapes, sourceText: await readSourceTexts([...sources, ...data]) };
}
