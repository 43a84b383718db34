// The bundled graph: graph-data/ parsed at build time (src/build/bundled-graph-plugin.ts), fetched as one JSON file.
import type { Quad } from '@rdfjs/types';
import bundledGraphUrl from 'virtual:osce-kg/bundled-graph-url';
import { decodeCompactDataset } from '../../../rdf/compact-dataset';
import { BundledGraphError } from '../../errors';

export interface BundledData {
  quads: Quad[];
  /** Source document texts by path relative to graph-data/ (the form okg:textFile uses). */
  texts: Map<string, string>;
}

/** Starts the download at once; index.html preloads the same URL, so it is usually there already. */
export function fetchBundledData(): Promise<unknown> {
  return fetch(bundledGraphUrl, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new BundledGraphError(`${bundledGraphUrl}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
}

/** The quads and texts of a fetched bundled-graph file; throws on a malformed file. */
export function readBundledData(file: unknown): BundledData {
  const { dataset, texts } = (file ?? {}) as { dataset?: unknown; texts?: unknown };
  const quads = decodeCompactDataset(dataset);
  const entries = texts && typeof texts === 'object' ? Object.entries(texts) : [];
  return { quads, texts: new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string')) };
}
