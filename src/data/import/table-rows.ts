/**
 * A table read from any file (CSV, TSV, a workbook's sheet) to rows for the build: a letter table
 * (sender, addressee, date… columns, or columns the user chose) or the project's own corpus CSV
 * (titles and curation columns). One path for both, so a sheet and the CSV saved from it build
 * the same letters.
 */
import { unescapeFormula } from '../../formats/csv.ts';
import { DOCUMENT_CSV_COLUMNS } from '../../formats/documents-csv.ts';
import type { CorpusMeta } from '../../graph/types.ts';
import type { CsvTable } from '../io/csv.ts';
import { namedRows } from '../io/tables.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import { letterRows, looksLikeLetterTable } from './letters-csv.ts';
import { fallbackOrder, readCorpusDates } from './date-columns.ts';
import type { LetterTableOptions } from './letters-csv.ts';
import { readGivenParties } from './record-csv.ts';

/**
 * Columns of the project's own corpus CSV (the ones its writer writes): the title is required, the
 * rest optional curation.
 */
export const DOCUMENT_COLUMNS = {
  required: ['title'],
  optional: DOCUMENT_CSV_COLUMNS.filter((column) => column !== 'title'),
};

const KNOWN = new Set<string>([...DOCUMENT_COLUMNS.required, ...DOCUMENT_COLUMNS.optional]);

/**
 * How a table is read: as a letter table when its header names a sender or recipient, or the
 * user chose its columns or a constant side; as the corpus format when its header is the
 * corpus CSV's; else neither (it is then read as the corpus format, which says what is missing).
 */
export function tableKind(
  header: readonly string[],
  letters: Partial<LetterTableOptions> = {},
): 'letters' | 'corpus' | 'unknown' {
  const corpusFormat =
    header.includes('title') && header.every((h) => h === '' || KNOWN.has(h.toLowerCase()));
  const chosen =
    Boolean(letters.columns) ||
    Object.keys(letters.map ?? {}).length > 0 ||
    Boolean(letters.defaultSender) ||
    Boolean(letters.defaultRecipient);
  if (!corpusFormat && (looksLikeLetterTable(header) || chosen)) return 'letters';
  return corpusFormat ? 'corpus' : 'unknown';
}

/** The rows of a table, reported against `file` (a file, or a workbook's sheet). */
export function tableRows(
  table: CsvTable,
  file: string,
  log: IssueLog,
  letters: Partial<LetterTableOptions>,
): { rows: TableRow[]; meta: Partial<CorpusMeta> | null } {
  if (table.blankRows > 0)
    log.info(
      file,
      undefined,
      `${table.blankRows === 1 ? '1 blank row' : `${table.blankRows} blank rows`} (no text in any cell) skipped`,
    );
  if (tableKind(table.header, letters) === 'letters')
    return { rows: letterRows(table, file, log, letters), meta: null };
  if (letters.defaultSender || letters.defaultRecipient) {
    log.warn(
      file,
      table.headerLine,
      'read in the corpus format (titles), so the default sender/recipient does not apply; give sender/recipient columns to use it',
      { column: 1 },
    );
  }
  // Cablegraph's own export (it has parties_from) defused formula-like cells with an apostrophe.
  const ours = table.header.includes('parties_from');
  const named = (namedRows(table, file, log, DOCUMENT_COLUMNS) ?? []).map((row) =>
    readGivenParties(ours ? unescaped(row) : row, log),
  );
  const rows = readCorpusDates(table, named, fallbackOrder(letters.dateOrder), log, file);
  return { rows, meta: collectionMeta(rows) };
}

/**
 * A corpus CSV whose records all name one collection is that collection (an exported corpus
 * keeps its name: a CSV has no header for it); a folder's corpus.json still names its corpus.
 */
function collectionMeta(rows: readonly TableRow[]): Partial<CorpusMeta> | null {
  const collections = new Set(rows.map((row) => row.get('collection')));
  const [only] = collections;
  return collections.size === 1 && only ? { name: only } : null;
}

/** A row of Cablegraph's own CSV with each cell as it was before the export defused it. */
function unescaped(row: TableRow): TableRow {
  const get = row.get;
  return { ...row, get: (column) => unescapeFormula(get(column)) };
}
