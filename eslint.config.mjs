// ESLint flat config. Prettier owns formatting; this file owns correctness and boundaries.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// domain/, each feature's model/, the example-data generator and shared/ are pure TypeScript: no UI framework, storage, or host imports.
const PURE_CODE_FORBIDDEN = [
  'react',
  'react-dom',
  'dexie',
  'dexie-react-hooks',
  'electron',
  'zustand',
];

export default defineConfig([
  globalIgnores(['node_modules/', 'out/', 'dist-web/', 'coverage/', 'test-results/', '.tmp/']),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
        },
      ],
    },
  },

  // Browser code: the renderer and its test setup.
  {
    files: ['src/renderer/**', 'tests/unit/**', 'tests/component/**', 'tests/setup/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/unit/**', 'tests/component/**', 'tests/setup/**'],
    languageOptions: { globals: { ...globals.vitest } },
  },

  // Node code: Electron main, scripts, end-to-end tests, benchmarks, config files.
  {
    files: [
      'src/main/**',
      'src/preload/**',
      'scripts/**',
      'tests/unit/main/**',
      'tests/e2e/**',
      'tests/bench/**',
      '*.config.{js,mjs,cjs,ts,mts}',
      '.ci/**/*.{js,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  {
    files: [
      'src/renderer/src/domain/**',
      'src/renderer/src/features/*/model/**',
      'src/renderer/src/exampleData/generator/**',
      'src/shared/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${PURE_CODE_FORBIDDEN.join('|')})(/.*)?$`,
              message:
                'domain/, features/*/model/, exampleData/generator/ and shared/ are pure TypeScript: no react, react-dom, dexie, dexie-react-hooks, electron or zustand.',
            },
          ],
        },
      ],
    },
  },

  {
    files: ['src/renderer/src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/db/**'],
              message:
                'ui/ holds presentational components: it may not import from features/ or db/.',
            },
          ],
        },
      ],
    },
  },
]);
