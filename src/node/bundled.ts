// The bundled graph: every graph-data/*.trig (and sources/*.trig) plus ontology.ttl, the SHACL shapes and source texts.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { OKG } from '../rdf/vocab';
import { loadSourceFiles, readSourceFile, type SourceFile } from './files';
import { projectPath } from './project-root';

export const GRAPH_DATA_DIR = projectPath('graph-data') + sep;

export interface BundledGraph {
  data: Quad[];
  shapes: Quad[];
  /** The text of a source document, by the document's IRI (from its `okg:textFile`). */
  sourceText: (docIri: string) => string | undefined;
  /** The coverage table of a source document (`sources/x.coverage.tsv` beside `sources/x.txt`), by document IRI. */
  coverageTable?: (docIri: string) => { name: string; tsv: string } | undefined;
}

/** The files that make up the bundled dataset, in a stable order (shapes are apart: they are not data). */
export async function bundledDataFiles(dir = GRAPH_DATA_DIR): Promise<string[]> {
  const listTrig = async (sub: string): Promise<string[]> => {
    try {
      const names = await readdir(join(dir, sub));
      return names
        .filter((n) => n.endsWith('.trig'))
        .sort()
        .map((n) => join(dir, sub, n));
    } catch {
      return [];
    }
  };
  // ontology.ttl is optional so that other data directories (tests, forks) need not carry one.
  const ontology = join(dir, 'ontology.ttl');
  const head = (await stat(ontology).catch(() => undefined))?.isFile() ? [ontology] : [];
  return [...head, ...(await listTrig('.')), ...(await listTrig('sources'))];
}

/** The bundled dataset's files as bytes, named `graph-data/…` (their base IRIs and error locations). */
export async function readBundledDataFiles(dir = GRAPH_DATA_DIR): Promise<SourceFile[]> {
  const files = await Promise.all((await bundledDataFiles(dir)).map((path) => readSourceFile(path)));
  return files.map((f) => relativeName(f, dir));
}

/** The bundled dataset alone (what export, stats, query and serve work on). */
export async function loadBundledData(dir = GRAPH_DATA_DIR): Promise<Quad[]> {
  return loadSourceFiles(await readBundledDataFiles(dir));
}

/** Loads the bundled graph with its shapes; the source texts are read now so that `sourceText` is synchronous. */
export async function loadBundledGraph(dir = GRAPH_DATA_DIR): Promise<BundledGraph> {
  const data = await loadBundledData(dir);
  const shapes = await loadBundledShapes(dir);
  return {
    data,
    shapes,
    sourceText: await readSourceTexts(data, dir),
    coverageTable: await readCoverageTables(data, dir),
  };
}

/** The coverage table path of a text file: `sources/x.txt` -> `sources/x.coverage.tsv`. */
export function coverageTablePath(textFile: string): string {
  return textFile.replace(/\.[^./]*$/, '') + '.coverage.tsv';
}

/**
 * Reads the coverage table beside each source text named in `data` (only inside graph-data/); looked up by document
 * IRI.
 */
export async function readCoverageTables(
  data: Quad[],
  dir = GRAPH_DATA_DIR,
): Promise<(docIri: string) => { name: string; tsv: string } | undefined> {
  const tables = new Map<string, { name: string; tsv: string }>();
  const root = resolve(dir) + sep;
  for (const q of data) {
    if (q.predicate.value !== `${OKG}textFile` || q.object.termType !== 'Literal' || tables.has(q.subject.value))
      continue;
    const relative = coverageTablePath(q.object.value);
    const path = resolve(dir, relative);
    if (!path.startsWith(root)) continue;
    const tsv = await readFile(path, 'utf8').catch(() => undefined);
    if (tsv !== undefined) tables.set(q.subject.value, { name: `graph-data/${relative}`, tsv });
  }
  return (iri) => tables.get(iri);
}

/** The SHACL shapes of graph-data/shapes.ttl. */
export async function loadBundledShapes(dir = GRAPH_DATA_DIR): Promise<Quad[]> {
  return loadSourceFiles([relativeName(await readSourceFile(join(dir, 'shapes.ttl')), dir)]);
}

/** The bundled source documents' descriptions (graph-data/sources/*.trig), to pair other data with the texts. */
export async function loadBundledSources(dir = GRAPH_DATA_DIR): Promise<Quad[]> {
  const files = (await bundledDataFiles(dir)).filter((f) => f.startsWith(join(dir, 'sources')));
  return loadSourceFiles(await Promise.all(files.map(async (f) => relativeName(await readSourceFile(f), dir))));
}

/**
 * The text of each `okg:textFile` named in `data`, by that path (relative to graph-data/). A file outside graph-data/
 * is never read: the dataset is data, not a list of paths to trust. A missing file is left out (validation's
 * checkQuotes reports it).
 */
export async function readTextFiles(data: Quad[], dir = GRAPH_DATA_DIR): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const root = resolve(dir) + sep;
  for (const q of data) {
    if (q.predicate.value !== `${OKG}textFile` || q.object.termType !== 'Literal' || texts.has(q.object.value))
      continue;
    const path = resolve(dir, q.object.value);
    if (!path.startsWith(root)) continue;
    try {
      texts.set(q.object.value, await readFile(path, 'utf8'));
    } catch {
      // left out, see above
    }
  }
  return texts;
}

/**
 * Reads the text of every `okg:SourceDocument` in `data` that names its `okg:textFile`; looked up by the document's
 * IRI.
 */
export async function readSourceTexts(
  data: Quad[],
  dir = GRAPH_DATA_DIR,
): Promise<(docIri: string) => string | undefined> {
  const files = await readTextFiles(data, dir);
  const byDocument = new Map<string, string>();
  for (const q of data) {
    if (q.predicate.value !== `${OKG}textFile` || byDocument.has(q.subject.value)) continue;
    const text = files.get(q.object.value);
    if (text !== undefined) byDocument.set(q.subject.value, text);
  }
  return (iri) => byDocument.get(iri);
}

/** Names files relative to graph-data/ so error messages and blank-node scopes read `graph-data/x.trig`. */
function relativeName(file: SourceFile, dir: string): SourceFile {
  const root = resolve(dir, '..');
  const name = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
  return { name, content: file.content };
}
