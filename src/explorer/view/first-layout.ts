// Runs the first layout (or only noverlap) in a web worker and animates the drawing to it; main thread only without
// workers.
import { animateNodes } from 'sigma/utils';
import type { ExplorerSettings } from '../settings';
import type { FirstLayoutRequest, FirstLayoutResponse } from './first-layout-worker';
import { layoutApplies, layoutJobApplies, runInitialLayout, type LayoutMode } from './initial-layout';
import type { RenderGraph } from './rendering-graph';
import { exchange } from '../workers/exchange';

export interface FirstLayoutJob {
  /** Resolves true once the positions are in the graph, false if cancelled first. */
  done: Promise<boolean>;
  cancel(): void;
}

export function startFirstLayout(
  graph: RenderGraph,
  settings: ExplorerSettings,
  mode: LayoutMode = 'full',
  animateMs = 500,
): FirstLayoutJob {
  // Nothing to compute (empty graph, overlaps of a big one): no worker, and no copy of a big graph to send it.
  if (!layoutJobApplies(graph, settings, mode)) return { done: Promise.resolve(true), cancel: () => undefined };
  // A big graph jumps to its layout: animating thousands of nodes would cost a frame's work per node, many times over.
  if (!layoutApplies(graph.order, settings)) animateMs = 0;
  let cancelled = false;
  let worker: Worker | null = null;
  let stopAnimation: (() => void) | null = null;
  const done = new Promise<boolean>((resolve) => {
    const apply = (positions: FirstLayoutResponse): void => {
      if (cancelled) return resolve(false);
      const targets: Record<string, { x: number; y: number }> = {};
      // A node the user pinned (dragged into place) stays there: noverlap does not know about pins.
      for (const [key, [x, y]] of Object.entries(positions))
        if (graph.hasNode(key) && graph.getNodeAttribute(key, 'fixed') !== true) targets[key] = { x, y };
      if (animateMs <= 0) {
        graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, ...(targets[key] ?? {}) }), {
          attributes: ['x', 'y'],
        });
        return resolve(true);
      }
      stopAnimation = animateNodes(graph, targets, { duration: animateMs }, () => resolve(!cancelled));
    };
    const onMainThread = (): void => {
      const copy = graph.copy();
      runInitialLayout(copy, settings, 10, mode);
      const out: FirstLayoutResponse = {};
      copy.forEachNode((key, a) => {
        out[key] = [a.x, a.y];
      });
      apply(out);
    };
    if (typeof Worker === 'undefined') {
      onMainThread();
      return;
    }
    const own = new Worker(new URL('./first-layout-worker.ts', import.meta.url), { type: 'module' });
    worker = own;
    const request: FirstLayoutRequest = { graph: graph.export(), settings, mode };
    void exchange(own, request, { isFinal: (_reply: FirstLayoutResponse): _reply is FirstLayoutResponse => true }).then(
      (positions) => {
        own.terminate();
        worker = null;
        apply(positions);
      },
      (error: unknown) => {
        // Same layout, only slower to get: the page must not wait for a layout that never comes.
        console.warn(
          'first layout worker failed, computing on the main thread:',
          error instanceof Error ? error.message : error,
        );
        own.terminate();
        worker = null;
        if (!cancelled) onMainThread();
      },
    );
  });
  return {
    done,
    cancel() {
      cancelled = true;
      worker?.terminate();
      worker = null;
      stopAnimation?.();
    },
  };
}
