/**
 * The browser life cycle every end-to-end file shares: one Chromium per file, a fresh page per
 * test, and after each test the page's watch checked, so that any test also fails on a console
 * error or on a request leaving the site.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium, watchPage } from './browser.ts';
import type { PageWatch } from './browser.ts';

export const VIEWPORT = { width: 1280, height: 860 };

/** Register the hooks; `onPage` receives each test's new page. */
export function usePage(
  onPage: (page: Page) => void,
  options: Parameters<Browser['newPage']>[0] = {},
  /** The site the pages may talk to (the built site's unless said), read when each test starts. */
  site: () => string = () => inject('baseUrl'),
): void {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let watch: PageWatch | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('tests/e2e: Chromium did not start');
    page = await browser.newPage({ viewport: VIEWPORT, ...options });
    watch = watchPage(page, new URL(site()).origin);
    onPage(page);
  });
  afterEach(async () => {
    expect(watch?.errors, 'console errors').toEqual([]);
    expect(watch?.foreignRequests, 'requests outside the site').toEqual([]);
    await page?.close();
  });
}
