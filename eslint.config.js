// Lint rules: typescript-eslint's type-checked recommended set and a few typed rules more, plus the layer rules (the
// core never imports the shells; the explorer's rooms import one way) checked on resolved paths by import-x.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** Each panel's folder: a panel imports no other panel (they meet only through ExplorerContext). */
const panels = readdirSync('src/explorer/panels', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Import zones that are refused: code under `target` may not import code under `from`. */
const layerZones = [
  ...['explorer', 'cli', 'server', 'node'].map((shell) => ({
    target: ['./src/rdf', './src/kg', './src/query', './src/ingest'],
    from: `./src/${shell}`,
    message: 'The core (src/rdf, src/kg, src/query, src/ingest) never imports a shell.',
  })),
  ...['explorer', 'cli'].map((shell) => ({
    target: ['./src/node', './src/server'],
    from: `./src/${shell}`,
    message: 'src/node and src/server never import the explorer or the CLI.',
  })),
  ...['view', 'ui', 'panels', 'remote', 'controllers'].map((room) => ({
    target: './src/explorer/core',
    from: `./src/explorer/${room}`,
    message:
      'The explorer core (state, producers, data models) imports nothing from view, ui, panels, remote or controllers.',
  })),
  { target: './src/explorer/view', from: './src/explorer/panels', message: 'The view does not import panels.' },
  ...['view', 'ui', 'panels'].map((room) => ({
    target: `./src/explorer/${room}`,
    from: './src/explorer/controllers',
    message:
      'Controllers drive the view, the UI parts and the panels (through ExplorerContext); none of them imports a controller.',
  })),
  ...panels.map((panel) => ({
    target: `./src/explorer/panels/${panel}`,
    from: './src/explorer/panels',
    except: [`./${panel}`, './registry.ts'],
    message: 'A panel does not import another panel: shared code belongs in core/ (or ui/).',
  })),
];

const shells = ['**/explorer/**', '**/cli/**', '**/server/**', '**/node/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules read each file's types through tsconfig.json
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A `default:` branch is a deliberate choice for the members a switch does not list
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-condition': 'error',
      // n3's DataFactory is destructured throughout (`const { namedNode } = DataFactory`): its functions use no `this`
      '@typescript-eslint/unbound-method': 'off',
      // An async function without await still turns a throw into a rejection, as the Promise-returning interfaces want
      '@typescript-eslint/require-await': 'off',
      // Prettier lays the code out at 120 columns; this catches what it cannot wrap: comments (long strings stay whole)
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // Tests and the bench read JSON (HTTP bodies, reports, values from the browser) and check its shape with expect
    files: ['tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  // Plain JavaScript (bin/, the worker thread, this file) is outside tsconfig.json: no type information
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Small units (the developers' guide): a function in the explorer longer than 80 lines is split.
    files: ['src/explorer/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/rdf/**', 'src/kg/**', 'src/query/**', 'src/ingest/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: shells,
              message:
                'The core (src/rdf, src/kg, src/query, src/ingest) never imports the explorer, the CLI, the server or Node-only code.',
            },
            {
              group: ['node:*', 'fs', 'path', 'worker_threads', 'child_process'],
              message: 'The core runs in the browser too: pass I/O in.',
            },
          ],
        },
      ],
    },
  },
);
