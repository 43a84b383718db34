// Vite build of the explorer (index.html + src/explorer); the bundled graph is imported as raw text.
import { defineConfig } from 'vite';

export default defineConfig({
  server: { port: 5173 },
  build: { target: 'es2022', outDir: 'dist', sourcemap: true },
  worker: { format: 'es' },
});
