import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { INIT_SCRIPT, timeMapDraw } from './bench/browser-probes.ts';
const site = process.argv[2]!;
const server = await preview({ configFile: '/work/wt-19-map/vite.config.ts', build: { outDir: site }, preview: { port: 0, open: false }, logLevel: 'silent' });
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('cablegraph:first-draw').length > 0 && window.cablegraph?.state.documentsPending === false, null, { timeout: 300000, polling: 200 });
  await page.waitForTimeout(1000);
  const r = await page.evaluate(timeMapDraw);
  console.log(JSON.stringify(r), await page.locator('.map-caption').textContent());
  if (i === 0) await page.screenshot({ path: `/tmp/map-bench.png` });
  await context.close();
}
await browser.close(); await server.close();
