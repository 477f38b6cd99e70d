/**
 * A workbook's letters: the sheet the user chose (`--sheet NAME`, the import dialog), or else the
 * first that reads as a letter table (or the corpus format), read as a CSV saved from it would be.
 * The report says which sheet was read, and its rows are placed by sheet, row and column.
 */
import type { CsvTable } from '../io/csv.ts';
import type { TableRow } from '../io/tables.ts';
import { IssueLog } from '../issues.ts';
import type { LetterTableOptions } from './letters-csv.ts';
import { readWorkbook, sheetFile } from './sheets.ts';
import type { SheetTables, SpreadsheetLoader } from './sheets.ts';
import { tableKind, tableRows } from './table-rows.ts';

export interface WorkbookOptions {
  /** The sheet to read; null: the first that looks like a letter table. */
  sheet: string | null;
  spreadsheets: SpreadsheetLoader | null;
  letters: Partial<LetterTableOptions>;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/** The sheet to read and its table; null (reported) when there is none to read. */
export function chooseSheet(
  book: SheetTables,
  file: string,
  log: IssueLog,
  options: Pick<WorkbookOptions, 'sheet' | 'letters'>,
): { sheet: string; table: CsvTable } | null {
  if (options.sheet !== null) {
    const wanted = options.sheet;
    const sheet =
      book.names.find((name) => name === wanted) ??
      book.names.find((name) => name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (sheet === undefined) {
      log.error(
        file,
        undefined,
        `there is no sheet "${wanted}": the workbook has ${quoted(book.names)}`,
      );
      return null;
    }
    const table = book.table(sheet, log);
    return table ? { sheet, table } : null;
  }
  // Each sheet is tried quietly; the one read is read again with the log listening.
  const tables = book.names.map((sheet) => ({ sheet, table: book.table(sheet, new IssueLog()) }));
  const kind = (table: CsvTable | null) =>
    table ? tableKind(table.header, options.letters) : null;
  const chosen =
    tables.find(({ table }) => kind(table) === 'letters') ??
    tables.find(({ table }) => kind(table) === 'corpus') ??
    tables.find(({ table }) => table !== null);
  if (!chosen) {
    log.error(file, undefined, `no sheet has a table (sheets: ${quoted(book.names)})`);
    return null;
  }
  const table = book.table(chosen.sheet, log);
  return table ? { sheet: chosen.sheet, table } : null;
}

/** The rows of a workbook's sheet; `sheet` is the one read (null when none was). */
export function workbookRows(
  name: string,
  bytes: Uint8Array,
  log: IssueLog,
  options: WorkbookOptions,
): { rows: TableRow[]; sheet: string | null; blankRows: number } {
  if (!options.spreadsheets) {
    log.error(name, undefined, 'data/import: the spreadsheet reader was not loaded for workbooks');
    return { rows: [], sheet: null, blankRows: 0 };
  }
  const book = readWorkbook(options.spreadsheets(), bytes, name, log);
  if (!book) return { rows: [], sheet: null, blankRows: 0 };
  const chosen = chooseSheet(book, name, log, options);
  if (!chosen) return { rows: [], sheet: null, blankRows: 0 };
  const others = book.names.filter((sheet) => sheet !== chosen.sheet);
  log.info(
    name,
    undefined,
    `read sheet "${chosen.sheet}"${others.length > 0 ? ` (the workbook also has ${quoted(others)}: choose another with --sheet NAME or in the import dialog)` : ''}`,
  );
  const { rows } = tableRows(chosen.table, sheetFile(name, chosen.sheet), log, options.letters);
  return { rows, sheet: chosen.sheet, blankRows: chosen.table.blankRows };
}
