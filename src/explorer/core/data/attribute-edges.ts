// Things that are not entities are not nodes: links to other sites and status values become attributes of their
// subject.
import type { KgGraph } from '../../../kg/to-graph';
import { NS } from '../../../rdf/vocab';

/** Statements that point to the same thing elsewhere, or to a page about it: shown as external links in Details. */
export const LINK_PREDICATES: ReadonlySet<string> = new Set([
  NS.owl + 'sameAs',
  NS.skos + 'exactMatch',
  NS.skos + 'closeMatch',
  NS.rdfs + 'seeAlso',
  'http://xmlns.com/foaf/0.1/page',
]);

/** Statements whose object is a value from a short list (a status): shown as a badge, filtered on, never drawn. */
export const VALUE_PREDICATES: ReadonlySet<string> = new Set([NS.okg + 'status']);

const ANY_URI = NS.xsd + 'anyURI';

/**
 * Folds link and value statements into their subject's literals (a link as an xsd:anyURI literal, a value as its
 * label) and drops the edge; a target left with no edge at all is dropped too. A link to an entity the data
 * describes stays an edge: it is a relation between two entities.
 */
export function foldAttributeEdges(graph: KgGraph): void {
  const folded: string[] = [];
  const targets = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    const value = VALUE_PREDICATES.has(attrs.predicate);
    const target_ = graph.getNodeAttributes(target);
    if (!value && !(LINK_PREDICATES.has(attrs.predicate) && !target_.described)) return;
    const literals = graph.getNodeAttributes(source).literals;
    const list = (literals[attrs.predicate] ??= []);
    const literal = value
      ? { value: target_.label, language: '', datatype: '' }
      : { value: target_.iri, language: '', datatype: ANY_URI };
    if (!list.some((l) => l.value === literal.value)) list.push(literal);
    folded.push(edge);
    targets.add(target);
  });
  for (const edge of folded) graph.dropEdge(edge);
  for (const key of targets) if (graph.degree(key) === 0) graph.dropNode(key);
}

/** The values of a value predicate on a node (its status, say): the labels folded in by foldAttributeEdges. */
export function valuesOf(literals: Record<string, { value: string }[]>): string[] {
  return [...VALUE_PREDICATES].flatMap((p) => (literals[p] ?? []).map((l) => l.value)).sort();
}
