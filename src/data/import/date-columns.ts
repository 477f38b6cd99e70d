/**
 * The order of day and month in each date column of a letter table, decided from the column's
 * values (parse/date-order.ts) and said in the report: once per column, not once per row.
 */
import type { CsvTable } from '../io/csv.ts';
import type { IssueLog } from '../issues.ts';
import { readDateCell } from '../parse/date-cells.ts';
import type { DateOrder } from '../parse/date-cells.ts';
import type { TableRow } from '../io/tables.ts';
import type { DocDate } from '../../graph/types.ts';
import { columnDateOrder } from '../parse/date-order.ts';
import { DATE_FIELDS } from '../../formats/letter-fields.ts';
import type { LetterField } from '../../formats/letter-fields.ts';

/**
 * The order for dates whose column does not show it, and whether the user chose it (the import
 * dialog's choice, `--date-order`) or it is the default: the report says which.
 */
export interface FallbackOrder {
  order: DateOrder;
  chosen: boolean;
}

/** Dates that show neither order are read day-first unless the user says otherwise (issue 18). */
export const DEFAULT_DATE_ORDER: DateOrder = 'day-first';

/** `LetterTableOptions.dateOrder` as given (undefined: not given) as a fallback order. */
export const fallbackOrder = (given: DateOrder | undefined): FallbackOrder => ({
  order: given ?? DEFAULT_DATE_ORDER,
  chosen: given !== undefined,
});

const other = (order: DateOrder): DateOrder =>
  order === 'day-first' ? 'month-first' : 'day-first';

/** Why the dates that show neither order were read as they were, and how to change it. */
function readAs(fallback: FallbackOrder): string {
  if (fallback.chosen) return `read ${fallback.order}, as chosen for this table`;
  const instead = other(fallback.order);
  return `read ${fallback.order}, the default; to read them ${instead}, choose it in the import dialog's preview or give --date-order ${instead}`;
}

/** Each date column's order: what its values show, else `fallback`, reported either way. */
export function dateOrders(
  table: CsvTable,
  columns: Partial<Record<LetterField, number>>,
  fallback: FallbackOrder,
  log: IssueLog,
  file: string,
): Partial<Record<LetterField, DateOrder>> {
  const orders: Partial<Record<LetterField, DateOrder>> = {};
  for (const field of DATE_FIELDS) {
    const index = columns[field];
    if (index !== undefined) orders[field] = columnOrder(table, index, fallback, log, file);
  }
  return orders;
}

/**
 * A row's date: the text the record is titled with (the date cell, or an ISO interval of its
 * from/to or earliest/latest cells, each end read as its column writes it), and the date cell as
 * read in its column's order (null when the build is to read the text itself).
 */
export function rowDate(
  get: (field: LetterField) => string,
  orders: Partial<Record<LetterField, DateOrder>>,
): { text: string; date: DocDate | null } {
  const fromField = get('dateFrom') ? 'dateFrom' : 'dateEarliest';
  const toField = get('dateTo') ? 'dateTo' : 'dateLatest';
  const end = (field: LetterField, last: boolean): string => {
    const date = readDateCell(get(field), orders[field] ?? null);
    return (last ? (date?.end ?? date?.iso) : date?.iso) ?? get(field);
  };
  const from = get(fromField) && end(fromField, false);
  const to = get(toField) && end(toField, true);
  if (from || to) return { text: `${from || '..'}/${to || '..'}`, date: null };
  const cell = get('date');
  return { text: cell, date: cell ? readDateCell(cell, orders.date ?? null) : null };
}

/**
 * The corpus format's date column read in its order too: Cablegraph writes a date cell as the
 * table gave it ("3/4/1795"), so reading it back needs the same decision.
 */
export function readCorpusDates(
  table: CsvTable,
  rows: TableRow[],
  fallback: FallbackOrder,
  log: IssueLog,
  file: string,
): TableRow[] {
  const index = table.header.findIndex((h) => h.toLowerCase() === 'date');
  if (index < 0 || !table.rows.some((row) => NUMERIC_CELL.test(row.fields[index] ?? '')))
    return rows;
  const order = columnOrder(table, index, fallback, log, file);
  return rows.map((row) => {
    const date = readDateCell(row.get('date'), order);
    return date ? { ...row, date } : row;
  });
}

const NUMERIC_CELL = /\d{1,2}[/-]\d{1,2}[/-]\d{4}/;

/** One column's order, said once in the report. */
function columnOrder(
  table: CsvTable,
  index: number,
  fallback: FallbackOrder,
  log: IssueLog,
  file: string,
): DateOrder {
  const name = table.header[index] ?? 'date';
  const where = { column: table.headerColumns[index] ?? 1, field: name, kind: 'date order' };
  const seen = columnDateOrder(table.rows.map((row) => row.fields[index] ?? ''));
  if (seen.order) {
    const says = `dates in "${name}" read ${seen.order} ("${seen.shownBy}" shows it)`;
    log.info(file, table.headerLine, says, where);
  } else if (seen.conflict) {
    log.warn(
      file,
      table.headerLine,
      `dates in "${name}" are written day-first ("${seen.shownBy}") and month-first ("${seen.conflict}"): each is read as it shows, the ${seen.ambiguous} that show neither ${readAs(fallback)}`,
      where,
    );
  } else if (seen.ambiguous > 0) {
    const says = `dates in "${name}" do not show whether the day or the month comes first (${seen.ambiguous} such as "${seen.example}" could be either): ${readAs(fallback)}`;
    // The user's own choice is how the table was read, not a warning.
    if (fallback.chosen) log.info(file, table.headerLine, says, where);
    else log.warn(file, table.headerLine, says, where);
  }
  return seen.order ?? fallback.order;
}
