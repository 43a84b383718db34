// The entity dictionary: every name the graph knows for an entity (labels, alternative names, identifiers, notations).
import type { Quad } from '@rdfjs/types';
import { NAMED_ENTITY_KINDS, type EntityKind } from '../kg/kinds';
import { datasetToGraph } from '../kg/to-graph';
import { ID, NS, OKG_CITED_AS } from '../rdf/vocab';

export type NameSource = 'label' | 'altLabel' | 'identifier' | 'notation';

export interface EntityName {
  iri: string;
  kind: EntityKind;
  surface: string;
  source: NameSource;
}

export interface EntityDictionary {
  names: EntityName[];
  /**
   * Entities by `dcterms:identifier` ("MC.DEC/2/05") and by the forms sources cite them in (`okg:citedAs`,
   * "PC.DEC/577" for PC.DEC/557): several when a cited form is another document's identifier.
   */
  byIdentifier: Map<string, string[]>;
  /** SDG goals and targets by `skos:notation` ("8", "10.7"). */
  byNotation: Map<string, string>;
  kindOf: Map<string, EntityKind>;
}

/** Kinds a text names; passages and source documents are the text itself. */
const NAMED_KINDS = new Set<EntityKind>(NAMED_ENTITY_KINDS);
/** Goals' and targets' labels are the official sentences, which no document quotes: they are found by notation. */
const NOTATION_KINDS = new Set<EntityKind>(['goal', 'target']);

/** The dictionary of the entities described in `quads` (resources under the project's id/ namespace and SDG IRIs). */
export function buildDictionary(quads: readonly Quad[]): EntityDictionary {
  const graph = datasetToGraph(quads);
  const names: EntityName[] = [];
  const byIdentifier = new Map<string, string[]>();
  const byNotation = new Map<string, string>();
  const kindOf = new Map<string, EntityKind>();
  graph.forEachNode((_key, node) => {
    if (!node.described || !NAMED_KINDS.has(node.kind)) return;
    if (!node.iri.startsWith(ID) && !node.iri.startsWith(NS.sdg)) return;
    kindOf.set(node.iri, node.kind);
    const add = (surface: string, source: NameSource) => {
      if (surface.trim().length >= 2) names.push({ iri: node.iri, kind: node.kind, surface: surface.trim(), source });
    };
    const cited = (node.literals[OKG_CITED_AS] ?? []).map((l) => l.value);
    for (const id of new Set([...node.identifiers, ...cited])) {
      byIdentifier.set(id, [...(byIdentifier.get(id) ?? []), node.iri].sort());
      add(id, 'identifier');
    }
    if (NOTATION_KINDS.has(node.kind)) {
      for (const notation of node.notations) byNotation.set(notation, node.iri);
      return;
    }
    const labels = new Set([node.label, ...(node.literals[NS.rdfs + 'label'] ?? []).map((l) => l.value)]);
    for (const label of labels) add(label, 'label');
    for (const alt of node.altLabels) add(alt, 'altLabel');
  });
  names.sort((a, b) => cmp(a.iri, b.iri) || cmp(a.surface, b.surface) || cmp(a.source, b.source));
  return { names, byIdentifier, byNotation, kindOf };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
