// The window.__osceKg hook for end-to-end tests and benchmarks: the ExplorerContext plus a way to load RDF text.
import { parseRdf } from '../rdf/parse';
import type { ExplorerApp, Timings } from './app';
import type { ExplorerContext } from './context';

export interface ExplorerTestHook {
  context: ExplorerContext;
  timings: Timings;
  /** Parses RDF text in the page and hands it to context.setQuads; resolves to the number of quads. */
  loadText(text: string, options?: { format?: string; fileName?: string; mode?: 'replace' | 'merge' }): Promise<number>;
  /** ms from the last search keystroke to its suggestions. */
  searchLatencyMs(): number;
  layout: { start(): void; stop(): void; running(): boolean };
  /** Frame time of the explorer vs bare sigma on the same graph (loads the benchmark code on demand). */
  bench(frames?: number, sigmaSettings?: Record<string, unknown>): Promise<Record<string, number>>;
}

declare global {
  interface Window {
    __osceKg?: ExplorerTestHook;
  }
}

export function installTestHook(app: ExplorerApp): void {
  const layout = app.layoutController();
  window.__osceKg = {
    context: app.context,
    timings: app.timings,
    async loadText(text, options = {}) {
      const quads = await parseRdf(text, { format: options.format as never, fileName: options.fileName });
      app.context.setQuads(quads, options.mode ?? 'replace');
      return quads.length;
    },
    searchLatencyMs: () => app.searchLatencyMs(),
    layout: { start: () => app.startLayout(), stop: () => app.stopLayout(), running: () => layout.isRunning() },
    async bench(frames = 10, sigmaSettings = {}) {
      const { compareWithBareSigma } = await import('./bench-hook');
      const { view, graph, container } = app.drawing();
      if (!view) throw new Error('nothing drawn yet');
      // Sigma settings to try (benchmark experiments), e.g. { renderEdgeLabels: false }.
      view.renderer.setSettings(sigmaSettings);
      return compareWithBareSigma(view.renderer, graph, container, frames);
    },
  };
}
