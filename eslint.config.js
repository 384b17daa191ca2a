import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const nodeOnlyPackages = ['better-sqlite3', 'electron-store', 'playwright-core', '@playwright/test'];

const windowEventsMessage =
  'The window shares state through React context, small typed stores and Lexical commands (renderer/state/), not window events.';

const restrict = (names, patterns, message) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

/**
 * Code is sorted by where it runs (see README, "Layout"); these rules make the sorting a
 * build failure rather than a convention.
 */
export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', '.tmp'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      ...restrict(
        // pdfjs-dist is used in Node (tests) and in the renderer (the print preview), never in common/.
        [...nodeBuiltins, ...nodeOnlyPackages, 'pdfjs-dist', 'electron', 'react', 'react-dom'],
        ['**/renderer/**', '**/electron/**', '@lexical/react', '@lexical/react/*'],
        'common/ runs anywhere: no Node, DOM, React or Electron here.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict(
        [...nodeBuiltins, ...nodeOnlyPackages, 'electron'],
        ['**/electron/**', 'electron/*'],
        'renderer/ is untrusted web code: it reaches the back end only through the contract client.',
      ),
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'require',
        '__dirname',
        { name: 'dispatchEvent', message: windowEventsMessage },
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'document', 'globalThis', 'self'].map((object) => ({ object, property: 'dispatchEvent', message: windowEventsMessage })),
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='CustomEvent']", message: windowEventsMessage }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**', 'electron/services/**'],
    rules: {
      ...restrict(
        ['electron', 'react', 'react-dom'],
        ['**/renderer/**'],
        'Only the Electron shell (electron/main.ts, electron/preload.ts, electron/shell/) may import electron; services stay testable in plain Node.',
      ),
    },
  },
  {
    // One rule object per file: a later no-restricted-imports replaces an earlier one, so the services' holds both lists.
    files: ['electron/services/**/*.ts'],
    rules: {
      ...restrict(
        ['electron', 'react', 'react-dom', 'playwright', 'playwright-core', '@playwright/test', 'http', 'node:http', 'https', 'node:https'],
        ['**/renderer/**', '**/host/**', '**/shell/**'],
        'electron/services/ holds the domain and the ports it needs (services/ports/): no Electron, no Playwright, no HTTP server. Adapters live in electron/host/ (browser host) and electron/shell/ (desktop shell).',
      ),
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'],
    rules: {
      ...restrict(['react', 'react-dom'], ['**/renderer/**'], 'The shell does not import renderer code.'),
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{ts,js,mjs}'],
    ignores: ['tests/electron/**'],
    rules: {
      ...restrict(['electron'], [], 'Only the Electron shell imports electron; Electron tests drive it through Playwright.'),
    },
  },
);
