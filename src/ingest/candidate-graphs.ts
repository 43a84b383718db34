// How candidate graphs are named, so that anything (the explorer's drawing too) can tell a proposal from a curated
// statement.
import { ID } from '../rdf/vocab';

/** Graph names of candidates start with this (`id:candidate-<source>-<n>`). */
export const CANDIDATE_GRAPH_PREFIX = `${ID}candidate-`;

/** An edge asserted only in candidate graphs: a proposal nobody reviewed yet, to be drawn apart from curated ones. */
export function isCandidateOnly(graphs: readonly string[]): boolean {
  return graphs.length > 0 && graphs.every((g) => g.startsWith(CANDIDATE_GRAPH_PREFIX));
}
