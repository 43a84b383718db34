// The labels hidden because they collided with a more important one (label-declutter.ts), and their release once the
// camera or the emphasis has settled.
import { collidingLabels } from './label-declutter';
import type { RenderGraph } from './rendering-graph';
import type { Renderer } from './sigma-renderer';

/** What the labels read of the view, afresh each time: the view swaps its renderer and graph. */
export interface LabelDrawing {
  renderer(): Renderer;
  graph(): RenderGraph;
  /** 2 for the selected node, 1 for an emphasised one, 0 for the rest: the lower label gives way. */
  rank(key: string): number;
}

/** After a pause this long (not on every frame of a camera move), hidden labels get their chance again (ms). */
const RELEASE_AFTER_MS = 150;

export class CollidedLabels {
  private readonly hidden = new Set<string>();
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly drawing: LabelDrawing) {}

  /** After a frame: hides the labels that now collide with a more important one. */
  hideColliding(): void {
    const [renderer, graph] = [this.drawing.renderer(), this.drawing.graph()];
    const more = collidingLabels(renderer, (key) => this.drawing.rank(key)).filter(
      (k) => !this.hidden.has(k) && graph.hasNode(k),
    );
    if (more.length === 0) return;
    for (const key of more) this.hidden.add(key);
    renderer.setNodesState(more, { labelHidden: true });
  }

  releaseSoon(): void {
    clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => {
      const keys = [...this.hidden].filter((k) => this.drawing.graph().hasNode(k));
      this.hidden.clear();
      if (keys.length) this.drawing.renderer().setNodesState(keys, { labelHidden: false });
    }, RELEASE_AFTER_MS);
  }

  /** A new graph: nothing of it is hidden yet. */
  clear(): void {
    this.hidden.clear();
  }
}
