// The data change of a large dataset, from quads to a graph being drawn, in slices: the quads are deduplicated
// a slice at a time, the model graph is built in a worker and inserted a batch per task, and the rendering graph is
// filled while sigma indexes it with drawing held back, so that no step holds the page for long.
import { MultiDirectedGraph } from 'graphology';
import type { Quad } from '@rdfjs/types';
import type { Position } from '../../kg/layout';
import type { EntityGraph } from '../core/data/entity-graph';
import type { ProvenanceIndex } from '../core/data/provenance';
import type { QuadSet } from '../core/data/quad-set';
import type { ExplorerSettings, SizeBy } from '../settings';
import { buildDataHere, buildDataOffThread, type BuiltData } from './entity-graph-offthread';
import { buildRenderGraph, fillRenderGraphSliced, type RenderGraph } from './rendering-graph';
import type { GraphView } from './sigma-view';
import { edgeShapesToDraw } from './edge-shapes';
import { isCandidateOnly } from '../../ingest/candidate-graphs';
import { SliceClock } from './slices';

/** Datasets above this many quads (incoming plus already loaded) take the sliced path; smaller ones load at once. */
export const SLICED_LOAD_ABOVE_QUADS = 30_000;

export type LoadPhase = 'merge' | 'build' | 'draw' | 'index';

/** Progress of a data change: overall fraction 0..1 and the phase it is in. */
export type LoadProgress = (fraction: number, phase: LoadPhase) => void;

/** Share of the bar per phase, in order. */
const SHARES: Record<LoadPhase, [number, number]> = {
  merge: [0, 0.1],
  build: [0.1, 0.6],
  draw: [0.6, 0.9],
  index: [0.9, 1],
};

export interface LoadedData {
  quads: Quad[];
  entities: EntityGraph;
  provenance: ProvenanceIndex;
  renderGraph: RenderGraph;
  /** Nodes that kept the position they had (0: a new picture). */
  kept: number;
  /** The measure the rendering graph's sizes were computed with. */
  sizedBy: SizeBy;
}

export interface LargeLoadInput {
  quads: readonly Quad[];
  mode: 'replace' | 'merge';
  quadSet: QuadSet;
  /** Positions of the nodes drawn now (a merge keeps them). */
  previous: ReadonlyMap<string, Position>;
  view: Pick<GraphView, 'beginBulkLoad' | 'endBulkLoad'>;
  settings: ExplorerSettings;
  onProgress?: LoadProgress;
}

async function buildData(
  quads: Quad[],
  previous: ReadonlyMap<string, Position>,
  clock: SliceClock,
  onProgress: (f: number) => void,
): Promise<BuiltData> {
  try {
    return await buildDataOffThread(quads, previous, clock, onProgress);
  } catch (error) {
    // Same result, built on the page: slower to get, but the data change must not fail for want of a worker.
    console.warn('graph worker failed, building on the main thread:', error);
    return buildDataHere(quads, previous);
  }
}

/** Reports `f` (0..1) of `phase` as the overall fraction of the change. */
export function reportPhase(onProgress: LoadProgress | undefined, phase: LoadPhase, f: number): void {
  const [from, to] = SHARES[phase];
  onProgress?.(from + (to - from) * Math.min(1, Math.max(0, f)), phase);
}

/** The same change at once (small datasets): the model, provenance, positions and rendering graph. */
export function loadData(
  quads: Quad[],
  previous: ReadonlyMap<string, Position>,
  sizeBy: SizeBy,
  settings: ExplorerSettings,
): LoadedData {
  const { entities, provenance, positions, kept } = buildDataHere(quads, previous);
  const renderGraph = buildRenderGraph(entities.graph, positions, sizeBy, settings, entities.predicateLabels);
  return { quads, entities, provenance, renderGraph, kept, sizedBy: sizeBy };
}

/**
 * Runs the change; the view is left with drawing held back (call view.endBulkLoad() once the rest of the app has
 * caught up). Resolves with what the app keeps.
 */
export async function loadLargeData(input: LargeLoadInput): Promise<LoadedData> {
  const clock = new SliceClock(40);
  const report = (phase: LoadPhase, f: number): void => reportPhase(input.onProgress, phase, f);
  report('merge', 0);
  const quads =
    input.mode === 'merge'
      ? await input.quadSet.mergeSliced(input.quads, clock, (f) => report('merge', f))
      : await input.quadSet.replaceSliced(input.quads, clock, (f) => report('merge', f));
  report('build', 0);
  await clock.yield();
  const { entities, provenance, positions, kept } = await buildData(quads, input.previous, clock, (f) =>
    report('build', f),
  );
  report('draw', 0);
  await clock.yield();
  const renderGraph: RenderGraph = new MultiDirectedGraph();
  // The rendering graph takes its edges from the model graph: the shapes the model has cover those it will have.
  const shapes = edgeShapesToDraw(entities.graph, (edge) => isCandidateOnly(edge.graphs as string[]));
  input.view.beginBulkLoad(renderGraph, { nodes: entities.graph.order, edges: entities.graph.size, shapes });
  try {
    await fillRenderGraphSliced(
      renderGraph,
      entities.graph,
      positions,
      input.settings,
      clock,
      entities.predicateLabels,
      (f) => report('draw', f),
    );
  } catch (error) {
    input.view.endBulkLoad(); // a view left holding its drawing back would never draw again
    throw error;
  }
  // Sized by degree: PageRank is not computed eagerly on a big graph (the Size menu computes it when chosen).
  return { quads, entities, provenance, renderGraph, kept, sizedBy: 'degree' };
}
