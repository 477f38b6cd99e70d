/**
 * The import dialog's column mapping, at a desktop and a phone size: a table saved by a German
 * Excel (Windows-1252) whose header no reader guesses ("Wer", "An wen") is previewed, its columns
 * set by their <select>s, and opened as the right letters and people; the choice is offered again
 * for the next file with the same header. A workbook's sheet is chosen likewise.
 */
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeText } from '../helpers/encodings.ts';
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

    it('reads the sheet chosen in the preview', async () => {
      await page.setViewportSize(viewport);
      await openExplorer(page, baseUrl);
      const book = XLSX.utils.book_new();
      const sheet = (rows: string[][]) => XLSX.utils.aoa_to_sheet(rows);
      XLSX.utils.book_append_sheet(
        book,
        sheet([
          ['Absender', 'Empfänger', 'Datum'],
          ['Goethe', 'Schiller', '1795'],
        ]),
        'Goethe',
      );
      XLSX.utils.book_append_sheet(
        book,
        sheet([
          ['Sender', 'Recipient', 'Date'],
          ['Charles Darwin', 'J. D. Hooker', '1844'],
          ['J. D. Hooker', 'Charles Darwin', '1845'],
        ]),
        'Darwin',
      );
      await page.getByLabel('Choose corpus files').setInputFiles({
        name: 'letters.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
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
