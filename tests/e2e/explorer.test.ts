/**
 * The explorer in real headless Chromium (WebGL on SwiftShader) against the built site:
 * meaning-level checks of what a historian sees and does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  clickEdge,
  clickNode,
  clickSettled,
  edgesBetween,
  inkedAround,
  inkedPixels,
  openAsLargeNetwork,
  openExplorer,
  pageFacts,
  pointsBesideEdge,
  recordAtFirstDraw,
  selectedEdge,
} from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened));

const panel = () => page.getByRole('complementary', { name: 'Details' });

describe('explorer: the network', () => {
  it('draws the laid-out graph on first paint', async () => {
    await openExplorer(page, baseUrl);
    expect(await inkedPixels(page, '.graph')).toBeGreaterThan(2000);
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toBe('Korean War documents, 1947–1950');
  });

  it('draws the network before the panels, at the size it keeps once they are in', async () => {
    await recordAtFirstDraw(page);
    await openExplorer(page, baseUrl);
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).count()).toBe(1);
    const atFirstDraw = await page.evaluate(() => window.atFirstDraw);
    const now = await page.evaluate(pageFacts);
    expect(atFirstDraw).toMatchObject({ panel: '', controls: 0, size: now.size });
    expect(now.controls).toBeGreaterThan(0);
  });

  it('names every person drawn at 1280×800, labels clear of one another and inside the canvas', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, baseUrl);
    await expect
      .poll(() => page.evaluate(() => window.cablegraph!.renderer.drawnLabels.size))
      .toBeGreaterThan(0);
    const { labels, drawn, width, height } = await page.evaluate(() => {
      const { renderer } = window.cablegraph!;
      const { sigma } = renderer;
      const size = sigma.getSetting('labelSize');
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
      const graph = sigma.getGraph();
      // Each box worked out here from the side, the disc and the text as the browser measures it.
      const boxes = [...renderer.drawnLabels].map(([id, placed]) => {
        const data = sigma.getNodeDisplayData(id)!;
        const { x, y } = sigma.framedGraphToViewport(data);
        const reach = sigma.scaleSize(data.size) + 3;
        const w = Math.max(...placed.lines.map((line) => context.measureText(line).width));
        const h = placed.lines.length * size * 1.2;
        const left = { right: x + reach, left: x - reach - w, above: x - w / 2, below: x - w / 2 }[
          placed.side
        ];
        const top = { right: y - h / 2, left: y - h / 2, above: y - reach - h, below: y + reach }[
          placed.side
        ];
        return { id, text: placed.lines.join(' '), x: left, y: top, w, h };
      });
      return {
        labels: boxes,
        drawn: graph.filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden),
        ...sigma.getDimensions(),
      };
    });
    expect(drawn.length).toBe(28);
    expect(labels.map((l) => l.id).sort()).toEqual([...drawn].sort());
    const outside = labels.filter(
      (l) => l.x < 0 || l.y < 0 || l.x + l.w > width || l.y + l.h > height,
    );
    expect(outside.map((l) => l.text)).toEqual([]);
    const clashes = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(clashes).toEqual([]);
  });

  it('opens cable 59363 with its chain Mao Zedong → Kovalev → Stalin when the edge Kovalev → Stalin is clicked', async () => {
    await openExplorer(page, baseUrl);
    const [edge] = await edgesBetween(page, 'kovalev', 'stalin');
    expect(edge).toBeDefined();
    await clickEdge(page, edge as string);
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toBe('Records: Ivan Kovalev → Joseph Stalin');
    const record = panel().getByRole('article');
    await expect
      .poll(() => record.getByRole('heading').textContent())
      .toMatch(/^Cable Telegram no\. 59363 from Kovalev to Stalin/);
    const chain = record.getByRole('list', { name: 'Chain of transmission' });
    expect(await chain.getByRole('button').allTextContents()).toEqual([
      'Mao Zedong',
      'Ivan Kovalev',
      'Joseph Stalin',
    ]);
    expect(await record.textContent()).toContain('Wilson Center Digital Archive');
  });

  it('highlights Stalin’s correspondents when he is clicked, and dims the rest', async () => {
    await openExplorer(page, baseUrl);
    await clickNode(page, 'stalin');
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toContain('Joseph Stalin');
    const colors = await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      const color = (node: string) => sigma.getNodeDisplayData(node)?.color;
      return {
        stalin: color('stalin'),
        molotov: color('molotov'),
        mao: color('mao-zedong'),
        lie: color('trygve-lie'),
        rhee: color('syngman-rhee'),
      };
    });
    expect(colors.lie).toBe(colors.rhee);
    expect(colors.molotov).not.toBe(colors.lie);
    expect(colors.mao).not.toBe(colors.lie);
    expect(
      await panel()
        .getByRole('region', { name: 'With Vyacheslav Molotov' })
        .getByRole('listitem')
        .count(),
    ).toBe(4);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toBe('Korean War documents, 1947–1950');
  });

  it('lays out the correspondent groups below the panel’s fold only once scrolled to', async () => {
    await openExplorer(page, baseUrl, '?person=stalin');
    const groups = panel().getByRole('region', { name: /^With / });
    await expect.poll(() => groups.count()).toBeGreaterThan(3);
    // content-visibility: auto skips the rendering of what lies out of view; the text is there.
    // The section is the container whose contents are skipped: ask about its list.
    const laidOut = (index: number) =>
      groups
        .nth(index)
        .getByRole('list')
        .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    const last = (await groups.count()) - 1;
    await expect.poll(() => laidOut(0)).toBe(true);
    expect(await laidOut(last)).toBe(false);
    expect(await groups.nth(last).textContent()).toMatch(/\d{4}/);
    await groups.nth(last).scrollIntoViewIfNeeded();
    await expect.poll(() => laidOut(last)).toBe(true);
  });

  it('finds Stalin by searching “Filippov”', async () => {
    await openExplorer(page, baseUrl);
    const search = page.getByRole('combobox', { name: 'Search people and documents' });
    await search.fill('Filippov');
    await expect
      .poll(() => page.getByRole('option').first().textContent())
      .toMatch(/Joseph Stalin/);
    await search.press('Enter');
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toContain('Joseph Stalin');
    expect(new URL(page.url()).searchParams.get('person')).toBe('Joseph Stalin');
  });

  it('narrowing the timeline to 1947 leaves only 1947 documents drawn and listed', async () => {
    await openExplorer(page, baseUrl);
    await page.getByLabel('To', { exact: true }).selectOption({ label: 'December 1947' });
    await expect.poll(() => new URL(page.url()).searchParams.get('end')).toBe('1947-12');
    await page.getByLabel('Show undated documents (2)').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('undated')).toBe('0');
    const drawn = await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      const graph = sigma.getGraph();
      return graph
        .filterEdges((edge) => !sigma.getEdgeDisplayData(edge)?.hidden)
        .map((edge) => String(graph.getEdgeAttribute(edge, 'date')));
    });
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((date) => date.startsWith('1947'))).toBe(true);
    await page.getByRole('button', { name: 'List' }).click();
    const dates = await page
      .getByRole('table')
      .getByRole('row')
      .locator('td.col-date')
      .allTextContents();
    expect(dates.length).toBe(7);
    expect(dates.every((date) => date.endsWith('1947'))).toBe(true);
  });

  it('narrows the dates by dragging across the timeline', async () => {
    await openExplorer(page, baseUrl);
    const histogram = page.getByRole('img', { name: /^Documents per month/ });
    const box = await histogram.boundingBox();
    const bins = await histogram.locator('rect.bar-all').count();
    expect(box && bins > 12).toBe(true);
    const x = (i: number) => (box?.x ?? 0) + ((i + 0.5) / bins) * (box?.width ?? 0);
    const y = (box?.y ?? 0) + (box?.height ?? 0) / 2;
    // May 1947 is the first bin: drag from July 1948 (bin 14) to March 1949 (bin 22).
    await page.mouse.move(x(14), y);
    await page.mouse.down();
    await page.mouse.move(x(18), y, { steps: 4 });
    await page.mouse.move(x(22), y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBe('1948-07');
    expect(new URL(page.url()).searchParams.get('end')).toBe('1949-03');
    expect(await page.getByText(/^Showing \d+ documents? of 34/).textContent()).toMatch(
      /^Showing 8 documents of 34/,
    );
  });

  it('reopens a shared view: ?person=Shtykov', async () => {
    await openExplorer(page, baseUrl, '?person=Shtykov');
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toContain('Terentii Shtykov');
    const dimmed = await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      return (
        sigma.getNodeDisplayData('trygve-lie')?.color !==
        sigma.getNodeDisplayData('vyshinsky')?.color
      );
    });
    expect(dimmed).toBe(true);
  });

  it('reopens a shared record: ?doc=59363', async () => {
    await openExplorer(page, baseUrl, '?doc=59363');
    await expect
      .poll(() => panel().getByRole('article').getByRole('heading').textContent())
      .toMatch(/^Cable Telegram no\. 59363/);
    expect(new URL(page.url()).searchParams.get('doc')).toBe('1949-10-23-cable-59363');
  });

  it('says how a record was read: the office read as the person who held it on the date', async () => {
    await openExplorer(page, baseUrl, '?doc=1950-09-20-gromyko-ambassador-peking');
    const readings = panel().getByRole('article').locator('details.readings');
    await expect
      .poll(() => readings.locator('summary').textContent())
      .toBe('How this record was read');
    await readings.locator('summary').click();
    await expect
      .poll(() => readings.getByRole('listitem').allTextContents())
      .toContain(
        '"Soviet Ambassador, Peking" read as Nikolai Roshchin (office holder on 1950-09-20)',
      );
  });

  it('answers an unknown name in a link with a polite message, not a blank page', async () => {
    await openExplorer(page, baseUrl, '?person=Nobody%20Known&start=1949');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Nobody Known' }).count())
      .toBe(1);
    expect(await inkedPixels(page, '.graph')).toBeGreaterThan(1000);
  });
});

describe('explorer: highlights on large networks (the focus layer)', () => {
  it('draws an ego network over the faded network without touching its display data', async () => {
    await openAsLargeNetwork(page, baseUrl, { focusLayer: true });
    await clickNode(page, 'stalin');
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toContain('Joseph Stalin');
    const layer = await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      const canvases = Object.values(sigma.getCanvases());
      return {
        faded: canvases.filter((c) => c.style.opacity !== '').length,
        lieColour:
          sigma.getNodeDisplayData('trygve-lie')?.color ===
          sigma.getNodeDisplayData('syngman-rhee')?.color,
        layerCanvases: document.querySelectorAll('.focus-layer canvas').length,
        layerVisibility: getComputedStyle(document.querySelector('.focus-layer')!).visibility,
      };
    });
    expect(layer.faded).toBeGreaterThan(2);
    expect(layer.layerCanvases).toBeGreaterThan(2);
    expect(layer.layerVisibility).toBe('visible');
    const svg = await page.evaluate(() => {
      const scene = window.cablegraph!.renderer.scene({ labels: true });
      return {
        dimmed: scene.nodes.filter((n) => n.label === null).length,
        labelled: scene.nodes.filter((n) => n.label !== null).map((n) => n.id),
      };
    });
    expect(svg.labelled).toContain('stalin');
    expect(svg.labelled).not.toContain('trygve-lie');
    expect(svg.dimmed).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            Object.values(window.cablegraph!.renderer.sigma.getCanvases()).filter(
              (c) => c.style.opacity !== '',
            ).length,
        ),
      )
      .toBe(0);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.focus-layer')!).visibility,
      ),
    ).toBe('hidden');
  });

  it('makes the focus layer once the network is drawn, before anything is clicked', async () => {
    await recordAtFirstDraw(page);
    await openAsLargeNetwork(page, baseUrl, { focusLayer: true });
    // A sigma of its own: it would hold the first drawing back.
    expect(await page.evaluate(() => window.atFirstDraw?.focusLayers)).toBe(0);
    await expect.poll(async () => (await page.evaluate(pageFacts)).focusLayers).toBe(1);
  });
});

describe('explorer: moving the camera', () => {
  it('finds the person under the pointer again once the camera rests', async () => {
    await openExplorer(page, baseUrl);
    // A pan of a dozen frames: the picking pass waits for the camera to rest (picking.ts), so the
    // click waits for the first frame drawn at rest after the last move. The listener is in place
    // before that move: on a loaded machine the rest (150 ms on) can come before the next frame.
    await page.evaluate(async () => {
      const { renderer } = window.cablegraph!;
      let panned = false;
      const drawnAtRest = new Promise<void>((resolve) => {
        const onRender = () => {
          if (!panned || renderer.moving) return;
          renderer.sigma.off('afterRender', onRender);
          resolve();
        };
        renderer.sigma.on('afterRender', onRender);
      });
      for (let frame = 0; frame < 12; frame++) {
        renderer.setCamera({ x: 0.5 + frame * 0.004, ratio: 1 - frame * 0.01 });
        panned = frame === 11;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await drawnAtRest;
    });
    await clickNode(page, 'stalin');
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toContain('Joseph Stalin');
  });
});

describe('explorer: narrow windows', () => {
  it('keeps the top bar, the search box and the side panel inside a 900-pixel window', async () => {
    await page.setViewportSize({ width: 900, height: 860 });
    await openExplorer(page, baseUrl);
    const layout = await page.evaluate(() => {
      const right = (element: Element) => element.getBoundingClientRect().right;
      const panel = document.querySelector('.panel')!;
      return {
        width: window.innerWidth,
        topbar: Math.max(...[...document.querySelectorAll('.topbar > *')].map(right)),
        search: document.querySelector('.search')!.getBoundingClientRect().width,
        panel: right(panel),
        panelOverflow: panel.scrollWidth - panel.clientWidth,
      };
    });
    expect(layout.topbar).toBeLessThanOrEqual(layout.width);
    expect(layout.search).toBeGreaterThanOrEqual(150);
    expect(layout.panel).toBeLessThanOrEqual(layout.width);
    expect(layout.panelOverflow).toBeLessThanOrEqual(0);
    // The legend has no room for every affiliation in one row: it counts the rest, which a click
    // shows, and nothing of it runs sideways.
    const more = page.getByRole('button', { name: /^\+\d+ more affiliations$/ });
    await expect.poll(() => more.count()).toBe(1);
    const sideways = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.legend, .legend *')].some(
          (element) =>
            element.checkVisibility() &&
            !element.closest('.visually-hidden') &&
            element.scrollWidth > element.clientWidth,
        ),
      );
    expect(await sideways()).toBe(false);
    await more.click();
    const items = page.locator('.legend-item');
    await expect.poll(() => items.filter({ visible: true }).count()).toBe(await items.count());
    expect(await sideways()).toBe(false);
  });
});

describe('explorer: the top bar', () => {
  it('stays one row in a 1100-pixel window, cutting the corpus name short', async () => {
    await page.setViewportSize({ width: 1100, height: 800 });
    await openExplorer(page, baseUrl);
    const bar = await page.evaluate(() => {
      const items = [...document.querySelectorAll('.topbar > *')].filter(
        (element) => element.getBoundingClientRect().width > 1,
      );
      const brand = document.querySelector('.brand')!;
      // The bar centres its items vertically: one row, one centre line.
      const centre = (element: Element) => {
        const box = element.getBoundingClientRect();
        return Math.round((box.top + box.bottom) / 2);
      };
      return {
        rows: new Set(items.map(centre)).size,
        cut: brand.scrollWidth > brand.clientWidth,
        title: document.querySelector('.corpus-name')!.getAttribute('title'),
      };
    });
    expect(bar.cut).toBe(true);
    expect(bar.title).toBe('Korean War documents, 1947–1950');
    expect(bar.rows).toBe(1);
  });
});

describe('explorer: the footer', () => {
  it('shows the whole timeline, and the count line on one line under it and the types', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, baseUrl);
    const footer = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const timeline = document.querySelector('.controls .timeline')!;
      const shown = document.querySelector('.filter-bar .shown')!;
      return {
        timelineHidden: timeline.scrollHeight - timeline.clientHeight,
        timelineBottom: box('.controls .timeline').bottom,
        typesBottom: box('.filter-bar fieldset').bottom,
        shownTop: box('.filter-bar .shown').top,
        shownLeft: box('.filter-bar .shown').left,
        timelineLeft: box('.controls .timeline').left,
        shownLines:
          shown.getBoundingClientRect().height / parseFloat(getComputedStyle(shown).lineHeight),
      };
    });
    expect(footer.timelineHidden).toBeLessThanOrEqual(0);
    expect(footer.shownTop).toBeGreaterThanOrEqual(footer.timelineBottom);
    expect(footer.shownTop).toBeGreaterThanOrEqual(footer.typesBottom);
    expect(footer.shownLeft).toBe(footer.timelineLeft);
    expect(footer.shownLines).toBeLessThan(1.5);
  });
});

describe('explorer: document types that do not fit', () => {
  it('says “+N more” for the types below the fold and shows them on demand', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, baseUrl);
    const more = page.getByRole('button', { name: /^\+\d+ more$/ });
    await expect.poll(() => more.count()).toBe(1);
    const hidden = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
    const unseen = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.chips .chip')].filter(
            (chip) => !chip.checkVisibility({ visibilityProperty: true }),
          ).length,
      );
    expect(hidden).toBeGreaterThan(0);
    expect(await unseen()).toBe(hidden);
    await more.click();
    await expect.poll(unseen).toBe(0);
    expect(await page.getByRole('button', { name: 'fewer' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});

describe('explorer: labels after a filter on large networks', () => {
  it('gives people the timeline shows again their labels back, without reprocessing the network', async () => {
    await openAsLargeNetwork(page, baseUrl, { focusLayer: true });
    const labelled = () =>
      page.evaluate(() => [...window.cablegraph!.renderer.sigma.getNodeDisplayedLabels()]);
    const before = await labelled();
    const to = page.getByLabel('To', { exact: true });
    await to.selectOption({ label: 'December 1947' });
    await expect.poll(() => new URL(page.url()).searchParams.get('end')).toBe('1947-12');
    const during = await labelled();
    const returning = before.filter((node) => !during.includes(node));
    expect(returning.length).toBeGreaterThan(3);
    // A full pass while they are hidden (a resize, a zoom across the detail threshold) leaves them
    // out of sigma's label grid.
    await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      sigma.refresh();
      (window as { processes?: number }).processes = 0;
      sigma.on('afterProcess', () => ((window as { processes?: number }).processes! += 1));
    });
    await to.selectOption({ index: (await to.locator('option').count()) - 1 });
    await expect.poll(() => new URL(page.url()).searchParams.get('end')).toBeNull();
    await expect.poll(labelled).toEqual(expect.arrayContaining(returning));
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as { processes?: number }).processes)).toBe(0);
    // The grid refilled in place holds what sigma's own full pass puts in it.
    const grid = () =>
      page.evaluate(() => {
        const { sigma } = window.cablegraph!.renderer;
        const { cells } = (
          sigma as unknown as { labelGrid: { cells: Record<string, { key: string }[]> } }
        ).labelGrid;
        return Object.entries(cells).map(([cell, candidates]) => [
          cell,
          candidates.map((c) => c.key),
        ]);
      });
    const refilled = await grid();
    await page.evaluate(() => window.cablegraph!.renderer.sigma.refresh());
    expect(refilled).toEqual(await grid());
  });
});

describe('explorer: level of detail on large networks', () => {
  it('draws plain lines from afar, and curves with arrows once zoomed in', async () => {
    await openAsLargeNetwork(page, baseUrl, { overview: true });
    // Parallel edges (several documents between two people) are curved when seen in detail.
    const edgeTypes = () =>
      page.evaluate(() => {
        const { sigma } = window.cablegraph!.renderer;
        return sigma
          .getGraph()
          .filterEdges((_edge, attrs) => attrs.curvature !== 0)
          .map((edge) => sigma.getEdgeDisplayData(edge)?.type ?? 'none');
      });
    const far = await edgeTypes();
    expect(far.length).toBeGreaterThan(1);
    expect(new Set(far)).toEqual(new Set(['line']));
    await page.evaluate(() => window.cablegraph!.renderer.setCamera({ ratio: 0.2 }));
    await expect.poll(edgeTypes).toContain('curvedArrow');
  });

  it('applies the date range to the overview on the GPU: edges outside it cannot be seen or clicked', async () => {
    // Where the overview's lines take the range as a uniform: both modes of large networks.
    await openAsLargeNetwork(page, baseUrl, { focusLayer: true, overview: true });
    // The earliest and the latest edge drawn alone between their people (straight, so clickable).
    const { early, late } = await page.evaluate(() => {
      const graph = window.cablegraph!.renderer.sigma.getGraph();
      const straight = graph
        .filterEdges((_edge, attrs) => attrs.curvature === 0 && attrs.date !== null)
        .sort((a, b) =>
          String(graph.getEdgeAttribute(a, 'date')).localeCompare(
            String(graph.getEdgeAttribute(b, 'date')),
          ),
        );
      return { early: straight[0]!, late: straight[straight.length - 1]! };
    });
    const dateOf = (edge: string) =>
      page.evaluate(
        (key) => String(window.cablegraph!.renderer.sigma.getGraph().getEdgeAttribute(key, 'date')),
        edge,
      );
    const lateYear = (await dateOf(late)).slice(0, 4);
    expect((await dateOf(early)).slice(0, 4) < lateYear).toBe(true);
    // Where each line is drawn alone (no other line near): both are seen before the range is set.
    const [onEarlyStroke] = await pointsBesideEdge(page, early, 0);
    const [onLateStroke] = await pointsBesideEdge(page, late, 0);
    await expect.poll(() => inkedAround(page, onEarlyStroke!)).toBeGreaterThan(0);
    await expect.poll(() => inkedAround(page, onLateStroke!)).toBeGreaterThan(0);
    await clickEdge(page, early);
    await page.keyboard.press('Escape');
    await page.getByLabel('From', { exact: true }).selectOption({ label: `January ${lateYear}` });
    await expect.poll(() => new URL(page.url()).searchParams.get('start')).toBe(`${lateYear}-01`);
    const display = await page.evaluate(
      (keys) =>
        keys.map((key) => {
          const data = window.cablegraph!.renderer.sigma.getEdgeDisplayData(key);
          return { type: data?.type, hidden: data?.hidden };
        }),
      [early, late],
    );
    // Neither is hidden in sigma's display data: only the program can be keeping `early` out.
    expect(display).toEqual([
      { type: 'windowedLine', hidden: false },
      { type: 'windowedLine', hidden: false },
    ]);
    // The program draws the line within the range and leaves out the other.
    await expect.poll(() => inkedAround(page, onEarlyStroke!)).toBe(0);
    await expect.poll(() => inkedAround(page, onLateStroke!)).toBeGreaterThan(0);
    await clickEdge(page, late);
    // A click on `early`'s stroke now opens nothing there (the selection is cleared instead, or a
    // line drawn nearby is opened).
    const [onEarly] = await pointsBesideEdge(page, early, 0);
    await clickSettled(page);
    await page.mouse.click(onEarly!.x, onEarly!.y);
    await expect.poll(() => selectedEdge(page)).not.toBe(late);
    expect(await selectedEdge(page)).not.toBe(early);
    await clickEdge(page, late);
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).textContent()).toBeTruthy();
    // An image of the network leaves out what the range leaves out.
    const exported = await page.evaluate(() =>
      window.cablegraph!.renderer.scene({ labels: false }).edges.map((edge) => edge.id),
    );
    expect(exported).toContain(late);
    expect(exported).not.toContain(early);
  });
});
