// The contract between the explorer shell and its panels: what a panel may read and ask for.
import type { Quad } from '@rdfjs/types';
import type { KgGraph } from '../kg/to-graph';

export type ChangeKind = 'data' | 'selection' | 'filters' | 'highlight';

export interface Highlight {
  nodes: string[];
  edges: string[];
  /** Short text shown in the view while the highlight is on ("12 results", "3 paths"). */
  caption?: string;
}

export interface ExplorerContext {
  /** Every quad of the current dataset, named graphs (provenance) included. */
  getQuads(): Quad[];
  /** The graphology graph drawn on the canvas, built from getQuads(). */
  getGraph(): KgGraph;
  /** Replaces or merges the dataset; the graph, view and filters follow. */
  setQuads(quads: Quad[], mode: 'replace' | 'merge'): void;
  /** Selects a node (opens its details) and moves the camera to it; null clears the selection. */
  selectNode(key: string | null): void;
  getSelectedNode(): string | null;
  /** Nodes and edges that stand out on the graph (query results, paths); null clears. */
  setHighlight(highlight: Highlight | null): void;
  /** Keys of the nodes that the filters leave visible. */
  visibleNodes(): string[];
  /** The canvas element container, for PNG export. */
  getCanvasContainer(): HTMLElement;
  /** The verbatim text of a source document, by its IRI. */
  sourceText(documentIri: string): string | undefined;
  /** Opens the source viewer scrolled to a passage, highlighted. */
  showInSource(passageIri: string): void;
  /** Listens to changes; returns the function that stops listening. */
  onChange(listener: (kind: ChangeKind) => void): () => void;
}
