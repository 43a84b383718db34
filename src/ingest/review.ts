// Reviewing a draft: the candidates it holds, and the draft with each candidate accepted (moved into its passage's
// graph) or rejected (dropped), ready to validate and publish.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { DCT_IS_PART_OF, OKG_CANDIDATE, OKG_SOURCE_DOCUMENT, RDF_TYPE } from '../rdf/vocab';
import { OA, OKG_CUE, OKG_MENTIONS, PROV_WAS_DERIVED_FROM } from './draft';

export type ReviewDecision = 'accept' | 'reject';

export interface Candidate {
  /** The candidate's named graph. */
  graph: string;
  passage?: string;
  cue?: string;
  statements: Quad[];
  /** True for a proposed new entity (its description), false for a proposed statement between known ones. */
  isEntity: boolean;
}

const BOOKKEEPING = new Set([OKG_CANDIDATE, PROV_WAS_DERIVED_FROM, OKG_CUE]);

/** The candidates in `quads`, in graph order. */
export function listCandidates(quads: readonly Quad[]): Candidate[] {
  const byGraph = new Map<string, Candidate>();
  for (const q of quads) {
    if (q.predicate.value === OKG_CANDIDATE && q.object.value === 'true')
      byGraph.set(q.subject.value, { graph: q.subject.value, statements: [], isEntity: false });
  }
  for (const q of quads) {
    const asGraph = byGraph.get(q.graph.value);
    if (asGraph) {
      asGraph.statements.push(q);
      if (q.predicate.value === RDF_TYPE) asGraph.isEntity = true;
    }
    const described = q.graph.termType === 'DefaultGraph' ? byGraph.get(q.subject.value) : undefined;
    if (described && q.predicate.value === PROV_WAS_DERIVED_FROM) described.passage = q.object.value;
    if (described && q.predicate.value === OKG_CUE) described.cue = q.object.value;
  }
  return [...byGraph.values()].sort((a, b) => (a.graph < b.graph ? -1 : a.graph > b.graph ? 1 : 0));
}

/**
 * The quads after review. Accepted: the candidate's statements move into its passage's graph and its bookkeeping
 * goes. Rejected: its statements and bookkeeping go, and so do mentions of a rejected new entity and other
 * candidates' statements about it. Undecided candidates stay as they are (validation still refuses them).
 */
export function applyReview(quads: readonly Quad[], decisions: ReadonlyMap<string, ReviewDecision>): Quad[] {
  const candidates = listCandidates(quads);
  const decided = new Map(candidates.filter((c) => decisions.has(c.graph)).map((c) => [c.graph, c]));
  const rejectedEntities = new Set<string>();
  for (const c of decided.values()) {
    if (c.isEntity && decisions.get(c.graph) === 'reject')
      for (const q of c.statements) rejectedEntities.add(q.subject.value);
  }
  const out: Quad[] = [];
  for (const q of quads) {
    const inDecided = decided.get(q.graph.value);
    if (inDecided) {
      if (decisions.get(inDecided.graph) === 'accept' && inDecided.passage && !rejectedEntities.has(q.object.value)) {
        out.push(DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(inDecided.passage)));
      }
      continue;
    }
    if (q.graph.termType === 'DefaultGraph' && decided.has(q.subject.value) && BOOKKEEPING.has(q.predicate.value))
      continue;
    if (
      rejectedEntities.has(q.subject.value) ||
      (q.object.termType === 'NamedNode' && rejectedEntities.has(q.object.value))
    )
      continue;
    out.push(q);
  }
  return out;
}

/** The quads of one drafted document: its description, its passages (and their selectors), its candidates. */
export function draftOf(quads: readonly Quad[], documentIri: string): Quad[] {
  const passages = new Set<string>();
  for (const q of quads)
    if (q.predicate.value === DCT_IS_PART_OF && q.object.value === documentIri) passages.add(q.subject.value);
  const candidates = new Set(
    listCandidates(quads)
      .filter((c) => c.passage && passages.has(c.passage))
      .map((c) => c.graph),
  );
  const selectors = new Set<string>();
  for (const q of quads)
    if (passages.has(q.subject.value) && q.predicate.value === `${OA}hasSelector`) selectors.add(q.object.value);
  return quads.filter((q) => {
    if (candidates.has(q.graph.value) || passages.has(q.graph.value)) return true;
    if (q.graph.termType !== 'DefaultGraph') return false;
    return (
      q.subject.value === documentIri ||
      passages.has(q.subject.value) ||
      candidates.has(q.subject.value) ||
      selectors.has(q.subject.value)
    );
  });
}

/** Drafted documents in `quads`: source documents that have candidates (or mentions) still, sorted. */
export function draftedDocuments(quads: readonly Quad[]): string[] {
  const docs = new Set<string>();
  const passageDoc = new Map<string, string>();
  for (const q of quads) if (q.predicate.value === DCT_IS_PART_OF) passageDoc.set(q.subject.value, q.object.value);
  const isDoc = new Set(
    quads
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === OKG_SOURCE_DOCUMENT)
      .map((q) => q.subject.value),
  );
  for (const c of listCandidates(quads)) {
    const doc = c.passage ? passageDoc.get(c.passage) : undefined;
    if (doc && isDoc.has(doc)) docs.add(doc);
  }
  for (const q of quads) {
    const doc = q.predicate.value === OKG_MENTIONS ? passageDoc.get(q.subject.value) : undefined;
    if (doc && isDoc.has(doc)) docs.add(doc);
  }
  return [...docs].sort();
}
