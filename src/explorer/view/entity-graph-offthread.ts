// Builds the entity graph of a large dataset in a web worker (with the node positions and the provenance index); the
// page only inserts the finished nodes and edges, one batch per task, so it stays responsive. Same graph as
// buildEntityGraph(quads), same insertion order; same positions as placeNodes (a new picture of over 20,000 nodes: by
// its communities, placeNodesInWorker); same index as buildProvenanceIndex.
import { MultiDirectedGraph } from 'graphology';
import type { Quad } from '@rdfjs/types';
import type { Position } from '../../kg/layout';
import type { EdgeAttributes, GraphAttributes, KgGraph, NodeAttributes } from '../../kg/to-graph';
import { buildEntityGraph, type EntityGraph } from '../core/data/entity-graph';
import { buildProvenanceIndex, type ProvenanceIndex } from '../core/data/provenance';
import { encodeQuadsSliced, transferablesOf } from '../core/data/quad-codec';
import type { EntityGraphReply, EntityGraphRequest } from './entity-graph-worker';
import { placeNodes } from './initial-layout';
import { exchange } from '../workers/exchange';
import type { SliceClock } from './slices';

/**
 * Progress of the build, 0..1: encoding the quads (to 0.1), the worker building (to 0.4: it cannot report from
 * inside the graph build, so the bar creeps towards 0.4 meanwhile, showing the page is alive), then inserting.
 */
export type BuildProgress = (fraction: number) => void;

export interface BuiltData {
  entities: EntityGraph;
  provenance: ProvenanceIndex;
  positions: Map<string, Position>;
  /** Nodes that kept their previous position. */
  kept: number;
}

/** The same result on the page, in one block (no worker support). */
export function buildDataHere(quads: Quad[], previous: ReadonlyMap<string, Position>): BuiltData {
  const entities = buildEntityGraph(quads);
  const { positions, kept } = placeNodes(entities.graph, previous);
  return { entities, provenance: buildProvenanceIndex(quads), positions, kept };
}

export async function buildDataOffThread(
  quads: Quad[],
  previous: ReadonlyMap<string, Position>,
  clock: SliceClock,
  onProgress?: BuildProgress,
): Promise<BuiltData> {
  if (typeof Worker === 'undefined') return buildDataHere(quads, previous);
  const encoded = await encodeQuadsSliced(quads, {
    sliceSize: 20_000,
    yieldTo: () => clock.yield(),
    onProgress: (done, total) => onProgress?.(0.1 * (done / Math.max(1, total))),
  });
  const worker = new Worker(new URL('./entity-graph-worker.ts', import.meta.url), { type: 'module' });
  const graph: KgGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const positions = new Map<string, Position>();
  let kept = 0;
  let total = 1;
  let added = 0;
  const waiting = performance.now();
  const creep = setInterval(() => onProgress?.(0.1 + 0.3 * (1 - Math.exp(-(performance.now() - waiting) / 3000))), 200);
  const onBatch = (m: EntityGraphReply): void => {
    clearInterval(creep);
    if (m.type === 'size') {
      graph.setAttribute('quadCount', m.quadCount);
      total = Math.max(1, m.order + m.size);
      kept = m.kept;
    } else if (m.type === 'nodes') {
      for (const [key, attrs, x, y] of m.nodes) {
        graph.addNode(key, attrs);
        positions.set(key, { x, y });
      }
      added += m.nodes.length;
    } else if (m.type === 'edges') {
      for (const [key, source, target, attrs] of m.edges) graph.addDirectedEdgeWithKey(key, source, target, attrs);
      added += m.edges.length;
    }
    onProgress?.(0.4 + 0.6 * (added / total));
  };
  try {
    // Batches small enough that receiving one (structured clone) and inserting it is a short task.
    const request: EntityGraphRequest = {
      encoded,
      previous: [...previous].map(([key, p]) => [key, p.x, p.y]),
      batch: 1_000,
    };
    const last = await exchange(worker, request, {
      transfer: transferablesOf(encoded),
      isFinal: (m: EntityGraphReply) => m.type === 'done' || m.type === 'error',
      onReply: onBatch,
    });
    if (last.type === 'error') throw new Error(last.message);
    return {
      entities: { graph, predicateLabels: new Map(last.predicateLabels) },
      provenance: last.provenance,
      positions,
      kept,
    };
  } finally {
    clearInterval(creep);
    worker.terminate();
  }
}
