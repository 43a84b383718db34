// Web worker: computes the deterministic first layout off the main thread (same code as runInitialLayout in Node).
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { ExplorerSettings } from '../settings';
import { runInitialLayout, type LayoutMode } from './initial-layout';
import type { RenderEdgeAttributes, RenderGraph, RenderNodeAttributes } from './rendering-graph';

export interface FirstLayoutRequest {
  graph: SerializedGraph<RenderNodeAttributes, RenderEdgeAttributes>;
  settings: ExplorerSettings;
  mode: LayoutMode;
}

/** Node key -> [x, y]. */
export type FirstLayoutResponse = Record<string, [number, number]>;

self.onmessage = (event: MessageEvent<FirstLayoutRequest>) => {
  const graph: RenderGraph = MultiDirectedGraph.from(event.data.graph);
  runInitialLayout(graph, event.data.settings, 10, event.data.mode);
  const out: FirstLayoutResponse = {};
  graph.forEachNode((key, attrs) => {
    out[key] = [attrs.x, attrs.y];
  });
  (self as unknown as Worker).postMessage(out);
};
