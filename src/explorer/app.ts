// The explorer application: owns the data, the store, the view and the UI parts, and implements ExplorerContext.
import type { Quad } from '@rdfjs/types';
import { datasetToGraph, type KgGraph } from '../kg/to-graph';
import type { ChangeKind, ExplorerContext, Highlight } from './context';
import { setSizeBy } from './core/appearance/producers';
import { setCamera } from './core/camera/producers';
import { describeNode } from './core/data/details-model';
import { QuadSet } from './core/data/quad-set';
import type { ProvenanceIndex } from './core/data/provenance';
import { replaceFilters, setFocusHops, setKindVisible, setPeriod, setPredicateVisible, setSdgGoal, setStatus } from './core/filters/producers';
import { sdgGoals } from './core/filters/sdg';
import { NO_FILTERS } from './core/filters/types';
import { NO_PANELS } from './core/panels/types';
import { computeVisibility, countByKind, countByPredicate, type Visibility, statusValues } from './core/filters/visibility';
import { buildSearchIndex } from './core/search/search-index';
import { pruneSelection, selectNode, setHighlight } from './core/selection/producers';
import { EMPTY_SELECTION } from './core/selection/types';
import { createStore, type Domain, type Store } from './core/store';
import { urlParam } from './core/url/url-param';
import type { ExplorerSettings, SizeBy } from './settings';
import { RemoteSession } from './remote/session';
import { buildShell, whenTabShown, type Shell } from './shell';
import { renderDetails } from './ui/details-panel';
import { h } from './ui/dom';
import { createFiltersPanel, type FiltersPanel } from './ui/filters-panel';
import { createListView } from './ui/list-view';
import { installPageDrop } from './ui/page-drop';
import { createSearchBox, type SearchBox } from './ui/search-box';
import { createSourceViewer, type SourceViewer } from './ui/source-viewer';
import { createTabs, type Tabs } from './ui/tabs';
import { createToolbar, type Toolbar } from './ui/toolbar';
import { startUrlSync, type UrlSync } from './url-sync';
import { whenLayoutSettled } from './remote/layout-settled';
import { computeEmphasis } from './view/emphasis';
import { predicateLabel } from './core/appearance/labels';
import { FirstLayoutRunner } from './view/first-layout-runner';
import { positionsOf } from './view/initial-layout';
import { LayoutController } from './view/layout-controller';
import { applySizes, buildRenderGraph, type RenderGraph } from './view/rendering-graph';
import { GraphView } from './view/sigma-view';
import { snapshotView } from './view/view-snapshot';
import { loadData, loadLargeData, reportPhase, SLICED_LOAD_ABOVE_QUADS, type LoadedData, type LoadProgress } from './view/large-load';
import { ChangeQueue, nextTask } from './view/slices';
import type { PanelDefinition } from './panels/registry';
import type { Timings } from './timings';

/** The app's parts that a test or bench build's hook reads (see test-hook.ts). */
export interface AppParts {
  context: ExplorerContext;
  timings: Timings;
  layout: { start(): void; stop(): void; running(): boolean };
  drawing(): { view: GraphView; graph: RenderGraph; container: HTMLElement };
}

export class ExplorerApp {
  private readonly store: Store;
  private readonly timings: Timings = { firstFrame: null, searchReady: null, layoutSettled: null };
  readonly context: ExplorerContext;
  private quads: Quad[] = [];
  private readonly quadSet = new QuadSet();
  /** The measure the rendering graph's sizes were computed with. */
  private sizedBy: SizeBy | null = null;
  private graph: KgGraph;
  private renderGraph: RenderGraph;
  private provenance: ProvenanceIndex = { passages: new Map(), curation: new Map(), documents: new Map() };
  private texts = new Map<string, string>();
  private predicateLabels = new Map<string, string>();
  private visibility: Visibility = { nodes: new Set(), edges: new Set() };
  private hovered: string | null = null;
  private readonly listeners = new Set<(kind: ChangeKind) => void>();
  private readonly layout = new LayoutController(() => this.firstLayout.run(this.renderGraph, 'overlaps'));
  private readonly firstLayout: FirstLayoutRunner;
  private readonly shell: Shell;
  private readonly search: SearchBox;
  private readonly toolbar: Toolbar;
  private readonly filters: FiltersPanel;
  private readonly tabs: Tabs;
  private readonly details: HTMLElement;
  private readonly refreshList: () => void; // the list's rows, rebuilt only while its tab shows (shell.ts)
  private readonly source: SourceViewer;
  private readonly view: GraphView;
  /** Set when data is handed to the view; the next frame drawn is the first with the data. */
  private awaitingDataFrame = false;
  private url: UrlSync | null = null;
  private cameraFromStore = false;
  private lastSelected: string | null = null;
  /** Data changes, one at a time (a large one takes a while). */
  private readonly changes = new ChangeQueue();
  /** Remote mode's connection (none until an endpoint is chosen); its framing moves this app's camera. */
  private readonly remote = new RemoteSession({
    fitAll: () => this.view.setCamera(null),
    frameNodes: (keys) => this.view.frameNodes(keys),
  });

  /** `instrument` is given only by a test or bench build (main.ts): the parts its hook reads. */
  constructor(
    root: HTMLElement,
    private readonly settings: ExplorerSettings,
    panels: PanelDefinition[],
    instrument?: (parts: AppParts) => void,
  ) {
    this.store = createStore({ selection: EMPTY_SELECTION, filters: NO_FILTERS, appearance: { sizeBy: settings.sizeBy }, camera: null, panels: NO_PANELS });
    this.firstLayout = new FirstLayoutRunner(settings, () => (this.timings.layoutSettled = performance.now()));
    this.graph = datasetToGraph([]);
    this.renderGraph = buildRenderGraph(this.graph, new Map(), settings.sizeBy, settings);
    this.context = this.createContext();
    this.search = createSearchBox(settings.searchLimit, this.remote, {
      choose: (key) => this.select(key, { focus: true, showDetails: true }),
      showAll: (keys, text) => this.context.setHighlight({ nodes: keys, edges: [], caption: `${keys.length} matches for “${text}”` }),
    });
    this.toolbar = createToolbar({
      toggleLayout: () => (this.layout.isRunning() ? this.layout.stop() : this.startLayout()),
      setSizeBy: (sizeBy) => this.store.update('appearance', setSizeBy(sizeBy)),
      fit: () => this.view.setCamera(null),
    });
    this.filters = createFiltersPanel({
      setKind: (kind, visible) => this.store.update('filters', setKindVisible(kind, visible)),
      setPredicate: (p, visible) => this.store.update('filters', setPredicateVisible(p, visible)),
      setSdgGoal: (goal) => this.store.update('filters', setSdgGoal(goal)),
      setFocusHops: (hops) => this.store.update('filters', setFocusHops(hops)),
      setStatus: (status) => this.store.update('filters', setStatus(status)),
      reset: () => this.store.update('filters', replaceFilters(NO_FILTERS)),
    });
    this.tabs = createTabs('Panels');
    this.details = h('section', { class: 'details', attrs: { 'aria-label': 'Details' } });
    const list = createListView({
      select: (key) => this.select(key, { focus: true, showDetails: false }),
      highlightEdge: (r) => this.context.setHighlight({ nodes: [r.source, r.target], edges: [r.key], caption: `${r.sourceLabel} ${r.relation} ${r.targetLabel}` }),
    });
    this.source = createSourceViewer();
    this.tabs.add('details', 'Details', { content: this.details });
    this.tabs.add('list', 'List', { content: h('section', { class: 'panel-region', attrs: { 'aria-label': 'List' } }, [list.element]) });
    this.refreshList = whenTabShown(this.tabs, 'list', () => {
      const { node, highlight } = this.store.get().selection;
      list.update({ graph: this.graph, visibility: this.visibility, selected: node, highlighted: highlight?.edges ?? [], predicateLabels: this.predicateLabels });
    });
    for (const panel of panels) {
      this.tabs.add(panel.id, panel.title, { mount: (host) => panel.mount(host, this.context) });
    }
    installPageDrop(() => this.tabs.select('import'));
    this.shell = buildShell(root, { search: this.search, toolbar: this.toolbar, filters: this.filters, tabs: this.tabs, source: this.source });
    // The renderer is created before the data arrives, so its (slow, software-WebGL) setup overlaps the fetch.
    this.view = new GraphView(this.shell.graphContainer, this.renderGraph, this.settings, {
      clickNode: (key) => this.select(key, { focus: false, showDetails: true }),
      clickStage: () => this.select(null, { focus: false, showDetails: false }),
      clickEdge: (key) => this.chooseStatement(key),
      hover: (key) => {
        this.hovered = key;
        this.applyEmphasis();
      },
      cameraMoved: (view) => {
        if (!this.cameraFromStore) this.store.update('camera', setCamera(view));
      },
      rendered: () => {
        if (!this.awaitingDataFrame) return;
        this.awaitingDataFrame = false;
        if (this.timings.firstFrame === null) this.timings.firstFrame = performance.now();
        for (const w of this.firstFrameWaiters.splice(0)) w();
      },
    });
    this.layout.onChange((running) => this.toolbar.setLayoutRunning(running));
    this.store.subscribe((domain) => this.onStoreChange(domain));
    this.renderDetails();
    instrument?.(this.parts());
  }

  /** Loads the first dataset, draws it, then restores the state in the URL. */
  start(quads: Quad[], texts: Map<string, string>): Promise<void> {
    this.texts = texts;
    this.awaitingDataFrame = true;
    this.setData(this.quadSet.replace(quads));
    this.url = startUrlSync(this.store, this.settings, () => this.syncViewFromStore(), this.tabs);
    this.url.applyFromUrl();
    // setData built the search index already: one build per data change.
    this.timings.searchReady = performance.now();
    this.shell.status.hidden = true;
    this.frameRestoredSelection();
    return new Promise((resolve) => {
      if (this.timings.firstFrame !== null) resolve();
      else this.firstFrameWaiters.push(resolve);
    });
  }

  private firstFrameWaiters: (() => void)[] = [];
  showError(message: string): void {
    this.shell.status.hidden = false;
    this.shell.status.textContent = message;
    this.shell.status.setAttribute('role', 'alert');
  }

  /** A message over the graph that stays until the next selection (a link that could not be followed). */
  private showNotice(message: string): void {
    this.shell.status.hidden = false;
    this.shell.status.textContent = message;
    this.shell.status.dataset.notice = 'true';
    const unsubscribe = this.store.subscribe((domain) => {
      if (domain !== 'selection' || this.store.get().selection.node === null) return;
      this.shell.status.hidden = true;
      unsubscribe();
    });
  }

  focusSearch(): void {
    this.search.focus();
  }

  /** Esc undoes the newest emphasis first: the highlight (query results, paths), then the selection, then the source viewer. */
  escape(): void {
    const { selection } = this.store.get();
    if (selection.highlight !== null) this.context.setHighlight(null);
    else if (selection.node !== null) this.select(null, { focus: false, showDetails: false });
    else this.source.close();
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
      layout: { start: () => this.startLayout(), stop: () => this.layout.stop(), running: () => this.layout.isRunning() },
      drawing: () => ({ view: this.view, graph: this.renderGraph, container: this.shell.graphContainer }),
    };
  }

  // ---- data ----

  private setData(quads: Quad[]): void {
    this.layout.kill();
    this.firstLayout.cancel();
    this.adopt(loadData(quads, this.graph.order > 0 ? positionsOf(this.renderGraph) : new Map(), this.store.get().appearance.sizeBy, this.settings));
    performance.mark('osce-kg:laid-out');
    this.view.setGraph(this.renderGraph);
    performance.mark('osce-kg:view');
    for (const step of this.dataChangeSteps()) step();
  }

  /** A large dataset: the same change in slices (view/large-load.ts); drawing resumes once the app has caught up. */
  private async setDataSliced(quads: Quad[], mode: 'replace' | 'merge', onProgress?: LoadProgress): Promise<void> {
    this.layout.kill();
    this.firstLayout.cancel();
    const previous = this.graph.order > 0 ? positionsOf(this.renderGraph) : new Map();
    this.adopt(await loadLargeData({ quads, mode, quadSet: this.quadSet, previous, view: this.view, settings: this.settings, onProgress }));
    // Selection, filters, search index and view catch up a task each; the bar moves between them (the search index of
    // 50,000 nodes alone takes a few hundred ms).
    const steps = this.dataChangeSteps();
    for (const [i, step] of steps.entries()) {
      reportPhase(onProgress, 'index', i / steps.length);
      await nextTask().then(step);
    }
    this.view.endBulkLoad();
  }

  private adopt(loaded: LoadedData): void {
    ({ quads: this.quads, provenance: this.provenance, renderGraph: this.renderGraph, sizedBy: this.sizedBy } = loaded);
    ({ graph: this.graph, predicateLabels: this.predicateLabels } = loaded.entities);
    // A new picture gets the deterministic first layout; after a merge only the newcomers' overlaps are removed.
    this.layout.attach(this.renderGraph, this.view);
    this.firstLayout.run(this.renderGraph, loaded.kept === 0 ? 'full' : 'overlaps');
  }

  /** What follows every data change, step by step: selection, filters, search and the view catch up with the graph. */
  private dataChangeSteps(): (() => void)[] {
    return [
      () => this.store.update('selection', pruneSelection((k) => this.graph.hasNode(k))),
      () => this.filters.setData({ kindCounts: countByKind(this.graph), predicateCounts: countByPredicate(this.graph), goals: sdgGoals(this.graph), statuses: statusValues(this.graph), maxFocusHops: this.settings.maxFocusHops, predicateLabels: this.predicateLabels }),
      () => this.search.setIndex(buildSearchIndex(this.graph)),
      () => this.syncViewFromStore(),
    ];
  }

  /** Pushes the whole store into the view and the panels (after a data change or a URL restore). */
  private syncViewFromStore(): void {
    this.applyVisibility();
    this.applyEmphasis();
    const { selection, camera } = this.store.get();
    this.view.setSelected(selection.node);
    this.filters.setState(this.store.get().filters, selection.node !== null);
    this.resize(this.store.get().appearance.sizeBy);
    this.toolbar.setSizeBy(this.store.get().appearance.sizeBy);
    this.applyCamera(camera);
    this.renderDetails();
  }

  /** Sizes the nodes by degree or PageRank, unless they already are (PageRank on a big graph is not free). */
  private resize(sizeBy: SizeBy): void {
    if (this.sizedBy === sizeBy) return;
    applySizes(this.renderGraph, this.graph, sizeBy, this.settings);
    this.sizedBy = sizeBy;
  }

  private applyCamera(camera: ReturnType<Store['get']>['camera']): void {
    if (camera === null) return;
    const now = this.view.getCamera();
    if (Math.abs(now.x - camera.x) < 1e-4 && Math.abs(now.y - camera.y) < 1e-4 && Math.abs(now.ratio - camera.ratio) < 1e-4) return;
    this.cameraFromStore = true;
    this.view.setCamera(camera);
    this.cameraFromStore = false;
  }

  private onStoreChange(domain: Domain): void {
    const state = this.store.get();
    if (domain === 'selection') {
      const nodeChanged = state.selection.node !== this.lastSelected;
      this.lastSelected = state.selection.node;
      this.view.setSelected(state.selection.node);
      this.applyEmphasis();
      if (state.filters.focusHops > 0) this.applyVisibility();
      else this.refreshList();
      this.filters.setState(state.filters, state.selection.node !== null);
      if (nodeChanged) {
        this.renderDetails();
        this.emit('selection');
      }
    } else if (domain === 'filters') {
      this.applyVisibility();
      this.frameNarrowedFilters(state.filters);
      this.filters.setState(state.filters, state.selection.node !== null);
      this.emit('filters');
    } else if (domain === 'appearance') {
      this.resize(state.appearance.sizeBy);
      this.toolbar.setSizeBy(state.appearance.sizeBy);
    }
  }

  /** A shared link with a selection but no camera: once the first layout has placed the nodes, they are framed. */
  private frameRestoredSelection(): void {
    const { selection, camera } = this.store.get();
    // An empty graph at start is remote mode: the selection is loaded from the endpoint (remote/start.ts).
    if (selection.node !== null && this.graph.order > 0 && !this.graph.hasNode(selection.node)) {
      this.showNotice(`The link selects ${selection.node}, which is not in this graph: nothing is selected.`);
      this.store.update('selection', selectNode(null));
      return;
    }
    if (camera !== null || selection.node === null) return;
    const key = selection.node;
    whenLayoutSettled(() => {
      if (this.store.get().selection.node === key) this.frameAround(key);
    });
  }

  /** The camera shows a node with its (visible) neighbours, labels inside the canvas. */
  private frameAround(key: string): void {
    this.frameVisible([key, ...this.graph.neighbors(key)]);
  }

  private frameVisible(keys: readonly string[]): void {
    this.view.frameNodes(keys.filter((k) => this.visibility.nodes.has(k)));
  }

  private framedFilters = { sdgGoal: null as string | null, focusHops: 0 };

  /** An SDG goal or a focus chosen: the camera shows what is left (all of the graph once they are off). */
  private frameNarrowedFilters(filters: { sdgGoal: string | null; focusHops: number }): void {
    const before = this.framedFilters;
    this.framedFilters = { sdgGoal: filters.sdgGoal, focusHops: filters.focusHops };
    if (this.url?.applying() || (before.sdgGoal === filters.sdgGoal && before.focusHops === filters.focusHops)) return;
    if (this.visibility.nodes.size === this.graph.order) this.view.setCamera(null);
    else this.view.frameNodes([...this.visibility.nodes]);
  }

  private applyVisibility(): void {
    const { filters, selection } = this.store.get();
    this.visibility = computeVisibility(this.graph, filters, selection.node);
    this.view.setVisibility(this.visibility);
    this.filters.setSummary(this.visibility.nodes.size, this.graph.order);
    this.refreshList();
  }

  private applyEmphasis(): void {
    const { selection } = this.store.get();
    this.view.setEmphasis(
      computeEmphasis(this.graph, { hovered: this.hovered, highlight: selection.highlight, selected: selection.node }),
      this.hovered !== null,
    );
    const caption = this.hovered === null ? selection.highlight?.caption : undefined;
    this.shell.caption.hidden = !caption;
    this.shell.caption.textContent = caption ?? '';
  }

  private renderDetails(): void {
    const key = this.store.get().selection.node;
    renderDetails(this.details, key === null ? null : describeNode(this.graph, key, this.provenance, this.predicateLabels), {
      select: (k) => this.select(k, { focus: true, showDetails: true }),
      showInSource: (p) => this.showInSource(p),
      canShowSource: (p) => this.passageText(p) !== undefined,
      remote: this.remote,
    });
  }

  /**
   * A user's choice of node (or none). The newest action wins: a node chosen replaces a highlight on the graph, and
   * with no node chosen, focus on the selection is off (the Focus control shows it).
   */
  private select(key: string | null, how: { focus: boolean; showDetails: boolean }): void {
    const k = key !== null && this.graph.hasNode(key) ? key : null;
    if (k !== null && this.store.get().selection.highlight !== null) this.context.setHighlight(null);
    if (k === null && this.store.get().filters.focusHops > 0) this.store.update('filters', setFocusHops(0));
    this.store.update('selection', selectNode(k));
    if (k !== null && how.focus) this.frameAround(k);
    if (k !== null && how.showDetails) this.tabs.select('details');
  }

  /** An edge chosen on the graph: its statement stands out with its two ends, and the Read tab scrolls to its sentence. */
  private chooseStatement(key: string): void {
    if (!this.graph.hasEdge(key)) return;
    const [source, target] = this.graph.extremities(key);
    const label = (node: string) => this.graph.getNodeAttribute(node, 'label');
    const caption = `${label(source)} — ${predicateLabel(this.graph.getEdgeAttribute(key, 'predicate'))} — ${label(target)}`;
    this.context.setHighlight({ nodes: [source, target], edges: [key], caption, statement: key });
  }

  private passageText(passageIri: string): string | undefined {
    const doc = this.provenance.passages.get(passageIri)?.document;
    return doc ? this.sourceText(doc) : undefined;
  }

  private sourceText(documentIri: string): string | undefined {
    const file = this.provenance.documents.get(documentIri)?.textFile;
    return file ? this.texts.get(file) ?? this.texts.get(file.replace(/^\.?\//, '')) : undefined;
  }

  private showInSource(passageIri: string): void {
    const passage = this.provenance.passages.get(passageIri);
    if (!passage) return;
    const doc = passage.document ? this.provenance.documents.get(passage.document) : undefined;
    const text = this.passageText(passageIri);
    this.source.show(doc?.label ?? 'Source document', text ?? passage.quote, passage.quote);
  }

  private emit(kind: ChangeKind): void {
    for (const l of [...this.listeners]) {
      try {
        l(kind);
      } catch (err) {
        console.error('explorer change listener failed', err);
      }
    }
  }

  private createContext(): ExplorerContext {
    return {
      remote: this.remote,
      getQuads: () => this.quads,
      getGraph: () => this.graph,
      setQuads: (quads, mode, options = {}) => {
        const large = (): boolean => quads.length + (mode === 'merge' ? this.quads.length : 0) > SLICED_LOAD_ABOVE_QUADS;
        return this.changes.run(async () => {
          if (mode === 'replace') this.store.update('selection', setHighlight(null));
          if (large()) await this.setDataSliced(quads, mode, options.onProgress);
          else this.setData(mode === 'merge' ? this.quadSet.merge(quads) : this.quadSet.replace(quads));
          // A new dataset is framed whole; a merge keeps the user's view.
          if (mode === 'replace') this.view.setCamera(null);
          this.emit('data');
        }, !large());
      },
      selectNode: (key) => this.select(key, { focus: true, showDetails: false }),
      getSelectedNode: () => this.store.get().selection.node,
      setHighlight: (highlight: Highlight | null) => {
        this.store.update('selection', setHighlight(highlight));
        // A panel restoring its results from a shared link does so while the first layout still moves the nodes.
        const frame = (): void => {
          if (highlight && this.store.get().selection.highlight === highlight) this.frameVisible([...highlight.nodes, ...highlight.edges.flatMap((e) => (this.graph.hasEdge(e) ? this.graph.extremities(e) : []))]);
        };
        if (document.documentElement.dataset.layout === 'running') whenLayoutSettled(frame);
        else frame();
        this.emit('highlight');
      },
      getHighlight: () => this.store.get().selection.highlight,
      getPeriod: () => this.store.get().filters.period,
      setPeriod: (period) => this.store.update('filters', setPeriod(period)),
      visibleNodes: () => [...this.visibility.nodes],
      visibleEdges: () => [...this.visibility.edges],
      getCanvasContainer: () => this.shell.graphContainer,
      getViewSnapshot: () => snapshotView(this.view.renderer),
      sourceText: (iri) => this.sourceText(iri),
      urlParam: (name) => urlParam(this.store, name),
      showInSource: (iri) => this.showInSource(iri),
      onChange: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    };
  }
}


