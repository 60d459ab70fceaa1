import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { architecture } from './eslint.architecture.js';
import tseslint from 'typescript-eslint';

// The architecture guard (import zones on resolved paths, no cycles, a pure domain) lives in
// eslint.architecture.js.

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
      'dist-cli/',
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
      'bench/browser/**',
      'e2e/**',
      'test/**',
      '*.config.{js,mjs,cjs,ts,mts,cts}',
      'src/**/*.test.{ts,tsx}',
      'src/cli/**',
    ],
    languageOptions: { globals: globals.node },
  },

  ...architecture,
);
