// Remote mode at start-up: the explorer opened on `?endpoint=…` connects to it instead of loading the bundled graph.
import type { ExplorerApp } from '../app';
import { expandWithNotice } from './expand-action';
import { RemoteSource } from './remote-source';

/**
 * Starts the app empty, connected to `endpoint`: search asks the endpoint, choosing a result loads its
 * neighbourhood. A selection restored from the URL (a shared link, back/forward) that is not loaded yet is
 * loaded from the endpoint the same way.
 */
export function startRemoteExplorer(app: ExplorerApp, endpoint: string): void {
  const session = app.context.remote;
  session.connect(new RemoteSource(endpoint, app.context));
  session.ensureBanner(app.context.getCanvasContainer());
  // Only a URL restore can select a node that is not in the graph (clicks and search select drawn nodes).
  const loadSelection = (): void => {
    const selected = app.context.getSelectedNode();
    const remote = session.source();
    if (selected === null || remote === null || app.context.getGraph().hasNode(selected)) return;
    // In the background: the explorer stays usable (search) while a slow endpoint answers.
    void expandWithNotice(session, remote, selected).then((outcome) => {
      if (outcome && app.context.getSelectedNode() === selected) app.context.selectNode(selected);
    });
  };
  app.context.onChange((kind) => {
    if (kind === 'selection') loadSelection();
  });
  // An empty first dataset: the URL state (selection, filters, camera) is restored as usual.
  void app.start([], new Map());
  document.documentElement.dataset.remote = endpoint;
  session.report({ kind: 'info', text: `Connected to ${endpoint}; search to start.` });
  loadSelection();
}
