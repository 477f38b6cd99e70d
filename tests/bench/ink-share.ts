/**
 * How much of the network's canvas the overview inks: a screenshot of the sigma container alone
 * (the page's controls hidden), decoded in the page, every pixel that differs from the background
 * counted. Nodes, lines and labels all count: a legible overview leaves most of the canvas blank
 * (issue 19 aims at 10–50 %; a 10^5-document network drawn one line per document was a grey disc).
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __benchInkSheet?: CSSStyleSheet;
  }
}

/** A pixel is ink when a channel differs from the background by more than this (of 255). */
const TOLERANCE = 8;

/** Runs in the page: mark the sigma container and hide everything else. */
function isolateContainer(): { x: number; y: number; width: number; height: number } {
  const sigma = window.cablegraph?.renderer.sigma ?? window.bare?.sigma;
  if (!sigma) throw new Error('bench: no sigma on the page');
  const container = sigma.getContainer();
  container.setAttribute('data-ink', '');
  // A constructed sheet: the explorer's Content-Security-Policy refuses inline <style>.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    'body * { visibility: hidden !important; } [data-ink], [data-ink] canvas { visibility: visible !important; } [data-ink] .focus-layer, [data-ink] .focus-layer canvas { visibility: hidden !important; }',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.__benchInkSheet = sheet;
  const rect = container.getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** Runs in the page: the share of pixels of a PNG (base64) unlike its most frequent colour. */
async function inkedShare({ png, tolerance }: { png: string; tolerance: number }): Promise<number> {
  const blob = await (await fetch(`data:image/png;base64,${png}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('bench: no 2d context');
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const rgb = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  let background = 0xffffff;
  let most = 0;
  for (const [rgb, n] of counts) if (n > most) [background, most] = [rgb, n];
  const bg = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs((data[i] ?? 0) - (bg[0] ?? 0)) > tolerance ||
      Math.abs((data[i + 1] ?? 0) - (bg[1] ?? 0)) > tolerance ||
      Math.abs((data[i + 2] ?? 0) - (bg[2] ?? 0)) > tolerance
    )
      inked++;
  }
  return inked / (data.length / 4);
}

/**
 * The inked share (0–1) of the network's canvas as it is drawn now; `path` also keeps the
 * screenshot. Leaves the page's controls hidden: measure last, or reload.
 */
export async function inkShare(page: Page, path?: string): Promise<number> {
  const clip = await page.evaluate(isolateContainer);
  // Two frames: the hidden controls are gone from what is composited.
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  const png = await page.screenshot({ clip, ...(path ? { path } : {}) });
  const share = await page.evaluate(inkedShare, {
    png: png.toString('base64'),
    tolerance: TOLERANCE,
  });
  await page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (sheet) => sheet !== window.__benchInkSheet,
    );
  });
  return share;
}
