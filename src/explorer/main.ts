// Entry point of the explorer (loaded by index.html): settings, bundled graph, app, shortcuts, test hook.
import { loadSources } from '../rdf/load';
import { ExplorerApp } from './app';
import { loadBundledData } from './core/data/bundled';
import { BundledGraphError } from './errors';
import { installShortcuts } from './keyboard';
import { PANELS } from './panels/registry';
import { resolveSettings } from './settings';
import { installTestHook } from './test-hook';
import './styles.css';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new BundledGraphError('index.html has no #app element');
  // The data chunks are requested before the (slow, software-WebGL) renderer is set up, so the two overlap.
  performance.mark('osce-kg:start');
  const loading = loadBundledData();
  loading.catch(() => undefined); // handled below; avoids an unhandled-rejection report while the app is built
  const app = new ExplorerApp(root, resolveSettings(), PANELS);
  installTestHook(app);
  installShortcuts({ focusSearch: () => app.focusSearch(), escape: () => app.escape() });
  try {
    performance.mark('osce-kg:app');
    const bundled = await loading;
    performance.mark('osce-kg:fetched');
    const quads = await loadSources(bundled.sources);
    performance.mark('osce-kg:parsed');
    await app.start(quads, bundled.texts);
    performance.mark('osce-kg:drawn');
    document.documentElement.dataset.explorer = 'ready';
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    app.showError(`The graph could not be loaded. ${message}`);
    document.documentElement.dataset.explorerError = message;
    document.documentElement.dataset.explorer = 'error';
    throw err;
  }
}

void main();
