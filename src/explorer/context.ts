// The contract between the explorer shell and its panels: what a panel may read and ask for.
import type { Quad } from '@rdfjs/types';
import type { KgGraph } from '../kg/to-graph';
import type { Period } from './core/timeline/dated';
import type { UrlParam } from './core/url/url-param';
import type { RemoteSession } from './remote/session';
import type { ViewSnapshot } from './view/view-snapshot';

export type ChangeKind = 'data' | 'selection' | 'filters' | 'highlight' | 'source';

export interface Highlight {
  nodes: string[];
  edges: string[];
  /** Short text shown in the view while the highlight is on ("12 results", "3 paths"). */
  caption?: string;
  /** The edge key of a statement chosen on the graph (an edge clicked): the Read tab shows its sentence. */
  statement?: string;
}

export interface SetQuadsOptions {
  /**
   * Progress of a large change: overall fraction 0..1, and the phase (deduplicating, building the graph, drawing,
   * indexing for search and filters).
   */
  onProgress?(fraction: number, phase: 'merge' | 'build' | 'draw' | 'index'): void;
}

export interface ExplorerContext {
  /** The page's connection to a SPARQL endpoint (remote mode), shared by search, Details and the Query panel. */
  readonly remote: RemoteSession;
  /** Every quad of the current dataset, named graphs (provenance) included. */
  getQuads(): Quad[];
  /** The graphology graph drawn on the canvas, built from getQuads(). */
  getGraph(): KgGraph;
  /**
   * Replaces or merges the dataset; the graph, view and filters follow. Resolves once the app has the new graph
   * (drawing follows on the next frame). A small change is complete before this returns; a large one (over
   * 30,000 quads in all) is built in a worker and in slices, with `onProgress`, so the page stays responsive.
   * Changes run one at a time, in call order.
   */
  setQuads(quads: Quad[], mode: 'replace' | 'merge', options?: SetQuadsOptions): Promise<void>;
  /** Selects a node (opens its details) and moves the camera to it; null clears the selection. */
  selectNode(key: string | null): void;
  getSelectedNode(): string | null;
  /** Nodes and edges that stand out on the graph (query results, paths); null clears. */
  setHighlight(highlight: Highlight | null): void;
  getHighlight(): Highlight | null;
  /** The period filter (years whose dated entities show; null = all), part of the filters and the URL. */
  getPeriod(): Period | null;
  setPeriod(period: Period | null): void;
  /** Keys of the nodes that the filters leave visible. */
  visibleNodes(): string[];
  /** Keys of the edges that the filters leave visible (hidden predicates and hidden ends excluded). */
  visibleEdges(): string[];
  /** The canvas element container. */
  getCanvasContainer(): HTMLElement;
  /** What the graph view draws now (nodes, edges, labels in viewport pixels), for SVG and PNG export. */
  getViewSnapshot(): ViewSnapshot;
  /** Where the layout has put each node now (graph coordinates, not the model's seed), for GEXF export. */
  drawnPositions(): ReadonlyMap<string, { x: number; y: number }>;
  /** The verbatim text of a source document, by its IRI. */
  sourceText(documentIri: string): string | undefined;
  /** Opens the Read tab at a passage: its document, the passage marked and scrolled to ('source' change). */
  showInSource(passageIri: string): void;
  /** The passage "Show in source" asked for last (the Read tab shows it when it opens); null before any. */
  shownPassage(): string | null;
  /**
   * The one URL parameter a panel owns (`path`, `q`): part of a shared link, restored before the panel mounts (the
   * link's `tab=` opens the panel, which then reads it). Names of the explorer's own keys (`sel`, `tab`, …) throw.
   */
  urlParam(name: string): UrlParam;
  /**
   * Registers the one taker of files dropped anywhere on the page (the Import panel); files dropped before it
   * registered are handed over at once.
   */
  takeDroppedFiles(taker: (file: File, how: { dropped: true }) => void): void;
  /** Listens to changes; returns the function that stops listening. */
  onChange(listener: (kind: ChangeKind) => void): () => void;
}
