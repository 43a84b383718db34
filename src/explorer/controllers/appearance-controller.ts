// Node sizes, colours and label density follow the store's appearance; the toolbar and the colour legend show the
// choice.
import { colorAssignment } from '../core/appearance/color-by';
import { labelGridFor } from '../core/appearance/label-density';
import type { ColorBy } from '../core/appearance/types';
import type { Domain, Store } from '../core/store';
import type { ExplorerSettings } from '../settings';
import type { ColorLegend } from '../ui/color-legend';
import type { Toolbar } from '../ui/toolbar';
import { applyColors, applySizes, type RenderGraph } from '../view/rendering-graph';
import type { GraphView } from '../view/sigma-view';
import type { CurrentData } from './current-data';

export interface AppearanceTargets {
  toolbar: Pick<Toolbar, 'setAppearance'>;
  view: Pick<GraphView, 'setLabelGrid'>;
  legend: Pick<ColorLegend, 'show'>;
}

const LEGEND_TITLES: Record<ColorBy, string> = {
  kind: 'Class',
  status: 'Status',
  sdg: 'SDG goal',
  year: 'Year',
  degree: 'Links (degree)',
};

export class AppearanceController {
  /** The rendering graph last coloured, and by what (a new rendering graph comes coloured by class). */
  private colored: { graph: RenderGraph | null; by: ColorBy } = { graph: null, by: 'kind' };

  constructor(
    private readonly store: Store,
    private readonly data: Pick<CurrentData, 'graph' | 'renderGraph' | 'sizedBy'>,
    private readonly targets: AppearanceTargets,
    private readonly settings: ExplorerSettings,
  ) {}

  /** Recomputes only what changed: PageRank on a big graph is not free, nor is a colouring by SDG. */
  sync(): void {
    const appearance = this.store.get().appearance;
    const { data } = this;
    if (data.sizedBy !== appearance.sizeBy) {
      applySizes(data.renderGraph, data.graph, appearance.sizeBy, this.settings);
      data.sizedBy = appearance.sizeBy;
    }
    const fresh = this.colored.graph !== data.renderGraph;
    const recolor = fresh ? appearance.colorBy !== 'kind' : this.colored.by !== appearance.colorBy;
    const colors = recolor || appearance.colorBy !== 'kind' ? colorAssignment(data.graph, appearance.colorBy) : null;
    if (recolor && colors) applyColors(data.renderGraph, colors.colors);
    this.colored = { graph: data.renderGraph, by: appearance.colorBy };
    // Colours by class: the Filters list is the legend (its swatches), so no second one over the graph.
    this.targets.legend.show(
      LEGEND_TITLES[appearance.colorBy],
      colors && appearance.colorBy !== 'kind' ? colors.legend : null,
    );
    const { declutter, ...grid } = labelGridFor(appearance.labels, this.settings);
    this.targets.view.setLabelGrid(grid, declutter);
    this.targets.toolbar.setAppearance(appearance);
  }

  onStoreChange(domain: Domain): void {
    if (domain === 'appearance') this.sync();
  }
}
