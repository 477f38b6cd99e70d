/**
 * The import dialog's column mapping, at a desktop and a phone size: a table saved by a German
 * Excel (Windows-1252) whose header no reader guesses ("Wer", "An wen") is previewed, its columns
 * set by their <select>s, and opened as the right letters and people; the choice is offered again
 * for the next file with the same header. A workbook's sheet is chosen likewise, and the order of
 * day and month of a date column whose values do not show it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeText } from '../helpers/encodings.ts';
import { goetheDarwinBook } from '../helpers/workbooks.ts';
import { openExplorer } from './explorer-page.ts';
import { usePage } from './page-session.ts';

const baseUrl = inject('baseUrl');
let page: Page;
usePage((opened) => (page = opened));

const dialog = () => page.getByRole('dialog', { name: 'Open a corpus' });
const column = (name: string) => dialog().getByRole('combobox', { name, exact: true });
const heading = () => page.getByRole('heading', { level: 1 }).textContent();

const TABLE = [
  'Wer;An wen;Wann;Ort',
  'Johann Wolfgang Goethe;Friedrich Schiller;12.03.1795;Weimar',
  'Friedrich Schiller;Johann Wolfgang Goethe;20.03.1795;Jena',
  'Johann Wolfgang Goethe;Georg Joachim Göschen;March 1797;Weimar',
  ';;;',
  'Charlotte von Stein;Johann Wolfgang Goethe;1796-07-02;Kochberg',
].join('\r\n');

const briefe = () => ({
  name: 'briefe.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(encodeText(TABLE, 'windows-1252')),
});

/** A table whose dates could all be day-first or month-first: nothing above 12 in either place. */
const UNDECIDABLE = [
  'Sender,Recipient,Date',
  'Charles Darwin,J. D. Hooker,03/04/1844',
  'J. D. Hooker,Charles Darwin,05/06/1844',
].join('\n');

const darwin = () => ({
  name: 'darwin-hooker.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(UNDECIDABLE),
});

/** The phone keeps the actions behind its menu; the desktop shows them in the bar. */
async function action(name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name, exact: true }).click();
}

/** The people drawn and the number of lines, read from the explorer's own graph. */
const drawn = () =>
  page.evaluate(() => {
    const graph = window.cablegraph!.renderer.sigma.getGraph();
    return {
      people: graph.nodes().map((node) => graph.getNodeAttribute(node, 'label') as string),
      lines: graph.size,
    };
  });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  describe(`import dialog: column mapping at ${viewport.width}×${viewport.height}`, () => {
    it('opens a table whose header is not guessed once its columns are set in the preview', async () => {
      await page.setViewportSize(viewport);
      await openExplorer(page, baseUrl);
      await page.getByLabel('Choose corpus files').setInputFiles(briefe());
      // The preview, as the import will read it: the place is found, the parties are not.
      await column('Wer').waitFor({ timeout: 30_000 });
      expect(await column('Wer').inputValue()).toBe('');
      expect(await column('An wen').inputValue()).toBe('');
      expect(await column('Ort').inputValue()).toBe('places');
      const preview = dialog().getByRole('table');
      expect(await preview.textContent()).toContain('Georg Joachim Göschen');
      expect(await dialog().textContent()).toContain('Read as Windows-1252');
      await column('Wer').selectOption({ label: 'sender' });
      await column('An wen').selectOption({ label: 'recipient' });
      await column('Wann').selectOption({ label: 'date' });
      await dialog().getByRole('button', { name: 'Open this file' }).click();
      await expect.poll(heading, { timeout: 30_000 }).toContain('briefe');
      const result = await drawn();
      expect(result.people.sort()).toEqual([
        'Charlotte von Stein',
        'Friedrich Schiller',
        'Georg Joachim Göschen',
        'Johann Wolfgang Goethe',
      ]);
      expect(result.lines).toBe(4);
      // The row of empty cells is no letter: skipped, and counted in the report.
      const report = page.getByRole('region', { name: 'Build report' });
      expect(await report.textContent()).toMatch(
        /4 records read: 4 in the network, 0 attached to one person, 0 unplaced, 0 rejected\. 1 blank row \(no text in any cell\) skipped/,
      );
      // The next file with this header is offered the same columns.
      await page.getByLabel('Choose corpus files').setInputFiles(briefe());
      await column('Wer').waitFor({ timeout: 30_000 });
      await expect.poll(() => column('Wer').inputValue()).toBe('senders');
      expect(await column('An wen').inputValue()).toBe('recipients');
      expect(await dialog().textContent()).toContain('as you set them last time');
    });

    it('reads an undecidable date column month-first when the preview is told so', async () => {
      await page.setViewportSize(viewport);
      await openExplorer(page, baseUrl);
      await page.getByLabel('Choose corpus files').setInputFiles(darwin());
      const order = dialog().getByRole('combobox', { name: /^Read dates that could be either/ });
      await order.waitFor({ timeout: 30_000 });
      const said = dialog().getByRole('list', { name: 'Day and month in the dates' });
      expect(await said.textContent()).toBe(
        'Dates in “Date”: undecidable (2 dates such as “03/04/1844” could be either): read day-first.',
      );
      expect(await order.inputValue()).toBe('day-first');
      await order.selectOption({ label: 'month-first (“03/04/1844” = 4 March 1844)' });
      await expect.poll(() => said.textContent()).toMatch(/read month-first\.$/);
      await dialog().getByRole('button', { name: 'Open this file' }).click();
      await expect.poll(heading, { timeout: 30_000 }).toContain('darwin-hooker');
      // The report says which order was used, and why.
      const report = page.getByRole('region', { name: 'Build report' });
      expect(await report.textContent()).toContain(
        'dates in "Date" do not show whether the day or the month comes first (2 such as "03/04/1844" could be either): read month-first, as chosen for this table',
      );
      // The letter of 03/04/1844 is dated 4 March, the other 6 May.
      await action('List');
      const rows = page.getByRole('table').getByRole('row');
      await expect.poll(() => rows.count()).toBe(3);
      const dates = await rows.locator('td.col-date').allTextContents();
      expect(dates.sort()).toEqual(['4 March 1844', '6 May 1844']);
      // The next file with this header is offered the same order.
      await page.getByLabel('Choose corpus files').setInputFiles(darwin());
      await order.waitFor({ timeout: 30_000 });
      await expect.poll(() => order.inputValue()).toBe('month-first');
      expect(await dialog().textContent()).toContain('as you set them last time');
    });

    it('reads the sheet chosen in the preview', async () => {
      await page.setViewportSize(viewport);
      await openExplorer(page, baseUrl);
      const book = goetheDarwinBook([
        ['Sender', 'Recipient', 'Date'],
        ['Charles Darwin', 'J. D. Hooker', '1844'],
        ['J. D. Hooker', 'Charles Darwin', '1845'],
      ]);
      await page.getByLabel('Choose corpus files').setInputFiles({
        name: 'letters.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(book),
      });
      const sheetChoice = dialog().getByRole('combobox', { name: 'Sheet' });
      await sheetChoice.waitFor({ timeout: 30_000 });
      expect(await sheetChoice.inputValue()).toBe('Goethe');
      await sheetChoice.selectOption('Darwin');
      await expect.poll(() => dialog().getByRole('table').textContent()).toContain('J. D. Hooker');
      await dialog().getByRole('button', { name: 'Open this file' }).click();
      await expect.poll(heading, { timeout: 30_000 }).toContain('letters');
      expect((await drawn()).people.sort()).toEqual(['Charles Darwin', 'J. D. Hooker']);
    });
  });
}
