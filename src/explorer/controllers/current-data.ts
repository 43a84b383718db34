// The dataset the explorer shows now: quads, model graph, rendering graph, provenance and source texts, replaced whole
// by each load.
import type { Quad } from '@rdfjs/types';
import type { Position } from '../../kg/layout';
import { datasetToGraph, type KgGraph } from '../../kg/to-graph';
import type { ProvenanceIndex } from '../core/data/provenance';
import { QuadSet } from '../core/data/quad-set';
import type { ExplorerSettings, SizeBy } from '../settings';
import { positionsOf } from '../view/initial-layout';
import { pinnedNodes } from '../view/node-drag';
import type { LoadedData } from '../view/large-load';
import { buildRenderGraph, type RenderGraph } from '../view/rendering-graph';

export class CurrentData {
  quads: Quad[] = [];
  /** Deduplicates across merges; the loaders replace or merge through it. */
  readonly quadSet = new QuadSet();
  graph: KgGraph;
  renderGraph: RenderGraph;
  /** The measure the rendering graph's sizes were computed with (null: none yet). */
  sizedBy: SizeBy | null = null;
  provenance: ProvenanceIndex = { passages: new Map(), curation: new Map(), documents: new Map() };
  predicateLabels: ReadonlyMap<string, string> = new Map();
  /** Source documents' verbatim texts, by file name (the bundled graph's; set once at start). */
  texts: ReadonlyMap<string, string> = new Map();

  constructor(settings: ExplorerSettings) {
    this.graph = datasetToGraph([]);
    this.renderGraph = buildRenderGraph(this.graph, new Map(), settings.sizeBy, settings);
  }

  /** Takes a finished load's results as the current data. */
  adopt(loaded: LoadedData): void {
    // Nodes the user pinned (dragged into place) stay pinned in the new drawing.
    for (const key of pinnedNodes(this.renderGraph))
      if (loaded.renderGraph.hasNode(key)) loaded.renderGraph.setNodeAttribute(key, 'fixed', true);
    ({ quads: this.quads, provenance: this.provenance, renderGraph: this.renderGraph, sizedBy: this.sizedBy } = loaded);
    ({ graph: this.graph, predicateLabels: this.predicateLabels } = loaded.entities);
  }

  /** Where the drawn nodes are, so that a new load keeps them in place (none while the graph is empty). */
  previousPositions(): ReadonlyMap<string, Position> {
    return this.graph.order > 0 ? positionsOf(this.renderGraph) : new Map();
  }

  /** The verbatim text of a source document, by its IRI (its text file's name with or without a leading `./`). */
  sourceText(documentIri: string): string | undefined {
    const file = this.provenance.documents.get(documentIri)?.textFile;
    return file ? (this.texts.get(file) ?? this.texts.get(file.replace(/^\.?\//, ''))) : undefined;
  }

  /** The text of the document a passage quotes, if the explorer has it. */
  passageText(passageIri: string): string | undefined {
    const doc = this.provenance.passages.get(passageIri)?.document;
    return doc ? this.sourceText(doc) : undefined;
  }
}
