// The toolbar over the graph: Start/Stop layout, size by degree or PageRank, fit the whole graph.
import type { SizeBy } from '../settings';
import { h } from './dom';

export interface ToolbarActions {
  toggleLayout(): void;
  setSizeBy(sizeBy: SizeBy): void;
  fit(): void;
}

export interface Toolbar {
  element: HTMLElement;
  setLayoutRunning(running: boolean): void;
  setSizeBy(sizeBy: SizeBy): void;
}

export function createToolbar(actions: ToolbarActions): Toolbar {
  const layout = h('button', { class: 'tool-button', attrs: { type: 'button', 'aria-pressed': 'false' }, text: 'Start layout' });
  layout.addEventListener('click', () => actions.toggleLayout());
  const size = h('select', { attrs: { id: 'size-by' } }, [
    h('option', { attrs: { value: 'degree' }, text: 'Degree' }),
    h('option', { attrs: { value: 'pagerank' }, text: 'PageRank' }),
  ]);
  size.addEventListener('change', () => actions.setSizeBy(size.value === 'pagerank' ? 'pagerank' : 'degree'));
  const fit = h('button', { class: 'tool-button', attrs: { type: 'button' }, text: 'Fit graph', on: { click: () => actions.fit() } });
  const element = h('div', { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph view' } }, [
    layout,
    h('label', { attrs: { for: 'size-by' }, text: 'Size by' }),
    size,
    fit,
  ]);
  return {
    element,
    setLayoutRunning(running) {
      layout.textContent = running ? 'Stop layout' : 'Start layout';
      layout.setAttribute('aria-pressed', String(running));
    },
    setSizeBy(sizeBy) {
      size.value = sizeBy;
    },
  };
}
