/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The built site's Content-Security-Policy: no inline scripts, no remote connections. The layout
 * worker runs from a blob: URL and image export makes blob:/data: images, hence those sources.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'cablegraph-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

// One config for the explorer and the test runner. The page lives in src/ so the project's top
// level stays as designed; public/ holds the built data; dist/ is the static site.
export default defineConfig({
  root: 'src',
  base: './',
  publicDir: '../public',
  plugins: [preact(), contentSecurityPolicy()],
  // The dev server pre-bundles what the page and the import worker need before the first load.
  // Found only when the worker started, its dependencies (forceatlas2, noverlap, saxes …) were
  // bundled then and the page reloaded, losing the file being opened.
  optimizeDeps: { entries: ['index.html', 'data/import-worker.ts'] },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  // The import worker is a module worker: as one, its dynamic imports stay chunks of their own
  // (SheetJS, ~140 kB gzip, loads only when a workbook is opened), where the default iife
  // format inlined them and every import paid for them (worker 76 kB → 238 kB gzip).
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    root: projectRoot,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: projectRoot,
          environment: 'node',
          include: [
            'tests/data/**/*.test.ts',
            'tests/graph/**/*.test.ts',
            'tests/formats/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/render/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          root: projectRoot,
          environment: 'happy-dom',
          include: ['tests/state/**/*.test.{ts,tsx}', 'tests/ui/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: projectRoot,
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
