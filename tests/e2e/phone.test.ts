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
    let edge: string | undefined;
    let point: { x: number; y: number } | undefined;
    for (const candidate of edges) {
      [point] = await pointsBesideEdge(page, candidate, 12);
      edge = candidate;
      if (point) break;
    }
    expect(point).toBeDefined();
    await page.touchscreen.tap(point!.x, point!.y);
    await expect.poll(() => selectedEdge(page)).toBe(edge);
  });
});
