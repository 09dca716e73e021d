// Flat config: typescript-eslint everywhere, React hooks rules in the admin, and a hard boundary that keeps
// packages/core free of frameworks and I/O.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const frameworkImports = [
  { group: ['@mikro-orm/*'], message: 'packages/core is pure domain logic: no ORM.' },
  {
    group: ['type-graphql', 'graphql', 'graphql/*', 'graphql-*'],
    message: 'packages/core must not depend on GraphQL.',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'packages/core must not depend on React.',
  },
  { group: ['node:*'], message: 'packages/core does no I/O: no Node built-ins.' },
];
const nodeBuiltins = ['fs', 'fs/promises', 'net', 'http', 'https', 'child_process', 'os', 'path', 'crypto'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/data/**',
      '**/test-artifacts/**',
      'apps/admin/src/gql/**',
      'apps/api/src/migrations/*/Migration*.ts',
      'coverage/**',
      'bench/peers/node_modules/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports, paths: nodeBuiltins }],
    },
  },
  {
    // Decorated classes need runtime imports for emitted metadata; type-only imports would erase them.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/admin/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // A progressbar without a name is an axe violation (aria-progressbar-name): the admin draws its bars through
    // ui/LabelledProgress, whose label is required.
    files: ['apps/admin/src/**/*.{ts,tsx}'],
    ignores: ['apps/admin/src/ui/LabelledProgress.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'antd',
              importNames: ['Progress'],
              message: 'Use ui/LabelledProgress: every progress bar needs an accessible name.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/e2e/**', '**/test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
