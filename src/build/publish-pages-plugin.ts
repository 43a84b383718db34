// Vite plugin: under `npm run dev` the published pages (/id/…, /sdg/…, /ontology, /.well-known/void, /pages.css) are
// rendered from graph-data/ by the same code as `osce-kg serve`; a build has none (`osce-kg site` writes them).
import { resolve, sep } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { DevPagesModule } from './publish-dev-pages';

// Loaded through tsx when the dev server starts, like the bundled graph's builder: the config stays loadable by Vite.
function devPages(): Promise<DevPagesModule> {
  return tsImport('./publish-dev-pages.ts', import.meta.url) as Promise<DevPagesModule>;
}

export function publishPagesPlugin(dir?: string): Plugin {
  return {
    name: 'osce-kg:publish-pages',
    apply: 'serve',
    async configureServer(server) {
      const { createDevPages } = await devPages();
      const pages = createDevPages(dir);
      const data = resolve(server.config.root, dir ?? 'graph-data') + sep;
      // An edit in graph-data/ shows on the next page asked for
      server.watcher.on('change', (file) => {
        if (resolve(file).startsWith(data)) pages.invalidate();
      });
      server.middlewares.use((req, res, next) => {
        pages.handle(req, res).then((answered) => {
          if (!answered) next();
        }, next);
      });
    },
  };
}
