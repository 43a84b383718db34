// Dataset and graph statistics: counts by class, predicate, graph and kind.
import type { Quad } from '@rdfjs/types';
import { countByOrigin, type StatementOrigin } from '../rdf/statement-origin';
import { RDF_TYPE } from '../rdf/vocab';
import { ENTITY_KINDS, type EntityKind } from './kinds';
import type { KgGraph } from './to-graph';

export interface Count {
  iri: string;
  count: number;
}

export interface DatasetStats {
  quads: number;
  /** Distinct (subject, predicate, object) whatever the graph. */
  triples: number;
  subjects: number;
  /** Named graphs (the passages), default graph excluded. */
  namedGraphs: number;
  /** Instances per class (distinct subjects typed with it), most frequent first. */
  classes: Count[];
  /** Distinct triples per predicate, most frequent first. */
  predicates: Count[];
  /**
   * Quads by the origin of their graph: said by a source (a passage's graph), taken from a public reference
   * (a passage of a reference document), added by curation (a curation graph); plus the default graph's
   * descriptions and graphs of unknown origin.
   */
  origins: Record<StatementOrigin, number>;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  byKind: Record<EntityKind, number>;
}

function termId(term: Quad['subject'] | Quad['object']): string {
  if (term.termType === 'Literal') return `"${term.value}"@${term.language}^^${term.datatype.value}`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return `<${term.value}>`;
}

function sorted(counts: Map<string, number>): Count[] {
  return [...counts]
    .map(([iri, count]) => ({ iri, count }))
    .sort((a, b) => b.count - a.count || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}

export function datasetStats(quads: readonly Quad[]): DatasetStats {
  const triples = new Set<string>();
  const subjects = new Set<string>();
  const graphs = new Set<string>();
  const typed = new Map<string, Set<string>>();
  const predicates = new Map<string, number>();
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph') graphs.add(q.graph.value);
    const s = termId(q.subject);
    const id = `${s} <${q.predicate.value}> ${termId(q.object)}`;
    if (triples.has(id)) continue;
    triples.add(id);
    subjects.add(s);
    predicates.set(q.predicate.value, (predicates.get(q.predicate.value) ?? 0) + 1);
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      let members = typed.get(q.object.value);
      if (!members) typed.set(q.object.value, (members = new Set()));
      members.add(s);
    }
  }
  const classes = new Map([...typed].map(([iri, members]) => [iri, members.size] as const));
  return {
    quads: quads.length,
    triples: triples.size,
    subjects: subjects.size,
    namedGraphs: graphs.size,
    classes: sorted(classes),
    predicates: sorted(predicates),
    origins: countByOrigin(quads),
  };
}

export function graphStats(graph: KgGraph): GraphStats {
  const byKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  graph.forEachNode((_key, attrs) => {
    byKind[attrs.kind] += 1;
  });
  return { nodes: graph.order, edges: graph.size, byKind };
}
