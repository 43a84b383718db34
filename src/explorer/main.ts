// Entry point of the explorer (loaded by index.html): settings, bundled graph, app, shortcuts; the test hook only in
// the instrumented build (`vite build --mode instrumented`, used by the e2e tests and the benchmarks).
import { ExplorerApp } from './app';
import { fetchBundledData, readBundledData } from './core/data/bundled';
import { BundledGraphError } from './errors';
import { installShortcuts } from './keyboard';
import { PANELS } from './panels/registry';
import { endpointOrError } from './remote/endpoint-param';
import { startRemoteExplorer } from './remote/start';
import { resolveSettings } from './settings';
import { installTestHook } from './test-hook';
import './styles.css';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new BundledGraphError('index.html has no #app element');
  // The data is requested before the (slow, software-WebGL) renderer is set up, so the two overlap.
  performance.mark('osce-kg:start');
  // Remote mode (`?endpoint=…`, where `osce-kg serve --endpoint` sends the browser): no bundled graph at all.
  const endpoint = endpointOrError(location.href);
  const loading = endpoint === null ? fetchBundledData() : null;
  loading?.catch(() => undefined); // handled below; avoids an unhandled-rejection report while the app is built
  // A constant Vite replaces at build time: in production the hook and what only it imports are left out.
  const instrument = import.meta.env.MODE === 'instrumented' ? installTestHook : undefined;
  const app = new ExplorerApp(root, resolveSettings(), PANELS, instrument);
  installShortcuts({
    focusSearch: () => app.focusSearch(),
    escape: () => app.escape(),
    nodeMenu: () => app.nodeMenu(),
  });
  try {
    performance.mark('osce-kg:app');
    if (endpoint instanceof Error) throw endpoint;
    if (endpoint !== null) {
      startRemoteExplorer(app, endpoint);
      document.documentElement.dataset.explorer = 'ready';
      return;
    }
    const bundled = await (loading ?? fetchBundledData());
    performance.mark('osce-kg:fetched');
    const { quads, texts } = readBundledData(bundled);
    performance.mark('osce-kg:parsed');
    await app.start(quads, texts);
    performance.mark('osce-kg:drawn');
    // On screen once the browser has produced the frame (software WebGL: seconds on a loaded machine): the animation
    // frame after the next one starts when it has. Benchmarks report this beside timings.firstFrame (sigma's draw
    // calls).
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('osce-kg:presented')));
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
