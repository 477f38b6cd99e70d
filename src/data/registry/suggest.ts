/**
 * Spelling suggestions for names the registry does not know ("Shytkov": did you mean Shtykov?),
 * for the build report.
 */
import { compareStrings } from '../../graph/compare.ts';
import type { PersonEntry, Registry } from './registry.ts';
import { nameKey } from './registry.ts';

/** Optimal-string-alignment distance, bounded: returns limit + 1 once it is exceeded. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = value;
    }
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/**
 * editDistance(a, b, 1) <= 1 in one pass: one letter changed, added, dropped, or two neighbours
 * swapped. The variant index asks it of every key in a bucket for every unresolved name; the
 * table above took 0.2 s of a 10^4-title build for that alone.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Compared in place, not by slices: at 10^5 synthetic titles the slices were most of the
  // variant search's 0.4 s.
  if (short.length === long.length) {
    if (sameFrom(short, i + 1, long, i + 1)) return true;
    return (
      short.charCodeAt(i) === long.charCodeAt(i + 1) &&
      short.charCodeAt(i + 1) === long.charCodeAt(i) &&
      sameFrom(short, i + 2, long, i + 2)
    );
  }
  return sameFrom(short, i, long, i + 1);
}

/**
 * The letters of a key as bits (one bit per letter, other characters folded into the rest). One
 * edit (a letter changed, added, dropped, or two swapped) changes at most two bits, so keys whose
 * bits differ in more are not within one edit: a test on two integers before any characters.
 */
export function letterBits(key: string): number {
  let bits = 0;
  for (let i = 0; i < key.length; i++) bits |= 1 << (key.charCodeAt(i) % 31);
  return bits;
}

/** a.slice(i) === b.slice(j), without the slices. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** How many unknown names get spelling suggestions. */
export const SUGGESTION_LIMIT = 200;

/** Registered name keys by first letter and length: misspellings rarely change the first letter. */
const buckets = new WeakMap<Registry, Map<string, Named[]>>();

/** A registered name key, its entry, and its letters as bits (see `letterBits`). */
type Named = [string, PersonEntry, number];

function bucketsOf(registry: Registry): Map<string, Named[]> {
  let index = buckets.get(registry);
  if (!index) {
    index = new Map();
    for (const [form, entry] of registry.names()) {
      const key = `${form.charAt(0)}:${form.length}`;
      const list = index.get(key) ?? [];
      list.push([form, entry, letterBits(form)]);
      index.set(key, list);
    }
    buckets.set(registry, index);
  }
  return index;
}

/** Set bits of an integer. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Registered names close in spelling to an unknown one (at most three): curators' "did you mean". */
export function suggest(name: string, registry: Registry): string[] {
  const key = nameKey(name);
  const bits = letterBits(key);
  const found = new Map<string, number>();
  const index = bucketsOf(registry);
  for (let length = key.length - 2; length <= key.length + 2; length++) {
    for (const [form, entry, formBits] of index.get(`${key.charAt(0)}:${length}`) ?? []) {
      const limit = form.length > 6 ? 2 : 1;
      // Each edit changes at most two letter bits: the table only for names that may be close
      // (200 unknown names against a 20,000-person registry: ~0.3 s of tables without this test).
      if (bitCount(bits ^ formBits) > 2 * limit) continue;
      const distance = editDistance(key, form, limit);
      if (distance <= limit) found.set(entry.name, Math.min(found.get(entry.name) ?? 99, distance));
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || compareStrings(a[0], b[0]))
    .map(([n]) => n)
    .slice(0, 3);
}
