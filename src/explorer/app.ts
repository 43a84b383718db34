// The explorer's composition root: builds the store, the data, the DOM parts, the view and the controllers, and wires
// them.
import type { Quad } from '@rdfjs/types';
import { buildUi, type UiParts } from './app-ui';
import type { ExplorerContext } from './context';
import { defaultAppearance } from './core/appearance/types';
import { NO_FILTERS } from './core/filters/types';
import { NO_PANELS } from './core/panels/types';
import { buildSearchIndex } from './core/search/search-index';
import { EMPTY_SELECTION } from './core/selection/types';
import { createStore, type Store } from './core/store';
import { ChangeListeners } from './controllers/change-listeners';
import { CurrentData } from './controllers/current-data';
import { DataLoader } from './controllers/data-loader';
import { createExplorerContext } from './controllers/explorer-context';
import { filterActions } from './controllers/filters-controller';
import { FirstFrame } from './controllers/first-frame';
import { checkRestoredSelection } from './controllers/restored-selection';
import { SelectionActions } from './controllers/selection-actions';
import { createSourceOpener, type SourceOpener } from './controllers/source-opener';
import { StatusLine } from './controllers/status-line';
import { StoreControllers } from './controllers/store-controllers';
import { startUrlSync, type UrlSync } from './controllers/url-sync';
import type { PanelDefinition } from './panels/registry';
import { whenLayoutSettled } from './remote/layout-settled';
import { RemoteSession } from './remote/session';
import type { ExplorerSettings } from './settings';
import { ExploreControls } from './explore-controls';
import { GraphControls } from './graph-controls';
import type { Timings } from './timings';
import { FirstLayoutRunner } from './view/first-layout-runner';
import { LayoutController } from './view/layout-controller';
import type { RenderGraph } from './view/rendering-graph';
import { GraphView } from './view/sigma-view';
import { snapshotView } from './view/view-snapshot';
import { PinsLink } from './controllers/pins-link';
import { urlParam } from './core/url/url-param';

/** The app's parts that a test or bench build's hook reads (see test-hook.ts). */
export interface AppParts {
  context: ExplorerContext;
  timings: Timings;
  layout: { start(): void; stop(): void; running(): boolean };
  drawing(): { view: GraphView; graph: RenderGraph; container: HTMLElement };
}

export class ExplorerApp {
  readonly context: ExplorerContext;
  private readonly store: Store;
  private readonly timings: Timings = { firstFrame: null, searchReady: null, layoutSettled: null };
  private readonly data: CurrentData;
  private readonly listeners = new ChangeListeners();
  private readonly firstLayout: FirstLayoutRunner;
  private readonly layout = new LayoutController(() => this.firstLayout.run(this.data.renderGraph, 'overlaps'));
  private readonly firstFrame = new FirstFrame(this.timings);
  /** Remote mode's connection (none until an endpoint is chosen); its framing moves this app's camera. */
  private readonly remote = new RemoteSession({
    fitAll: () => this.view.setCamera(null),
    frameNodes: (keys) => this.view.frameNodes(keys),
  });
  private readonly ui: UiParts;
  private readonly view: GraphView;
  private readonly status: StatusLine;
  private readonly selection: SelectionActions;
  private readonly controllers: StoreControllers;
  private readonly loader: DataLoader;
  private readonly source: SourceOpener;
  private readonly graphControls: GraphControls;
  private readonly pinsLink: PinsLink;
  private readonly explore: ExploreControls;
  private url: UrlSync | null = null;

  /** `instrument` is given only by a test or bench build (main.ts): the parts its hook reads. */
  constructor(
    root: HTMLElement,
    private readonly settings: ExplorerSettings,
    panels: PanelDefinition[],
    instrument?: (parts: AppParts) => void,
  ) {
    this.store = createStore({
      selection: EMPTY_SELECTION,
      filters: NO_FILTERS,
      appearance: defaultAppearance(settings.sizeBy),
      camera: null,
      panels: NO_PANELS,
    });
    this.data = new CurrentData(settings);
    this.firstLayout = new FirstLayoutRunner(settings, () => (this.timings.layoutSettled = performance.now()));
    this.graphControls = new GraphControls({
      store: this.store,
      layout: this.layout,
      firstLayout: this.firstLayout,
      drawn: () => this.data.renderGraph,
      pinsChanged: () => this.pinsLink.write(),
    });
    this.pinsLink = new PinsLink(urlParam(this.store, 'pins'), {
      drawn: () => this.data.renderGraph,
      pinsChanged: () => this.graphControls.pinsReplaced(),
    });
    this.listeners.add((kind) => {
      if (kind === 'data') this.pinsLink.dataChanged();
    });
    this.ui = this.buildUi(root, panels);
    this.source = createSourceOpener(
      this.data,
      () => this.ui.tabs.select('reader'),
      () => this.listeners.emit('source'),
    );
    this.graphControls.attachToolbar(this.ui.toolbar);
    this.status = new StatusLine(this.ui.shell.status, this.store);
    // The renderer is created before the data arrives, so its (slow, software-WebGL) setup overlaps the fetch.
    this.view = new GraphView(this.ui.shell.graphContainer, this.data.renderGraph, settings, {
      clickNode: (key) => this.selection.select(key, { focus: false, showDetails: true }),
      clickStage: () => this.selection.select(null, { focus: false, showDetails: false }),
      clickEdge: (key) => this.selection.chooseStatement(key),
      hover: (key) => this.controllers.emphasis.hover(key),
      cameraMoved: (view) => this.controllers.camera.cameraMoved(view),
      rendered: () => this.firstFrame.rendered(),
      ...this.graphControls.dragEvents(),
      nodeMenu: (key, at) => this.explore.openMenu(key, at),
      doubleClickNode: (key) => this.explore.toggle(key),
    });
    this.controllers = this.buildControllers();
    this.explore = new ExploreControls({
      store: this.store,
      controls: this.graphControls,
      model: () => this.data.graph,
      visible: () => this.controllers.visibility.nodes(),
      frameVisible: () => this.frameVisible(),
    });
    this.ui.shell.graphContainer.parentElement?.append(
      this.graphControls.legend.element,
      this.explore.bar.element,
      this.explore.menu.element,
    );
    this.selection = new SelectionActions(this.store, {
      data: this.data,
      frameAround: (key) => this.controllers.camera.frameAround(key),
      frameVisible: (keys) => this.controllers.camera.frameVisible(keys),
      showDetailsTab: () => this.ui.tabs.select('details'),
      highlighted: () => this.listeners.emit('highlight'),
      afterLayout: (run) => (document.documentElement.dataset.layout === 'running' ? whenLayoutSettled(run) : run()),
    });
    this.loader = this.buildLoader();
    this.context = this.buildContext();
    this.layout.onChange((running) => this.ui.toolbar.setLayoutRunning(running));
    this.controllers.subscribe();
    this.explore.subscribe();
    this.controllers.details.render();
    instrument?.(this.parts());
  }

  /** Loads the first dataset, draws it, then restores the state in the URL; resolves once it is drawn. */
  start(quads: Quad[], texts: Map<string, string>): Promise<void> {
    this.data.texts = texts;
    this.firstFrame.expect();
    this.loader.loadFirst(quads);
    this.url = startUrlSync(this.store, this.settings, () => this.controllers.syncAll(), this.ui.tabs);
    this.url.applyFromUrl();
    // The data change built the search index already: one build per data change.
    this.timings.searchReady = performance.now();
    this.status.hide();
    checkRestoredSelection(this.store, {
      graph: this.data.graph,
      notice: (message) => this.status.showNotice(message),
      frameAround: (key) => this.controllers.camera.frameAround(key),
      whenLayoutSettled,
    });
    return this.firstFrame.drawn();
  }

  showError(message: string): void {
    this.status.showError(message);
  }

  focusSearch(): void {
    this.ui.search.focus();
  }

  /** The selected node's menu (explore, expand, collapse, unpin) beside it on the graph: the keyboard's right-click. */
  nodeMenu(): boolean {
    const key = this.store.get().selection.node;
    const at = key === null ? null : this.view.nodeViewportPosition(key);
    if (key === null || at === null) return false;
    this.explore.openMenu(key, at);
    return true;
  }

  /** Esc undoes the newest emphasis first: the highlight, then the selection. */
  escape(): void {
    this.selection.escape();
  }

  private buildUi(root: HTMLElement, panels: PanelDefinition[]): UiParts {
    return buildUi(root, {
      settings: this.settings,
      remote: this.remote,
      panels,
      context: () => this.context,
      choose: (key) => this.selection.select(key, { focus: true, showDetails: true }),
      highlight: (highlight) => this.selection.setHighlight(highlight),
      toolbar: this.graphControls.toolbarActions({
        toggleLayout: () => (this.layout.isRunning() ? this.layout.stop() : this.startLayout()),
        fit: () => this.view.setCamera(null),
      }),
      filters: filterActions(this.store),
      list: {
        state: () => {
          const { node, highlight } = this.store.get().selection;
          const { graph, predicateLabels } = this.data;
          return {
            graph,
            visibility: this.controllers.visibility.current(),
            selected: node,
            highlighted: highlight?.edges ?? [],
            predicateLabels,
          };
        },
        choose: (key) => this.selection.select(key, { focus: true, showDetails: false }),
        highlightEdge: (r) =>
          this.selection.setHighlight({
            nodes: [r.source, r.target],
            edges: [r.key],
            caption: `${r.sourceLabel} ${r.relation} ${r.targetLabel}`,
          }),
      },
    });
  }

  private buildControllers(): StoreControllers {
    return new StoreControllers({
      store: this.store,
      data: this.data,
      view: this.view,
      ui: this.ui,
      settings: this.settings,
      remote: this.remote,
      listeners: this.listeners,
      select: (key, how) => this.selection.select(key, how),
      showInSource: (passage) => this.source.open(passage),
      nodeActions: (key) => this.explore.itemsFor(key),
      legend: this.graphControls.legend,
      restoringUrl: () => this.url?.applying() ?? false,
    });
  }

  private buildLoader(): DataLoader {
    return new DataLoader({
      store: this.store,
      data: this.data,
      view: this.view,
      layout: this.layout,
      firstLayout: this.firstLayout,
      settings: this.settings,
      catchUp: [
        () => this.controllers.filters.dataChanged(this.data, this.settings),
        () => this.ui.search.setIndex(buildSearchIndex(this.data.graph)),
        () => this.controllers.syncAll(),
      ],
      changed: () => this.listeners.emit('data'),
    });
  }

  private buildContext(): ExplorerContext {
    return createExplorerContext({
      store: this.store,
      data: this.data,
      loader: this.loader,
      selection: this.selection,
      listeners: this.listeners,
      remote: this.remote,
      visibility: () => this.controllers.visibility.current(),
      canvasContainer: () => this.ui.shell.graphContainer,
      viewSnapshot: () => ({ ...snapshotView(this.view.renderer), colorLegend: this.graphControls.legend.current() }),
      shownPassage: () => this.source.shown(),
      showInSource: (passage) => this.source.open(passage),
      drop: this.ui.drop,
    });
  }

  /** Explore mode changed what is shown: the camera frames it (the whole graph when everything is back). */
  private frameVisible(): void {
    const visible = this.controllers.visibility.nodes();
    if (visible.size === this.data.graph.order) this.view.setCamera(null);
    else this.view.frameNodes([...visible]);
  }

  /** Starts ForceAtlas2 in its worker; the user takes over, so the first layout stops where it is. */
  private startLayout(): void {
    this.firstLayout.cancel();
    this.layout.start();
  }

  /** What an instrumented build (test hook, benchmarks) reads and drives; never called in production. */
  private parts(): AppParts {
    return {
      context: this.context,
      timings: this.timings,
      layout: {
        start: () => this.startLayout(),
        stop: () => this.layout.stop(),
        running: () => this.layout.isRunning(),
      },
      drawing: () => ({ view: this.view, graph: this.data.renderGraph, container: this.ui.shell.graphContainer }),
    };
  }
}
