// The toolbar over the graph: Start/Stop layout, the Appearance and Layout menus, fit the whole graph.
import type { AppearanceState, ColorBy, LabelDensity } from '../core/appearance/types';
import type { SizeBy } from '../settings';
import type { LayoutParams } from '../view/layout-params';
import { h } from './dom';
import './graph-controls.css';
import { labelledSelect, toolMenu } from './tool-menu';
import { createLayoutMenu, type LayoutMenuActions } from './layout-menu';

export interface ToolbarActions extends LayoutMenuActions {
  toggleLayout(): void;
  setSizeBy(sizeBy: SizeBy): void;
  setColorBy(colorBy: ColorBy): void;
  setLabelDensity(labels: LabelDensity): void;
  fit(): void;
}

/** An attribute of the data offered in a menu: the choice's value and its name. */
export type AttributeOption = readonly [value: string, label: string];

export interface Toolbar {
  element: HTMLElement;
  setLayoutRunning(running: boolean): void;
  setAppearance(appearance: AppearanceState): void;
  /** The data's own attributes under "In the data": any of them for colours, the numeric ones for sizes. */
  setAttributes(color: readonly AttributeOption[], size: readonly AttributeOption[]): void;
  /** The ForceAtlas2 parameters in force (inferred where unset) and the number of pinned nodes (the Layout menu). */
  setLayoutState(params: LayoutParams, pinned: number): void;
}

const COLOR_OPTIONS = [
  ['kind', 'Class'],
  ['status', 'Status'],
  ['sdg', 'SDG goal'],
  ['year', 'Year'],
  ['degree', 'Links (degree)'],
] as const;
const SIZE_OPTIONS = [
  ['degree', 'Links (degree)'],
  ['pagerank', 'PageRank'],
  ['evidence', 'Evidence (passages)'],
  ['year', 'Year'],
] as const;
const LABEL_OPTIONS = [
  ['fewer', 'Fewer'],
  ['normal', 'Normal'],
  ['more', 'More'],
  ['all', 'All (may overlap)'],
] as const;

/** Replaces the select's "In the data" group (none when the data has no such attribute), keeping the choice. */
function setDataOptions(select: HTMLSelectElement, options: readonly AttributeOption[]): void {
  const chosen = select.value;
  select.querySelector('optgroup')?.remove();
  if (options.length > 0)
    select.append(
      h(
        'optgroup',
        { attrs: { label: 'In the data' } },
        options.map(([value, text]) => h('option', { attrs: { value }, text })),
      ),
    );
  select.value = chosen;
}

function appearanceMenu(actions: ToolbarActions) {
  const color = labelledSelect('color-by', 'Colour by', COLOR_OPTIONS, (v) => actions.setColorBy(v as ColorBy));
  const size = labelledSelect('size-by', 'Size by', SIZE_OPTIONS, (v) => actions.setSizeBy(v as SizeBy));
  const labels = labelledSelect('label-density', 'Labels', LABEL_OPTIONS, (v) =>
    actions.setLabelDensity(v as LabelDensity),
  );
  const menu = toolMenu('Appearance', 'appearance-menu', [color.row, size.row, labels.row]);
  return {
    menu,
    set(a: AppearanceState) {
      [color.select.value, size.select.value, labels.select.value] = [a.colorBy, a.sizeBy, a.labels];
    },
    attributes(colorOptions: readonly AttributeOption[], sizeOptions: readonly AttributeOption[]) {
      setDataOptions(color.select, colorOptions);
      setDataOptions(size.select, sizeOptions);
    },
  };
}

export function createToolbar(actions: ToolbarActions): Toolbar {
  const layout = h('button', {
    class: 'tool-button',
    attrs: { type: 'button', 'aria-pressed': 'false' },
    text: 'Start layout',
  });
  layout.addEventListener('click', () => actions.toggleLayout());
  const appearance = appearanceMenu(actions);
  const layoutMenu = createLayoutMenu(actions);
  const fit = h('button', {
    class: 'tool-button',
    attrs: { type: 'button' },
    text: 'Fit graph',
    on: { click: () => actions.fit() },
  });
  const element = h('div', { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph view' } }, [
    layout,
    appearance.menu,
    layoutMenu.menu,
    fit,
  ]);
  return {
    element,
    setLayoutRunning(running) {
      layout.textContent = running ? 'Stop layout' : 'Start layout';
      layout.setAttribute('aria-pressed', String(running));
      layoutMenu.setRunning(running);
    },
    setAppearance: (a) => appearance.set(a),
    setAttributes: (color, size) => appearance.attributes(color, size),
    setLayoutState: (params, pinned) => layoutMenu.set(params, pinned),
  };
}
