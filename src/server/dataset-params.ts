// SPARQL 1.1 Protocol dataset parameters (default-graph-uri, named-graph-uri): read from a request, checked, bounded.
import type { QueryDataset } from '../query/engine';
import { isAbsoluteIri } from '../rdf/absolute-iri';
import { HttpError } from './http-util';

/** Most graphs one request may name (default and named together): each costs the store a dataset entry. */
export const MAX_DATASET_GRAPHS = 32;
/** Longest IRI accepted as a graph name. */
export const MAX_GRAPH_IRI_LENGTH = 4096;

/** Whether `text` is an absolute IRI that may name a graph here (as N-Triples would accept it, and not too long). */
export function isGraphIri(text: string): boolean {
  return text.length <= MAX_GRAPH_IRI_LENGTH && isAbsoluteIri(text);
}

/**
 * The dataset named by the protocol parameters in `sources` (read in order, e.g. the URL's query string and a form
 * body), or undefined when none names a graph (the query's own FROM / FROM NAMED, or the whole store, apply).
 * A value that is not an absolute IRI, or more than MAX_DATASET_GRAPHS of them, is a 400.
 */
export function readDatasetParams(...sources: URLSearchParams[]): QueryDataset | undefined {
  const defaultGraphs = sources.flatMap((params) => params.getAll('default-graph-uri'));
  const namedGraphs = sources.flatMap((params) => params.getAll('named-graph-uri'));
  if (defaultGraphs.length === 0 && namedGraphs.length === 0) return undefined;
  if (defaultGraphs.length + namedGraphs.length > MAX_DATASET_GRAPHS) {
    throw new HttpError(
      400,
      `too many graphs in default-graph-uri / named-graph-uri: ${defaultGraphs.length + namedGraphs.length} (at most ${MAX_DATASET_GRAPHS})`,
    );
  }
  for (const [name, values] of [
    ['default-graph-uri', defaultGraphs],
    ['named-graph-uri', namedGraphs],
  ] as const) {
    const bad = values.find((value) => !isGraphIri(value));
    if (bad !== undefined) {
      const shown = bad.length > 200 ? `${bad.slice(0, 199)}…` : bad;
      throw new HttpError(400, `${name} must be an absolute IRI, got ${JSON.stringify(shown)}`);
    }
  }
  return { defaultGraphs, namedGraphs };
}
