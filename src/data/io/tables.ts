/**
 * Reading CSV tables by column name, with per-row errors that name the file, line and field.
 */
import { LIST_SEPARATOR as VALUE_SEPARATOR } from '../../formats/documents-csv.ts';
import type { DocDate, PartiesSource, PlaceRef } from '../../graph/types.ts';
import type { IssueLog } from '../issues.ts';
import type { ParsedParty } from '../parse/names.ts';
import { fieldPosition } from './csv.ts';
import type { CsvTable } from './csv.ts';

/** One CSV record as named fields, with where it came from. */
export interface TableRow {
  file: string;
  line: number;
  /** Column where the record starts (a CMIF letter's correspDesc may share its line). */
  column?: number;
  /** Where a field's cell starts, when the reader knows. */
  at?(field: string): { line: number; column: number };
  get(column: string): string;
  has(column: string): boolean;
  /**
   * Parties given as structured data (CMIF, mapped letter tables), with authority ids where the
   * source has them; for these roles the title is not parsed.
   */
  parties?: Partial<
    Record<
      'senders' | 'recipients' | 'via' | 'originators' | 'participants' | 'mentions',
      ParsedParty[]
    >
  >;
  /** The kind of source that gave `parties` (absent when the title gives them). */
  partiesFrom?: PartiesSource;
  /** Places as a structured source gives them, with ids and sides; never read from the title. */
  placeRefs?: PlaceRef[];
  /**
   * The date as the table's reader read its date cell (a letter table decides day or month
   * first per column); absent when the build is to read the cell itself.
   */
  date?: DocDate;
}

/** The ";" between values, but not one ending a character reference ("&amp;" is no separator). */
export { VALUE_SEPARATOR };

/** Split a multi-valued cell: "Stalin; Filippov" → ["Stalin", "Filippov"]. */
export function splitCell(value: string): string[] {
  return value
    .split(VALUE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * Turn a CSV table into named rows. Missing required columns are reported against the header line
 * and make the table unreadable (null); unknown columns are reported and ignored.
 */
export function namedRows(
  table: CsvTable,
  file: string,
  log: IssueLog,
  columns: { required: readonly string[]; optional: readonly string[] },
): TableRow[] | null {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (index.has(key))
      log.warn(file, table.headerLine, `column "${name}" appears twice; the first is used`, {
        column: table.headerColumns[i] ?? 1,
      });
    else index.set(key, i);
  });
  const missing = columns.required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    const hint =
      table.header.length === 1 && /[;\t|]/.test(table.header[0] ?? '')
        ? ` (the header has one column: is the delimiter "${table.delimiter}" right?)`
        : '';
    log.error(
      file,
      table.headerLine,
      `missing required column ${missing.map((m) => `"${m}"`).join(', ')}; the header has ${table.header.map((h) => `"${h}"`).join(', ')}${hint}`,
      { column: 1 },
    );
    return null;
  }
  const known = new Set([...columns.required, ...columns.optional]);
  const unknown = table.header.filter((name) => name && !known.has(name.toLowerCase()));
  if (unknown.length > 0) {
    log.warn(
      file,
      table.headerLine,
      `unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')} ignored`,
      { column: table.headerColumns[table.header.indexOf(unknown[0] ?? '')] ?? 1 },
    );
  }
  return table.rows.map((row) => {
    if (row.fields.length > table.header.length) {
      log.warn(
        file,
        row.line,
        `${row.fields.length} fields where the header has ${table.header.length}; the extra fields were ignored (an unquoted delimiter inside a field?)`,
        { column: fieldPosition(row, table.header.length).column, kind: 'extra fields' },
      );
    }
    return {
      file,
      line: row.line,
      column: row.columns[0] ?? 1,
      at: (column: string) => fieldPosition(row, index.get(column) ?? 0),
      get: (column: string) => {
        const i = index.get(column);
        return i === undefined ? '' : (row.fields[i] ?? '').trim();
      },
      has: (column: string) => index.has(column),
    };
  });
}
