// The page skeleton: header with search and toolbar, filters on the left, the graph, tabs on the right, the source dialog.
import { h } from './ui/dom';
import type { SearchBox } from './ui/search-box';
import type { Toolbar } from './ui/toolbar';
import type { FiltersPanel } from './ui/filters-panel';
import type { Tabs } from './ui/tabs';
import type { SourceViewer } from './ui/source-viewer';

export interface ShellParts {
  search: SearchBox;
  toolbar: Toolbar;
  filters: FiltersPanel;
  tabs: Tabs;
  source: SourceViewer;
}

export interface Shell {
  graphContainer: HTMLElement;
  caption: HTMLElement;
  status: HTMLElement;
}

export function buildShell(root: HTMLElement, parts: ShellParts): Shell {
  const graphContainer = h('div', { class: 'graph', attrs: { id: 'graph', role: 'img', 'aria-label': 'Graph of the entities and their relations (the Entities list holds the same content as text)' } });
  const caption = h('p', { class: 'graph-caption', attrs: { role: 'status', 'aria-live': 'polite' } });
  caption.hidden = true;
  const status = h('p', { class: 'app-status', attrs: { role: 'status' }, text: 'Loading the graph…' });
  root.append(
    h('header', { class: 'app-header' }, [
      h('h1', { class: 'app-title' }, ['OSCE migration knowledge graph']),
      parts.search.element,
      parts.toolbar.element,
    ]),
    h('main', { class: 'app-main' }, [
      h('aside', { class: 'left' }, [parts.filters.element]),
      h('div', { class: 'graph-wrap' }, [graphContainer, caption, status]),
      h('aside', { class: 'right' }, [parts.tabs.element]),
    ]),
    parts.source.element,
  );
  return { graphContainer, caption, status };
}
