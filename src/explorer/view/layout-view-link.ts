// Links a rendering graph to the view drawing it, so the layout controller can ask for lean frames while it moves nodes.

/** What the layout controller may ask of the view that draws its graph. */
export interface LayoutDrawing {
  /** Leaves the edges out of every frame (false), or draws them again (true). */
  setEdgesDrawn(drawn: boolean): void;
}

/** Keyed by the graph object: a graph no longer drawn (or collected) has no entry and the controller simply does without. */
const drawings = new WeakMap<object, LayoutDrawing>();

export function linkDrawing(graph: object, drawing: LayoutDrawing): void {
  drawings.set(graph, drawing);
}

export function unlinkDrawing(graph: object, drawing: LayoutDrawing): void {
  if (drawings.get(graph) === drawing) drawings.delete(graph);
}

export function drawingOf(graph: object): LayoutDrawing | undefined {
  return drawings.get(graph);
}
