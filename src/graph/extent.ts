/** The numbers framing and node sizes start from, in one pass over a laid-out graph. */
import type { CorrespondenceGraph } from './build.ts';

export interface GraphExtent {
  /** Bounding box of the positions (infinite on an empty graph). */
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** Documents of the busiest node, which node sizes are relative to. */
  maxDocuments: number;
}

/** Bounding box and busiest node of a graph. */
export function graphExtent(graph: CorrespondenceGraph): GraphExtent {
  const extent = {
    minX: Infinity,
    maxX: -Infinity,
    minY: Infinity,
    maxY: -Infinity,
    maxDocuments: 0,
  };
  graph.forEachNode((_node, a) => {
    extent.minX = Math.min(extent.minX, a.x);
    extent.maxX = Math.max(extent.maxX, a.x);
    extent.minY = Math.min(extent.minY, a.y);
    extent.maxY = Math.max(extent.maxY, a.y);
    extent.maxDocuments = Math.max(extent.maxDocuments, a.documents);
  });
  return extent;
}

/** People whose nearest neighbour is measured, at most: a regular sample of larger graphs. */
const GAP_SAMPLE = 2000;

/**
 * The typical distance from a person to their nearest neighbour (the median), in pixels when the
 * layout's larger side spans `spanPx`: how much room a disc has. Infinite with fewer than two
 * nodes. Neighbours are found through a grid of about one node per cell.
 */
export function typicalGap(graph: CorrespondenceGraph, spanPx: number): number {
  if (graph.order < 2) return Infinity;
  const points = nodePoints(graph);
  const { minX, maxX, minY, maxY } = graphExtent(graph);
  const span = Math.max(maxX - minX, maxY - minY);
  if (!(span > 0)) return 0;
  const grid = pointGrid(points, minX, minY, span / Math.sqrt(graph.order));
  // The median of a regular sample of people: within ~2 % of the whole median, at a tenth of the
  // cost at 20k people (this runs before the first draw).
  const stride = Math.ceil(graph.order / GAP_SAMPLE);
  const gaps = new Float64Array(Math.ceil(graph.order / stride));
  for (let k = 0; k < gaps.length; k++) gaps[k] = nearestDistance(k * stride, points, grid);
  gaps.sort();
  return ((gaps[gaps.length >> 1] ?? 0) / span) * spanPx;
}

function nodePoints(graph: CorrespondenceGraph): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(graph.order);
  const ys = new Float64Array(graph.order);
  let i = 0;
  graph.forEachNode((_node, a) => {
    xs[i] = a.x;
    ys[i] = a.y;
    i++;
  });
  return { xs, ys };
}

/** Points bucketed by cell: `order` lists point numbers cell by cell, `start` where each begins. */
interface PointGrid {
  columns: number;
  rows: number;
  cellX: Int32Array;
  cellY: Int32Array;
  start: Int32Array;
  order: Int32Array;
}

function pointGrid(
  { xs, ys }: { xs: Float64Array; ys: Float64Array },
  minX: number,
  minY: number,
  cell: number,
): PointGrid {
  const n = xs.length;
  const cellX = new Int32Array(n);
  const cellY = new Int32Array(n);
  let columns = 1;
  let rows = 1;
  for (let i = 0; i < n; i++) {
    cellX[i] = Math.floor(((xs[i] ?? 0) - minX) / cell);
    cellY[i] = Math.floor(((ys[i] ?? 0) - minY) / cell);
    columns = Math.max(columns, (cellX[i] ?? 0) + 1);
    rows = Math.max(rows, (cellY[i] ?? 0) + 1);
  }
  // A counting sort of the points by cell.
  const start = new Int32Array(columns * rows + 1);
  const cellOf = (i: number): number => (cellY[i] ?? 0) * columns + (cellX[i] ?? 0);
  for (let i = 0; i < n; i++) start[cellOf(i) + 1] = (start[cellOf(i) + 1] ?? 0) + 1;
  for (let c = 1; c < start.length; c++) start[c] = (start[c] ?? 0) + (start[c - 1] ?? 0);
  const next = start.slice(0, -1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const slot = next[cellOf(i)] ?? 0;
    next[cellOf(i)] = slot + 1;
    order[slot] = i;
  }
  return { columns, rows, cellX, cellY, start, order };
}

/** Distance from point `n` to its nearest other point, searching rings of cells outwards. */
function nearestDistance(
  n: number,
  { xs, ys }: { xs: Float64Array; ys: Float64Array },
  grid: PointGrid,
): number {
  const x = xs[n] ?? 0;
  const y = ys[n] ?? 0;
  const cx = grid.cellX[n] ?? 0;
  const cy = grid.cellY[n] ?? 0;
  let best = Infinity; // squared
  const widest = Math.max(grid.columns, grid.rows);
  // Once a neighbour is found in ring r, ring r + 1 can still hold a nearer one; none further.
  for (let r = 0, last = widest; r <= last; r++) {
    for (let gy = Math.max(0, cy - r); gy <= Math.min(grid.rows - 1, cy + r); gy++) {
      for (let gx = Math.max(0, cx - r); gx <= Math.min(grid.columns - 1, cx + r); gx++) {
        if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== r) continue;
        const c = gy * grid.columns + gx;
        for (let k = grid.start[c] ?? 0; k < (grid.start[c + 1] ?? 0); k++) {
          const m = grid.order[k] ?? 0;
          if (m === n) continue;
          const dx = (xs[m] ?? 0) - x;
          const dy = (ys[m] ?? 0) - y;
          // Squared: Math.hypot is several times slower, and this runs ~10^6 times at 20k nodes.
          best = Math.min(best, dx * dx + dy * dy);
        }
      }
    }
    if (best < Infinity && last === widest) last = r + 1;
  }
  return Math.sqrt(best);
}
