/**
 * The legend of a corpus with many affiliations and communities (twelve separate circles of
 * three, one affiliation each, some named at length): at a desktop and a phone size no part of it
 * runs past its box or off the canvas, folded or unfolded, coloured by affiliation or community,
 * and every entry is one click away.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openExplorer } from './explorer-page.ts';
import { useCorpusSite } from './corpus-site.ts';
import { usePage } from './page-session.ts';

const GROUPS = 12;
const FORENAMES = ['Anna', 'Bernhard', 'Clara'];
const SURNAMES = [
  'Albrecht',
  'Brenner',
  'Castell',
  'Dorn',
  'Eckhart',
  'Falk',
  'Gerber',
  'Hauser',
  'Imhof',
  'Jaeger',
  'Keller',
  'Lindner',
];

/** Long names, as archives give them, and one without a space to break at. */
const affiliationOf = (group: number): string =>
  group === 0
    ? 'Kaiserlich-Königliche-Hofkanzlei-für-Angelegenheiten-der-Gesandtschaften-und-Konsulate'
    : `Correspondence office of the province of ${SURNAMES[group] ?? group}, northern district`;

const siteUrl = useCorpusSite('legend', (input) => {
  const people = ['id,name,kind,affiliation'];
  const documents = ['id,title'];
  for (let group = 0; group < GROUPS; group++) {
    const names = FORENAMES.map((forename) => `${forename} ${SURNAMES[group]}`);
    names.forEach((name, i) =>
      people.push(`p${group}-${i},${name},person,"${affiliationOf(group)}"`),
    );
    // A circle of three: each writes to the next, twice.
    names.forEach((name, i) => {
      for (const day of [3, 17])
        documents.push(
          `d${group}-${i}-${day},"Letter from ${name} to ${names[(i + 1) % 3]}, ${day} May 18${10 + group}"`,
        );
    });
  }
  writeFileSync(
    join(input, 'corpus.json'),
    JSON.stringify({ name: 'Twelve circles', slug: 'twelve-circles' }),
  );
  writeFileSync(join(input, 'people.csv'), `${people.join('\n')}\n`);
  writeFileSync(join(input, 'documents.csv'), `${documents.join('\n')}\n`);
});

/** Parts of the legend wider than their box, or reaching past the canvas's box. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stage = document.querySelector('.stage')!.getBoundingClientRect();
    const parts = [...document.querySelectorAll<HTMLElement>('.legend, .legend *')].filter(
      (el) => !el.closest('.visually-hidden') && el.checkVisibility(),
    );
    const name = (el: HTMLElement): string =>
      `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`;
    return parts.flatMap((el) => {
      const box = el.getBoundingClientRect();
      const problems: string[] = [];
      if (el.scrollWidth > el.clientWidth) problems.push(`${name(el)} scrolls sideways`);
      if (box.left < stage.left - 0.5 || box.right > stage.right + 0.5)
        problems.push(`${name(el)} runs past the canvas`);
      if (box.top < stage.top - 0.5 || box.bottom > stage.bottom + 0.5)
        problems.push(`${name(el)} runs above or below the canvas`);
      return problems;
    });
  });
}

const visibleEntries = (page: Page): Promise<number> =>
  page.locator('.legend-item').filter({ visible: true }).count();

for (const device of [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  },
]) {
  describe(`the legend of many affiliations and communities (${device.name})`, () => {
    let page: Page;
    usePage((opened) => (page = opened), device.options, siteUrl);

    for (const look of [
      { query: '', noun: 'affiliations', entries: GROUPS },
      // Ten communities named, the other two as one grey entry.
      { query: '?colour=community&size=betweenness', noun: 'communities', entries: 11 },
    ]) {
      it(`stays within the canvas, ${look.noun} folded and unfolded`, async () => {
        await openExplorer(page, siteUrl(), look.query);
        await expect.poll(() => page.locator('.legend-item').count()).toBe(look.entries);
        expect(await overflowing(page)).toEqual([]);
        const more = page.getByRole('button', { name: new RegExp(`^\\+\\d+ more ${look.noun}$`) });
        const folded = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
        expect(folded).toBeGreaterThan(0);
        expect((await visibleEntries(page)) + folded).toBe(look.entries);
        await more.click();
        await expect.poll(() => visibleEntries(page)).toBe(look.entries);
        expect(await overflowing(page)).toEqual([]);
        await page.locator('.legend-help summary').click();
        await page.getByRole('combobox', { name: 'Size' }).waitFor();
        expect(await overflowing(page)).toEqual([]);
        await page.locator('.legend-help summary').click();
        await page.getByRole('button', { name: `fewer ${look.noun}` }).click();
        await expect.poll(() => visibleEntries(page)).toBe(look.entries - folded);
      });
    }
  });
}
