import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import fs from 'node:fs';
import tseslint from 'typescript-eslint';

// The parts of the repository and what each may import (ARCHITECTURE.md draws the same map).
// Zones work on resolved paths, so `../library/x.ts` from another feature is caught too.
const features = fs
  .readdirSync('client/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const EVERYTHING_ELSE = ['./client', './server', './e2e', './bench', './scripts'];

const zones = [
  {
    target: './client',
    from: ['./server', './local-library', './e2e', './bench', './scripts'],
    message: 'The client imports only client/ and common/.',
  },
  {
    target: './common',
    from: [...EVERYTHING_ELSE, './local-library'],
    message: 'common/ is shared by client and server; it imports nothing else of ours.',
  },
  {
    target: './local-library',
    from: [...EVERYTHING_ELSE, './common'],
    message: 'The local library is a product of its own; it imports nothing of ours.',
  },
  {
    target: './server',
    from: './local-library',
    except: ['./index.ts'],
    message: 'Outside the local library, import only its public entry, local-library/index.ts.',
  },
  {
    target: './client/features',
    from: './client/app',
    message: 'Features do not know the app; the app composes features.',
  },
  {
    target: './client/api',
    from: ['./client/features', './client/app', './client/components'],
    message: 'client/api/ holds data access only: it imports lib/ and common/.',
  },
  {
    target: './client/components',
    from: ['./client/features', './client/app', './client/api'],
    message: 'Shared components take data as props; they import lib/ and common/ only.',
  },
  {
    target: './client/lib',
    from: ['./client/features', './client/app', './client/api', './client/components'],
    message: 'client/lib/ is the bottom layer of the client; it imports common/ only.',
  },
  ...features.map((feature) => ({
    target: `./client/features/${feature}`,
    from: './client/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; compose them in client/app/.',
  })),
];

/** The server reaches the local library over HTTP; only the composition root and tests mount it. */
const serverZone = {
  target: './server',
  from: './local-library',
  message: 'The server reaches the local library over HTTP; only server/compose.ts mounts it.',
};

const onlyIn = (name, where) => ({
  name,
  message: `${name} is wrapped once, in ${where}; use that wrapper.`,
});

export default defineConfig([
  globalIgnores(['dist', 'data', 'node_modules', 'test-results', 'playwright-report']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: [...zones, serverZone] }],
    },
  },
  {
    files: ['server/compose.ts', 'server/**/*.test.ts', 'server/testing/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], reactRefresh.configs.vite],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only client/lib/api-client.ts calls fetch.' },
        {
          name: 'XMLHttpRequest',
          message: 'Only client/lib/api-client.ts talks HTTP (uploads with progress included).',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            onlyIn('react-select', 'client/features/tags/tag-select.tsx'),
            onlyIn('react-image-crop', 'client/features/editor/components/region-editor.tsx'),
            onlyIn('@tanstack/react-virtual', 'client/lib/use-window-rows.ts'),
          ],
          patterns: [
            {
              group: ['react-select/*', 'react-image-crop/*'],
              message: 'Third-party widgets are wrapped once; use the wrapper.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/api/**', 'client/**/*.test.{ts,tsx}', 'client/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name=/^(invalidateQueries|setQueryData|removeQueries|resetQueries)$/]',
          message:
            'Only client/api/ changes the query cache; call its refresh helper (e.g. refreshAfterFileChange).',
        },
      ],
    },
  },
  {
    files: [
      'client/features/tags/tag-select.tsx',
      'client/features/editor/components/region-editor.tsx',
      'client/lib/use-window-rows.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['client/lib/api-client.ts', 'client/**/*.test.{ts,tsx}', 'client/testing/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/imagekit/**', 'server/**/*.test.ts', 'server/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@imagekit/nodejs',
              message: 'Only server/imagekit/ knows the ImageKit SDK (and holds the key).',
            },
          ],
        },
      ],
    },
  },
]);
