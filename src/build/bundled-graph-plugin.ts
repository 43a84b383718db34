// Vite plugin: parses graph-data/ at build time and ships it as one compact JSON asset, preloaded by index.html.
// The explorer then starts from ready-made quads instead of parsing TriG in the browser, and the download starts
// while the page's script is still loading (the first frame must come within 1 s).
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { BundledGraphFileModule } from './bundled-graph-file';

export const BUNDLED_GRAPH_MODULE = 'virtual:osce-kg/bundled-graph-url';
const RESOLVED = '\0' + BUNDLED_GRAPH_MODULE;
const DEV_URL = '/@osce-kg/bundled-graph.json';
const ASSET_NAME = 'bundled-graph.json';

// The project's own (extensionless TypeScript) modules are loaded through tsx when the plugin runs, not bundled into
// the Vite config: the config stays loadable by Vite's native config loader.
function builder(): Promise<BundledGraphFileModule> {
  return tsImport('./bundled-graph-file.ts', import.meta.url) as Promise<BundledGraphFileModule>;
}

export function bundledGraphPlugin(dir?: string): Plugin {
  let base = '/';
  return {
    name: 'osce-kg:bundled-graph',
    configResolved(config) {
      base = config.base;
    },
    resolveId: (id) => (id === BUNDLED_GRAPH_MODULE ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (this.meta.watchMode) return `export default ${JSON.stringify(DEV_URL)};`;
      // A syntax error in graph-data fails the build with its file:line:column.
      const { bundledDataFiles, buildBundledGraphFile } = await builder();
      for (const file of await bundledDataFiles(dir)) this.addWatchFile(file);
      const source = JSON.stringify(await buildBundledGraphFile(dir));
      const assetRef = this.emitFile({ type: 'asset', name: ASSET_NAME, source });
      return `export default import.meta.ROLLUP_FILE_URL_${assetRef};`;
    },
    configureServer(server) {
      // Dev: rebuilt on every request, so an edit in graph-data/ shows on reload.
      server.middlewares.use(DEV_URL, (_req, res, next) => {
        builder()
          .then((m) => m.buildBundledGraphFile(dir))
          .then((file) => {
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(JSON.stringify(file));
          }, next);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // The download starts with the HTML, alongside the script, instead of after the script has run.
        let href = DEV_URL;
        if (ctx.bundle) {
          const asset = Object.values(ctx.bundle).find((out) => out.type === 'asset' && out.names.includes(ASSET_NAME));
          if (!asset) return undefined;
          href = base + asset.fileName;
        } else if (!ctx.server) return undefined;
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', href, crossorigin: 'anonymous' },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
