/**
 * The fields the reader chose for a table's columns in the import dialog, and the order of day
 * and month chosen for its dates, remembered in this browser (localStorage; nothing leaves it)
 * for the next file with the same header: a historian exports the same sheet again and again as
 * it grows.
 */
import type { ColumnChoice, DateOrder, LetterField } from '../formats/letter-fields.ts';

const KEY = 'cablegraph:column-choices';
/** Headers remembered; the oldest are forgotten beyond this many. */
const KEEP = 50;

type Roles = (LetterField | null)[];

/** What is remembered of a table: each null when the reader left the dialog's reading. */
export interface TableChoice {
  roles: Roles | null;
  dateOrder: DateOrder | null;
}

type Stored = Record<string, { roles: Roles | null; dateOrder?: DateOrder | null; at: number }>;

/** A header as a key: its names as written, in order. */
const keyOf = (header: readonly string[]): string => JSON.stringify(header);

function readAll(): Stored {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Stored) : {};
  } catch {
    // No storage (a private window) or a damaged entry: nothing is remembered.
    return {};
  }
}

const DATE_ORDERS: readonly (DateOrder | null | undefined)[] = ['day-first', 'month-first'];

/** What was chosen last time for a table of this header; null when nothing was. */
export function rememberedChoice(header: readonly string[]): TableChoice | null {
  const entry = readAll()[keyOf(header)];
  if (!entry) return null;
  const roles =
    Array.isArray(entry.roles) && entry.roles.length === header.length ? entry.roles : null;
  const dateOrder = DATE_ORDERS.includes(entry.dateOrder) ? (entry.dateOrder ?? null) : null;
  return roles || dateOrder ? { roles, dateOrder } : null;
}

/** Remember what was chosen for this header, or forget it (all null: the dialog's own reading). */
export function rememberChoice(header: readonly string[], choice: TableChoice): void {
  const key = keyOf(header);
  const others = Object.entries(readAll()).filter(([other]) => other !== key);
  const chosen = choice.roles !== null || choice.dateOrder !== null;
  const kept = [...(chosen ? [[key, { ...choice, at: Date.now() }] as const] : []), ...others]
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, KEEP);
  try {
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage full or refused: the choice still applies to this import.
  }
}

/** Each column's field as the reader's column choice: field → column position. */
export function columnsOf(roles: readonly (LetterField | null)[]): ColumnChoice {
  const columns: ColumnChoice = {};
  roles.forEach((role, index) => {
    if (role) columns[role] = index;
  });
  return columns;
}

/** Give `field` to column `index`; a column that had it before is left unread (one per field). */
export function withRole(
  roles: readonly (LetterField | null)[],
  index: number,
  field: LetterField | null,
): Roles {
  return roles.map((role, i) =>
    i === index ? field : field !== null && role === field ? null : role,
  );
}
