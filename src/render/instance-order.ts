/**
 * The order in which the overview's line program (windowed-line-program.ts) keeps its lines on
 * the GPU, so that a draw covers only the lines that can be shown. Without it every draw ran the
 * vertex shader for every line and let the shader drop those outside the date range: at 10^5
 * documents a month of the timeline's play drew 112,142 lines to show a few hundred, 1.4 s a step
 * in software WebGL here against 0.14 s when only a thousand were drawn (median of 6 steps each).
 *
 * Dated lines are sorted by their first day within classes of span (a day, up to a month, up to a
 * year, longer), so the lines that can meet a window are one run per class: those whose first day
 * lies between the window's start less the class's longest span and its end. Undated lines are a
 * run of their own, and the lines that carry a pair of people are a last run, widest first, so the
 * pairs drawn from afar (the widest, graph/pairs.ts) are its beginning. The runs are a superset of
 * what is shown: the shader still decides each line; this only spares it the rest.
 *
 * No sigma and no WebGL here: the order is plain arrays, tested in Node.
 */
import type { DayWindow } from '../graph/day-window.ts';

/** What the order is made from, per slot of sigma's buffer (a slot is one line). */
export interface InstanceKeys {
  /** First and last day of the line's document; first > last when it is undated. */
  first: Float64Array;
  last: Float64Array;
  /** Width of the pair's line the slot carries; 0 when it carries none. */
  pairWidth: Float64Array;
}

/** Longest span (days, last − first) of each class of dated lines. */
const SPAN_CLASS_LIMITS = [0, 31, 366, Infinity] as const;

/** Positions [start, end) of the sorted buffer. */
export interface Run {
  start: number;
  end: number;
}

interface DatedRun extends Run {
  /** The longest span of the run's lines, in days. */
  maxSpan: number;
  /** First day of each line of the run, ascending. */
  firsts: Float64Array;
}

interface PairRun extends Run {
  /** Width of each pair line of the run, descending. */
  widths: Float64Array;
}

export interface InstanceOrder {
  /** The slot drawn at each position of the sorted buffer. */
  slots: Uint32Array;
  /** Each slot's position as a document's line, and as a pair's line (−1: it carries none). */
  documentPosition: Int32Array;
  pairPosition: Int32Array;
  dated: DatedRun[];
  undated: Run;
  pairs: PairRun;
}

/** What the program draws now: documents within a window, or the pairs at least this wide. */
export interface DrawnLines {
  window: DayWindow;
  pairs: boolean;
  minPairWidth: number;
}

/** A first position and a count of lines, for one instanced draw. */
export interface DrawRun {
  start: number;
  count: number;
}

/** How much narrower than the shader's threshold a pair may be and still be sent to it. */
const PAIR_WIDTH_SLACK = 1e-3;

/** Sort slots by a key, ties by slot, so the order is the same on every build. */
function sortedBy(slots: number[], key: (slot: number) => number, descending: boolean): number[] {
  const sign = descending ? -1 : 1;
  return slots.sort((a, b) => sign * (key(a) - key(b)) || a - b);
}

function spanClass(span: number): number {
  let c = 0;
  while (span > (SPAN_CLASS_LIMITS[c] ?? Infinity)) c++;
  return c;
}

/** The order of a program's slots: every slot once as a document, pair carriers once more. */
export function instanceOrder(keys: InstanceKeys): InstanceOrder {
  const count = keys.first.length;
  const classes: number[][] = SPAN_CLASS_LIMITS.map(() => []);
  const undated: number[] = [];
  const carriers: number[] = [];
  for (let slot = 0; slot < count; slot++) {
    const first = keys.first[slot] ?? 0;
    const last = keys.last[slot] ?? 0;
    if (first > last) undated.push(slot);
    else classes[spanClass(last - first)]?.push(slot);
    if ((keys.pairWidth[slot] ?? 0) > 0) carriers.push(slot);
  }
  const slots = new Uint32Array(count + carriers.length);
  const documentPosition = new Int32Array(count).fill(-1);
  const pairPosition = new Int32Array(count).fill(-1);
  let position = 0;
  const place = (ordered: number[], positions: Int32Array): Run => {
    const start = position;
    for (const slot of ordered) {
      slots[position] = slot;
      positions[slot] = position++;
    }
    return { start, end: position };
  };
  const dated: DatedRun[] = [];
  for (const members of classes) {
    if (members.length === 0) continue;
    const ordered = sortedBy(members, (slot) => keys.first[slot] ?? 0, false);
    let maxSpan = 0;
    for (const slot of ordered)
      maxSpan = Math.max(maxSpan, (keys.last[slot] ?? 0) - (keys.first[slot] ?? 0));
    const firsts = Float64Array.from(ordered, (slot) => keys.first[slot] ?? 0);
    dated.push({ ...place(ordered, documentPosition), maxSpan, firsts });
  }
  const undatedRun = place(undated, documentPosition);
  const widest = sortedBy(carriers, (slot) => keys.pairWidth[slot] ?? 0, true);
  const widths = Float64Array.from(widest, (slot) => keys.pairWidth[slot] ?? 0);
  const pairs = { ...place(widest, pairPosition), widths };
  return { slots, documentPosition, pairPosition, dated, undated: undatedRun, pairs };
}

/** The first index of an ascending array whose value is at least `value`. */
function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values of a descending array are at least `value`. */
function countAtLeast(descending: Float64Array, value: number): number {
  let lo = 0;
  let hi = descending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((descending[mid] ?? 0) >= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The runs to draw: a superset of the lines the shader will show, adjacent runs joined. */
export function drawRuns(order: InstanceOrder, drawn: DrawnLines): DrawRun[] {
  const runs: Run[] = [];
  if (drawn.pairs) {
    const shown = countAtLeast(order.pairs.widths, drawn.minPairWidth - PAIR_WIDTH_SLACK);
    runs.push({ start: order.pairs.start, end: order.pairs.start + shown });
  } else {
    const { from, to } = drawn.window;
    for (const run of order.dated) {
      const lo = lowerBound(run.firsts, from - run.maxSpan);
      const hi = lowerBound(run.firsts, to + 1);
      runs.push({ start: run.start + lo, end: run.start + hi });
    }
    if (drawn.window.undated) runs.push(order.undated);
  }
  const joined: DrawRun[] = [];
  for (const run of runs) {
    if (run.end <= run.start) continue;
    const previous = joined[joined.length - 1];
    if (previous && previous.start + previous.count === run.start)
      previous.count += run.end - run.start;
    else joined.push({ start: run.start, count: run.end - run.start });
  }
  return joined;
}
