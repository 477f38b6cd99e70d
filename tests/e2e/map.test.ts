/**
 * The map view in real Chromium, at a desktop and a phone size: opened from the view switch, an
 * arc clicked (tapped on the phone) lists the letters between its two places, and a letter of
 * the list opens its record; the filters reach the map; the URL keeps view=map.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import { openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');

/** The phone keeps the view switch behind its menu. */
async function openMap(page: Page): Promise<void> {
  await openExplorer(page, baseUrl);
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.locator('[data-flow]').first().waitFor();
}

/** A point on the middle of an arc's drawn line, in page pixels. */
function arcMiddle(page: Page, flow: string): Promise<{ x: number; y: number }> {
  return page.locator(`[data-flow="${flow}"] .map-arc-line`).evaluate((line) => {
    const path = line as SVGPathElement;
    const middle = path.getPointAtLength(path.getTotalLength() / 2);
    const frame = path.ownerSVGElement!.getBoundingClientRect();
    return { x: frame.left + middle.x, y: frame.top + middle.y };
  });
}

const LAKE_SUCCESS_TO_MOSCOW = 'geonames:5123853→geonames:524901';
const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });

for (const device of [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  },
]) {
  describe(`explorer map on a ${device.name}`, () => {
    let page: Page;
    usePage((opened) => (page = opened), device.options);

    it('lists the letters between two places when their arc is clicked, and opens one', async () => {
      await openMap(page);
      // The URL follows the state after a short delay: wait for it.
      await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('map');
      await expect
        .poll(() => page.locator('.map-caption').textContent())
        .toContain('Map shows 3 of 34 letters; 31 have no place');
      const point = await arcMiddle(page, LAKE_SUCCESS_TO_MOSCOW);
      if (device.name === 'phone') await page.touchscreen.tap(point.x, point.y);
      else await page.mouse.click(point.x, point.y);
      const list = page.getByRole('region', { name: 'Letters from Lake Success to Moscow' });
      await list.waitFor();
      const letter = list.getByRole('button', { name: /Telegram from Lake Success, Trygve Lie/ });
      await letter.click();
      await expect
        .poll(() => panel(page).getByRole('article').textContent())
        .toContain('Telegram from Lake Success, Trygve Lie to the Ministry of Foreign Affairs');
    });

    it('names the places clear of one another and of the other discs, zoomed out and in', async () => {
      await openMap(page);
      // Each name's drawn box against every other name's and every other place's disc.
      const clashes = () =>
        page.evaluate(() => {
          const names = [...document.querySelectorAll<SVGTextElement>('.map-place-name')];
          const discs = [...document.querySelectorAll<SVGCircleElement>('.map-place-disc')];
          const found: string[] = [];
          for (const [i, name] of names.entries()) {
            const a = name.getBoundingClientRect();
            for (const other of names.slice(i + 1)) {
              const b = other.getBoundingClientRect();
              if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                found.push(`${name.textContent} over ${other.textContent}`);
            }
            for (const disc of discs) {
              if (disc.closest('[data-place]')?.getAttribute('data-place') === name.dataset.place)
                continue;
              const c = disc.getBoundingClientRect();
              const r = c.width / 2;
              const [x, y] = [c.left + r, c.top + r];
              const nx = Math.max(a.left, Math.min(x, a.right));
              const ny = Math.max(a.top, Math.min(y, a.bottom));
              if (Math.hypot(nx - x, ny - y) < r)
                found.push(
                  `${name.textContent} over the disc of ${disc.closest('[data-place]')?.getAttribute('aria-label')}`,
                );
            }
          }
          return { named: names.map((n) => n.textContent).sort(), found };
        });
      // All four places of the default corpus are named, Peking no longer under Pyongyang's disc.
      expect(await clashes()).toEqual({
        named: ['Lake Success', 'Moscow', 'Peking', 'Pyongyang'],
        found: [],
      });
      await page.getByRole('button', { name: /^Zoom in/ }).click();
      await page.getByRole('button', { name: /^Zoom in/ }).click();
      await expect.poll(async () => (await clashes()).found).toEqual([]);
    });

    it('lists a place’s letters from the keyboard and follows the filters', async () => {
      await openMap(page);
      const pyongyang = page.getByRole('button', { name: /^Pyongyang: 1 letter/ });
      await pyongyang.focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('region', { name: 'Letters sent from or received at Pyongyang' })
        .waitFor();
      // Dates before the Lake Success telegram leave its arc out of the map.
      await page.goto(`${baseUrl}?view=map&end=1950-01`);
      await page.locator('.map-place').first().waitFor();
      await expect.poll(() => page.locator('[data-flow]').count()).toBe(0);
      await expect
        .poll(() => page.locator('.map-caption').textContent())
        .toMatch(/^Map shows 1 of /);
    });
  });
}

describe('explorer map of an opened CMIF file', () => {
  let page: Page;
  usePage((opened) => (page = opened));

  it(
    'places its GeoNames ids through the gazetteer the import fetches only then',
    { timeout: 120_000 },
    async () => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await openExplorer(page, baseUrl);
      expect(requested.filter((path) => path.endsWith('.pbf'))).toEqual([]);
      await page
        .getByLabel('Choose corpus files')
        .setInputFiles(join(PROJECT_ROOT, 'tests/fixtures/cmif/cmif-example01-basic.xml'));
      await page
        .getByRole('dialog', { name: 'Open a corpus' })
        .getByRole('button', { name: 'Open this file' })
        .click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
        .toContain('Carl-Maria-von-Weber');
      expect(requested.filter((path) => path.endsWith('.pbf'))).toHaveLength(1);
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      // Mannheim (GeoNames 2873891) is one of the places of writing the file gives by id.
      await page.getByRole('button', { name: /^Mannheim: \d+ letter/ }).waitFor();
      await expect
        .poll(() => page.locator('.map-caption').textContent())
        .toMatch(/^Map shows [1-9]/);
    },
  );
});
