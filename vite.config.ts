// Vite build of the explorer (index.html + src/explorer); the bundled graph is parsed at build time into one JSON file.
import { defineConfig } from 'vite';
import { bundledGraphPlugin } from './src/build/bundled-graph-plugin.ts';
import { publishPagesPlugin } from './src/build/publish-pages-plugin.ts';

export default defineConfig({
  plugins: [bundledGraphPlugin(), publishPagesPlugin()],
  server: { port: 5173 },
  build: { target: 'es2022', outDir: 'dist', sourcemap: true },
  worker: { format: 'es' },
});
