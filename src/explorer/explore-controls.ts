// Explore mode's controls: the node menu (right-click), double-click to expand or collapse, and the bar over the graph.
import type { KgGraph } from '../kg/to-graph';
import {
  collapseNode,
  expandNode,
  expandNodes,
  exploreFrom,
  exploredNodes,
  hiddenNeighbours,
} from './core/filters/explore';
import { selectNode } from './core/selection/producers';
import type { Producer, Store } from './core/store';
import type { FiltersState } from './core/filters/types';
import type { GraphControls } from './graph-controls';
import { createExploreBar, type ExploreBar } from './ui/explore-bar';
import { createNodeMenu, type NodeMenu, type NodeMenuItem } from './ui/node-menu';

export interface ExploreParts {
  store: Store;
  controls: GraphControls;
  model(): KgGraph;
  /** The nodes drawn now (filters and explore mode applied). */
  visible(): ReadonlySet<string>;
  /** Moves the camera onto the nodes drawn now. */
  frameVisible(): void;
}

export class ExploreControls {
  readonly menu: NodeMenu = createNodeMenu();
  readonly bar: ExploreBar;

  constructor(private readonly parts: ExploreParts) {
    this.bar = createExploreBar({ expandAll: () => this.expandAll(), exit: () => this.change(exploreFrom(null)) });
  }

  /** Explore mode from `key`: it alone is shown (selected, so Details says what it is). */
  startFrom(key: string): void {
    this.parts.store.update('selection', selectNode(key));
    this.change(exploreFrom(key));
  }

  /** Expands a node shown in explore mode, or collapses it if it is expanded; false outside explore mode. */
  toggle(key: string): boolean {
    const explore = this.parts.store.get().filters.explore;
    if (explore === null || !this.parts.visible().has(key)) return false;
    this.change(explore.expanded.includes(key) ? collapseNode(key, this.parts.model()) : expandNode(key));
    return true;
  }

  /** The node menu's items for `key`. */
  itemsFor(key: string): NodeMenuItem[] {
    const explore = this.parts.store.get().filters.explore;
    const items: NodeMenuItem[] = [];
    if (explore !== null && this.parts.visible().has(key)) {
      if (explore.expanded.includes(key))
        items.push({ label: 'Collapse (hide what expanding it added)', run: () => this.toggle(key) });
      const more = hiddenNeighbours(this.parts.model(), explore, key);
      if (more > 0)
        items.push({
          label: `Expand: show ${more} more neighbour${more === 1 ? '' : 's'}`,
          run: () => this.change(expandNode(key)),
        });
    }
    if (explore?.seed !== key)
      items.push({
        label: 'Explore from here',
        title: 'Show this entity alone on the graph, then expand its neighbours step by step',
        run: () => this.startFrom(key),
      });
    if (explore !== null) items.push({ label: 'Show whole graph', run: () => this.change(exploreFrom(null)) });
    if (this.parts.controls.isPinned(key))
      items.push({ label: 'Unpin (let the layout move it)', run: () => this.parts.controls.unpin([key]) });
    return items;
  }

  openMenu(key: string, at: { x: number; y: number }): void {
    const model = this.parts.model();
    if (!model.hasNode(key)) return;
    this.menu.open(model.getNodeAttribute(key, 'label'), at, this.itemsFor(key));
  }

  /** Follows the store after the controllers that compute visibility (subscribed before this). */
  subscribe(): void {
    this.parts.store.subscribe((domain) => {
      if (domain === 'filters' || domain === 'selection') this.update();
    });
  }

  /** The bar follows the filters (explore mode on or off, nodes shown). */
  update(): void {
    const explore = this.parts.store.get().filters.explore;
    const model = this.parts.model();
    if (explore === null || !model.hasNode(explore.seed)) return this.bar.show(null);
    const shown = this.parts.visible();
    const expandable = [...shown].filter(
      (k) => !explore.expanded.includes(k) && model.neighbors(k).some((n) => !shown.has(n)),
    ).length;
    this.bar.show({
      seed: model.getNodeAttribute(explore.seed, 'label'),
      shown: shown.size,
      total: model.order,
      expandable,
    });
  }

  private expandAll(): void {
    const explore = this.parts.store.get().filters.explore;
    if (explore === null) return;
    const shown = exploredNodes(this.parts.model(), explore);
    const more = [...shown].filter((k) => !explore.expanded.includes(k)).sort();
    this.change(expandNodes(more));
  }

  private change(producer: Producer<FiltersState>): void {
    this.menu.close();
    this.parts.store.update('filters', producer);
    this.parts.frameVisible();
  }
}
