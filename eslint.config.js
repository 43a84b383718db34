// Lint rules: typescript-eslint recommended, plus the layer rule (the core never imports the shells).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const shells = ['**/explorer/**', '**/cli/**', '**/server/**', '**/node/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/rdf/**', 'src/kg/**', 'src/query/**', 'src/ingest/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: shells, message: 'The core (src/rdf, src/kg, src/query, src/ingest) never imports the explorer, the CLI, the server or Node-only code.' },
          { group: ['node:*', 'fs', 'path', 'worker_threads', 'child_process'], message: 'The core runs in the browser too: pass I/O in.' },
        ],
      }],
    },
  },
);
