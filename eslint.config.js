// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'content/sources/', 'tests/fixtures/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser-side scripts shipped to the site run without a bundler.
    files: ['layouts/**/*.js', 'scripts/site/client/**/*.js', 'scripts/search/client/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The engine's modules each add themselves to the `haku` object of the bundle (client-bundle.ts).
    files: ['scripts/search/client/engine/*.js'],
    languageOptions: { globals: { haku: 'writable' } },
  },
  {
    // The page's modules each add themselves to the `ui` object of its bundle (ui-bundle.ts).
    files: ['scripts/search/client/*.js'],
    languageOptions: { globals: { ui: 'writable' } },
  },
);
