// The legend of the node colours when they say something other than the class (the Filters list is that legend).
import type { LegendEntry } from '../core/appearance/color-by';
import { clear, h } from './dom';

export interface ColorLegend {
  element: HTMLElement;
  /** Shows `entries` under `title`; none (colours by class) hides the legend. */
  show(title: string, entries: readonly LegendEntry[] | null): void;
  /** What it shows now (null: colours by class, the Filters list being the legend), for exported images. */
  current(): { title: string; entries: readonly LegendEntry[] } | null;
}

export function createColorLegend(): ColorLegend {
  const heading = h('h2', { class: 'legend-title' });
  const list = h('ul', { class: 'legend-list' });
  const element = h('section', { class: 'color-legend', attrs: { 'aria-label': 'Colour legend' } }, [heading, list]);
  element.hidden = true;
  let shown: { title: string; entries: readonly LegendEntry[] } | null = null;
  return {
    element,
    current: () => shown,
    show(title, entries) {
      shown = entries === null ? null : { title, entries: [...entries] };
      element.hidden = entries === null;
      // The Filters list's class swatches are hidden while they would contradict the canvas (graph-controls.css).
      document.documentElement.dataset.colorBy = entries === null ? 'kind' : 'other';
      heading.textContent = title;
      clear(list);
      for (const e of entries ?? []) {
        list.append(
          h('li', {}, [
            h('span', { class: 'swatch', attrs: { style: `background:${e.color}`, 'aria-hidden': 'true' } }),
            e.label,
            h('span', { class: 'count', text: ` (${e.count})` }),
          ]),
        );
      }
    },
  };
}
