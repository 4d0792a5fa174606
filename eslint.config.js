import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.tmp/**', 'out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The named `z` export is zod's whole namespace object, which takes every locale into the main
      // bundle (0.5 MB compiled on each start); the namespace import lets esbuild keep only what is used.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']",
          message: "Write `import * as z from 'zod'` (see tests/unit/packaging/bundled-main.test.ts).",
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only main/electron may talk to Electron; the layer check enforces it too, this gives the message in the editor.
    files: ['main/services/**', 'main/*.ts', 'shared/**', 'renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }] }],
    },
  },
  {
    // One renderer recipe: components render, <feature>-actions.ts talks to the main side (docs/architecture.md).
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }],
          patterns: [
            {
              regex: '(^|/)app/tta$',
              message: 'Components never call the main side: put the call in the feature’s <feature>-actions.ts (docs/architecture.md).',
            },
            { regex: '(^|/)shared/client$', message: 'Components never call the main side: put the call in the feature’s <feature>-actions.ts.' },
          ],
        },
      ],
    },
  },
);
