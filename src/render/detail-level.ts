/**
 * The network's level of detail: from afar, a large network draws its edges as straight lines
 * (one per pair of people while nothing is filtered); zoomed in, as curves with arrows. Where the
 * lines apply the date range themselves (windowed-line-program.ts), which lines stand for pairs
 * and how many depends on the camera; this keeps those answers in one place for the renderer, its
 * programs, reducers and picking.
 */
import type { CorrespondenceGraph } from '../graph/build.ts';
import { fewestDocumentsDrawn, pairWidth } from '../graph/pairs.ts';
import { pairWidthOf, preparePairLines } from './display.ts';
import type { ViewState } from './view-state.ts';
import type { PairDrawing } from './windowed-line-program.ts';

export interface DetailThresholds {
  /** Above this many edges, the network from afar draws straight lines. */
  overviewAbove: number;
  /** Above this many edges, emphasis is drawn by the focus layer (renderer-api.ts). */
  layerAbove: number;
  /** Camera ratio at or below which the network is seen in detail. */
  detailRatio: number;
}

export interface DetailLevel {
  /** Emphasis drawn by the focus layer, not the reducers. */
  readonly layered: boolean;
  /** The network has an overview at all (straight lines from afar). */
  readonly hasOverview: boolean;
  /** The overview's lines apply the date range on the GPU (and may draw pairs). */
  readonly windowed: boolean;
  /** Seen from afar now. */
  overview(): boolean;
  /** Whether the level at this camera ratio differs from the one drawn. */
  differsAt(ratio: number): boolean;
  /** Take the level of this camera ratio. */
  settleAt(ratio: number): void;
  /** Dates are applied by the edge program now. */
  datesOnGpu(): boolean;
  /** Lines are drawn one per pair of people in this view. */
  pairsIn(view: ViewState): boolean;
  /** What the line program draws at a camera ratio, in this view. */
  pairDrawing(view: ViewState, ratio: number): PairDrawing;
  /** Whether an edge's line stands for its pair at a camera ratio (pairs drawn or not). */
  drawnAsPair(edge: string, ratio: number): boolean;
}

/** The level of detail of a graph; prepares its pair lines when it will draw them. */
export function createDetailLevel(
  graph: CorrespondenceGraph,
  thresholds: DetailThresholds,
): DetailLevel {
  const layered = graph.size > thresholds.layerAbove;
  const hasOverview = graph.size > thresholds.overviewAbove;
  // Where every edge of the overview is a line (emphasis is in the focus layer), the lines apply
  // the date range on the GPU: a timeline drag redraws instead of reprocessing 10^5 edges. The
  // same lines draw one per pair of people while nothing is filtered.
  const windowed = hasOverview && layered;
  const pairs = windowed ? preparePairLines(graph) : null;
  const detailed = (ratio: number): boolean => !hasOverview || ratio <= thresholds.detailRatio;
  let overview = !detailed(1);
  const datesOnGpu = (): boolean => windowed && overview;
  const pairsIn = (view: ViewState): boolean => datesOnGpu() && view.visibleEdges === null;
  // The busiest pairs from afar, more as the view zooms in (graph/pairs.ts): the narrowest line
  // drawn at a camera ratio, memoised since every frame asks.
  let widthAt = { ratio: NaN, width: 0 };
  const narrowestPair = (ratio: number): number => {
    if (ratio !== widthAt.ratio && pairs) {
      const fewest = fewestDocumentsDrawn(pairs.ranking, ratio);
      widthAt = { ratio, width: pairWidth(fewest, pairs.maxDocuments) };
    }
    return widthAt.width;
  };
  return {
    layered,
    hasOverview,
    windowed,
    overview: () => overview,
    differsAt: (ratio) => overview === detailed(ratio),
    settleAt(ratio) {
      overview = !detailed(ratio);
    },
    datesOnGpu,
    pairsIn,
    pairDrawing: (view, ratio) => ({ pairs: pairsIn(view), minWidth: narrowestPair(ratio) }),
    drawnAsPair(edge, ratio) {
      if (!pairs) return false;
      const width = pairWidthOf(graph.getEdgeAttributes(edge));
      return width > 0 && width >= narrowestPair(ratio) - 1e-4;
    },
  };
}
