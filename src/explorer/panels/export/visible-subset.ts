// Which quads an export of "only what is visible" holds: statements about visible nodes, plus their provenance.
import type { Quad, Term } from '@rdfjs/types';
import { blankKey, safeKey } from '../../../kg/keys';
import { DCT_IS_PART_OF } from '../../../rdf/vocab';

function nodeKey(term: Term): string | undefined {
  if (term.termType === 'NamedNode') return safeKey(term.value);
  if (term.termType === 'BlankNode') return blankKey(term.value);
  return undefined;
}

/**
 * Keeps every quad whose subject is a visible node (in whatever graph it sits), then the provenance those
 * statements need to stay traceable: the description of each passage (named graph) that asserts a kept
 * statement, and the description of each source document such a passage is part of.
 */
export function visibleSubset(quads: readonly Quad[], visible: Iterable<string>): Quad[] {
  const keep = new Set(visible);
  const kept = new Set<Quad>();
  const passages = new Set<string>();
  for (const quad of quads) {
    const subject = nodeKey(quad.subject);
    if (subject === undefined || !keep.has(subject)) continue;
    kept.add(quad);
    const graph = nodeKey(quad.graph);
    if (graph !== undefined) passages.add(graph);
  }

  const documents = new Set<string>();
  const describesPassage = (quad: Quad): boolean => {
    const subject = nodeKey(quad.subject);
    return subject !== undefined && passages.has(subject);
  };
  for (const quad of quads) {
    if (!describesPassage(quad)) continue;
    kept.add(quad);
    if (quad.predicate.value === DCT_IS_PART_OF) {
      const document = nodeKey(quad.object);
      if (document !== undefined) documents.add(document);
    }
  }
  if (documents.size > 0) {
    for (const quad of quads) {
      const subject = nodeKey(quad.subject);
      if (subject !== undefined && documents.has(subject)) kept.add(quad);
    }
  }
  // The input order, so that a visible export of everything equals the full export
  return quads.filter((quad) => kept.has(quad));
}
