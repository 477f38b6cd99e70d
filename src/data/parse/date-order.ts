/**
 * Day-first or month-first, decided per column from its values: a "31/12/1796" shows day-first,
 * a "12/31/1796" month-first; a column where every numeric date could be either ("3/4/1795") is
 * undecided, and read in the order the user gives (day-first unless told otherwise), which the
 * caller reports. Dotted dates ("12.03.1795") are day-first wherever they are written, so they
 * decide nothing.
 */
import type { ColumnDateOrder } from '../../formats/letter-fields.ts';

export type { ColumnDateOrder };

const SLASHED = /^\D{0,12}?(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/;

/** Decide a column's order from its values. */
export function columnDateOrder(values: Iterable<string>): ColumnDateOrder {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let ambiguous = 0;
  let example: string | null = null;
  for (const value of values) {
    const match = SLASHED.exec(value.trim().replace(/^\[/, ''));
    if (!match) continue;
    const [a, b] = [Number(match[1]), Number(match[3])];
    if (a > 12 && b <= 12) dayFirst ??= value.trim();
    else if (b > 12 && a <= 12) monthFirst ??= value.trim();
    else if (a <= 12 && b <= 12 && a !== b) {
      ambiguous++;
      example ??= value.trim();
    }
  }
  const counts = { ambiguous, example };
  if (dayFirst && monthFirst)
    return { order: null, shownBy: dayFirst, conflict: monthFirst, ...counts };
  if (dayFirst) return { order: 'day-first', shownBy: dayFirst, conflict: null, ...counts };
  if (monthFirst) return { order: 'month-first', shownBy: monthFirst, conflict: null, ...counts };
  return { order: null, shownBy: null, conflict: null, ...counts };
}
