/**
 * The overview of a large network, on a synthetic corpus of 2,000 documents drawn as large
 * networks are (the thresholds lowered, as openAsLargeNetwork does): from afar one line per pair
 * of people, and a click on one lists the pair's documents; zoomed in, one line per document, and
 * a click opens that document; a filter brings the documents back. At a desktop and a phone size.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/data/synth/generate.ts';
import { synthDocumentsCsv, synthPeopleCsv } from '../../src/data/synth/write.ts';
import { clickSettled, openExplorer, pointsBesideEdge } from './explorer-page.ts';
import { useCorpusSite } from './corpus-site.ts';
import { usePage } from './page-session.ts';

const siteUrl = useCorpusSite('overview', (input) => {
  // The built site (global setup's dist/) serving a synthetic corpus built as build:data does.
  const corpus = generateCorpus({ documents: 2000, people: 60, seed: 7 });
  writeFileSync(
    join(input, 'corpus.json'),
    JSON.stringify({ name: 'Synthetic correspondence (2,000 documents)', slug: 'synth-2k' }),
  );
  writeFileSync(join(input, 'documents.csv'), synthDocumentsCsv(corpus));
  writeFileSync(join(input, 'people.csv'), synthPeopleCsv(corpus));
});

/** Open the synthetic corpus drawn as a large network: focus layer and overview from 0 edges. */
async function openLarge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cablegraphLayerAbove = 0;
    window.cablegraphOverviewAbove = 0;
  });
  await openExplorer(page, siteUrl());
}

interface PairTarget {
  edge: string;
  documents: string[];
  ends: string[];
  point: { x: number; y: number };
}

/**
 * A pair line drawn now with a point on it clear of every disc and of every other pair line drawn
 * (the renderer's `pairAt` says which lines are pairs' at this zoom), busiest pairs first.
 */
function pairToClick(
  page: Page,
  clear: { disc: number; line: number; border: number },
): Promise<PairTarget | null> {
  return page.evaluate((clear) => {
    const { renderer } = window.cablegraph!;
    const { sigma } = renderer;
    const graph = sigma.getGraph();
    const rect = sigma.getContainer().getBoundingClientRect();
    type Point = { x: number; y: number };
    const at = (node: string): Point =>
      sigma.graphToViewport(graph.getNodeAttributes(node) as Point);
    const drawn = graph
      .filterEdges((edge) => renderer.pairAt(edge) !== null)
      .map((edge) => ({
        edge,
        pair: renderer.pairAt(edge)!,
        a: at(graph.source(edge)),
        b: at(graph.target(edge)),
      }))
      .sort((x, y) => y.pair.documents.length - x.pair.documents.length);
    const gap = (p: Point, a: Point, b: Point): number => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(
        0,
        Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
      );
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    const discs = graph
      .filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden)
      .map((n) => ({ ...at(n), r: sigma.scaleSize(sigma.getNodeDisplayData(n)?.size ?? 1) }));
    const { width, height } = sigma.getDimensions();
    // A pair of one document opens that document: the list needs two or more.
    for (const line of drawn.filter((candidate) => candidate.pair.documents.length > 1)) {
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = {
          x: line.a.x + t * (line.b.x - line.a.x),
          y: line.a.y + t * (line.b.y - line.a.y),
        };
        const { border } = clear;
        if (p.x < border || p.y < border || p.x > width - border || p.y > height - border) continue;
        if (discs.some((d) => Math.hypot(d.x - p.x, d.y - p.y) < d.r + clear.disc)) continue;
        if (drawn.some((o) => o.edge !== line.edge && gap(p, o.a, o.b) < clear.line)) continue;
        return {
          edge: line.edge,
          documents: line.pair.documents,
          ends: [line.pair.a, line.pair.b],
          point: { x: rect.left + p.x, y: rect.top + p.y },
        };
      }
    }
    return null;
  }, clear);
}

const drawsPairs = (page: Page): Promise<boolean> =>
  page.evaluate(() => window.cablegraph!.renderer.drawsPairs);

const selection = (page: Page) =>
  page.evaluate(() => {
    const selected = window.cablegraph!.state.selection.value;
    return selected ? { ...selected } : null;
  });

/**
 * Short document lines, each with the camera that shows it zoomed in past the overview ~250 px
 * long: lone lines first (no parallel curves beside them), then by length.
 */
function documentsToZoomTo(
  page: Page,
): Promise<{ edge: string; camera: { x: number; y: number; ratio: number } }[]> {
  return page.evaluate(() => {
    const { sigma } = window.cablegraph!.renderer;
    const graph = sigma.getGraph();
    const { width, height } = sigma.getDimensions();
    const found: { edge: string; lone: boolean; length: number; x: number; y: number }[] = [];
    graph.forEachEdge((edge, _attrs, source, target) => {
      if (source === target) return;
      const a = sigma.getNodeDisplayData(source)!;
      const b = sigma.getNodeDisplayData(target)!;
      const length = Math.hypot(a.x - b.x, a.y - b.y);
      // Long enough to click beside its ends' discs once zoomed in, short enough to fit.
      if (length < 0.04 || length > 0.15) return;
      const lone = graph.edges(source, target).length + graph.edges(target, source).length === 1;
      found.push({ edge, lone, length, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    });
    found.sort((p, q) => Number(q.lone) - Number(p.lone) || p.length - q.length);
    return found.slice(0, 12).map(({ edge, length, x, y }) => ({
      edge,
      camera: { x, y, ratio: Math.min(0.3, (length * Math.min(width, height)) / 250) },
    }));
  });
}

/** Of these page points, those at least `margin` px clear of every disc drawn. */
function clearOfDiscs(
  page: Page,
  points: { x: number; y: number }[],
  margin: number,
): Promise<{ x: number; y: number }[]> {
  return page.evaluate(
    ([candidates, clear]) => {
      const { sigma } = window.cablegraph!.renderer;
      const graph = sigma.getGraph();
      const rect = sigma.getContainer().getBoundingClientRect();
      const discs = graph
        .filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden)
        .map((n) => ({
          ...sigma.graphToViewport(graph.getNodeAttributes(n) as { x: number; y: number }),
          r: sigma.scaleSize(sigma.getNodeDisplayData(n)?.size ?? 1),
        }));
      return candidates.filter((p) =>
        discs.every((d) => Math.hypot(d.x + rect.left - p.x, d.y + rect.top - p.y) >= d.r + clear),
      );
    },
    [points, margin] as const,
  );
}

for (const device of [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  },
]) {
  describe(`the overview of a large network (${device.name})`, () => {
    let page: Page;
    usePage((opened) => (page = opened), device.options, siteUrl);
    const touch = device.name === 'phone';
    // A finger picks discs and lines within 16 px (render/pointer.ts), a mouse lines within 6.
    const clear = touch ? { disc: 17, line: 4, border: 20 } : { disc: 3, line: 4, border: 30 };
    const press = async (point: { x: number; y: number }): Promise<void> => {
      await clickSettled(page);
      if (device.name === 'phone') await page.touchscreen.tap(point.x, point.y);
      else await page.mouse.click(point.x, point.y);
    };

    it(
      "draws one line per pair from afar, and a click on one lists the pair's documents",
      { timeout: 120_000 },
      async () => {
        await openLarge(page);
        expect(await drawsPairs(page)).toBe(true);
        // A phone's canvas is small: closer (still the overview), a line with room for a finger is
        // looked for around the network.
        const cameras = touch
          ? [0.5, 0.3, 0.7].flatMap((x) => [0.5, 0.3, 0.7].map((y) => ({ x, y, ratio: 0.6 })))
          : [
              { x: 0.5, y: 0.5, ratio: 1 },
              { x: 0.5, y: 0.5, ratio: 1 },
            ];
        // The point is worked out afresh for each try: a phone's layout may still be settling.
        let target: PairTarget | null = null;
        for (const camera of cameras) {
          await page.evaluate((state) => window.cablegraph!.renderer.setCamera(state), camera);
          await page.waitForFunction(() => !window.cablegraph!.renderer.moving, null, {
            polling: 200,
            timeout: 90_000,
          });
          target = await pairToClick(page, clear);
          if (!target) continue;
          await press(target.point);
          const picked = await expect
            .poll(() => selection(page), { timeout: 5_000 })
            .toMatchObject({ kind: 'pair' })
            .then(() => true)
            .catch(() => false);
          if (picked) break;
        }
        if (!target) throw new Error('tests/e2e: no pair line with room to click');
        const selected = await selection(page);
        expect(selected).toMatchObject({ kind: 'pair' });
        expect(new Set([selected?.id, (selected as { other?: string }).other])).toEqual(
          new Set(target?.ends),
        );
        const list = page.getByRole('list', { name: 'Documents between these two' });
        await expect.poll(() => list.getByRole('listitem').count()).toBe(target?.documents.length);
        // The list opens a document of the pair.
        await list.getByRole('button').first().click();
        await expect.poll(() => selection(page)).toMatchObject({ kind: 'document' });
        expect(target?.documents).toContain((await selection(page))?.id);
      },
    );

    // Finding a line with room to click beside, zoomed in, measures every line (pointsBesideEdge):
    // up to a minute at load 15.
    it(
      'draws one line per document once zoomed in, and a click opens that document',
      { timeout: 180_000 },
      async () => {
        await openLarge(page);
        let edge = '';
        for (const candidate of await documentsToZoomTo(page)) {
          await page.evaluate(
            (state) => window.cablegraph!.renderer.setCamera(state),
            candidate.camera,
          );
          // The level of detail changes once the camera rests.
          await page.waitForFunction(() => !window.cablegraph!.renderer.drawsPairs, null, {
            polling: 200,
            timeout: 90_000,
          });
          const [point] = await clearOfDiscs(
            page,
            await pointsBesideEdge(page, candidate.edge, 0),
            clear.disc,
          );
          if (!point) continue;
          await press(point);
          const opened = await expect
            .poll(() => selection(page), { timeout: 5_000 })
            .toMatchObject({ kind: 'document', edge: candidate.edge })
            .then(() => true)
            .catch(() => false);
          if (opened) {
            edge = candidate.edge;
            break;
          }
        }
        if (!edge) throw new Error('tests/e2e: no document line with room to click');
        const doc = await page.evaluate(
          (key) => window.cablegraph!.renderer.sigma.getGraph().getEdgeAttribute(key, 'doc'),
          edge,
        );
        expect(await selection(page)).toMatchObject({ kind: 'document', id: doc, edge });
        // Back to the whole network: pairs again.
        await page.evaluate(() =>
          window.cablegraph!.renderer.setCamera({ x: 0.5, y: 0.5, ratio: 1 }),
        );
        await page.waitForFunction(() => window.cablegraph!.renderer.drawsPairs, null, {
          polling: 200,
          timeout: 90_000,
        });
      },
    );

    it('draws documents while a filter is set (each applies the dates), pairs once cleared', async () => {
      await openLarge(page);
      const middle = await page.evaluate(() => {
        const dates = window
          .cablegraph!.state.corpus.documentList.map((doc) => doc.date.iso)
          .filter((iso): iso is string => iso !== null)
          .sort();
        return dates[dates.length >> 1]!.slice(0, 4);
      });
      await page.evaluate((year) => window.cablegraph!.state.setFilter({ start: year }), middle);
      await page.waitForFunction(() => !window.cablegraph!.renderer.drawsPairs, null, {
        polling: 200,
        timeout: 90_000,
      });
      await page.evaluate(() => window.cablegraph!.state.resetFilter());
      await page.waitForFunction(() => window.cablegraph!.renderer.drawsPairs, null, {
        polling: 200,
        timeout: 90_000,
      });
    });
  });
}
