// Web worker: builds the explorer's entity graph, node positions and provenance index from encoded quads, and sends
// them back in batches, so that the page adds a thousand nodes or a few thousand edges per task instead of building
// 200,000 edges in one block.
import { buildEntityGraph } from '../core/data/entity-graph';
import { buildProvenanceIndex, type ProvenanceIndex } from '../core/data/provenance';
import { decodeQuads, type EncodedQuads } from '../core/data/quad-codec';
import type { EdgeAttributes, NodeAttributes } from '../../kg/to-graph';
import { placeNodesInWorker } from './community-layout';

export interface EntityGraphRequest {
  encoded: EncodedQuads;
  /** Positions of the nodes drawn now, [key, x, y]: a merge keeps them (placeNodes). */
  previous: [string, number, number][];
  /** Nodes per message (edges get four times as many, being smaller). */
  batch: number;
}

export type EntityGraphReply =
  | { type: 'size'; order: number; size: number; quadCount: number; kept: number }
  /** Nodes with their attributes and position. */
  | { type: 'nodes'; nodes: [string, NodeAttributes, number, number][] }
  | { type: 'edges'; edges: [string, string, string, EdgeAttributes][] }
  | { type: 'done'; predicateLabels: [string, string][]; provenance: ProvenanceIndex }
  | { type: 'error'; message: string };

function post(message: EntityGraphReply): void {
  (self as unknown as Worker).postMessage(message);
}

async function handle({ encoded, previous, batch }: EntityGraphRequest): Promise<void> {
  const quads = await decodeQuads(encoded);
  const { graph, predicateLabels } = buildEntityGraph(quads);
  const { positions, kept } = placeNodesInWorker(graph, new Map(previous.map(([key, x, y]) => [key, { x, y }])));
  post({ type: 'size', order: graph.order, size: graph.size, quadCount: graph.getAttribute('quadCount'), kept });
  let nodes: [string, NodeAttributes, number, number][] = [];
  graph.forEachNode((key, attrs) => {
    const p = positions.get(key);
    nodes.push([key, attrs, p?.x ?? 0, p?.y ?? 0]);
    if (nodes.length >= batch) {
      post({ type: 'nodes', nodes });
      nodes = [];
    }
  });
  if (nodes.length) post({ type: 'nodes', nodes });
  let edges: [string, string, string, EdgeAttributes][] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    edges.push([key, source, target, attrs]);
    if (edges.length >= batch * 4) {
      post({ type: 'edges', edges });
      edges = [];
    }
  });
  if (edges.length) post({ type: 'edges', edges });
  post({ type: 'done', predicateLabels: [...predicateLabels], provenance: buildProvenanceIndex(quads) });
}

self.onmessage = (event: MessageEvent<EntityGraphRequest>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
