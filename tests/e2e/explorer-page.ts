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
      (document.querySelector('aside.panel')?.childElementCount ?? 0) > 0,
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
    panel: document.querySelector('.panel')?.textContent ?? null,
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

/** Points along an edge as drawn (straight or curved), from its middle outwards. */
async function edgePath(page: Page, edge: string): Promise<Point[]> {
  const ends = await page.evaluate((key) => {
    const { sigma } = window.cablegraph!.renderer;
    const graph = sigma.getGraph();
    const toPage = (node: string) => {
      const p = sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });
      const rect = sigma.getContainer().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    };
    return {
      a: toPage(graph.source(key)),
      c: toPage(graph.target(key)),
      curvature: Number(graph.getEdgeAttribute(key, 'curvature') ?? 0),
    };
  }, edge);
  const { a, c, curvature } = ends;
  const points: Point[] = [];
  for (const sign of [1, -1]) {
    const b = {
      x: (a.x + c.x) / 2 + sign * (c.y - a.y) * curvature,
      y: (a.y + c.y) / 2 - sign * (c.x - a.x) * curvature,
    };
    for (const t of [0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72]) {
      points.push({
        x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * b.x + t ** 2 * c.x,
        y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * b.y + t ** 2 * c.y,
      });
    }
    if (curvature === 0) break;
  }
  return points;
}

/**
 * Click an edge: try points along its drawn path (thin edges are picked at half resolution) until
 * the explorer reports that edge selected. Waits between clicks so two never merge into a double click.
 */
export async function clickEdge(page: Page, edge: string): Promise<void> {
  const doc = await page.evaluate(
    (key) => window.cablegraph!.renderer.sigma.getGraph().getEdgeAttribute(key, 'doc') as string,
    edge,
  );
  for (const point of await edgePath(page, edge)) {
    for (const offset of [0, 1, -1]) {
      await page.mouse.click(point.x + offset, point.y + offset);
      await page.waitForTimeout(350);
      const selected = await page.evaluate(() => new URLSearchParams(location.search).get('doc'));
      if (selected === doc) return;
    }
  }
  throw new Error(`tests/e2e: could not click edge ${edge}`);
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
  const png = await page.locator(selector).screenshot();
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
