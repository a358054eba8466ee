// One ESLint config for every package. Formatting is Prettier's (prettier.config.js): eslint-config-prettier,
// last, turns off every rule that would disagree with it. Types are checked by each package's `typecheck`
// (tsc / vue-tsc), so the rules here are the non-type-aware recommended sets.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'dashboard/dev-dist/',
    '**/data/',
    '**/test-output/',
    '**/bench-results/',
    '**/coverage/',
    // Generated and checked by CI against their generators (codegen, `migration:generate`).
    'schema/src/graphql.ts',
    'server/src/db/migrations/[0-9]*-*.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['**/*.vue', '**/*.ts'],
    // TypeScript resolves every name; no-undef would only repeat it without the types (typescript-eslint's advice).
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      // The code's conventions for a name that must be there but is not read: a leading `_` (TypeScript's own
      // convention: a type-graphql `@Arg` the hub serves, a callback's unused parameter), and a property
      // dropped from a copy by destructuring it beside `...rest`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // No HTML element is or will be called countdown (the rule guards against such clashes).
      'vue/multi-word-component-names': ['error', { ignores: ['Countdown'] }],
    },
  },
  {
    // A component test mounts the component inside small screens of its own, defined beside the test.
    files: ['dashboard/src/**/*.test.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
  { files: ['dashboard/src/**'], languageOptions: { globals: globals.browser } },
  { files: ['server/**', 'tests/**', 'schema/**', '*.js', 'dashboard/vite.config.ts'], languageOptions: { globals: globals.node } },
  prettier,
);
