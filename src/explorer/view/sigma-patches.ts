// Every patch of sigma's private internals, in one place: sigma's public API (settings, refresh, programs) cannot do
// these. Pinned to one sigma version (package.json); tests/explorer/view/sigma-patches.test.ts fails when an upgrade
// moves what these patches touch. Everything else in the explorer uses sigma's public API only.

/** The sigma version these patches were written against (package.json pins it exactly). */
export const PATCHED_SIGMA_VERSION = '4.0.4';

/** The private members of a sigma 4.0.4 instance that the patches below reach. */
interface SigmaInternals {
  /** Parallel-edge index (EdgeGroupIndex), made once in the constructor for the graph given then. */
  edgeGroups?: { graph: unknown };
  /** The edge program and its per-frame pass: edge bodies, and the clamp texture edges and their labels read. */
  edgeProgram?: Record<string, unknown>;
  edgeFramePass?: Record<string, unknown>;
  render?: unknown;
  scheduleRender?: unknown;
  /** Reads the picking framebuffer under a viewport position: the item drawn there, or null. */
  getHitAtPosition?: unknown;
  /**
   * Node drag (enableNodeDrag): its DragManager, made once in the constructor for the graph given then; and the live
   * settings object the render reads (setSetting would also re-process every item).
   */
  internals?: { dragManager?: { graph: unknown }; settings?: Record<string, unknown> };
}

/** The sigma instance as the patches see it: any renderer object, its private parts reached through SigmaInternals. */
type AnySigma = object;

function internals(renderer: AnySigma): SigmaInternals {
  return renderer;
}

/**
 * Patch 1, before `setGraph(graph)`. Works around: sigma 4.0.4's `setGraph` rebinds its graph handlers but leaves
 * `edgeGroups` (the parallel-edge index) on the graph the renderer was created with, so the new graph's parallel edges
 * get no curves and adding an edge afterwards throws in `EdgeGroupIndex.getGroupKey`.
 */
export function repointEdgeGroups(renderer: AnySigma, graph: unknown): void {
  const index = internals(renderer).edgeGroups;
  if (index) index.graph = graph;
}

/**
 * Patch 4, with patch 1 before `setGraph(graph)`. Works around: `setGraph` leaves the node-drag manager on the graph
 * the renderer was created with, so after a data change a dragged node would move in the old graph, not the drawn one.
 */
export function repointDragManager(renderer: AnySigma, graph: unknown): void {
  const drag = internals(renderer).internals?.dragManager;
  if (drag) drag.graph = graph;
}

/**
 * Patch 2: no frames while a big graph is filled in slices. Works around: sigma schedules a full render on every
 * graph event (`scheduleRender` from its graph handlers) and has no public "hold drawing" switch; each of those
 * frames over a half-filled 200,000-edge graph held the page. Own properties shadow the prototype's `render` and
 * `scheduleRender`; `resumeDrawing` deletes them, which brings sigma's methods back.
 */
export function suspendDrawing(renderer: AnySigma): void {
  const r = internals(renderer);
  r.render = () => renderer;
  r.scheduleRender = () => renderer;
}

export function resumeDrawing(renderer: AnySigma): void {
  const r = internals(renderer);
  delete r.render;
  delete r.scheduleRender;
}

/**
 * Patch 3: frames without edges while ForceAtlas2 moves a big graph. Works around: sigma draws every edge in every
 * frame (its `hideEdgesOnMove` setting only applies while the camera moves), and changing an edge style to hide them
 * re-evaluates every edge twice. Shadowing `edgeProgram.render` and `edgeFramePass.run` with no-ops skips the edge
 * pass of `Sigma#render`; deleting the shadows restores it.
 */
export function setEdgePassSkipped(renderer: AnySigma, skipped: boolean): void {
  const r = internals(renderer);
  const parts: [Record<string, unknown> | undefined, string][] = [
    [r.edgeProgram, 'render'],
    [r.edgeFramePass, 'run'],
  ];
  for (const [part, method] of parts) {
    if (!part) continue;
    if (skipped) part[method] = () => undefined;
    else delete part[method];
  }
}

type Hit = { kind: string; key: string } | null;

/**
 * Patch 5: the edge under a click, picked on demand. Works around: with `enableEdgeEvents` sigma draws every edge a
 * second time, into its picking buffer, in every frame; that made the frames of 1,000 nodes / 4,000 edges 1.5×
 * slower, for a pick needed only when the user clicks empty stage. Here edge picking is switched on in the live
 * settings for one synchronous render, the pixel under the click is read, and it is switched off again (the next
 * frame skips the pass). Edges have picking ids whether or not the setting is on (sigma's processData).
 */
export function pickEdgeAt(renderer: AnySigma, position: { x: number; y: number }): string | null {
  const r = internals(renderer);
  const settings = r.internals?.settings;
  const { render, getHitAtPosition } = r;
  if (!settings || typeof render !== 'function' || typeof getHitAtPosition !== 'function') return null;
  settings.enableEdgeEvents = true;
  try {
    render.call(renderer);
  } finally {
    settings.enableEdgeEvents = false;
  }
  const hit = getHitAtPosition.call(renderer, position) as Hit;
  return hit?.kind === 'edge' ? hit.key : null;
}

/**
 * What the patches rely on, checked on a live renderer: the names of the private members that are missing or not of
 * the expected kind (empty when all are there). The e2e view test runs it in the browser on the explorer's renderer.
 */
export function missingSigmaInternals(renderer: AnySigma): string[] {
  const r = internals(renderer);
  const missing: string[] = [];
  if (typeof r.edgeGroups !== 'object' || !('graph' in r.edgeGroups)) missing.push('edgeGroups.graph');
  if (typeof r.render !== 'function') missing.push('render');
  if (typeof r.scheduleRender !== 'function') missing.push('scheduleRender');
  if (typeof r.edgeProgram?.render !== 'function') missing.push('edgeProgram.render');
  if (typeof r.edgeFramePass?.run !== 'function') missing.push('edgeFramePass.run');
  if (typeof r.internals?.dragManager !== 'object' || !('graph' in r.internals.dragManager))
    missing.push('internals.dragManager.graph');
  if (typeof r.getHitAtPosition !== 'function') missing.push('getHitAtPosition');
  if (typeof r.internals?.settings?.enableEdgeEvents !== 'boolean') missing.push('internals.settings.enableEdgeEvents');
  return missing;
}
