/**
 * Excel and OpenDocument workbooks, written here with the library that reads them: the letters of
 * a sheet build the same graph as the CSV of the same table; dates in date cells are ISO dates in
 * any time zone; numbers are as typed; the sheet that holds the letters is found among others, or
 * the one named is read; rows are reported by sheet, row and column.
 */
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { LetterField } from '../../../src/data/import/letters-csv.ts';
import { rowsFromBytes } from '../../../src/data/import/rows.ts';
import type { RowsOptions } from '../../../src/data/import/rows.ts';
import { serialToIso } from '../../../src/data/import/sheets.ts';
import { requireSpreadsheets } from '../../../src/data/io/spreadsheets.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';

type Cell = string | number | Date | null;

/** A workbook of named sheets, each an array of rows, as .xlsx or .ods bytes. */
function workbook(sheets: Record<string, Cell[][]>, bookType: 'xlsx' | 'ods'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Darwin's letters with date cells (real dates, as a spreadsheet keeps them) and numbered ids. */
const LETTERS: Cell[][] = [
  ['Nr', 'Sender', 'Recipient', 'Date', 'Place'],
  [101, 'Charles Darwin', 'J. D. Hooker', day('1844-01-11'), 'Down'],
  [102, 'J. D. Hooker', 'Charles Darwin', day('1844-01-29'), 'London'],
  [103, 'Charles Darwin', 'Charles Lyell', '[Jan 1845]', 'Down'],
  [104, 'Charles Darwin', 'Asa Gray', day('1857-09-05'), 'Down'],
  [105, 'Asa Gray', 'Charles Darwin', day('1905-06-01'), 'Cambridge, Mass.'],
];

/** The same table as a CSV: dates as ISO dates. */
const CSV = LETTERS.map((row) =>
  row
    .map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '')))
    .map((text) => (/[,"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text))
    .join(','),
).join('\n');

const WITH_LIBRARY: Partial<RowsOptions> = { spreadsheets: requireSpreadsheets };

/** What a build made of the letters, field by field, for comparing two files. */
function built(name: string, bytes: Uint8Array | string, options: Partial<RowsOptions> = {}) {
  const read = readBytes(name, bytes, { ...WITH_LIBRARY, ...options });
  const result = buildRead(read);
  return {
    read,
    result,
    letters: result.documents.map((doc) => ({
      id: doc.id,
      date: doc.date,
      senders: doc.roles.senders.map((party) => party.person),
      recipients: doc.roles.recipients.map((party) => party.person),
      places: doc.places,
    })),
    edges: result.graph.size,
    nodes: result.graph.nodes().sort(),
  };
}

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('data/import sheets: Excel and OpenDocument workbooks', () => {
  it.each(['xlsx', 'ods'] as const)(
    'a .%s workbook builds the graph its CSV builds, letter by letter',
    (type) => {
      const csv = built('darwin.csv', CSV);
      const sheet = built(`darwin.${type}`, workbook({ Letters: LETTERS }, type));
      expect(sheet.read.errors).toEqual([]);
      expect(csv.letters).toHaveLength(5);
      expect(sheet.letters).toEqual(csv.letters);
      expect(sheet.nodes).toEqual(csv.nodes);
      expect(sheet.edges).toBe(csv.edges);
      expect(sheet.letters.map((l) => l.id)).toEqual([
        'darwin-101',
        'darwin-102',
        'darwin-103',
        'darwin-104',
        'darwin-105',
      ]);
    },
  );

  it.each([
    ['Europe/Berlin', 'xlsx'],
    ['America/Los_Angeles', 'xlsx'],
    ['Pacific/Kiritimati', 'ods'],
    ['America/Los_Angeles', 'ods'],
  ] as const)('reads date cells as ISO dates without a shift in %s (%s)', (tz, type) => {
    process.env.TZ = tz;
    const bytes = workbook({ Letters: LETTERS }, type);
    const rows = readBytes(`darwin.${type}`, bytes, WITH_LIBRARY).rows;
    expect(rows.map((row) => row.get('date'))).toEqual([
      '1844-01-11',
      '1844-01-29',
      '[Jan 1845]',
      '1857-09-05',
      '1905-06-01',
    ]);
  });

  it("turns serials to dates by arithmetic: Excel's 1900 leap day, 1904 workbooks, dates before 1900", () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45_000.75)).toBe('2023-03-15');
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(-38_279)).toBe('1795-03-12');
  });

  it('keeps numbers as typed: long ids whole, not "1.23457E+13"', () => {
    const rows = readBytes(
      'ids.xlsx',
      workbook(
        {
          Letters: [
            ['id', 'sender', 'recipient', 'date'],
            [12345678901234, 'A', 'B', 1795],
            [0.5, 'B', 'A', 1796],
          ],
        },
        'xlsx',
      ),
      WITH_LIBRARY,
    ).rows;
    expect(rows.map((row) => [row.get('id'), row.get('date')])).toEqual([
      ['ids-12345678901234', '1795'],
      ['ids-0.5', '1796'],
    ]);
  });

  it('reads the sheet that holds letters among others, and says which', () => {
    const bytes = workbook(
      {
        Notes: [['Briefe Darwins, aus der Ausgabe übertragen'], ['Stand: 2024']],
        People: [
          ['Name', 'Born'],
          ['Charles Darwin', 1809],
        ],
        Letters: LETTERS,
      },
      'xlsx',
    );
    const { read, letters } = built('darwin.xlsx', bytes);
    expect(letters).toHaveLength(5);
    expect(read.log.issues.map(formatIssue)).toContain(
      'darwin.xlsx: info: read sheet "Letters" (the workbook also has "Notes", "People": choose another with --sheet NAME or in the import dialog)',
    );
  });

  it('reads the sheet asked for, and says so when there is none of that name', () => {
    const other: Cell[][] = [
      ['Sender', 'Recipient', 'Date'],
      ['Emma Darwin', 'Charles Darwin', '1839'],
    ];
    const bytes = workbook({ Letters: LETTERS, Family: other }, 'ods');
    const family = built('darwin.ods', bytes, { sheet: 'family' });
    expect(family.letters.map((l) => l.senders)).toEqual([['emma-darwin']]);
    const chosen = built('darwin.ods', bytes, { files: { 'darwin.ods': { sheet: 'Family' } } });
    expect(chosen.letters).toHaveLength(1);
    const missing = built('darwin.ods', bytes, { sheet: 'Briefe' });
    expect(missing.letters).toEqual([]);
    expect(missing.read.errors.map(formatIssue)).toEqual([
      'darwin.ods: error: there is no sheet "Briefe": the workbook has "Letters", "Family"',
    ]);
  });

  it('reports a row by its sheet, row and column, skipping a title above the header', () => {
    const bytes = workbook(
      {
        Briefe: [
          ['Briefe Goethes'],
          [],
          ['Absender', 'Empfänger', 'Datum'],
          ['Goethe', 'Schiller', '1795'],
          ['Goethe', 'Schiller', '32 Mai 1795'],
        ],
      },
      'xlsx',
    );
    const { read, letters } = built('goethe.xlsx', bytes);
    expect(letters).toHaveLength(2);
    expect(read.rows.map((row) => [row.file, row.line, row.column])).toEqual([
      ['goethe.xlsx [Briefe]', 4, 1],
      ['goethe.xlsx [Briefe]', 5, 1],
    ]);
    expect(read.rows[1]?.at?.('date')).toEqual({ line: 5, column: 3 });
    expect(read.log.issues.map(formatIssue)).toContain(
      'goethe.xlsx [Briefe]:1:1: info: row 1 is above the header (row 3), not letters',
    );
  });

  it('skips blank rows between letters and counts them', () => {
    const bytes = workbook(
      {
        Letters: [
          ['Sender', 'Recipient', 'Date'],
          ['A', 'B', '1795'],
          [null, '', null],
          [],
          ['B', 'A', '1796'],
        ],
      },
      'ods',
    );
    const { read, result } = built('blank.ods', bytes);
    expect(read.rows).toHaveLength(2);
    expect(read.blankRows).toBe(2);
    expect(result.report.totals.unplaced).toBe(0);
    expect(read.log.issues.map(formatIssue)).toContain(
      'blank.ods [Letters]: info: 2 blank rows (no text in any cell) skipped',
    );
  });

  it('reports a workbook it cannot read, and one read without the library', () => {
    const broken = readBytes(
      'broken.xlsx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      WITH_LIBRARY,
    );
    expect(broken.rows).toEqual([]);
    expect(broken.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^broken\.xlsx: error: cannot read it as a workbook/),
    ]);
    const log = new IssueLog();
    expect(rowsFromBytes('a.xlsx', workbook({ S: LETTERS }, 'xlsx'), log).rows).toEqual([]);
    expect(log.issues.map(formatIssue)).toEqual([
      'a.xlsx: error: data/import: the spreadsheet reader was not loaded for workbooks',
    ]);
  });

  it('maps columns as chosen, whatever the header says', () => {
    const bytes = workbook(
      {
        Tabelle1: [
          ['Wer', 'An wen', 'Wann'],
          ['Charles Darwin', 'J. D. Hooker', '1844'],
        ],
      },
      'xlsx',
    );
    const columns: Partial<Record<LetterField, string | number>> = {
      senders: 'Wer',
      recipients: 1,
      date: 'Wann',
    };
    const { letters } = built('darwin.xlsx', bytes, { letters: { columns } });
    expect(letters).toEqual([
      expect.objectContaining({
        senders: ['charles-darwin'],
        recipients: ['j-d-hooker'],
        date: expect.objectContaining({ iso: '1844' }),
      }),
    ]);
  });
});
