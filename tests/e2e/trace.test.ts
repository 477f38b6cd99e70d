/** Channel tracing in real Chromium: a shared link opens with the channel listed and highlighted. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { clickNode, openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened));

const panel = () => page.getByRole('complementary', { name: 'Details' });

describe('explorer: channel tracing', () => {
  it('opens ?from=Mao%20Zedong&to=Stalin with the route through Kovalev listed (No. 59363) and highlighted', async () => {
    await openExplorer(page, baseUrl, '?from=Mao%20Zedong&to=Stalin');
    const routes = panel().getByRole('list', { name: 'Routes through intermediaries' });
    const route = routes.getByRole('listitem', {
      name: 'Mao Zedong → Ivan Kovalev → Joseph Stalin',
    });
    await expect.poll(() => route.count()).toBe(1);
    expect(await route.textContent()).toContain('Cable Telegram no. 59363');
    expect(
      await panel()
        .getByRole('region', { name: 'Direct: Mao Zedong → Joseph Stalin' })
        .textContent(),
    ).toContain('Cable No. 21340');
    const drawn = await page.evaluate(() => {
      const { sigma } = window.cablegraph!.renderer;
      const graph = sigma.getGraph();
      const emphasised = graph.filterEdges(
        (edge) => (sigma.getEdgeDisplayData(edge)?.size ?? 0) > 3,
      );
      const colour = (node: string) => sigma.getNodeDisplayData(node)?.color;
      return {
        docs: [
          ...new Set(emphasised.map((edge) => String(graph.getEdgeAttribute(edge, 'doc')))),
        ].sort(),
        kovalevLit: colour('kovalev') !== colour('trygve-lie'),
        shtykovDim: colour('shtykov') === colour('trygve-lie'),
      };
    });
    expect(drawn.docs).toEqual(['1949-10-23-cable-59363', '1950-06-30-cable-21340']);
    expect(drawn.kovalevLit).toBe(true);
    expect(drawn.shtykovDim).toBe(true);
  });

  it('traces from a person’s panel, switches to time-respecting routes, and keeps it in the URL', async () => {
    await openExplorer(page, baseUrl);
    await clickNode(page, 'kim-il-sung');
    await panel().getByRole('button', { name: 'Trace from here' }).click();
    const to = panel().getByRole('combobox', { name: 'To' });
    await to.fill('Filippov');
    await to.press('Enter');
    await expect
      .poll(() => panel().getByRole('status').textContent())
      .toMatch(/^3 direct documents, 1 route through intermediaries/);
    await panel()
      .getByLabel(/^Time-respecting routes/)
      .check();
    await panel().getByRole('combobox', { name: 'Most hops' }).selectOption('4');
    await expect
      .poll(() => panel().getByRole('status').textContent())
      .toMatch(/2 routes through intermediaries/);
    // Settings changes replace the URL once they settle.
    const traceInUrl = () => {
      const url = new URL(page.url());
      return ['from', 'to', 'mode', 'hops'].map((name) => url.searchParams.get(name));
    };
    await expect.poll(traceInUrl).toEqual(['Kim Il Sung', 'Joseph Stalin', 'time', '4']);
    await page.reload();
    await page.waitForFunction(() => Boolean(window.cablegraph?.renderer));
    await expect
      .poll(() => panel().getByRole('status').textContent())
      .toMatch(/2 routes through intermediaries/);
  });
});
