/** The explorer on a phone (390×844, touch), in real Chromium on the built site. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer, pointsBesideEdge, selectedEdge } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened), {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
});

describe('explorer on a phone: the network', () => {
  it('opens a line tapped 12 px off its stroke', async () => {
    await openExplorer(page, baseUrl);
    // A line with room for a finger 12 px off it: nearer to it than to any other line or disc.
    const edges = await page.evaluate(() => window.cablegraph!.renderer.sigma.getGraph().edges());
    const besideOne = async (): Promise<{ edge: string; point: { x: number; y: number } }> => {
      for (const candidate of edges) {
        const [point] = await pointsBesideEdge(page, candidate, 12);
        if (point) return { edge: candidate, point };
      }
      throw new Error('no line has room for a finger beside it');
    };
    // The point is worked out afresh for each tap: on a loaded machine the phone layout may still
    // be settling (the canvas resized, the network framed again) when the first is worked out.
    let tapped = '';
    let selected: string | null = null;
    for (let attempt = 0; attempt < 4 && selected !== tapped; attempt++) {
      const { edge, point } = await besideOne();
      tapped = edge;
      await page.touchscreen.tap(point.x, point.y);
      selected = await expect
        .poll(() => selectedEdge(page), { timeout: 3_000 })
        .toBe(edge)
        .then(() => edge)
        .catch(() => null);
    }
    expect(selected).toBe(tapped);
  });
});

/** How much of an element a reader sees: inside the window and inside the details panel. */
function seen(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const panel = document.querySelector('aside.panel');
    if (!element || !panel) return 0;
    const box = element.getBoundingClientRect();
    const frame = panel.getBoundingClientRect();
    const top = Math.max(box.top, frame.top, 0);
    const bottom = Math.min(box.bottom, frame.bottom, window.innerHeight);
    return Math.max(0, bottom - top) / Math.max(1, box.height);
  }, selector);
}

const panelHeight = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('aside.panel')!.getBoundingClientRect();
    return Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
  });

const horizontalScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

describe('explorer on a phone: reading', () => {
  it('opens ?doc=59363 with the record’s title and chain in view, in a readable sheet', async () => {
    await openExplorer(page, baseUrl, '?doc=59363');
    await expect.poll(() => panelHeight(page)).toBeGreaterThanOrEqual(200);
    expect(await seen(page, 'aside article .record-title')).toBe(1);
    expect(await seen(page, 'aside [aria-label="Chain of transmission"]')).toBe(1);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
  });

  it('opens ?person=Shtykov and a traced channel likewise', async () => {
    await openExplorer(page, baseUrl, '?person=Shtykov');
    await expect.poll(() => panelHeight(page)).toBeGreaterThanOrEqual(200);
    expect(await seen(page, 'aside h2')).toBe(1);
    expect(await page.locator('aside h2').textContent()).toContain('Terentii Shtykov');
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    await openExplorer(page, baseUrl, '?from=Mao%20Zedong&to=Stalin');
    await expect.poll(() => panelHeight(page)).toBeGreaterThanOrEqual(200);
    expect(await seen(page, 'aside h2')).toBe(1);
    await expect.poll(() => seen(page, 'aside .trace-summary')).toBe(1);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
  });

  it('rests as a strip, drags up, and is dismissed by dragging it down', async () => {
    await openExplorer(page, baseUrl, '?doc=59363');
    await expect.poll(() => panelHeight(page)).toBeGreaterThanOrEqual(200);
    const handle = page.getByRole('button', { name: /resize the details/ });
    const box = (await handle.boundingBox())!;
    const drag = async (toY: number) => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, toY, { steps: 5 });
      await page.mouse.up();
    };
    await drag(120);
    await expect.poll(() => panelHeight(page)).toBeGreaterThan(650);
    const tall = (await handle.boundingBox())!;
    Object.assign(box, tall);
    await drag(830);
    await expect
      .poll(() => page.evaluate(() => window.cablegraph!.state.selection.value))
      .toBeNull();
    expect(await panelHeight(page)).toBeLessThan(120);
  });

  it('keeps the top bar to one row with tap targets of 44 px, the actions behind the menu', async () => {
    await openExplorer(page, baseUrl);
    const bar = await page.evaluate(() => {
      const topbar = document.querySelector('.topbar')!.getBoundingClientRect();
      const small = [...document.querySelectorAll<HTMLElement>('button, select, input, summary')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('dialog'))
        .filter((el) => !el.closest('.panel-content, .list-scroll'))
        // A checkbox's target is its whole label.
        .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 24))
        .map(
          ({ el }) => el.getAttribute('aria-label') || el.textContent || el.outerHTML.slice(0, 80),
        );
      return { height: topbar.height, small };
    });
    expect(bar.height).toBeLessThanOrEqual(60);
    expect(bar.small).toEqual([]);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Export' }).isVisible()).toBe(true);
  });

  it('lists documents by From, To and Via, other columns on demand', async () => {
    await openExplorer(page, baseUrl);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'List' }).click();
    const visibleHeaders = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.table th')]
          .filter((th) => th.getBoundingClientRect().width > 0)
          .map((th) => th.textContent?.replace(/[▲▼\s]+$/, '').trim()),
      );
    expect(await visibleHeaders()).toEqual(['Document', 'From', 'To', 'Via']);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    // The rows are in date order, so each shows its date under its heading.
    const firstDocument = page.locator('.table tbody tr').first().locator('.col-doc');
    expect(await firstDocument.textContent()).toMatch(/^Cable No\. 121973\s*12 May 1947$/);
    expect(await firstDocument.locator('.doc-cell-date').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'All columns' }).click();
    expect(await firstDocument.locator('.doc-cell-date').isVisible()).toBe(false);
    expect(await visibleHeaders()).toEqual([
      'Document',
      'Date',
      'Title',
      'Type',
      'From',
      'To',
      'Via',
    ]);
  });
});

/** Height of the element on screen, in px (0 when there is none). */
const heightOf = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0,
    selector,
  );

/** Controls in the footer that are on screen but smaller than a fingertip (44 px) or off screen. */
const unreachableInFooter = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.controls :is(button, select, input)')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.top < 0 || box.bottom > window.innerHeight + 0.5)
      .map(({ el }) => el.getAttribute('aria-label') || el.textContent || el.outerHTML),
  );

describe('explorer on a phone: the picture first', () => {
  it('gives the network and the map most of the screen, the timeline and filters one tap away', async () => {
    await openExplorer(page, baseUrl);
    const screen = 844;
    expect(await heightOf(page, '.graph canvas')).toBeGreaterThanOrEqual(0.55 * screen);
    // Folded: one row that says what the filters let through; nothing of the timeline in reach.
    const toggle = page.getByRole('button', { name: 'Time & filters' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.controls-summary').textContent()).toBe(
      'All dates · 34 of 34 documents',
    );
    expect(await page.getByRole('combobox', { name: 'From' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(false);
    // Unfolded by touch: dates, play, window, undated and types, each a fingertip's size.
    await toggle.tap();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    for (const control of [
      page.getByRole('combobox', { name: 'From' }),
      page.getByRole('combobox', { name: 'To' }),
      page.getByRole('button', { name: 'Play', exact: true }),
      page.getByRole('button', { name: 'Step forward' }),
      page.getByRole('combobox', { name: 'Window' }),
      page.getByRole('checkbox', { name: /^Show undated documents/ }),
      page.getByRole('checkbox', { name: /^cable/ }),
    ])
      await expect.poll(() => control.isVisible()).toBe(true);
    expect(await unreachableInFooter(page)).toEqual([]);
    // A filter chosen there is said in the folded row; Escape folds it back, focus on the toggle.
    await page.getByRole('checkbox', { name: /^cable/ }).tap();
    await page.getByRole('button', { name: 'Step forward' }).focus();
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Time & filters');
    await expect
      .poll(() => page.locator('.controls-summary').textContent())
      .toMatch(/^[A-Z].* · \d+ of 34 documents · 1 type hidden$/);
    // The map gets the same room.
    await page.goto(`${baseUrl}?view=map`);
    await page.locator('.map-place').first().waitFor();
    expect(await heightOf(page, '.stage')).toBeGreaterThanOrEqual(0.55 * screen);
  });

  it('keeps the legend in view above a record’s sheet, its entries reachable', async () => {
    await openExplorer(page, baseUrl, '?doc=59363');
    await expect.poll(() => panelHeight(page)).toBeGreaterThanOrEqual(200);
    const clear = await page.evaluate(() => {
      const legend = document.querySelector('.legend')!.getBoundingClientRect();
      const sheet = document.querySelector('aside.panel')!.getBoundingClientRect();
      return legend.bottom <= sheet.top && legend.top >= 0;
    });
    expect(clear).toBe(true);
    const more = page.getByRole('button', { name: /^\+\d+ more affiliations$/ });
    const hidden = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
    const shown = () => page.locator('.legend-item').filter({ visible: true }).count();
    const before = await shown();
    await more.tap();
    await expect.poll(shown).toBe(before + hidden);
    expect(await page.getByRole('button', { name: 'fewer affiliations' }).isVisible()).toBe(true);
  });
});
