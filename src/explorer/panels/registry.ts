// The side panels besides Details: each is mounted once into its own tab by the explorer shell.
import type { ExplorerContext } from '../context';

export interface PanelDefinition {
  id: string;
  /** Tab title, also the panel region's accessible name. */
  title: string;
  /** Mounts the panel into host; called once, the first time the tab opens (heavy code loads lazily). */
  mount(host: HTMLElement, context: ExplorerContext): void | Promise<void>;
}

export const PANELS: PanelDefinition[] = [];

// Data panels: the bodies × SDG targets matrix, exports and imports (each module loads when its tab first opens).
PANELS.push(
  {
    id: 'matrix',
    title: 'Matrix',
    mount: async (host, context) => (await import('./matrix/matrix-panel')).mountMatrixPanel(host, context),
  },
  {
    id: 'export',
    title: 'Export',
    mount: async (host, context) => (await import('./export/export-panel')).mountExportPanel(host, context),
  },
  {
    id: 'import',
    title: 'Import',
    mount: async (host, context) => (await import('./import/import-panel')).mountImportPanel(host, context),
  },
);
// SPARQL query panel and relationship finder (editor, engine worker and table load when the tab first opens).
PANELS.push(
  {
    id: 'query',
    title: 'Query',
    mount: async (host, context) => (await import('./query/query-view')).mountQueryView(host, context),
  },
  {
    id: 'paths',
    title: 'Paths',
    mount: async (host, context) => (await import('./paths/paths-view')).mountPathsView(host, context),
  },
);
// The reader: a source document with its mentions linked to the graph (markdown and sanitizer load with the tab).
PANELS.push({
  id: 'reader',
  title: 'Read',
  mount: async (host, context) => (await import('./reader/reader-panel')).mountReaderPanel(host, context),
});
// The timeline: dated entities by year, a period filter and a play button.
PANELS.push({
  id: 'timeline',
  title: 'Timeline',
  mount: async (host, context) => (await import('./timeline/timeline-panel')).mountTimelinePanel(host, context),
});
