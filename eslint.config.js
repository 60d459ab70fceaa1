import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Architecture guard (built-in `no-restricted-imports` / `no-restricted-globals`, no plugin).
//
// The zones mirror STYLE.md's one-way import flow:
//
//     domain  <-  store  <-  commands  <-  panels (canvas, inspector, editor, problems, others)  <-  app
//
// A folder may import from the folders to its left and never from those to its right; the
// panels never import from each other. The rule only sees the import specifier, and there are
// no path aliases, so another layer is always reached through `..` segments (`../store`,
// `../../canvas/NodeView`): that is what the patterns match. Imports inside a layer
// (`./canvas/layout` under src/domain) stay allowed. Flat config replaces rule options rather
// than merging them, so every folder gets exactly one complete block.
// ---------------------------------------------------------------------------------------------

const PANELS = ['canvas', 'inspector', 'editor', 'problems', 'others', 'learn'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One config block that forbids src/<folder> from importing the given layers and packages. */
function zone(folder, { layers, packages = [] }) {
  const why = `imports flow one way: domain <- store <- commands <- panels <- app (STYLE.md)`;
  return {
    name: `architecture/${folder}`,
    files: [`src/${folder}/**/*.{ts,tsx,js,jsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...packages.map((pkg) => ({
              // the package itself and any subpath (`react` also covers `react/jsx-runtime`)
              regex: `^${escapeRegex(pkg)}(?:/|$)`,
              caseSensitive: true,
              message: `src/${folder} must not import ${pkg}: ${why}.`,
            })),
            ...layers.map((layer) => ({
              // ../store, ../../store/history, ./../src/store ...
              regex: `^(?:\\./)?(?:\\.\\./)+(?:src/)?${escapeRegex(layer)}(?:/|$)`,
              caseSensitive: true,
              message: `src/${folder} must not import from src/${layer}: ${why}.`,
            })),
          ],
        },
      ],
    },
  };
}

const architecture = [
  zone('domain', {
    layers: ['store', 'commands', ...PANELS, 'app'],
    packages: [
      'react',
      'react-dom',
      '@xyflow/react',
      'zustand',
      'zundo',
      'monaco-editor',
      'monaco-yaml',
    ],
  }),
  {
    name: 'architecture/domain-globals',
    files: ['src/domain/**/*.{ts,tsx,js,jsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'navigator', 'HTMLElement', 'fetch'].map(
          (name) => ({
            name,
            message: `src/domain is pure, DOM-free logic: let a store, command or panel pass in what "${name}" provides.`,
          }),
        ),
      ],
    },
  },
  zone('store', { layers: ['commands', ...PANELS, 'app'] }),
  zone('commands', { layers: [...PANELS, 'app'] }),
  ...PANELS.map((panel) =>
    zone(panel, { layers: [...PANELS.filter((other) => other !== panel), 'app'] }),
  ),
];

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
const unusedVars = {
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
};

export default defineConfig(
  {
    name: 'ignores',
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'coverage/',
      '.bench/',
    ],
  },

  js.configs.recommended,

  // Type-aware linting for TypeScript. recommendedTypeChecked rather than strictTypeChecked:
  // it keeps the checks that catch real bugs (floating/misused promises, unsafe `any` flow)
  // without strict's stylistic churn. Every .ts/.tsx file belongs to tsconfig.app.json or
  // tsconfig.node.json, which the project service finds on its own.
  {
    name: 'typescript',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', unusedVars],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `onClick={async () => ...}` is fine in React: the handler's promise is ignored on purpose.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },

  // Plain JavaScript (eslint.config.js, scripts/*.mjs) is in no tsconfig project, so it gets
  // the untyped rules only.
  {
    name: 'javascript',
    files: ['**/*.{js,mjs,cjs,jsx}'],
    rules: { 'no-unused-vars': ['error', unusedVars] },
  },

  {
    name: 'react-hooks',
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    name: 'globals/browser',
    files: ['src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'globals/node',
    files: [
      'scripts/**',
      'e2e/**',
      'test/**',
      '*.config.{js,mjs,cjs,ts,mts,cts}',
      'src/**/*.test.{ts,tsx}',
    ],
    languageOptions: { globals: globals.node },
  },

  ...architecture,
);
