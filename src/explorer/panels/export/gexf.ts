// The explorer graph as GEXF 1.3 for Gephi: labels, kinds, colours and positions as standard attvalues and viz data.
import type { Attributes } from 'graphology-types';
import type { KgGraph, NodeAttributes, EdgeAttributes } from '../../../kg/to-graph';
import { KIND_COLORS, KIND_LABELS } from '../../../kg/kinds';
import { localName } from '../../../kg/labels';
import { xmlText } from './xml-text';

/** graphology-gexf's `write`, passed in: the browser and Node entry points differ only in their parsers. */
export type GexfWrite = (
  graph: KgGraph,
  options: {
    version?: '1.2' | '1.3';
    pretty?: boolean;
    /** Only GEXF's own meta elements (creator, description, keywords) are written. */
    pedantic?: boolean;
    formatNode(key: string, attributes: NodeAttributes): { label?: string; viz?: Attributes; attributes?: Attributes };
    formatEdge(
      key: string,
      attributes: EdgeAttributes,
    ): { label?: string; viz?: Attributes; attributes?: Attributes; weight?: number };
  },
) => string;

/** GEXF's <meta>: who wrote the file and what it holds (the writer's own fields, nothing custom). */
function describe(graph: KgGraph, target: KgGraph, kept: boolean): void {
  const quads = graph.getAttribute('quadCount');
  target.replaceAttributes({
    creator: 'osce-kg explorer',
    description:
      `${kept ? 'Visible part of the' : 'The'} OSCE migration governance knowledge graph: ${target.order} entities and ${target.size} relations` +
      (typeof quads === 'number' ? `, drawn from ${quads} RDF statements.` : '.'),
  } as never); // GEXF's meta fields, in place of the model's own graph attributes
}

/**
 * Writes the graph, or with `keep` only the kept nodes and the edges between them; `positions` (the layout on the
 * canvas) replace the model's seed positions, so Gephi opens the picture the user saw.
 */
export function graphToGexf(
  graph: KgGraph,
  write: GexfWrite,
  keep?: ReadonlySet<string>,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): string {
  const target = keep ? inducedSubgraph(graph, keep) : graph.copy();
  describe(graph, target, keep !== undefined);
  return write(target, {
    version: '1.3',
    pretty: true,
    pedantic: true,
    formatNode: (key, a) => ({
      label: xmlText(a.label),
      viz: {
        color: KIND_COLORS[a.kind],
        // Gephi needs numbers here; unplaced nodes sit at the origin rather than breaking the file
        ...finitePosition(positions?.get(key) ?? a),
        size: 5,
      },
      attributes: {
        iri: xmlText(a.iri),
        kind: a.kind,
        kind_label: KIND_LABELS[a.kind],
        types: xmlText(a.types.join(' ')),
        alt_labels: xmlText(a.altLabels.join(' | ')),
        notations: xmlText(a.notations.join(' | ')),
      },
    }),
    formatEdge: (_key, a) => ({
      label: xmlText(localName(a.predicate)),
      attributes: { predicate: xmlText(a.predicate), passages: xmlText(a.graphs.join(' ')) },
    }),
  });
}

function finitePosition(at: { x?: number; y?: number }): { x: number; y: number } {
  return {
    x: at.x !== undefined && Number.isFinite(at.x) ? at.x : 0,
    y: at.y !== undefined && Number.isFinite(at.y) ? at.y : 0,
  };
}

/** The nodes in `keep` and the edges between them, same keys and attributes. */
export function inducedSubgraph(graph: KgGraph, keep: ReadonlySet<string>): KgGraph {
  const sub = graph.nullCopy();
  graph.forEachNode((key, attributes) => {
    if (keep.has(key)) sub.addNode(key, attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return sub;
}
