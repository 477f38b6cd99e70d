/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// One config for the explorer build and the test runner. Tests are split into projects by
// environment: node for the build step and graph algorithms, happy-dom for components, and
// end-to-end tests that drive Debian's Chromium against the built site.
export default defineConfig({
  base: './',
  plugins: [preact()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/data/**/*.test.ts', 'tests/graph/**/*.test.ts'],
        },
      },
    ],
  },
});
