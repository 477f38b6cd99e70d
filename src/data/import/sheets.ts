/**
 * Excel and OpenDocument workbooks (.xlsx, .xlsm, .xls, .ods) as tables, read with SheetJS
 * (@e965/xlsx, 0.20.3). The library is large (~400 kB of minified JavaScript), so it is never
 * imported here: the caller loads it when a workbook is opened (the import worker by a dynamic
 * import, the command line by require) and hands it in. Each sheet becomes the same `CsvTable` a
 * CSV file does, its rows numbered as the sheet numbers them, so a workbook and the CSV saved from
 * it build the same letters and are reported by the same positions (row → line, column number).
 */
import type { CellObject, ParsingOptions, WorkBook } from '@e965/xlsx';
import type { CsvRow, CsvTable } from '../io/csv.ts';
import type { IssueLog } from '../issues.ts';

/** What Cablegraph uses of the library: `import('@e965/xlsx')` is one. */
export interface SpreadsheetLibrary {
  read(data: Uint8Array, options: ParsingOptions): WorkBook;
  SSF: { is_date(format: string | number): boolean };
}

/** Loads the library when a workbook is reached (synchronously: reading is synchronous). */
export type SpreadsheetLoader = () => SpreadsheetLibrary;

const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|ods)$/i;

/** A zip (Office Open XML, OpenDocument) or an OLE compound file (.xls). */
const startsWith = (bytes: Uint8Array, head: readonly number[]): boolean =>
  head.every((byte, i) => bytes[i] === byte);

/** Is this file a workbook: by its name, or a name that says nothing and a workbook's first bytes. */
export function isWorkbook(name: string, bytes?: Uint8Array): boolean {
  if (WORKBOOK_NAME.test(name)) return true;
  if (!bytes || /\.(csv|tsv|tab|txt|xml|tei|json)$/i.test(name)) return false;
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);
}

/** Where a sheet's rows are reported: "letters.xlsx [Briefe]", as Excel writes "[Book]Sheet". */
export const sheetFile = (file: string, sheet: string): string => `${file} [${sheet}]`;

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * An ISO date from a date serial, by arithmetic alone: no Date in the reader's time zone, so a
 * letter of 12 March 1795 stays on the 12th in Berlin (whose local mean time before 1893 is
 * +0:53:28) and in Los Angeles. Serials below 60 count from 31 December 1899, as Excel's
 * (and SheetJS's) keep the fictitious 29 February 1900; 1904-based workbooks are shifted first.
 */
export function serialToIso(serial: number, date1904 = false): string {
  let days = Math.floor(serial + 1e-9);
  if (date1904) days += 1462;
  if (days === 60) return '1900-02-29';
  if (days < 60) days += 1;
  const iso = new Date(EPOCH_1900 + days * DAY_MS).toISOString();
  // Years before 1 or after 9999 are written "+012345-…": not a date a letter has.
  return iso.startsWith('+') || iso.startsWith('-') ? String(serial) : iso.slice(0, 10);
}

/**
 * A cell's text as the sheet shows it: text as typed, dates as ISO dates (never "6/1/05", the
 * US form the library formats them in), numbers as written when the format is General (the
 * library shows 12345678901234 as "1.23457E+13") and as formatted otherwise ("0042", "3.50").
 */
function cellText(cell: CellObject | undefined, library: SpreadsheetLibrary, date1904: boolean) {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 's') return String(cell.v);
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = cell.z ?? 'General';
    if (format !== 'General' && library.SSF.is_date(format)) {
      // A time of day alone (a format without day, month or year) is shown as formatted.
      return /[dmy]/i.test(String(format).replace(/"[^"]*"|\[[^\]]*\]/g, ''))
        ? serialToIso(cell.v, date1904)
        : (cell.w ?? String(cell.v));
    }
    return format === 'General' ? String(cell.v) : (cell.w ?? String(cell.v));
  }
  return cell.w ?? String(cell.v);
}

export interface SheetTables {
  /** The workbook's sheets, in its order. */
  names: string[];
  /** A sheet as a table (header: its first row with two cells or more), or null when empty. */
  table(sheet: string, log: IssueLog): CsvTable | null;
}

/** Open a workbook; null (reported) when the library cannot read it. */
export function readWorkbook(
  library: SpreadsheetLibrary,
  bytes: Uint8Array,
  file: string,
  log: IssueLog,
): SheetTables | null {
  let book: WorkBook;
  try {
    // cellNF: each cell's number format, to tell dates; dense: rows as arrays.
    book = library.read(bytes, { type: 'array', cellNF: true, cellDates: false, dense: true });
  } catch (error) {
    log.error(file, undefined, `cannot read it as a workbook: ${(error as Error).message}`);
    return null;
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  return {
    names: [...book.SheetNames],
    table(sheet, sheetLog) {
      const data = (book.Sheets[sheet] as { '!data'?: (CellObject[] | undefined)[] } | undefined)?.[
        '!data'
      ];
      return tableOf(data ?? [], sheetFile(file, sheet), sheetLog, (cell) =>
        cellText(cell, library, date1904),
      );
    },
  };
}

/** Cells to the last that holds something (a sheet's range often runs wider than its text). */
function trimmed(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end--;
  return cells.slice(0, end);
}

function tableOf(
  data: readonly (CellObject[] | undefined)[],
  file: string,
  log: IssueLog,
  text: (cell: CellObject | undefined) => string,
): CsvTable | null {
  // Array.from, not map: the rows of a dense sheet are a sparse array (empty rows are holes).
  const lines = Array.from(data, (cells) => trimmed(Array.from(cells ?? [], text)));
  const filled = (fields: string[]): number => fields.filter((f) => f.trim() !== '').length;
  // A title over the table ("Briefe Goethes 1795–1800" in A1) is one cell: the header is the
  // first row of two cells or more (or the first row, in a sheet of one column).
  let headerIndex = lines.findIndex((fields) => filled(fields) >= 2);
  if (headerIndex < 0) headerIndex = lines.findIndex((fields) => filled(fields) > 0);
  const headerFields = lines[headerIndex];
  if (!headerFields) {
    log.error(file, undefined, 'the sheet is empty: expected a header row, then one letter a row');
    return null;
  }
  const above = lines.flatMap((fields, i) =>
    i < headerIndex && filled(fields) > 0 ? [i + 1] : [],
  );
  if (above.length > 0)
    log.info(
      file,
      above[0],
      `${above.length === 1 ? `row ${above[0]} is` : `rows ${above.join(', ')} are`} above the header (row ${headerIndex + 1}), not letters`,
      { column: 1 },
    );
  const rows: CsvRow[] = [];
  let blankRows = 0;
  let pendingBlank = 0;
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const fields = lines[index] ?? [];
    if (filled(fields) === 0) {
      pendingBlank++;
      continue;
    }
    // Blank rows are counted between letters, not after the last.
    blankRows += pendingBlank;
    pendingBlank = 0;
    rows.push({ line: index + 1, fields, columns: Uint32Array.from(fields, (_, i) => i + 1) });
  }
  return {
    header: headerFields.map((name) => name.trim()),
    headerLine: headerIndex + 1,
    headerColumns: Uint32Array.from(headerFields, (_, i) => i + 1),
    delimiter: '',
    rows,
    blankRows,
  };
}
