// The explorer's DOM parts, built once and placed in the shell: search, toolbar, filters, the tabs (Details, List,
// panels).
import type { ExplorerContext, Highlight } from './context';
import { addListTab, type ListSource } from './controllers/list-controller';
import type { PanelDefinition } from './panels/registry';
import type { RemoteSession } from './remote/session';
import type { ExplorerSettings } from './settings';
import { buildShell, type Shell } from './shell';
import { h } from './ui/dom';
import { createFiltersPanel, type FilterActions, type FiltersPanel } from './ui/filters-panel';
import { PageDrop } from './ui/page-drop';
import { createSearchBox, type SearchBox } from './ui/search-box';
import { createTabs, type Tabs } from './ui/tabs';
import { createToolbar, type ToolbarActions, type Toolbar } from './ui/toolbar';

export interface UiWiring {
  settings: ExplorerSettings;
  remote: RemoteSession;
  panels: readonly PanelDefinition[];
  /** The context handed to a panel when its tab first opens. */
  context(): ExplorerContext;
  /** A node chosen in the search box: selected, framed, its details shown. */
  choose(key: string): void;
  highlight(highlight: Highlight): void;
  toolbar: ToolbarActions;
  filters: FilterActions;
  list: ListSource;
}

export interface UiParts {
  shell: Shell;
  search: SearchBox;
  toolbar: Toolbar;
  filters: FiltersPanel;
  tabs: Tabs;
  /** The Details tab's region. */
  details: HTMLElement;
  /** Files dropped on the page, for the Import panel. */
  drop: PageDrop;
  refreshList(): void;
}

export function buildUi(root: HTMLElement, wiring: UiWiring): UiParts {
  const search = createSearchBox(wiring.settings.searchLimit, wiring.remote, {
    choose: (key) => wiring.choose(key),
    showAll: (keys, text) =>
      wiring.highlight({ nodes: keys, edges: [], caption: `${keys.length} matches for “${text}”` }),
  });
  const toolbar = createToolbar(wiring.toolbar);
  const filters = createFiltersPanel(wiring.filters);
  const tabs = createTabs('Panels');
  const details = h('section', { class: 'details', attrs: { 'aria-label': 'Details' } });
  tabs.add('details', 'Details', { content: details });
  const refreshList = addListTab(tabs, wiring.list);
  for (const panel of wiring.panels) {
    tabs.add(panel.id, panel.title, { mount: (host) => panel.mount(host, wiring.context()) });
  }
  const drop = new PageDrop();
  drop.install(() => tabs.select('import'));
  const shell = buildShell(root, { search, toolbar, filters, tabs });
  return { shell, search, toolbar, filters, tabs, details, drop, refreshList };
}
