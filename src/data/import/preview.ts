/**
 * The first rows of each table among the files the user is opening, read exactly as the import
 * will read them (same decoder, same sheet choice, same column mapping), with the field each
 * column is read as: the import dialog shows them so that the columns can be set right before a
 * corpus is built from them.
 */
import type { FileChoice } from '../../formats/letter-fields.ts';
import type { TablePreview } from '../../formats/import-protocol.ts';
import { readCsv } from '../io/csv.ts';
import type { CsvTable } from '../io/csv.ts';
import { IssueLog } from '../issues.ts';
import { columnDateOrder } from '../parse/date-order.ts';
import { decodeText } from './decode-text.ts';
import { LETTER_FIELDS, mapColumns } from './letters-csv.ts';
import type { LetterField, LetterTableOptions } from './letters-csv.ts';
import { REGISTRY_TABLES } from './registry-tables.ts';
import { detectFormat } from './rows.ts';
import { isWorkbook, readWorkbook } from './sheets.ts';
import type { SpreadsheetLoader } from './sheets.ts';
import { tableKind } from './table-rows.ts';
import { chooseSheet } from './workbook-rows.ts';

/** Rows shown of each table. */
export const PREVIEW_ROWS = 5;

/**
 * A text file's start: enough for the rows shown, cut after a line break so no character is cut
 * in two (a 100 MB table is not decoded whole to show five rows). 256 kB holds thousands of rows.
 */
const TEXT_PREVIEW_BYTES = 256 * 1024;

function previewBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= TEXT_PREVIEW_BYTES) return bytes;
  const head = bytes.subarray(0, TEXT_PREVIEW_BYTES);
  const newline = head.lastIndexOf(0x0a);
  if (newline < 0) return head;
  // UTF-16 LE writes a line feed 0A 00: the cut goes after both bytes.
  const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe;
  return bytes.subarray(0, newline + (littleEndian ? 2 : 1));
}

export interface PreviewOptions {
  choice: FileChoice;
  letters: Partial<LetterTableOptions>;
  spreadsheets: SpreadsheetLoader | null;
}

function tableOf(
  name: string,
  bytes: Uint8Array,
  log: IssueLog,
  options: PreviewOptions,
): (Pick<TablePreview, 'sheets' | 'sheet' | 'encoding'> & { table: CsvTable }) | null {
  if (isWorkbook(name, bytes)) {
    if (!options.spreadsheets) return null;
    const book = readWorkbook(options.spreadsheets(), bytes, name, log);
    const chosen =
      book &&
      chooseSheet(book, name, log, {
        sheet: options.choice.sheet ?? null,
        letters: options.letters,
      });
    if (!book || !chosen) return null;
    return { table: chosen.table, sheets: book.names, sheet: chosen.sheet, encoding: null };
  }
  const decoded = decodeText(previewBytes(bytes), name, log);
  if (detectFormat(name, decoded.text.slice(0, 200)) !== 'csv') return null;
  const table = readCsv(decoded.text, name, log);
  return table && { table, sheets: [], sheet: null, encoding: decoded.encoding };
}

/**
 * The preview of one file, or null when it is no table to map: CMIF, graph JSON, a registry
 * table (people.csv …), or a file that cannot be read (the import will say why).
 */
export function previewFile(
  name: string,
  bytes: Uint8Array,
  options: PreviewOptions,
): TablePreview | null {
  const base = (name.split(/[\\/]/).pop() ?? name).toLowerCase();
  if ((REGISTRY_TABLES as readonly string[]).includes(base)) return null;
  const letters = { ...options.letters, columns: options.choice.columns ?? null };
  const read = tableOf(name, bytes, new IssueLog(), options);
  if (!read) return null;
  const { table, ...where } = read;
  const columns = mapColumns(table.header, letters);
  const roles: (LetterField | null)[] = table.header.map(
    (_, index) => LETTER_FIELDS.find((field) => columns[field] === index) ?? null,
  );
  const width = table.header.length;
  // Decided from the rows read (a text file's first 256 kB), as the import decides from all rows:
  // the report says the import's decision.
  const dateOrders = table.header.map((_, index) => {
    const seen = columnDateOrder(table.rows.map((row) => row.fields[index] ?? ''));
    return seen.order || seen.conflict || seen.ambiguous > 0 ? seen : null;
  });
  return {
    file: name,
    kind: tableKind(table.header, letters),
    ...where,
    header: table.header,
    rows: table.rows
      .slice(0, PREVIEW_ROWS)
      .map((row) => Array.from({ length: width }, (_, i) => row.fields[i] ?? '')),
    roles,
    dateOrders,
  };
}
