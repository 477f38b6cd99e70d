/**
 * Dates and times inside a title, wherever they stand: "on 15 March 1967", "of 26-27.III.1957",
 * "from 31 January to 1 February 1987", "at 11:45 a.m.", "5:00p.m. until 6:50 p.m.". They are cut
 * out before the parties are read, so that "from … to …" between two dates is not read as a sender
 * and a recipient, and "on 10 May 1988" is not read as a topic.
 */
import type { DocDate } from '../../graph/types.ts';
import { EMBEDDED_DATE, parseDate, QUALIFIER, TRAILING_YEAR, YEARLESS_DATE } from './dates.ts';
import { nestingDepths, removeRanges } from './text.ts';

/** A pattern's source with its groups made non-capturing, to nest it under named groups. */
function plain(pattern: RegExp): string {
  return pattern.source.replace(/\((?!\?)/g, '(?:');
}

const DATE = plain(EMBEDDED_DATE);
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+`;
const LEAD = String.raw`(?:(?:on|of|dated|from|at|since|,)\s+)?(?:${WEEKDAY})?`;
const RANGE = new RegExp(
  String.raw`(?:(?:from|between|for the period of)\s+)?(?<first>${plain(YEARLESS_DATE)}|${DATE})\s*(?:to|until|till|and|[-–])\s*(?<last>${DATE})`,
  'gi',
);
// The qualifier goes with the date: "early February 1950", "circa 3 May 1950".
const SINGLE = new RegExp(String.raw`${LEAD}(?<date>${plain(new RegExp(QUALIFIER))}${DATE})`, 'gi');
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?|\s*hours?\b|h\b)?`;
const TIME = new RegExp(
  String.raw`(?:\b(?:at|from|between)\s+${CLOCK}|\b\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?|\s*hours?\b)?|\b\d{1,2}[.:]\d{2}\s*[ap]\.?\s?m\.?)(?:\s*(?:-|–|until|to|and)\s*${CLOCK})?(?:\s*hours?\b)?`,
  'gi',
);

/** More than the longest lead ("for the period of ", a weekday, a month name) before a digit. */
const LEAD_REACH = 64;

/** Every match of a global pattern from `from` on, like matchAll from that index. */
function matchesFrom(pattern: RegExp, text: string, from: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // The module's own pattern: every match is collected before the caller reads any.
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

const MAYBE_RANGE = /(?:to|until|till|and|[-–])\s*\d{1,2}\b/i;
const MAYBE_TIME = /\d[:.]\d\d/;

export interface FoundDate {
  date: DocDate;
  start: number;
  end: number;
}

export interface DateCut {
  /** The text with dates and times removed (a space where each was). */
  text: string;
  dates: FoundDate[];
  times: string[];
}

/** "1 December to 31 December 1953": the first date takes the year of the second. */
function rangeDate(first: string, last: string): DocDate | null {
  const end = parseDate(last);
  if (!end?.iso) return null;
  const start = parseDate(first) ?? parseDate(`${first} ${end.iso.slice(0, 4)}`);
  if (!start?.iso || start.iso > end.iso) return end;
  return Object.assign(start, { asWritten: `${first} – ${last}`, end: end.iso });
}

/**
 * Is [start, end) at the top level and clear of what is taken? A module function, not a closure
 * in cutDates: under tsx every closure made is also named (Object.defineProperty), per title.
 */
function isFree(
  depths: readonly number[],
  taken: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  if ((depths[start] ?? 0) !== 0) return false;
  for (const t of taken) if (start < t.end && t.start < end) return false;
  return true;
}

/** Find every top-level date range, date and time of a text, and cut them out. */
export function cutDates(text: string): DateCut {
  // Every date and time has a digit; most titles' clauses have none.
  const firstDigit = text.search(/\d/);
  if (firstDigit < 0) return { text, dates: [], times: [] };
  // No date starts further before its first digit than its lead words and month name reach
  // ("for the period of Wednesday, September 3"): the scans start there, not at the title's start.
  const from = Math.max(0, firstDigit - LEAD_REACH);
  const depths = nestingDepths(text);
  const taken: { start: number; end: number }[] = [];
  const dates: FoundDate[] = [];
  const times: string[] = [];
  // A range needs a day after its "to" or dash; a time needs "10:30" or "10.30".
  const ranges = MAYBE_RANGE.test(text) ? matchesFrom(RANGE, text, from) : [];
  for (const match of ranges) {
    const start = match.index;
    const end = start + match[0].length;
    const date = rangeDate(match.groups?.first ?? '', match.groups?.last ?? '');
    if (!date || !isFree(depths, taken, start, end)) continue;
    taken.push({ start, end });
    dates.push({ date, start, end });
  }
  for (const match of matchesFrom(SINGLE, text, from)) {
    const written = match.groups?.date ?? '';
    const start = match.index;
    const end = start + match[0].length;
    const date = parseDate(written);
    if (!date || !isFree(depths, taken, start + match[0].length - written.length, end)) continue;
    taken.push({ start, end });
    dates.push({ date, start, end });
  }
  const year = dates.length === 0 ? TRAILING_YEAR.exec(text) : null;
  const yearDate = year ? parseDate(year[1] ?? '') : null;
  if (year && yearDate && isFree(depths, taken, year.index, text.length)) {
    taken.push({ start: year.index, end: text.length });
    dates.push({ date: yearDate, start: year.index, end: text.length });
  }
  const clocks = MAYBE_TIME.test(text) ? text.matchAll(TIME) : [];
  for (const match of clocks) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isFree(depths, taken, start, end)) continue;
    taken.push({ start, end });
    times.push(match[0].trim());
  }
  dates.sort((a, b) => a.start - b.start);
  return { text: taken.length ? removeRanges(text, taken) : text, dates, times };
}
