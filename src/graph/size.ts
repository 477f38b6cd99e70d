/**
 * How large a person is drawn: the size grows with the square root of their documents (or of
 * another measure), so area tracks activity; and the range of sizes shrinks as the layout gets
 * crowded, so that seen whole, discs do not cover each other. The layout keeps discs of these
 * sizes apart where it has room; the renderer and the image export draw them so.
 */
import type { CorrespondenceGraph } from './build.ts';
import { typicalGap } from './extent.ts';

export interface SizeOptions {
  minSize: number;
  maxSize: number;
}

export const DEFAULT_SIZE_OPTIONS: SizeOptions = { minSize: 4.5, maxSize: 22 };

/** Node size grows with the square root of its documents, so area tracks activity. */
export function nodeSize(
  documents: number,
  maxDocuments: number,
  options: Partial<SizeOptions> = {},
): number {
  const { minSize, maxSize } = { ...DEFAULT_SIZE_OPTIONS, ...options };
  if (maxDocuments <= 0 || documents <= 0) return minSize;
  return minSize + (maxSize - minSize) * Math.sqrt(documents / maxDocuments);
}

/**
 * Pixels the whole layout is taken to span at the overview (the layout's own reference,
 * layout.ts `viewportSize`; the explorer's canvas gives it 450–560 px on a laptop).
 */
export const REFERENCE_SPAN_PX = 450;

/**
 * Smallest radius drawn, in pixels: below ~0.75 px sigma's antialiased disc fades to nothing.
 * At 20k people the typical gap is ~1.1 px, so the smallest discs there are dots that touch.
 */
const SMALLEST_RADIUS = 0.75;
/** A typical person's radius is at most this share of the typical gap to their neighbour. */
const RADIUS_PER_GAP = 0.5;
/** Busiest people stay at least this large, so hubs stand out of a crowd of dots. */
const SMALLEST_HUB = 6;

/**
 * The range of sizes for a layout whose typical gap between neighbours is `gapPx` pixels at the
 * overview. Where there is room (the default corpus: ~58 px) the default range; where there is
 * not, the smallest discs shrink to half the gap (neighbours then just touch) and the largest by
 * the square root of that factor, so the busiest still read as hubs. Measured here: 5k people /
 * 20k documents, gap 2.5 px → 1.24–11.5 px; 20k / 100k, gap 1.1 px → 0.75–9.0 px.
 */
export function sizeOptionsForGap(
  gapPx: number,
  defaults: SizeOptions = DEFAULT_SIZE_OPTIONS,
): SizeOptions {
  if (!Number.isFinite(gapPx)) return defaults;
  const minSize = Math.max(SMALLEST_RADIUS, Math.min(defaults.minSize, RADIUS_PER_GAP * gapPx));
  const scale = minSize / defaults.minSize;
  const maxSize = Math.max(
    Math.min(defaults.maxSize, SMALLEST_HUB),
    Math.min(defaults.maxSize, defaults.maxSize * Math.sqrt(scale)),
  );
  return { minSize, maxSize };
}

/** The size range of a laid-out graph: its crowding decides (see `sizeOptionsForGap`). */
export function sizeOptionsFor(graph: CorrespondenceGraph): SizeOptions {
  return sizeOptionsForGap(typicalGap(graph, REFERENCE_SPAN_PX));
}
