// ESLint flat config: typescript-eslint's type-aware rules on src and tests; Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'public/data/',
      'bench-results/',
      'tests/fixtures/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The layers import one way only: data → graph; render → graph; state → graph/render; ui → state.
    files: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/data/**',
            '**/render/**',
            '**/state/**',
            '**/ui/**',
            'sigma',
            'sigma/*',
            '@sigma/*',
            'preact',
            'preact/*',
            'node:*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/data/**',
            '**/state/**',
            '**/ui/**',
            'preact',
            'preact/*',
            '@preact/*',
            'node:*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/data/**', 'sigma', 'sigma/*', '@sigma/*', 'node:*'] },
      ],
    },
  },
  {
    // Code run inside the page by page.evaluate cannot share helpers with the test; the tests
    // wait for window.cablegraph before evaluating, so asserting it is present is honest.
    files: ['tests/e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
