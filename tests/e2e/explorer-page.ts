/**
 * Driving the explorer as a user would: clicks on nodes and edges at their drawn positions,
 * computed with sigma.graphToViewport from the graph's own attributes.
 */
import type { Page } from 'playwright-core';

/** Open the built explorer (optionally with a URL query) and wait for the network to be drawn. */
export async function openExplorer(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  // The network draws first; wait for its documents too, as a reader would before clicking, and
  // for the panels, which render after the first paint (a small corpus's documents can be in
  // before them).
  await page.waitForFunction(
    () =>
      Boolean(window.cablegraph?.renderer) &&
      window.cablegraph?.state.documentsPending === false &&
      (document.querySelector('aside.panel .panel-content')?.childElementCount ?? 0) > 0,
  );
}

/**
 * Open the explorer drawing the small default corpus as it draws large networks: with the focus
 * layer (normally above 10,000 edges) and/or the overview's plain lines (above 5,000).
 */
export async function openAsLargeNetwork(
  page: Page,
  baseUrl: string,
  modes: { focusLayer?: boolean; overview?: boolean },
): Promise<void> {
  await page.addInitScript((forced) => {
    if (forced.focusLayer) window.cablegraphLayerAbove = 0;
    if (forced.overview) window.cablegraphOverviewAbove = 0;
  }, modes);
  await openExplorer(page, baseUrl);
}

/** What the page holds around the network: panels, timeline, canvas size, focus layers. */
export interface PageFacts {
  panel: string | null;
  controls: number | null;
  size: [number, number] | null;
  focusLayers: number;
}

declare global {
  interface Window {
    /** The page's facts when the network was first drawn (recordAtFirstDraw). */
    atFirstDraw?: PageFacts;
  }
}

/** The page's facts now; runs in the page (passed to page.evaluate). */
export function pageFacts(): PageFacts {
  const graph = document.querySelector<HTMLElement>('.graph');
  return {
    panel: document.querySelector('.panel-content')?.textContent ?? null,
    controls: document.querySelector('.controls')?.childElementCount ?? null,
    size: graph ? [graph.offsetWidth, graph.offsetHeight] : null,
    focusLayers: document.querySelectorAll('.focus-layer').length,
  };
}

/** Record the page's facts at the moment the explorer marks its first drawing of the network. */
export async function recordAtFirstDraw(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    const facts = ${pageFacts.toString()};
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === 'cablegraph:first-draw') window.atFirstDraw = facts();
      return mark(name, options);
    };
  })()`);
}

interface Point {
  x: number;
  y: number;
}

/** A node's position on the page. */
export async function nodePoint(page: Page, node: string): Promise<Point> {
  return page.evaluate((key) => {
    const { sigma } = window.cablegraph!.renderer;
    const p = sigma.graphToViewport(
      sigma.getGraph().getNodeAttributes(key) as { x: number; y: number },
    );
    const rect = sigma.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, node);
}

export async function clickNode(page: Page, node: string): Promise<void> {
  const { x, y } = await nodePoint(page, node);
  await page.mouse.click(x, y);
}

/**
 * Points `offset` pixels off an edge's drawn stroke (straight or curved, either side), each away
 * from every disc and nearer this edge than any other line: where a click must pick this edge.
 */
export async function pointsBesideEdge(page: Page, edge: string, offset: number): Promise<Point[]> {
  return page.evaluate(
    ([key, off]) => {
      const { sigma } = window.cablegraph!.renderer;
      const graph = sigma.getGraph();
      const rect = sigma.getContainer().getBoundingClientRect();
      const at = (node: string) => sigma.graphToViewport(graph.getNodeAttributes(node) as Point);
      type Point = { x: number; y: number };
      const curve = (e: string) => {
        const id = e;
        const a = at(graph.source(e));
        const c = at(graph.target(e));
        const data = sigma.getEdgeDisplayData(e);
        const k = String(data?.type).startsWith('curve')
          ? Number(graph.getEdgeAttribute(e, 'curvature'))
          : 0;
        const b = { x: (a.x + c.x) / 2 + (c.y - a.y) * k, y: (a.y + c.y) / 2 - (c.x - a.x) * k };
        const width = Math.max(1.7, sigma.scaleSize(data?.size ?? 1));
        const point = (t: number): Point => ({
          x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * b.x + t ** 2 * c.x,
          y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * b.y + t ** 2 * c.y,
        });
        return { id, point, width };
      };
      const shown = graph.filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden).map(curve);
      const gap = (line: ReturnType<typeof curve>, p: Point) => {
        let best = Infinity;
        for (let i = 0; i <= 400; i++) {
          const q = line.point(i / 400);
          best = Math.min(best, Math.hypot(q.x - p.x, q.y - p.y));
        }
        return best - line.width / 2;
      };
      const discs = graph
        .filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden)
        .map((n) => ({ ...at(n), r: sigma.scaleSize(sigma.getNodeDisplayData(n)?.size ?? 1) }));
      const line = curve(key);
      const points: Point[] = [];
      for (const t of [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74]) {
        const p = line.point(t);
        const q = line.point(t + 0.001);
        const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        for (const side of [1, -1]) {
          const distance = off + line.width / 2;
          const candidate = {
            x: p.x - (side * (q.y - p.y) * distance) / length,
            y: p.y + (side * (q.x - p.x) * distance) / length,
          };
          if (discs.some((d) => Math.hypot(d.x - candidate.x, d.y - candidate.y) < d.r + 6))
            continue;
          const mine = gap(line, candidate);
          if (shown.some((other) => other.id !== key && gap(other, candidate) <= mine + 0.5))
            continue;
          points.push({ x: rect.left + candidate.x, y: rect.top + candidate.y });
        }
      }
      return points;
    },
    [edge, offset] as const,
  );
}

/** Wait until sigma no longer counts a click: the next one cannot merge into a double click. */
export async function clickSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (window.cablegraph!.renderer.sigma.getMouseCaptor() as unknown as { clicks: number })
        .clicks === 0,
  );
}

/** The edge the explorer has selected now, if a document was opened from one. */
export function selectedEdge(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const selection = window.cablegraph!.state.selection.value;
    return selection?.kind === 'document' ? (selection.edge ?? null) : null;
  });
}

/**
 * Click an edge `offset` pixels off its stroke (on it by default) and wait for the explorer to open
 * it. Fails when no point along it is clear of discs and other lines.
 */
export async function clickEdge(page: Page, edge: string, offset = 0): Promise<void> {
  const [point] = await pointsBesideEdge(page, edge, offset);
  if (!point) throw new Error(`tests/e2e: no clear point beside edge ${edge}`);
  await clickSettled(page);
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction((key) => {
    const selection = window.cablegraph!.state.selection.value;
    return selection?.kind === 'document' && selection.edge === key;
  }, edge);
}

/** Keys of the edges from one node to another. */
export function edgesBetween(page: Page, source: string, target: string): Promise<string[]> {
  return page.evaluate(([s, t]) => window.cablegraph!.renderer.sigma.getGraph().outEdges(s, t), [
    source,
    target,
  ] as const);
}

/** How many pixels of an element differ from white: a blank canvas has none. */
export async function inkedPixels(page: Page, selector: string): Promise<number> {
  return countInk(page, await page.locator(selector).screenshot());
}

/** How many pixels differ from white in a small square of the page around a viewport point. */
export async function inkedAround(
  page: Page,
  point: { x: number; y: number },
  radius = 2,
): Promise<number> {
  const side = 2 * radius + 1;
  const clip = {
    x: Math.round(point.x) - radius,
    y: Math.round(point.y) - radius,
    width: side,
    height: side,
  };
  return countInk(page, await page.screenshot({ clip }));
}

async function countInk(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235)
        inked++;
    return inked;
  }, png.toString('base64'));
}

/** Unfold the timeline and filters where they are folded (a phone); wide screens show them. */
export async function openControls(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Time & filters' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
  await page.getByRole('group', { name: 'Play through time' }).waitFor();
}
