/**
 * The fields the reader chose for a table's columns in the import dialog, remembered in this
 * browser (localStorage; nothing leaves it) for the next file with the same header: a historian
 * exports the same sheet again and again as it grows.
 */
import type { ColumnChoice, LetterField } from '../formats/letter-fields.ts';

const KEY = 'cablegraph:column-choices';
/** Headers remembered; the oldest are forgotten beyond this many. */
const KEEP = 50;

type Roles = (LetterField | null)[];
type Stored = Record<string, { roles: Roles; at: number }>;

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

/** The fields chosen last time for a table of this header; null when none were. */
export function rememberedRoles(header: readonly string[]): Roles | null {
  const entry = readAll()[keyOf(header)];
  return entry && entry.roles.length === header.length ? entry.roles : null;
}

/** Remember the fields chosen for this header, or forget them (null: the header's own reading). */
export function rememberRoles(header: readonly string[], roles: Roles | null): void {
  const key = keyOf(header);
  const others = Object.entries(readAll()).filter(([other]) => other !== key);
  const kept = [...(roles ? [[key, { roles, at: Date.now() }] as const] : []), ...others]
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
