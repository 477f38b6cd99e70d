/**
 * axe-core on every view a reader meets, at a desktop and a phone size: the overview, a record, a
 * person, a traced channel, the list and both dialogs. Any violation fails, whatever its impact.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openControls, openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let page: Page;
// The site's Content-Security-Policy forbids injected scripts; axe is the test's, not the site's.
usePage((opened) => (page = opened), { bypassCSP: true });

interface View {
  name: string;
  query: string;
  act?: (page: Page) => Promise<void>;
}

/** The phone keeps the actions behind its menu; the desktop shows them in the bar. */
async function action(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name, exact: true }).click();
}

const VIEWS: View[] = [
  { name: 'overview', query: '' },
  { name: 'record', query: '?doc=59363' },
  { name: 'person', query: '?person=Shtykov' },
  // The documents between two people (a pair's line clicked from afar in a large network).
  { name: 'pair', query: '?pair=Kovalev&and=Stalin' },
  { name: 'trace', query: '?from=Mao%20Zedong&to=Stalin' },
  {
    name: 'brokers and communities, legend open',
    query: '?person=Kovalev&size=betweenness&colour=community',
    act: (p) => p.locator('.legend-help summary').click(),
  },
  {
    name: 'timeline stepped',
    query: '?window=month',
    act: async (p) => {
      await openControls(p);
      await p.getByRole('button', { name: 'Step forward' }).click();
      await p.getByRole('button', { name: 'Step forward' }).click();
    },
  },
  { name: 'list', query: '', act: (p) => action(p, 'List') },
  {
    name: 'map with the letters of an arc',
    query: '',
    act: async (p) => {
      await action(p, 'Map');
      const arc = p.locator('[data-flow]').first();
      await arc.focus();
      await p.keyboard.press('Enter');
      await p.locator('.map-letters').waitFor();
    },
  },
  {
    name: 'export dialog',
    query: '',
    act: async (p) => {
      await action(p, 'Export…');
      await p.getByRole('dialog', { name: 'Export' }).waitFor();
    },
  },
  {
    name: 'import dialog',
    query: '',
    act: async (p) => {
      await p.getByLabel('Choose corpus files').setInputFiles({
        name: 'letters.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('sender,recipient,date\nA,B,03/04/1900\n'),
      });
      // With its preview: the first rows, a <select> per column and the order of day and month.
      const dialog = p.getByRole('dialog', { name: 'Open a corpus' });
      await dialog.getByRole('combobox', { name: 'sender', exact: true }).waitFor();
      await dialog.getByRole('combobox', { name: /^Read dates that could be either/ }).waitFor();
    },
  },
];

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document);
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  describe(`accessibility at ${viewport.width}×${viewport.height}`, () => {
    it('has no axe violations in any view', { timeout: 180_000 }, async () => {
      await page.setViewportSize(viewport);
      const found: Record<string, string[]> = {};
      for (const view of VIEWS) {
        await openExplorer(page, baseUrl, view.query);
        await view.act?.(page);
        found[view.name] = await violations(page);
      }
      expect(found).toEqual(Object.fromEntries(VIEWS.map((view) => [view.name, []])));
    });
  });
}
