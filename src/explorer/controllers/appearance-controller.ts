// Node sizes, colours and label density follow the store's appearance; the toolbar and the colour legend show the
// choice.
import { colorAssignment } from '../core/appearance/color-by';
import { labelGridFor } from '../core/appearance/label-density';
import type { BuiltInColorBy, ColorBy } from '../core/appearance/types';
import {
  attributeLabel,
  isAttributeChoice,
  literalAttributes,
  predicateOf,
  type LiteralAttribute,
} from '../core/appearance/attributes';
import type { KgGraph } from '../../kg/to-graph';
import type { AttributeOption } from '../ui/toolbar';
import type { Domain, Store } from '../core/store';
import type { ExplorerSettings } from '../settings';
import type { ColorLegend } from '../ui/color-legend';
import type { Toolbar } from '../ui/toolbar';
import { applyColors, applySizes, type RenderGraph } from '../view/rendering-graph';
import type { GraphView } from '../view/sigma-view';
import type { CurrentData } from './current-data';

export interface AppearanceTargets {
  toolbar: Pick<Toolbar, 'setAppearance' | 'setAttributes'>;
  view: Pick<GraphView, 'setLabelGrid'>;
  legend: Pick<ColorLegend, 'show'>;
}

const LEGEND_TITLES: Record<BuiltInColorBy, string> = {
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
    private readonly data: Pick<CurrentData, 'graph' | 'renderGraph' | 'sizedBy' | 'predicateLabels'>,
    private readonly targets: AppearanceTargets,
    private readonly settings: ExplorerSettings,
  ) {}

  /** The attributes of the graph last listed (listed again for new data), and the options last shown. */
  private listed: { graph: KgGraph; attributes: LiteralAttribute[] } | null = null;
  private shownOptions = '';

  /** The data's own attributes in the Appearance menu, with the current choices kept even if the data lacks them. */
  private listAttributes(): void {
    const { graph, predicateLabels } = this.data;
    const appearance = this.store.get().appearance;
    if (this.listed?.graph !== graph) this.listed = { graph, attributes: literalAttributes(graph) };
    const { attributes } = this.listed;
    const option = (choice: string, predicate: string): AttributeOption => [
      choice,
      attributeLabel(predicate, predicateLabels),
    ];
    const color = attributes.map((a) => option(a.choice, a.predicate));
    const size = attributes.filter((a) => a.numeric).map((a) => option(a.choice, a.predicate));
    // A choice from a link that this data lacks stays shown as such (the select would otherwise show nothing)
    for (const [list, chosen] of [
      [color, appearance.colorBy],
      [size, appearance.sizeBy],
    ] as const)
      if (isAttributeChoice(chosen) && !list.some(([value]) => value === chosen))
        list.push([chosen, `${attributeLabel(predicateOf(chosen), predicateLabels)} (no node has it)`]);
    const shown = JSON.stringify([color, size]);
    if (shown === this.shownOptions) return;
    this.shownOptions = shown;
    this.targets.toolbar.setAttributes(color, size);
  }

  private legendTitle(colorBy: ColorBy): string {
    return isAttributeChoice(colorBy)
      ? attributeLabel(predicateOf(colorBy), this.data.predicateLabels)
      : LEGEND_TITLES[colorBy];
  }

  /** Recomputes only what changed: PageRank on a big graph is not free, nor is a colouring by SDG. */
  sync(): void {
    const appearance = this.store.get().appearance;
    const { data } = this;
    this.listAttributes();
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
      this.legendTitle(appearance.colorBy),
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
