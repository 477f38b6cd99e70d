/**
 * Debian's Chromium driven by playwright-core, with WebGL through SwiftShader. Never a downloaded
 * browser: that cannot work on these machines.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const INSTALL_CHROMIUM =
  'sudo apt-get update && sudo apt-get install -y chromium fonts-liberation fonts-dejavu-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
];

/** The Chromium to drive: CHROMIUM_PATH, else the usual install paths; a clear error otherwise. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `tests/e2e: CHROMIUM_PATH is ${fromEnv}, which does not exist. Install Chromium with: ${INSTALL_CHROMIUM}`,
    );
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found)
    throw new Error(
      `tests/e2e: no Chromium found (looked in ${CANDIDATES.join(', ')}). Install it with: ${INSTALL_CHROMIUM}`,
    );
  return found;
}

/** Launch arguments that give WebGL2 on SwiftShader and keep Chromium off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** What a page did that it should not: errors, and requests to anywhere but its own origin. */
export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
}

/** Record console errors, page errors and requests leaving the site's origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      watch.foreignRequests.push(url);
  });
  return watch;
}
