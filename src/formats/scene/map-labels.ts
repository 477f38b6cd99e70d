/**
 * Where a map names its places, for the map view (per camera: what is hidden from afar comes back
 * as you zoom in) and the map's image export alike. Places are named by priority (their letters),
 * each trying a few positions around its disc — right, left, above, below, then the diagonals — and
 * taking the first that stays in the frame and covers no name already placed and no other disc; a
 * name with no such room may cover smaller discs, never a larger one nor another name, or is left
 * out. The most important place in view is always named. Collisions are looked up in a grid of
 * cells, so a thousand places cost a few thousand box tests rather than half a million.
 */
import { boxesOverlap } from './label-boxes.ts';
import type { LabelBox } from './label-boxes.ts';
import { labelWidth } from './scene.ts';

export interface MapLabelPlace {
  key: string;
  name: string;
  /** The disc's centre and radius, in the frame's pixels. */
  x: number;
  y: number;
  radius: number;
  /** Higher is named first: the place's letters. */
  priority: number;
}

export type MapLabelPosition =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'upper-right'
  | 'lower-right'
  | 'upper-left'
  | 'lower-left';

/** Positions tried, in order: reading runs on to the right; the diagonals come last. */
export const MAP_LABEL_POSITIONS: readonly MapLabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'upper-right',
  'lower-right',
  'upper-left',
  'lower-left',
];

export interface MapLabel {
  key: string;
  text: string;
  position: MapLabelPosition;
  /** The box the name takes, kept clear of the other names. */
  box: LabelBox;
  /** Where the text is written: its baseline and horizontal anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface MapLabelOptions {
  /** The frame names stay in (places outside it are neither named nor avoided). */
  width: number;
  height: number;
  textSize: number;
  measure: (text: string) => number;
  /** Pixels between a disc and its name. */
  gap: number;
  /** Pixels of air kept between two names. */
  margin: number;
  /** Names at most (all that fit when null). */
  limit: number | null;
}

export const DEFAULT_MAP_LABEL_OPTIONS: MapLabelOptions = {
  width: Number.POSITIVE_INFINITY,
  height: Number.POSITIVE_INFINITY,
  textSize: 12,
  measure: (text) => labelWidth(text, 12),
  gap: 3,
  margin: 2,
  limit: null,
};

/** Grid cells of this many pixels: about a short name's width, two lines' height. */
const CELL = 48;

/** Boxes filed by the grid cells they touch, to test a box against its neighbours only. */
class BoxGrid<T extends { box: LabelBox }> {
  private readonly cells = new Map<number, T[]>();

  /** Calls `visit` with each cell key `box` touches until it returns true. */
  private static cellsOf(box: LabelBox, visit: (key: number) => boolean): boolean {
    const x0 = Math.floor(box.x / CELL);
    const y0 = Math.floor(box.y / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    // Cells beyond ±2^15 of the origin would share keys; no frame is that large.
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) if (visit(cx * 65_536 + cy)) return true;
    return false;
  }

  add(item: T): void {
    BoxGrid.cellsOf(item.box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
      return false;
    });
  }

  /** Whether any item near `box` (grown by `margin`) passes `test`. */
  some(box: LabelBox, margin: number, test: (item: T) => boolean): boolean {
    const near = {
      x: box.x - margin,
      y: box.y - margin,
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    };
    return BoxGrid.cellsOf(near, (key) => this.cells.get(key)?.some(test) ?? false);
  }
}

interface Disc {
  key: string;
  x: number;
  y: number;
  radius: number;
  box: LabelBox;
}

const coversDisc = (box: LabelBox, disc: Disc): boolean => {
  const nearestX = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const nearestY = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return Math.hypot(nearestX - disc.x, nearestY - disc.y) < disc.radius + 1;
};

/** A name's box and writing at one position around its disc. */
function labelAt(
  place: MapLabelPlace,
  position: MapLabelPosition,
  width: number,
  o: MapLabelOptions,
): MapLabel {
  const height = o.textSize * 1.2;
  const reach = place.radius + o.gap;
  // On a diagonal the name starts where the disc's edge meets the diagonal.
  const slant = place.radius * Math.SQRT1_2 + o.gap;
  const boxes: Record<MapLabelPosition, [number, number]> = {
    right: [place.x + reach, place.y - height / 2],
    left: [place.x - reach - width, place.y - height / 2],
    above: [place.x - width / 2, place.y - reach - height],
    below: [place.x - width / 2, place.y + reach],
    'upper-right': [place.x + slant, place.y - slant - height],
    'lower-right': [place.x + slant, place.y + slant],
    'upper-left': [place.x - slant - width, place.y - slant - height],
    'lower-left': [place.x - slant - width, place.y + slant],
  };
  const [x, y] = boxes[position];
  const anchor = position.endsWith('left')
    ? 'end'
    : position.endsWith('right')
      ? 'start'
      : 'middle';
  return {
    key: place.key,
    text: place.name,
    position,
    box: { x, y, width, height },
    x: anchor === 'start' ? x : anchor === 'end' ? x + width : x + width / 2,
    // A third of the text size below the box's middle: the baseline of a line of that size.
    y: y + height / 2 + o.textSize / 3,
    anchor,
  };
}

/** Most letters first; then the larger disc; then by key, so equal places keep one order. */
const byPriority = (a: MapLabelPlace, b: MapLabelPlace): number =>
  b.priority - a.priority || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The names to draw over a frame of places, most important first. */
export function placeMapLabels(
  places: readonly MapLabelPlace[],
  options: Partial<MapLabelOptions> = {},
): MapLabel[] {
  const o = { ...DEFAULT_MAP_LABEL_OPTIONS, ...options };
  const inView = places.filter(
    (p) =>
      p.x + p.radius >= 0 &&
      p.x - p.radius <= o.width &&
      p.y + p.radius >= 0 &&
      p.y - p.radius <= o.height,
  );
  const discs = new BoxGrid<Disc>();
  for (const p of inView) {
    const box = { x: p.x - p.radius, y: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius };
    discs.add({ key: p.key, x: p.x, y: p.y, radius: p.radius, box });
  }
  const names = new BoxGrid<MapLabel>();
  const inFrame = (box: LabelBox): boolean =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= o.width && box.y + box.height <= o.height;
  const placed: MapLabel[] = [];
  for (const place of [...inView].sort(byPriority)) {
    if (o.limit !== null && placed.length >= o.limit) break;
    const width = o.measure(place.name);
    const candidates = MAP_LABEL_POSITIONS.map((position) => labelAt(place, position, width, o));
    let label: MapLabel | undefined;
    // The first position clear of every disc; failing that, the first that covers smaller ones only.
    let overSmaller: MapLabel | undefined;
    for (const candidate of candidates) {
      const { box } = candidate;
      if (!inFrame(box) || names.some(box, o.margin, (n) => boxesOverlap(box, n.box, o.margin)))
        continue;
      let covered = false;
      const coversLarger = discs.some(box, 0, (disc) => {
        if (disc.key === place.key || !coversDisc(box, disc)) return false;
        covered = true;
        return disc.radius >= place.radius;
      });
      if (!covered) {
        label = candidate;
        break;
      }
      if (!coversLarger) overSmaller ??= candidate;
    }
    label ??= overSmaller;
    // The first name is kept whatever it covers: a map names its main place.
    if (!label && placed.length === 0)
      label = candidates.find((c) => inFrame(c.box)) ?? candidates[0];
    if (!label) continue;
    names.add(label);
    placed.push(label);
  }
  return placed;
}
