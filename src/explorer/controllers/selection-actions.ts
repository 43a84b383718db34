// The user's choices of what stands out: a node selected, a highlight set, Esc undoing the newest; the newest action
// wins.
import type { Highlight } from '../context';
import { predicateLabel } from '../core/appearance/labels';
import { setFocusHops } from '../core/filters/producers';
import { selectNode, setHighlight } from '../core/selection/producers';
import type { Store } from '../core/store';
import type { CurrentData } from './current-data';

export interface SelectionDeps {
  data: Pick<CurrentData, 'graph'>;
  /** Camera framings (camera-controller.ts). */
  frameAround(key: string): void;
  frameVisible(keys: readonly string[]): void;
  showDetailsTab(): void;
  /** Tells the panels (ExplorerContext.onChange). */
  highlighted(): void;
  /** Runs `callback` now, or once the layout that is moving the nodes has settled. */
  afterLayout(callback: () => void): void;
}

/** How a selection is shown: framed with its neighbours, and/or with the Details tab brought forward. */
export interface SelectHow {
  focus: boolean;
  showDetails: boolean;
}

export class SelectionActions {
  constructor(
    private readonly store: Store,
    private readonly deps: SelectionDeps,
  ) {}

  /**
   * A user's choice of node (or none; a key not in the graph is none). A node chosen replaces a highlight on the
   * graph, and with no node chosen, focus on the selection is off (the Focus control shows it).
   */
  select(key: string | null, how: SelectHow): void {
    const k = key !== null && this.deps.data.graph.hasNode(key) ? key : null;
    if (k !== null && this.store.get().selection.highlight !== null) this.setHighlight(null);
    if (k === null && this.store.get().filters.focusHops > 0) this.store.update('filters', setFocusHops(0));
    this.store.update('selection', selectNode(k));
    if (k !== null && how.focus) this.deps.frameAround(k);
    if (k !== null && how.showDetails) this.deps.showDetailsTab();
  }

  /**
   * Nodes and edges that stand out (query results, paths), framed; null clears. A panel restoring its results from a
   * shared link does so while the first layout still moves the nodes: the framing waits for it, if still wanted.
   */
  setHighlight(highlight: Highlight | null): void {
    this.store.update('selection', setHighlight(highlight));
    if (highlight) {
      this.deps.afterLayout(() => {
        if (this.store.get().selection.highlight !== highlight) return;
        const { graph } = this.deps.data;
        const ends = highlight.edges.flatMap((e) => (graph.hasEdge(e) ? graph.extremities(e) : []));
        this.deps.frameVisible([...highlight.nodes, ...ends]);
      });
    }
    this.deps.highlighted();
  }

  /**
   * An edge chosen on the graph: its statement stands out with its two ends, and the Read tab scrolls to its sentence.
   */
  chooseStatement(key: string): void {
    const { graph } = this.deps.data;
    if (!graph.hasEdge(key)) return;
    const [source, target] = graph.extremities(key);
    const label = (node: string): string => graph.getNodeAttribute(node, 'label');
    const caption = `${label(source)} — ${predicateLabel(graph.getEdgeAttribute(key, 'predicate'))} — ${label(target)}`;
    this.setHighlight({ nodes: [source, target], edges: [key], caption, statement: key });
  }

  /** Esc undoes the newest emphasis first: the highlight (query results, paths), then the selection. */
  escape(): void {
    const { selection } = this.store.get();
    if (selection.highlight !== null) this.setHighlight(null);
    else if (selection.node !== null) this.select(null, { focus: false, showDetails: false });
  }
}
