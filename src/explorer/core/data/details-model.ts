// What the Details panel shows for a node, computed without a DOM: fields, external links, relations with their quotes.
import { KIND_LABELS, isEntityKind } from '../../../kg/kinds';
import type { KgGraph } from '../../../kg/to-graph';
import type { LiteralValue } from '../../../kg/to-graph';
import {
  DCT_DATE,
  DCT_IDENTIFIER,
  ID,
  OKG_CURATION_NOTE,
  OKG_QUOTE,
  RDFS_COMMENT,
  RDFS_LABEL,
  SKOS_ALT_LABEL,
  SKOS_NOTATION,
  SKOS_PREF_LABEL,
} from '../../../rdf/vocab';
import { LINK_PREDICATES, VALUE_PREDICATES, valuesOf } from './attribute-edges';
import { predicateLabel } from '../appearance/labels';
import type { PassageInfo, ProvenanceIndex } from './provenance';

export interface RelationItem {
  edge: string;
  node: string;
  label: string;
  kind: string;
  /**
   * The graphs asserting the statement: passages with their quotes and origin (source or reference), and
   * curation graphs with their rule instead of a quote (unknown graphs keep an empty quote).
   */
  passages: PassageInfo[];
}

export interface RelationGroup {
  predicate: string;
  label: string;
  direction: 'out' | 'in';
  items: RelationItem[];
}

/** A literal as Details shows it: the value and its language tag ('' when none). */
export interface TaggedValue {
  value: string;
  language: string;
}

/** Literal-valued statements that have no field of their own, by predicate. */
export interface LiteralGroup {
  predicate: string;
  label: string;
  values: TaggedValue[];
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
  /** rdfs:label and skos:prefLabel values other than the displayed label (other languages, mostly), by language. */
  otherLabels: TaggedValue[];
  /** The remaining literal statements (skos:note, skos:definition, …): English and untagged values first. */
  otherLiterals: LiteralGroup[];
  /**
   * IRIs that point outside the dataset (the node's own IRI when external, skos:exactMatch, owl:sameAs, rdfs:seeAlso).
   */
  externalIris: string[];
  /** Values from a short list (status), shown as badges. */
  badges: string[];
  relations: RelationGroup[];
}

function values(literals: Record<string, { value: string }[]>, predicate: string): string[] {
  return [...new Set((literals[predicate] ?? []).map((l) => l.value))].sort();
}

/** Predicates Details already shows in a field of their own. */
const FIELD_PREDICATES = new Set([
  RDFS_LABEL,
  SKOS_PREF_LABEL,
  SKOS_ALT_LABEL,
  DCT_IDENTIFIER,
  SKOS_NOTATION,
  DCT_DATE,
  RDFS_COMMENT,
  OKG_CURATION_NOTE,
  OKG_QUOTE,
  ...LINK_PREDICATES,
  ...VALUE_PREDICATES,
]);

function languageRank(language: string): number {
  return language === 'en' || language.startsWith('en-') ? 0 : language === '' ? 1 : 2;
}

function byLanguage(a: TaggedValue, b: TaggedValue): number {
  return (
    languageRank(a.language) - languageRank(b.language) ||
    (a.language < b.language ? -1 : a.language > b.language ? 1 : 0) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

function tagged(list: readonly LiteralValue[]): TaggedValue[] {
  const seen = new Map<string, TaggedValue>();
  for (const l of list) seen.set(`${l.value}\u0000${l.language}`, { value: l.value, language: l.language });
  return [...seen.values()].sort(byLanguage);
}

function otherLabels(literals: Record<string, LiteralValue[]>, label: string): TaggedValue[] {
  const all = tagged([...(literals[RDFS_LABEL] ?? []), ...(literals[SKOS_PREF_LABEL] ?? [])]);
  // The same text under both predicates or tags is shown once: the language that says most is kept.
  const byValue = new Map<string, TaggedValue>();
  for (const v of all) if (v.value !== label && !byValue.has(v.value)) byValue.set(v.value, v);
  return [...byValue.values()].sort(byLanguage);
}

function otherLiterals(
  literals: Record<string, LiteralValue[]>,
  predicateLabels?: ReadonlyMap<string, string>,
): LiteralGroup[] {
  return Object.entries(literals)
    .filter(([p, values]) => !FIELD_PREDICATES.has(p) && values.length > 0)
    .map(([p, values]) => ({ predicate: p, label: predicateLabel(p, predicateLabels), values: tagged(values) }))
    .sort((a, b) => a.label.localeCompare(b.label) || (a.predicate < b.predicate ? -1 : 1));
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
  // Links folded into attributes (attribute-edges.ts) rather than drawn as nodes.
  for (const p of LINK_PREDICATES) for (const l of attrs.literals[p] ?? []) external.add(l.value);

  graph.forEachEdge(key, (edge, edgeAttrs, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const otherAttrs = graph.getNodeAttributes(other);
    if (direction === 'out' && LINK_PREDICATES.has(edgeAttrs.predicate)) external.add(otherAttrs.iri);
    const groupKey = `${direction} ${edgeAttrs.predicate}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = {
        predicate: edgeAttrs.predicate,
        label: predicateLabel(edgeAttrs.predicate, predicateLabels),
        direction,
        items: [],
      };
      groups.set(groupKey, group);
    }
    group.items.push({
      edge,
      node: other,
      label: otherAttrs.label,
      kind: otherAttrs.kind,
      passages: edgeAttrs.graphs.map(
        (g) => provenance.passages.get(g) ?? provenance.curation.get(g) ?? { iri: g, quote: '', document: null },
      ),
    });
  });

  const relations = [...groups.values()].sort(
    (a, b) => (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) || a.label.localeCompare(b.label),
  );
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
    otherLabels: otherLabels(attrs.literals, attrs.label),
    otherLiterals: otherLiterals(attrs.literals, predicateLabels),
    externalIris: [...external].sort(),
    badges: valuesOf(attrs.literals),
    relations,
  };
}
