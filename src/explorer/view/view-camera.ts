// The view's camera moves: onto a node, onto a set of nodes with their labels, back to a saved view, animated.
import type { CameraView } from '../core/camera/types';
import type { ExplorerSettings } from '../settings';
import type { RenderGraph } from './rendering-graph';
import type { Renderer } from './sigma-renderer';
import { frameMove, labelWidth, type DrawnNode } from './framing';

/** frameNodes: the closest zoom (one node alone is not blown up). */
const FRAME_MIN_RATIO = 0.1;

/** What the camera reads of the view, afresh on each move: the view swaps its renderer and graph. */
export interface CameraDrawing {
  renderer(): Renderer;
  graph(): RenderGraph;
  isHidden(node: string): boolean;
  selected(): string | null;
}

export class ViewCamera {
  constructor(
    private readonly settings: ExplorerSettings,
    private readonly drawing: CameraDrawing,
  ) {}

  /** Moves the camera onto a node, zooming in if far out. */
  focusNode(key: string): void {
    const renderer = this.drawing.renderer();
    const data = renderer.getNodeDisplayData(key);
    if (!data) return;
    this.animateCamera({ x: data.x, y: data.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) });
  }

  /**
   * Moves the camera so that these nodes (the ones drawn) and their labels fill the canvas, never past its edges: the
   * box is measured in viewport pixels now, its centre brought to the canvas centre and the zoom scaled to fit.
   */
  frameNodes(keys: readonly string[]): void {
    // Two animation frames on, after the render a filter or state change has scheduled: hiding nodes can change
    // sigma's framing of the graph, and the display data read must be those of that render.
    requestAnimationFrame(() => requestAnimationFrame(() => this.frameNow(keys)));
  }

  private frameNow(keys: readonly string[]): void {
    const renderer = this.drawing.renderer();
    const { width, height } = renderer.getDimensions();
    const camera = renderer.getCamera().getState();
    const move = frameMove(this.drawnNodes(keys), width, height, camera.ratio / FRAME_MIN_RATIO);
    if (move === null) return;
    const centre = renderer.viewportToFramedGraph(move.centre);
    const ratio = Math.min(2, camera.ratio / move.scale);
    this.animateCamera({ x: centre.x, y: centre.y, ratio, angle: 0 });
  }

  private drawnNodes(keys: readonly string[]): DrawnNode[] {
    const [renderer, graph, selected] = [this.drawing.renderer(), this.drawing.graph(), this.drawing.selected()];
    const fontSize = Number(renderer.getSetting('labelSize' as never)) || 14;
    const drawn: DrawnNode[] = [];
    // Labels count where they will be drawn: the selected node's, and every one of a small set (styles: fewActive).
    const labelled = keys.length <= this.settings.maxLabelledNeighbours;
    for (const key of keys) {
      const data = graph.hasNode(key) && !this.drawing.isHidden(key) ? renderer.getNodeDisplayData(key) : undefined;
      if (!data) continue;
      const at = renderer.framedGraphToViewport(data);
      const label = key === selected ? graph.getNodeAttribute(key, 'fullLabel') : data.label;
      drawn.push({
        x: at.x,
        y: at.y,
        size: data.size,
        labelWidth: labelled || key === selected ? labelWidth(label, fontSize) : 0,
      });
    }
    return drawn;
  }

  set(view: CameraView | null): void {
    if (view === null) this.animateCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    else this.drawing.renderer().getCamera().setState(view);
  }

  /**
   * Animates the camera, then asks for one more frame. On a big graph sigma leaves edges and labels out of frames
   * while the camera animates (hideEdgesOnMove), and draws the frame after it only if the camera's state changed: an
   * animation to where the camera already was (a new dataset framed whole) left the picture without edges or labels.
   */
  private animateCamera(target: { x: number; y: number; ratio: number; angle?: number }): void {
    const renderer = this.drawing.renderer();
    const now = renderer.getCamera().getState();
    // Already there: no animation, so the next frame is a whole one (on a big graph the edge-less one costs seconds).
    const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    if (
      same(now.x, target.x) &&
      same(now.y, target.y) &&
      same(now.ratio, target.ratio) &&
      same(now.angle, target.angle ?? now.angle)
    )
      return;
    void renderer
      .getCamera()
      .animate(target, { duration: this.settings.cameraDuration })
      .then(() => {
        if (renderer === this.drawing.renderer()) renderer.scheduleRender();
      });
  }

  get(): CameraView {
    const { x, y, ratio } = this.drawing.renderer().getCamera().getState();
    return { x, y, ratio };
  }
}
