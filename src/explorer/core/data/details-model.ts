// What the Details panel shows for a node, computed without a DOM: fields, external links, relations with their quotes.
import { KIND_LABELS, isEntityKind } from '../../../kg/kinds';
import type { KgGraph } from '../../../kg/to-graph';
import { DCT_DATE, ID, NS, OKG_CURATION_NOTE, RDFS_COMMENT } from '../../../rdf/vocab';
import { predicateLabel } from '../../view/rendering-graph';
import type { PassageInfo, ProvenanceIndex } from './provenance';

export interface RelationItem {
  edge: string;
  node: string;
  label: string;
  kind: string;
  /** Passages asserting the statement, with their quotes (unknown passages keep an empty quote). */
  passages: PassageInfo[];
}

export interface RelationGroup {
  predicate: string;
  label: string;
  direction: 'out' | 'in';
  items: RelationItem[];
}

export interface DetailsModel {
  key: string;
  iri: string;
  label: string;
  kind: string;
  kindLabel: string;
  altLabels: string[];
  identifiers: string[];
  notations: string[];
  dates: string[];
  comments: string[];
  curationNotes: string[];
  /** IRIs that point outside the dataset (the node's own IRI when external, owl:sameAs, rdfs:seeAlso). */
  externalIris: string[];
  relations: RelationGroup[];
}

const LINK_PREDICATES = new Set([NS.owl + 'sameAs', NS.rdfs + 'seeAlso', 'http://xmlns.com/foaf/0.1/page']);

function values(literals: Record<string, { value: string }[]>, predicate: string): string[] {
  return [...new Set((literals[predicate] ?? []).map((l) => l.value))].sort();
}

export function describeNode(
  graph: KgGraph,
  key: string,
  provenance: ProvenanceIndex,
  predicateLabels?: ReadonlyMap<string, string>,
): DetailsModel | null {
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  const groups = new Map<string, RelationGroup>();
  const external = new Set<string>();
  if (!attrs.iri.startsWith(ID) && !attrs.iri.startsWith('_:')) external.add(attrs.iri);

  graph.forEachEdge(key, (edge, edgeAttrs, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const otherAttrs = graph.getNodeAttributes(other);
    if (direction === 'out' && LINK_PREDICATES.has(edgeAttrs.predicate)) external.add(otherAttrs.iri);
    const groupKey = `${direction} ${edgeAttrs.predicate}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { predicate: edgeAttrs.predicate, label: predicateLabel(edgeAttrs.predicate, predicateLabels), direction, items: [] };
      groups.set(groupKey, group);
    }
    group.items.push({
      edge,
      node: other,
      label: otherAttrs.label,
      kind: otherAttrs.kind,
      passages: edgeAttrs.graphs.map((g) => provenance.passages.get(g) ?? { iri: g, quote: '', document: null }),
    });
  });

  const relations = [...groups.values()].sort((a, b) =>
    (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) || a.label.localeCompare(b.label));
  for (const g of relations) g.items.sort((a, b) => a.label.localeCompare(b.label) || (a.node < b.node ? -1 : 1));

  return {
    key,
    iri: attrs.iri,
    label: attrs.label,
    kind: attrs.kind,
    kindLabel: isEntityKind(attrs.kind) ? KIND_LABELS[attrs.kind] : attrs.kind,
    altLabels: attrs.altLabels,
    identifiers: attrs.identifiers,
    notations: attrs.notations,
    dates: values(attrs.literals, DCT_DATE),
    comments: values(attrs.literals, RDFS_COMMENT),
    curationNotes: values(attrs.literals, OKG_CURATION_NOTE),
    externalIris: [...external].sort(),
    relations,
  };
}
