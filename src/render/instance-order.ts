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

/**
 * How much narrower than the shader's threshold a pair may be and still be sent to it: more than
 * the shader's own slack (1e-4) plus half a width step (~5e-4).
 */
const PAIR_WIDTH_SLACK = 1e-3;

/** Width steps a pair's line is sorted by (1/1024 px): far finer than a pixel. */
const WIDTH_STEPS_PER_PX = 1024;

/** A pair's width in whole steps: equal widths sort together, by slot. */
function widthSteps(width: number): number {
  return Math.round(width * WIDTH_STEPS_PER_PX);
}

/**
 * Slots with integer keys, sorted by key then slot, so the order is the same on every build. Key
 * and slot are packed into one number each and sorted as a typed array: a comparator took 250 ms
 * for 10^5 lines here, at the first draw of an archive. Returns the sorted slots and their keys.
 */
function sortByKey(
  slots: Uint32Array,
  keys: Float64Array,
  slotCount: number,
): { slots: Uint32Array; keys: Float64Array } {
  let min = Infinity;
  let max = -Infinity;
  for (const key of keys) {
    if (key < min) min = key;
    if (key > max) max = key;
  }
  const span = 2 ** Math.ceil(Math.log2(slotCount + 1));
  if (slots.length === 0 || (max - min + 1) * span > Number.MAX_SAFE_INTEGER) {
    const order = Array.from(slots.keys()).sort(
      (i, j) => (keys[i] ?? 0) - (keys[j] ?? 0) || (slots[i] ?? 0) - (slots[j] ?? 0),
    );
    return {
      slots: Uint32Array.from(order, (i) => slots[i] ?? 0),
      keys: Float64Array.from(order, (i) => keys[i] ?? 0),
    };
  }
  const packed = new Float64Array(slots.length);
  for (let i = 0; i < slots.length; i++)
    packed[i] = ((keys[i] ?? 0) - min) * span + (slots[i] ?? 0);
  packed.sort();
  const sortedSlots = new Uint32Array(slots.length);
  const sortedKeys = new Float64Array(slots.length);
  for (let i = 0; i < packed.length; i++) {
    const value = packed[i] ?? 0;
    const step = Math.floor(value / span);
    sortedSlots[i] = value - step * span;
    sortedKeys[i] = step + min;
  }
  return { slots: sortedSlots, keys: sortedKeys };
}

function spanClass(span: number): number {
  let c = 0;
  while (span > (SPAN_CLASS_LIMITS[c] ?? Infinity)) c++;
  return c;
}

/** The slots of one group and their keys, in slot order. */
function group(count: number, member: (slot: number) => boolean, key: (slot: number) => number) {
  let size = 0;
  for (let slot = 0; slot < count; slot++) if (member(slot)) size++;
  const slots = new Uint32Array(size);
  const keys = new Float64Array(size);
  let i = 0;
  for (let slot = 0; slot < count; slot++) {
    if (!member(slot)) continue;
    slots[i] = slot;
    keys[i++] = key(slot);
  }
  return { slots, keys };
}

/** The order of a program's slots: every slot once as a document, pair carriers once more. */
export function instanceOrder(keys: InstanceKeys): InstanceOrder {
  const count = keys.first.length;
  const classOf = new Int8Array(count);
  for (let slot = 0; slot < count; slot++) {
    const first = keys.first[slot] ?? 0;
    const last = keys.last[slot] ?? 0;
    classOf[slot] = first > last ? -1 : spanClass(last - first);
  }
  const carriers = group(
    count,
    (slot) => (keys.pairWidth[slot] ?? 0) > 0,
    (slot) => -widthSteps(keys.pairWidth[slot] ?? 0),
  );
  const slots = new Uint32Array(count + carriers.slots.length);
  const documentPosition = new Int32Array(count).fill(-1);
  const pairPosition = new Int32Array(count).fill(-1);
  let position = 0;
  const place = (ordered: Uint32Array, positions: Int32Array): Run => {
    const start = position;
    for (const slot of ordered) {
      slots[position] = slot;
      positions[slot] = position++;
    }
    return { start, end: position };
  };
  const firstDay = (slot: number): number => Math.round(keys.first[slot] ?? 0);
  const dated: DatedRun[] = [];
  SPAN_CLASS_LIMITS.forEach((_limit, c) => {
    const members = group(count, (slot) => classOf[slot] === c, firstDay);
    if (members.slots.length === 0) return;
    const sorted = sortByKey(members.slots, members.keys, count);
    let maxSpan = 0;
    for (const slot of sorted.slots)
      maxSpan = Math.max(maxSpan, (keys.last[slot] ?? 0) - (keys.first[slot] ?? 0));
    dated.push({ ...place(sorted.slots, documentPosition), maxSpan, firsts: sorted.keys });
  });
  const undated = place(
    group(
      count,
      (slot) => classOf[slot] === -1,
      () => 0,
    ).slots,
    documentPosition,
  );
  const widest = sortByKey(carriers.slots, carriers.keys, count);
  // Widths as sorted (whole steps), descending for the search; its slack covers the rounding.
  const widths = widest.keys.map((steps) => -steps / WIDTH_STEPS_PER_PX);
  const pairs = { ...place(widest.slots, pairPosition), widths };
  return { slots, documentPosition, pairPosition, dated, undated, pairs };
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
