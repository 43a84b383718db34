// Dataset -> graphology graph (pure): described resources become nodes, resource-valued statements edges.
import { MultiDirectedGraph } from 'graphology';
import type { Quad, Term } from '@rdfjs/types';
import {
  DCT_IDENTIFIER,
  NS,
  OKG_CURATION_GRAPH,
  PROV_WAS_ATTRIBUTED_TO,
  RDF_TYPE,
  SKOS_ALT_LABEL,
  SKOS_NOTATION,
} from '../rdf/vocab';
import { kindOfTypes, type EntityKind } from './kinds';
import { pickLabel, type LiteralValue } from './labels';
import { blankKey, edgeKey, safeKey } from './keys';

export type { LiteralValue } from './labels';

export interface NodeAttributes {
  /** The resource's IRI (or `_:label` for a blank node), unescaped. */
  iri: string;
  label: string;
  kind: EntityKind;
  types: string[];
  altLabels: string[];
  identifiers: string[];
  notations: string[];
  /** Literal-valued statements by predicate IRI (escaped like node keys when not absolute). */
  literals: Record<string, LiteralValue[]>;
  /** False for a resource that is only ever an object (no statement about it in the dataset). */
  described: boolean;
  /** Named graphs (passages) asserting statements about this resource, sorted. */
  graphs: string[];
  /** Seed position, set by seedLayout, refined by ForceAtlas2 in the explorer. */
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  predicate: string;
  /** Named graphs (passages) asserting the statement, sorted; empty for default-graph statements only. */
  graphs: string[];
}

export interface GraphAttributes {
  /** Number of quads the graph was built from. */
  quadCount: number;
}

export type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface ToGraphOptions {
  /**
   * Draw passages, source documents and curation graphs (and their curators) as nodes, with their edges (default
   * false).
   */
  includePassages?: boolean;
  /** Draw rdf:type statements as edges to class nodes (default false). */
  includeTypeEdges?: boolean;
}

const PROVENANCE_KINDS: ReadonlySet<EntityKind> = new Set(['passage', 'source']);
/**
 * Qualification nodes (who took part in what, in which role; an org:Membership) and the roles themselves: the
 * structure of a statement, not something the source talks about, so drawn only with the provenance.
 */
const QUALIFICATION_TYPES: ReadonlySet<string> = new Set([
  NS.prov + 'Association',
  NS.prov + 'Attribution',
  NS.prov + 'Role',
  NS.org + 'Membership',
  NS.org + 'Role',
]);

function isProvenanceStructure(kind: EntityKind, types: ReadonlySet<string>): boolean {
  if (PROVENANCE_KINDS.has(kind) || types.has(OKG_CURATION_GRAPH)) return true;
  return kind === 'other' && [...types].some((t) => QUALIFICATION_TYPES.has(t));
}

interface Draft {
  iri: string;
  types: Set<string>;
  literals: Map<string, Map<string, LiteralValue>>;
  graphs: Set<string>;
  described: boolean;
}

interface DraftEdge {
  source: string;
  target: string;
  predicate: string;
  /** Created on the first named graph: most edges of a big plain-triples file have none. */
  graphs?: Set<string>;
}

function termKey(term: Term): string | undefined {
  if (term.termType === 'NamedNode') return safeKey(term.value);
  if (term.termType === 'BlankNode') return blankKey(term.value);
  return undefined;
}

function termIri(term: Term): string {
  return term.termType === 'BlankNode' ? blankKey(term.value) : term.value;
}

function draftOf(drafts: Map<string, Draft>, key: string, iri: string): Draft {
  let draft = drafts.get(key);
  if (!draft) {
    draft = { iri, types: new Set(), literals: new Map(), graphs: new Set(), described: false };
    drafts.set(key, draft);
  }
  return draft;
}

/** Named graph of a quad as a string, or undefined for the default graph. */
function graphName(quad: Quad): string | undefined {
  if (quad.graph.termType === 'DefaultGraph') return undefined;
  return termIri(quad.graph);
}

function strings(literals: Map<string, Map<string, LiteralValue>>, predicate: string): string[] {
  const values = literals.get(safeKey(predicate));
  if (!values) return [];
  return [...new Set([...values.values()].map((v) => v.value))].sort();
}

/**
 * Builds the graph. Nodes, edges and attributes depend only on the set of quads (order and duplicates do not matter).
 */
export function datasetToGraph(quads: readonly Quad[], options: ToGraphOptions = {}): KgGraph {
  const drafts = new Map<string, Draft>();
  const edges = new Map<string, DraftEdge>();

  for (const quad of quads) {
    const subjectKey = termKey(quad.subject);
    if (subjectKey === undefined) continue; // quoted triples (RDF-star) are not drawn
    const subject = draftOf(drafts, subjectKey, termIri(quad.subject));
    subject.described = true;
    const graph = graphName(quad);
    if (graph !== undefined) subject.graphs.add(graph);
    const predicate = quad.predicate.value;
    const object = quad.object;
    if (object.termType === 'Literal') {
      const pKey = safeKey(predicate);
      let byValue = subject.literals.get(pKey);
      if (!byValue) subject.literals.set(pKey, (byValue = new Map<string, LiteralValue>()));
      const value: LiteralValue = {
        value: object.value,
        language: object.language.toLowerCase(),
        datatype: object.datatype.value,
      };
      byValue.set(`${value.value}\u0000${value.language}\u0000${value.datatype}`, value);
      continue;
    }
    const objectKey = termKey(object);
    if (objectKey === undefined) continue;
    if (predicate === RDF_TYPE) {
      subject.types.add(object.value);
      if (!options.includeTypeEdges) continue;
    }
    draftOf(drafts, objectKey, termIri(object));
    const key = edgeKey(subjectKey, predicate, objectKey);
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { source: subjectKey, target: objectKey, predicate }));
    if (graph !== undefined) (edge.graphs ??= new Set()).add(graph);
  }

  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.setAttribute('quadCount', quads.length);
  const dropped = new Set<string>();
  for (const [key, draft] of drafts) {
    const kind = kindOfTypes(draft.types);
    // Curation graphs are provenance like passages: named graphs, not things the source talks about
    if (!options.includePassages && isProvenanceStructure(kind, draft.types)) {
      dropped.add(key);
      continue;
    }
    const literals: Record<string, LiteralValue[]> = {};
    // Sorted so that attribute values never depend on the order of the quads.
    for (const predicate of [...draft.literals.keys()].sort()) {
      const values = draft.literals.get(predicate) as Map<string, LiteralValue>;
      literals[predicate] = [...values.keys()].sort().map((k) => values.get(k) as LiteralValue);
    }
    graph.addNode(key, {
      iri: draft.iri,
      label: pickLabel(draft.iri, literals),
      kind,
      types: [...draft.types].sort(),
      altLabels: strings(draft.literals, SKOS_ALT_LABEL),
      identifiers: strings(draft.literals, DCT_IDENTIFIER),
      notations: strings(draft.literals, SKOS_NOTATION),
      literals,
      described: draft.described,
      graphs: [...draft.graphs].sort(),
    });
  }
  for (const [key, edge] of edges) {
    if (dropped.has(edge.source) || dropped.has(edge.target)) continue;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
      predicate: edge.predicate,
      graphs: edge.graphs ? [...edge.graphs].sort() : [],
    });
  }
  // A resource known only as the object of a statement that was not drawn (about a passage, say) would float alone.
  for (const key of graph.filterNodes((key, attrs) => !attrs.described && graph.degree(key) === 0)) graph.dropNode(key);
  // ... and so would the curators a dropped curation graph is attributed to, when nothing else links them
  for (const edge of edges.values()) {
    if (
      edge.predicate === PROV_WAS_ATTRIBUTED_TO &&
      dropped.has(edge.source) &&
      graph.hasNode(edge.target) &&
      graph.degree(edge.target) === 0
    ) {
      graph.dropNode(edge.target);
    }
  }
  return graph;
}
