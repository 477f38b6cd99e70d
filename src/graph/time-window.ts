/**
 * Windows of time the timeline's play steps through: a calendar month, quarter or year, aligned as
 * historians count them (the third quarter is July–September), written as the filter's own ISO
 * dates of month or year precision ("1949-07" to "1949-09", "1950" to "1950").
 */
import { pad2 } from './dates.ts';

export const WINDOW_WIDTHS = ['month', 'quarter', 'year'] as const;
export type WindowWidth = (typeof WINDOW_WIDTHS)[number];

/** Months in each width. */
const MONTHS: Record<WindowWidth, number> = { month: 1, quarter: 3, year: 12 };

export interface TimeWindow {
  start: string;
  end: string;
}

/** Months since year 0 of an ISO date of any precision (a year alone is its January). */
function monthIndex(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = iso.length >= 7 ? Number(iso.slice(5, 7)) : 1;
  return year * 12 + (month - 1);
}

/** The window of a width that starts at a month index (aligned to the width). */
function windowAt(index: number, width: WindowWidth): TimeWindow {
  const year = String(Math.floor(index / 12)).padStart(4, '0');
  if (width === 'year') return { start: year, end: year };
  const first = (index % 12) + 1;
  const last = first + MONTHS[width] - 1;
  return { start: `${year}-${pad2(first)}`, end: `${year}-${pad2(last)}` };
}

/** The window of a width that holds a date: "1949-10-23" in quarters is "1949-10" to "1949-12". */
export function windowHolding(iso: string, width: WindowWidth): TimeWindow {
  const index = monthIndex(iso);
  return windowAt(index - (index % MONTHS[width]), width);
}

/** The window `steps` widths after (or before, when negative) a window. */
export function shiftWindow(window: TimeWindow, width: WindowWidth, steps: number): TimeWindow {
  const aligned = monthIndex(windowHolding(window.start, width).start);
  return windowAt(aligned + steps * MONTHS[width], width);
}

/** Whether a filter's dates are exactly a window of this width. */
export function isWindow(
  start: string | null,
  end: string | null,
  width: WindowWidth,
): start is string {
  if (start === null || end === null) return false;
  const window = windowHolding(start, width);
  return window.start === start && window.end === end;
}

/**
 * The next window of a play or a step through `[first, last]` (ISO dates of the corpus's dated
 * documents): from the current window, or from the first (last, stepping back) when the filter is
 * not a window of this width; null past either end.
 */
export function nextWindow(
  current: { start: string | null; end: string | null },
  width: WindowWidth,
  direction: 1 | -1,
  extent: { first: string; last: string },
): TimeWindow | null {
  const firstWindow = windowHolding(extent.first, width);
  const lastWindow = windowHolding(extent.last, width);
  if (!isWindow(current.start, current.end, width))
    return direction === 1 ? firstWindow : lastWindow;
  const next = shiftWindow(
    { start: current.start, end: current.end ?? current.start },
    width,
    direction,
  );
  const index = monthIndex(next.start);
  if (index < monthIndex(firstWindow.start) || index > monthIndex(lastWindow.start)) return null;
  return next;
}
