// The bar over the graph in explore mode: where it started, how much is shown, and the way back to the whole graph.
import { h } from './dom';

export interface ExploreBarActions {
  expandAll(): void;
  exit(): void;
}

export interface ExploreBar {
  element: HTMLElement;
  /** Shows the bar for an exploration from `seed` (its label) with `shown` of `total` entities; null hides it. */
  show(state: { seed: string; shown: number; total: number; expandable: number } | null): void;
}

export function createExploreBar(actions: ExploreBarActions): ExploreBar {
  const text = h('span', { class: 'explore-text' });
  const expand = h('button', {
    class: 'small-button',
    attrs: { type: 'button', title: 'Bring in the neighbours of every node shown' },
    text: 'Expand all shown',
    on: { click: () => actions.expandAll() },
  });
  const exit = h('button', {
    class: 'small-button',
    attrs: { type: 'button' },
    text: 'Show whole graph',
    on: { click: () => actions.exit() },
  });
  const hint = h('span', {
    class: 'explore-hint',
    text: 'Double-click a node to expand or collapse it; right-click (Shift+F10 on the selected node) for more.',
  });
  const element = h('div', { class: 'explore-bar', attrs: { role: 'region', 'aria-label': 'Explore mode' } }, [
    text,
    expand,
    exit,
    hint,
  ]);
  element.hidden = true;
  return {
    element,
    show(state) {
      element.hidden = state === null;
      if (state === null) return;
      text.textContent = `Exploring from “${state.seed}”: ${state.shown} of ${state.total} entities shown.`;
      expand.disabled = state.expandable === 0;
    },
  };
}
