/**
 * `npm start`'s server (Vite in development) with an empty dependency cache, as on a fresh clone:
 * the first "Open corpus…" must open the file. Vite used to discover the import worker's
 * dependencies only when the worker started, bundle them and reload the page, losing the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import { openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

let page: Page;
let server: ViteDevServer | undefined;
let url = '';
const cacheDir = mkdtempSync(join(tmpdir(), 'cablegraph-vite-cache-'));

beforeAll(async () => {
  server = await createServer({
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    cacheDir,
    server: { port: 0, strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
});

afterAll(async () => {
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

usePage(
  (opened) => (page = opened),
  { viewport: { width: 1280, height: 800 } },
  () => url,
);

describe('the development server', () => {
  it('opens a corpus on the first try with an empty Vite cache', { timeout: 180_000 }, async () => {
    await openExplorer(page, url);
    let loads = 0;
    page.on('load', () => loads++);
    await page
      .getByLabel('Choose corpus files')
      .setInputFiles(join(PROJECT_ROOT, 'tests/fixtures/cmif/cmif-example01-basic.xml'));
    await page
      .getByRole('dialog', { name: 'Open a corpus' })
      .getByRole('button', { name: 'Open this file' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 120_000 })
      .toContain('Carl-Maria-von-Weber');
    expect(loads).toBe(0);
  });
});
