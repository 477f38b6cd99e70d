/**
 * Who held the network together, and how it moved: size by betweenness makes the relays of the
 * default corpus stand out; the timeline plays, pauses and steps by keys, the network and its
 * counts following — at a desktop and a phone size.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openControls, openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened));

/** Drawn size of every person, as sigma holds it after the reducers. */
function drawnSizes(p: Page): Promise<Record<string, number>> {
  return p.evaluate(() => {
    const sigma = window.cablegraph?.renderer.sigma;
    const sizes: Record<string, number> = {};
    sigma?.getGraph().forEachNode((node) => {
      sizes[node] = sigma.getNodeDisplayData(node)?.size ?? 0;
    });
    return sizes;
  });
}

/** Rank of a disc by size: 1 + the discs larger than it. */
const rank = (sizes: Record<string, number>, id: string): number =>
  1 + Object.values(sizes).filter((size) => size > (sizes[id] ?? 0)).length;

const windowOf = (p: Page): Promise<string> =>
  p.evaluate(() => {
    const filter = window.cablegraph?.state.filter.value;
    return `${filter?.start ?? ''}..${filter?.end ?? ''}`;
  });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  describe(`measures and play at ${viewport.width}×${viewport.height}`, () => {
    it(
      'sizing by betweenness makes Kovalev and Shtykov stand out',
      { timeout: 60_000 },
      async () => {
        await page.setViewportSize(viewport);
        await openExplorer(page, baseUrl);
        const byLetters = await drawnSizes(page);
        await page.locator('.legend-help summary').click();
        await page.getByRole('combobox', { name: 'Size' }).selectOption('betweenness');
        await page.waitForFunction(() => window.location.search.includes('size=betweenness'));
        await expect.poll(async () => (await drawnSizes(page)).kovalev).not.toBe(byLetters.kovalev);
        const byBrokers = await drawnSizes(page);
        const nonBrokers = await page.evaluate(
          () =>
            window.cablegraph?.state.corpus.graph.filterNodes((_n, a) => a.betweenness === 0) ?? [],
        );
        expect(nonBrokers.length).toBeGreaterThan(10);
        for (const relay of ['kovalev', 'shtykov']) {
          expect(rank(byBrokers, relay)).toBeLessThanOrEqual(5);
          for (const other of nonBrokers)
            expect(byBrokers[relay]).toBeGreaterThan(byBrokers[other] ?? Infinity);
        }
        expect(rank(byBrokers, 'kovalev')).toBeLessThan(rank(byLetters, 'kovalev'));
        // The person panel ranks him among the brokers; a reload keeps the choice.
        await page.goto(`${baseUrl}?person=Kovalev&size=betweenness`);
        await expect
          .poll(() => page.locator('dd.broker').textContent())
          .toMatch(/^[1-5](st|nd|rd|th) of 28/);
        expect(
          await page.getByRole('combobox', { name: 'Size', includeHidden: true }).inputValue(),
        ).toBe('betweenness');
      },
    );

    it(
      'plays the timeline: the window moves, the network and counts follow; pause; keys step',
      { timeout: 90_000 },
      async () => {
        await page.setViewportSize(viewport);
        await openExplorer(page, baseUrl);
        const counts = page.locator('p.shown');
        const before = await counts.textContent();
        const hiddenNodes = (): Promise<number> =>
          page.evaluate(() => {
            const sigma = window.cablegraph?.renderer.sigma;
            return (sigma?.getGraph().filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden) ?? [])
              .length;
          });
        expect(await hiddenNodes()).toBe(0);
        await openControls(page);
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        expect(await windowOf(page)).toBe('1947-04..1947-06');
        await page.waitForFunction(() =>
          window.location.search.includes('start=1947-04&end=1947-06'),
        );
        await expect.poll(() => counts.textContent()).not.toBe(before);
        await expect.poll(hiddenNodes).toBeGreaterThan(0);
        // It moves on by itself (waited for, not timed), and the new lines of a step are emphasised.
        await expect.poll(() => windowOf(page), { timeout: 20_000 }).toBe('1947-07..1947-09');
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
        expect(await page.evaluate(() => window.cablegraph?.state.playing.value)).toBe(false);
        const paused = await windowOf(page);
        const play = page.getByRole('button', { name: 'Play', exact: true });
        await play.focus();
        await page.keyboard.press('ArrowRight');
        expect(await windowOf(page)).not.toBe(paused);
        await page.keyboard.press('ArrowLeft');
        expect(await windowOf(page)).toBe(paused);
        // Step on until a step brings a line between people who had none in the step before.
        let emphasised = false;
        for (let i = 0; i < 16 && !emphasised; i++) {
          await page.keyboard.press('ArrowRight');
          emphasised = await page.evaluate(() => {
            const cablegraph = window.cablegraph;
            const fresh = cablegraph?.state.fresh.value;
            const sigma = cablegraph?.renderer.sigma;
            if (!fresh || !sigma) return false;
            const [edge] = [...fresh.edges];
            const old = sigma
              .getGraph()
              .filterEdges((e) => !fresh.edges.has(e) && !sigma.getEdgeDisplayData(e)?.hidden);
            const size = (e: string): number => sigma.getEdgeDisplayData(e)?.size ?? 0;
            return old.every((e) => size(edge ?? '') > size(e));
          });
        }
        expect(emphasised).toBe(true);
        await page.keyboard.press(' ');
        expect(await page.evaluate(() => window.cablegraph?.state.playing.value)).toBe(true);
        await page.keyboard.press(' ');
        expect(await page.evaluate(() => window.cablegraph?.state.playing.value)).toBe(false);
      },
    );
  });
}
