/**
 * Dates as day numbers, for filters applied where strings cannot go: a WebGL program hides the
 * edges outside the timeline's range by comparing numbers, so a timeline drag over 10^5 documents
 * redraws the network instead of reprocessing it. The rules are those of the filter's ISO
 * comparison (`spanPasses` in filter.ts); tests hold the two together.
 */
import { dateSpan } from './dates.ts';

/** The days a filter lets through: from and to included; undated documents shown or not. */
export interface DayWindow {
  from: number;
  to: number;
  undated: boolean;
}

/** Far beyond any calendar date, and exact in 32-bit floats. */
export const DAY_LIMIT = 1e8;

/** A window that hides nothing. */
export const OPEN_WINDOW: DayWindow = { from: -DAY_LIMIT, to: DAY_LIMIT, undated: true };

/**
 * Days from 1970-01-01 to an ISO day ("1949-10-23"), in the proleptic Gregorian calendar. Counted
 * by arithmetic, not through `Date`, which reads years 0–99 as 1900–1999.
 */
export function dayNumber(isoDay: string): number {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  const day = Number(isoDay.slice(8, 10));
  // Count from 1 March, so that the leap day falls at the end of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** First and last day of a date span; an undated document is [1, 0], a span no window meets. */
export type DaySpan = readonly [number, number];

const UNDATED: DaySpan = [1, 0];

/**
 * The day span of an edge's date (its document's `iso` and range `end`), as the filter reads the
 * document's. Memoised per date: a network of 10^5 edges has a few thousand distinct dates.
 */
export function createDaySpans(): (date: string | null, end?: string | null) => DaySpan {
  // Keyed by the date, then by the range's end: no key string is made per call (it runs twice
  // for every line sigma processes, 2 × 10^5 calls at the first draw of an archive).
  const single = new Map<string, DaySpan>();
  const ranges = new Map<string, Map<string, DaySpan>>();
  const spanOf = (date: string, end: string | null): DaySpan => {
    const bounds = dateSpan({ iso: date, end });
    return bounds ? [dayNumber(bounds[0]), dayNumber(bounds[1])] : UNDATED;
  };
  return (date, end) => {
    if (date === null) return UNDATED;
    if (!end) {
      let span = single.get(date);
      if (!span) single.set(date, (span = spanOf(date, null)));
      return span;
    }
    let ends = ranges.get(date);
    if (!ends) ranges.set(date, (ends = new Map()));
    let span = ends.get(end);
    if (!span) ends.set(end, (span = spanOf(date, end)));
    return span;
  };
}

/** Does a day span pass a window? The same test the edge program makes on the GPU. */
export function inDayWindow(span: DaySpan, window: DayWindow): boolean {
  if (span[0] > span[1]) return window.undated;
  return span[1] >= window.from && span[0] <= window.to;
}
