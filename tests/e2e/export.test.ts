/** Exports from the explorer in real Chromium: a 2× PNG that is not blank, an SVG of what is drawn. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened), { acceptDownloads: true });

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: label }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Pixels of a PNG that are not white, counted by the browser itself. */
function inked(bytes: Buffer): Promise<number> {
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
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 230) count++;
    return count;
  }, bytes.toString('base64'));
}

describe('explorer: export', () => {
  it('exports the view as a PNG at 2×: twice the screen size, and not blank', async () => {
    await openExplorer(page, baseUrl, '?from=Mao%20Zedong&to=Stalin');
    const size = await page.evaluate(() => window.cablegraph!.renderer.sigma.getDimensions());
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Legend').uncheck();
    await dialog.getByLabel('Caption (corpus, dates, filters, channel)').uncheck();
    await dialog.getByLabel('Source credit').uncheck();
    await dialog.getByRole('combobox', { name: 'Resolution' }).selectOption('2');
    const png = await download('Download image');
    expect(png.name).toBe('cablegraph-korean-war-1947-1950-mao-zedong-to-joseph-stalin.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      Math.round(size.width * 2),
      Math.round(size.height * 2),
    ]);
    expect(await inked(png.bytes)).toBeGreaterThan(2000);
  });

  it('exports an SVG holding exactly the nodes and edges drawn under the current filter', async () => {
    await openExplorer(page, baseUrl, '?start=1949&end=1950-06&undated=0');
    const drawn = await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      const graph = sigma.getGraph();
      return {
        nodes: graph.filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden).length,
        edges: graph.filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden).length,
      };
    });
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export' }).getByLabel('SVG (vectors)').check();
    const svg = await download('Download image');
    expect(svg.name).toBe('cablegraph-korean-war-1947-1950-1949-to-1950-06.svg');
    const text = svg.bytes.toString('utf8');
    const counts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: doc.querySelectorAll('circle[data-node]').length,
        edges: doc.querySelectorAll('g.edge').length,
        caption: doc.querySelector('#caption')?.textContent ?? '',
      };
    }, text);
    expect(counts.error).toBeNull();
    expect(drawn.nodes).toBeGreaterThan(3);
    expect({ nodes: counts.nodes, edges: counts.edges }).toEqual(drawn);
    expect(counts.caption).toContain('1949 – June 1950');
    expect(counts.caption).toContain('Wilson Center Digital Archive');
  });

  it('names every person drawn in the SVG and the 2× PNG: in full, clear of one another, inside the frame', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, baseUrl);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Legend').uncheck();
    await dialog.getByLabel('Caption (corpus, dates, filters, channel)').uncheck();
    await dialog.getByLabel('Source credit').uncheck();
    await dialog.getByLabel('SVG (vectors)').check();
    const svg = (await download('Download image')).bytes.toString('utf8');
    // Measured by the browser's own text engine, in the image's font.
    const labels = await page.evaluate((xml) => {
      const holder = document.createElement('div');
      holder.innerHTML = xml.replace(/^<\?xml[^>]*>/, '');
      document.body.append(holder);
      const root = holder.querySelector('svg')!;
      const texts = [...root.querySelectorAll<SVGTextElement>('#labels text')].map((text) => {
        const box = text.getBBox();
        return {
          node: text.dataset.node ?? '',
          text: text.textContent ?? '',
          x: box.x,
          y: box.y,
          w: box.width,
          h: box.height,
        };
      });
      const result = {
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        circles: [...root.querySelectorAll('circle[data-node]')].map(
          (c) => c.getAttribute('data-node') ?? '',
        ),
        texts,
      };
      holder.remove();
      return result;
    }, svg);
    expect(labels.circles.length).toBe(28);
    expect(labels.texts.map((t) => t.node).sort()).toEqual([...labels.circles].sort());
    expect(labels.texts.filter((t) => t.text.includes('…'))).toEqual([]);
    const outside = labels.texts.filter(
      (t) => t.x < 0 || t.y < 0 || t.x + t.w > labels.width || t.y + t.h > labels.height,
    );
    expect(outside.map((t) => t.text)).toEqual([]);
    const clashes = labels.texts.flatMap((a, i) =>
      labels.texts
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(clashes).toEqual([]);
    // The PNG is this scene drawn at twice its size.
    await dialog.getByLabel('PNG').check();
    await dialog.getByRole('combobox', { name: 'Resolution' }).selectOption('2');
    const png = await download('Download image');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      labels.width * 2,
      labels.height * 2,
    ]);
  });

  it('labels only the largest people when asked', async () => {
    await openExplorer(page, baseUrl);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('SVG (vectors)').check();
    await dialog.getByRole('radio', { name: 'The largest' }).check();
    await dialog.getByLabel('How many of the largest people to label').fill('3');
    const svg = (await download('Download image')).bytes.toString('utf8');
    const named = [...svg.matchAll(/<text data-node="([^"]+)"/g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(['stalin']));
    expect(named).toHaveLength(3);
    await dialog.getByRole('radio', { name: 'None' }).check();
    const bare = (await download('Download image')).bytes.toString('utf8');
    expect(bare).not.toContain('<text data-node=');
  });

  it('exports the filtered data as GEXF', async () => {
    await openExplorer(page, baseUrl, '?start=1947&end=1947');
    await page.getByRole('button', { name: 'Export…' }).click();
    const gexf = await download('Download data');
    expect(gexf.name).toBe('cablegraph-korean-war-1947-1950-1947-to-1947.gexf');
    const text = gexf.bytes.toString('utf8');
    expect(text).toContain('<gexf');
    expect(text).toContain('1947-09-18-molotov-stalin');
    expect(text).not.toContain('1950-05-03-cable-2220');
  });

  it('opens the graph JSON it saves as the same corpus: every record, person and position', async () => {
    await openExplorer(page, baseUrl);
    const before = await page.evaluate(() => {
      const graph = window.cablegraph!.renderer.sigma.getGraph();
      return graph.mapNodes((node, attrs) => `${node} ${attrs.x} ${attrs.y}`).sort();
    });
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('json');
    await dialog.getByRole('radio', { name: /The whole corpus/ }).check();
    const json = await download('Download data');
    expect(json.name).toBe('cablegraph-korean-war-1947-1950.json');
    await dialog.getByRole('button', { name: 'Close export' }).click();
    await page.getByLabel('Choose corpus files').setInputFiles({
      name: json.name,
      mimeType: 'application/json',
      buffer: json.bytes,
    });
    const open = page.getByRole('dialog', { name: 'Open a corpus' });
    await open.getByRole('button', { name: 'Open this file' }).click();
    await expect.poll(() => open.isVisible(), { timeout: 30_000 }).toBe(false);
    const report = page.getByRole('region', { name: 'Build report' });
    expect(await report.textContent()).toMatch(
      /34 records read: 29 in the network, 5 attached to one person, 0 unplaced, 0 rejected\..*Names as they were resolved when the corpus was built/,
    );
    const after = await page.evaluate(() => {
      const graph = window.cablegraph!.renderer.sigma.getGraph();
      return graph.mapNodes((node, attrs) => `${node} ${attrs.x} ${attrs.y}`).sort();
    });
    expect(after).toEqual(before);
  });
});
