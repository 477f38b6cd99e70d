/** Opening a corpus in the browser: real files, read in a worker, replace the default corpus. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import { inkedPixels, openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
const fixture = (...parts: string[]): string => join(PROJECT_ROOT, 'tests/fixtures', ...parts);
let page: Page;
usePage((opened) => (page = opened));

const panel = () => page.getByRole('complementary', { name: 'Details' });
const dialog = () => page.getByRole('dialog', { name: 'Open a corpus' });

describe('explorer: open a corpus', () => {
  it('opens a letter table whose sender is implicit, accounting for all 508 letters', async () => {
    await openExplorer(page, baseUrl, '?person=Stalin');
    await page
      .getByLabel('Choose corpus files')
      .setInputFiles(fixture('csv', 'tolkien-letters.csv'));
    await dialog().getByLabel('Sender of every letter').fill('J. R. R. Tolkien');
    await dialog().getByRole('button', { name: 'Open this file' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toContain('tolkien-letters');
    expect(await panel().getByRole('region', { name: 'Build report' }).textContent()).toMatch(
      /508 records read: 42 in the network, 466 attached to one person, 0 unplaced, 0 rejected/,
    );
    expect(new URL(page.url()).search).toBe('');
    await page.waitForFunction(
      () => (window.cablegraph?.renderer.sigma.getGraph().order ?? 0) > 20,
    );
    expect(await inkedPixels(page, '.graph')).toBeGreaterThan(1000);
  });

  it('points to “Sender of every letter” when a letter table without senders draws no line', async () => {
    await openExplorer(page, baseUrl);
    await page
      .getByLabel('Choose corpus files')
      .setInputFiles(fixture('csv', 'tolkien-letters.csv'));
    await dialog().getByRole('button', { name: 'Open this file' }).click();
    const hint = dialog().getByRole('alert');
    await expect
      .poll(() => hint.textContent(), { timeout: 30_000 })
      .toMatch(/no line could be drawn/);
    expect(await hint.textContent()).toContain('“Sender of every letter”');
    // The corpus shown is kept meanwhile, and the field the hint names has the focus.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Korean War');
    const sender = dialog().getByLabel('Sender of every letter');
    expect(await sender.evaluate((el) => el === document.activeElement)).toBe(true);
    await sender.fill('J. R. R. Tolkien');
    await dialog().getByRole('button', { name: 'Open this file' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toContain('tolkien-letters');
  });

  it('keeps an opened corpus in the browser: it survives a reload, and is reopened or forgotten', async () => {
    await openExplorer(page, baseUrl);
    await page
      .getByLabel('Choose corpus files')
      .setInputFiles(fixture('cmif', 'cmif-example01-basic.xml'));
    await dialog().getByRole('button', { name: 'Open this file' }).click();
    const heading = () => page.getByRole('heading', { level: 1 }).textContent();
    await expect.poll(heading, { timeout: 30_000 }).toContain('Carl-Maria-von-Weber');
    // Kept once the corpus is open; a reload opens it again, not the built-in one.
    const recent = panel().getByRole('region', { name: 'Recent corpora' });
    await expect.poll(() => recent.count()).toBe(1);
    await page.reload();
    await openExplorer(page, baseUrl);
    expect(await heading()).toContain('Carl-Maria-von-Weber');
    await recent.getByRole('button', { name: 'Open the built-in corpus' }).click();
    await openExplorer(page, baseUrl);
    expect(await heading()).toContain('Korean War');
    await recent.getByRole('button', { name: /^Open Example of correspondence/ }).click();
    await expect.poll(heading).toContain('Carl-Maria-von-Weber');
    await recent.getByRole('button', { name: /^Forget / }).click();
    await expect.poll(() => recent.count()).toBe(0);
    await page.reload();
    await openExplorer(page, baseUrl);
    expect(await heading()).toContain('Korean War');
  });

  it('opens dropped CMIF files as one corpus', async () => {
    await openExplorer(page, baseUrl);
    const files = await Promise.all(
      ['cmif-example01-basic.xml', 'cmif-example02-printed-edition.xml'].map(async (name) => ({
        name,
        text: (await import('node:fs')).readFileSync(fixture('cmif', name), 'utf8'),
      })),
    );
    await page.evaluate((list) => {
      const transfer = new DataTransfer();
      for (const file of list)
        transfer.items.add(new File([file.text], file.name, { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, files);
    await dialog().getByRole('button', { name: 'Open these 2 files' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 })
      .toContain('cmif-example01-basic + cmif-example02-printed-edition');
    expect(await panel().getByRole('region', { name: 'Build report' }).textContent()).toMatch(
      /^Build report6 records read/,
    );
  });

  it('draws the letters of a 2,435-letter correspondence, not only its correspondents', async () => {
    await openExplorer(page, baseUrl);
    await page
      .getByLabel('Choose corpus files')
      .setInputFiles(fixture('cmif', 'spener-letters.xml'));
    await dialog().getByRole('button', { name: 'Open this file' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
      .toContain('Spener');
    // People as dots and no labels: what is left to see is the lines.
    await page.evaluate(async () => {
      const sigma = window.cablegraph!.renderer.sigma;
      const reducer = sigma.getSetting('nodeReducer');
      sigma.setSetting('nodeReducer', (node, data) => ({
        ...(reducer ? reducer(node, data) : data),
        size: 0.5,
        label: '',
      }));
      for (let frame = 0; frame < 3; frame++)
        await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    const box = await page.locator('.graph').boundingBox();
    const lines = await inkedPixels(page, '.graph');
    // Over a tenth of the network's area: 2,435 lines from Spener to 549 correspondents.
    expect(lines).toBeGreaterThan(((box?.width ?? 0) * (box?.height ?? 0)) / 10);
  });

  it('refuses a hostile XML file with a clear message and keeps the corpus shown', async () => {
    await openExplorer(page, baseUrl);
    await page.getByLabel('Choose corpus files').setInputFiles({
      name: 'evil.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(
        '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI>&x;</TEI>',
      ),
    });
    await dialog().getByRole('button', { name: 'Open this file' }).click();
    await expect
      .poll(() => dialog().getByRole('alert').textContent(), { timeout: 30_000 })
      .toMatch(/No document could be read\. evil\.xml:2:1: .*DOCTYPE/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Korean War documents',
    );
    expect(await dialog().textContent()).not.toContain('root:');
  });
});
