// The page skeleton: header with search and toolbar, filters on the left, the graph, tabs on the right (drawers on a
// small screen).
import { h } from './ui/dom';
import { createDrawers, type Drawers } from './ui/drawers';
import type { SearchBox } from './ui/search-box';
import type { Toolbar } from './ui/toolbar';
import type { FiltersPanel } from './ui/filters-panel';
import type { Tabs } from './ui/tabs';

export interface ShellParts {
  search: SearchBox;
  toolbar: Toolbar;
  filters: FiltersPanel;
  tabs: Tabs;
}

export interface Shell {
  graphContainer: HTMLElement;
  caption: HTMLElement;
  status: HTMLElement;
}

export function buildShell(root: HTMLElement, parts: ShellParts): Shell {
  const graphContainer = h('div', {
    class: 'graph',
    attrs: {
      id: 'graph',
      role: 'img',
      'aria-label': 'Graph of the entities and their relations (the Entities list holds the same content as text)',
    },
  });
  const caption = h('p', { class: 'graph-caption', attrs: { role: 'status', 'aria-live': 'polite' } });
  caption.hidden = true;
  const status = h('p', { class: 'app-status', attrs: { role: 'status' }, text: 'Loading the graph…' });
  const main = h('main', { class: 'app-main' });
  const left = h('aside', { class: 'left', attrs: { id: 'filters-drawer', 'aria-label': 'Filters and legend' } }, [
    parts.filters.element,
  ]);
  const right = h('aside', { class: 'right', attrs: { id: 'panels-drawer', 'aria-label': 'Panels' } }, [
    parts.tabs.element,
  ]);
  const drawers = createDrawers(main, { filters: left, panels: right });
  // On a small screen a tab opened anywhere (a node chosen, a shared link, a dropped file) shows in its drawer.
  parts.tabs.onSelect(() => drawers.open('panels', false));
  parts.toolbar.element.append(widenButton(main));
  root.append(
    skipButton(parts.tabs.element, drawers),
    h('header', { class: 'app-header' }, [
      drawers.toggles.filters,
      h('h1', { class: 'app-title' }, ['OSCE migration knowledge graph']),
      parts.search.element,
      parts.toolbar.element,
      drawers.toggles.panels,
    ]),
    main,
  );
  main.append(left, h('div', { class: 'graph-wrap' }, [graphContainer, caption, status]), right);
  return { graphContainer, caption, status };
}

/**
 * The first Tab stop, shown only when focused: keyboard users reach the panels without going through every filter.
 * A button, not a link: a "#fragment" link would overwrite the URL hash that holds the explorer's state.
 */
function skipButton(tabs: HTMLElement, drawers: Drawers): HTMLButtonElement {
  return h('button', {
    class: 'skip-link',
    attrs: { type: 'button' },
    text: 'Skip to the panels',
    on: {
      click: () => {
        drawers.open('panels', false);
        tabs.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
      },
    },
  });
}

/**
 * "Wider panel": the side panel takes more room (a wide matrix or results table, long quotes) and the graph less.
 * Sigma only measures its container on window resize, so the change is announced as one.
 */
function widenButton(main: HTMLElement): HTMLButtonElement {
  const button = h('button', {
    class: 'tool-button widen-button',
    attrs: { type: 'button', 'aria-pressed': 'false', title: 'Give the side panel more room' },
    text: 'Wider panel',
  });
  button.addEventListener('click', () => {
    const wide = main.dataset.widePanel !== 'true';
    main.dataset.widePanel = String(wide);
    button.setAttribute('aria-pressed', String(wide));
    window.dispatchEvent(new Event('resize'));
  });
  return button;
}

/**
 * `update` run at once while tab `id` shows, else once when it is next opened. For the list view: a row per visible
 * entity cost more at start-up than the rest of the data change after the first frame, and was built twice (data,
 * then the URL's state) into a tab nobody had opened.
 */
export function whenTabShown(tabs: Tabs, id: string, update: () => void): () => void {
  let stale = false;
  tabs.onSelect((shown) => {
    if (shown !== id || !stale) return;
    stale = false;
    update();
  });
  return () => {
    stale = tabs.current() !== id;
    if (!stale) update();
  };
}
