// The graph's own controls: the toolbar's appearance choices and the colour legend, ForceAtlas2's parameters, node
// pins.
import { setColorBy, setLabelDensity, setSizeBy } from './core/appearance/producers';
import type { Store } from './core/store';
import { createColorLegend, type ColorLegend } from './ui/color-legend';
import type { Toolbar, ToolbarActions } from './ui/toolbar';
import type { FirstLayoutRunner } from './view/first-layout-runner';
import type { LayoutController } from './view/layout-controller';
import { pinnedNodes, unpinNodes } from './view/node-drag';
import type { RenderGraph } from './view/rendering-graph';

export interface GraphControlsParts {
  store: Store;
  layout: LayoutController;
  firstLayout: FirstLayoutRunner;
  drawn(): RenderGraph;
  /** A pin was made or let go here (a drag, Unpin): the URL's pins follow (controllers/pins-link.ts). */
  pinsChanged(): void;
}

export class GraphControls {
  private toolbar: Toolbar | null = null;
  readonly legend: ColorLegend = createColorLegend();

  constructor(private readonly parts: GraphControlsParts) {
    parts.layout.onChange(() => this.showLayoutState());
  }

  /** The toolbar's actions: appearance choices go to the store, layout ones to the layout controller. */
  toolbarActions(own: Pick<ToolbarActions, 'toggleLayout' | 'fit'>): ToolbarActions {
    const { store, layout } = this.parts;
    return {
      ...own,
      setSizeBy: (sizeBy) => store.update('appearance', setSizeBy(sizeBy)),
      setColorBy: (colorBy) => store.update('appearance', setColorBy(colorBy)),
      setLabelDensity: (labels) => store.update('appearance', setLabelDensity(labels)),
      setLayoutParams: (params) => {
        layout.setParams(params);
        this.showLayoutState();
      },
      unpinAll: () => this.unpin(pinnedNodes(this.parts.drawn())),
      layoutMenuOpened: () => this.showLayoutState(),
    };
  }

  attachToolbar(toolbar: Toolbar): void {
    this.toolbar = toolbar;
    this.showLayoutState();
  }

  /** The view's drag events: the layouts let go of the node while it moves, and go on once it is pinned. */
  dragEvents() {
    return {
      dragStart: () => {
        this.parts.firstLayout.cancel();
        this.parts.layout.pauseForDrag();
      },
      dragEnd: (_key: string, pinned: boolean) => {
        this.parts.layout.resumeAfterDrag();
        this.showLayoutState();
        if (pinned) this.parts.pinsChanged();
      },
    };
  }

  isPinned(key: string): boolean {
    const graph = this.parts.drawn();
    return graph.hasNode(key) && graph.getNodeAttribute(key, 'fixed') === true;
  }

  unpin(keys: readonly string[]): void {
    if (unpinNodes(this.parts.drawn(), keys) === 0) return;
    this.parts.layout.pinsChanged();
    this.showLayoutState();
    this.parts.pinsChanged();
  }

  /** The pins were replaced from the URL (a shared link, Back, Forward): the layout and the Layout menu follow. */
  pinsReplaced(): void {
    this.parts.layout.pinsChanged();
    this.showLayoutState();
  }

  private showLayoutState(): void {
    this.toolbar?.setLayoutState(this.parts.layout.effectiveParams(), pinnedNodes(this.parts.drawn()).length);
  }
}
