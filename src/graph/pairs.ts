/**
 * One line per pair of people, for the overview of a large network: seen whole, 10^5 documents
 * drawn one line each are a grey disc. Drawing each pair once, its weight as width, leaves the
 * pairs that wrote often standing out of those that wrote once. Direction and kind are left to the
 * documents, which return when the view zooms in.
 */
import type { CorrespondenceGraph } from './build.ts';
import { graphExtent } from './extent.ts';

/** The documents between two people, both directions and every kind of line together. */
export interface PeoplePair {
  a: string;
  b: string;
  /** Document lines (edges) between them. */
  edges: string[];
  /** Distinct documents among those lines. */
  documents: string[];
}

/** The line that draws each pair: its first edge, and the pair's number of documents. */
export interface PairLines {
  edges: string[];
  documents: Int32Array;
  /** Length of each pair's line, in graph units. */
  lengths: Float64Array;
  /** Documents of the busiest pair. */
  maxDocuments: number;
}

/**
 * Group a graph's edges by unordered pair of people (one pass, no map keyed by edge: at 10^5 edges
 * that alone cost ~0.2 s here). A document's lines are counted once: the graph builder adds them
 * one after the other, so a pair's document is new when it differs from the pair's last one.
 */
export function pairLines(graph: CorrespondenceGraph): PairLines {
  const numbers = new Map<string, number>();
  const numberOf = (node: string): number => {
    let n = numbers.get(node);
    if (n === undefined) numbers.set(node, (n = numbers.size));
    return n;
  };
  // One map keyed by the pair's two numbers (lo × order + hi, exact below 2^53).
  const order = graph.order;
  const pairNumbers = new Map<number, number>();
  const edges: string[] = [];
  const counts: number[] = [];
  const lengths: number[] = [];
  const lastDoc: string[] = [];
  graph.forEachEdge((edge, attrs, source, target, from, to) => {
    const s = numberOf(source);
    const t = numberOf(target);
    const key = s < t ? s * order + t : t * order + s;
    let index = pairNumbers.get(key);
    if (index === undefined) {
      index = edges.length;
      pairNumbers.set(key, index);
      edges.push(edge);
      counts.push(0);
      lengths.push(Math.sqrt((from.x - to.x) ** 2 + (from.y - to.y) ** 2));
      lastDoc.push('');
    }
    if (lastDoc[index] !== attrs.doc || counts[index] === 0) {
      lastDoc[index] = attrs.doc;
      counts[index] = (counts[index] ?? 0) + 1;
    }
  });
  const documents = Int32Array.from(counts);
  let maxDocuments = 0;
  for (const n of documents) maxDocuments = Math.max(maxDocuments, n);
  return { edges, documents, lengths: Float64Array.from(lengths), maxDocuments };
}

/** The lines between two people, both directions (none if either is missing). */
export function pairEdges(graph: CorrespondenceGraph, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return [];
  const between = new Set([...graph.edges(a, b), ...(a === b ? [] : graph.edges(b, a))]);
  return graph.filterEdges(a, (key) => between.has(key));
}

/** The pair of people an edge joins, with every line and document between them. */
export function pairOf(graph: CorrespondenceGraph, edge: string): PeoplePair {
  const a = graph.source(edge);
  const b = graph.target(edge);
  const edges = pairEdges(graph, a, b);
  const documents = [...new Set(edges.map((key) => graph.getEdgeAttribute(key, 'doc')))];
  return { a, b, edges, documents };
}

/**
 * The pairs ranked for the level of detail: their documents, busiest first, and the ink their
 * lines would lay down together (cumulative: length × width in pixels², the layout spanning
 * `spanPx`), in the same order.
 */
export interface PairRanking {
  documents: Int32Array;
  ink: Float64Array;
}

export function rankPairs(
  graph: CorrespondenceGraph,
  lines: PairLines,
  spanPx: number,
  widthOf: (documents: number) => number = (n) => pairWidth(n, lines.maxDocuments),
): PairRanking {
  const { minX, maxX, minY, maxY } = graphExtent(graph);
  const toPx = spanPx / Math.max(maxX - minX, maxY - minY, 1e-9);
  const count = lines.edges.length;
  // Busiest first, ties in graph order: a counting sort by documents (a comparison sort of the
  // 72k pairs of 10^5 documents cost ~0.3 s before the first draw here).
  const start = new Int32Array(lines.maxDocuments + 2);
  for (let i = 0; i < count; i++) {
    const slot = lines.maxDocuments - (lines.documents[i] ?? 0) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let d = 1; d < start.length; d++) start[d] = (start[d] ?? 0) + (start[d - 1] ?? 0);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const bucket = lines.maxDocuments - (lines.documents[i] ?? 0);
    order[start[bucket] ?? 0] = i;
    start[bucket] = (start[bucket] ?? 0) + 1;
  }
  const documents = new Int32Array(count);
  const ink = new Float64Array(count);
  let total = 0;
  for (let k = 0; k < count; k++) {
    const pair = order[k] ?? 0;
    const n = lines.documents[pair] ?? 1;
    total += (lines.lengths[pair] ?? 0) * toPx * widthOf(n);
    documents[k] = n;
    ink[k] = total;
  }
  return { documents, ink };
}

/**
 * Ink the pair lines may lay down seen whole (pixels², the layout spanning 450 px): a tenth of
 * that square. Measured on the 20k people / 100k documents corpus, whose 72k pairs drawn at once
 * were a solid disc (each pixel under ~100 lines) and 3,000 busiest pairs still ~20 deep: the
 * few hundred strongest ties, drawn once each, leave the hubs and their ties readable.
 */
export const OVERVIEW_PAIR_INK = 0.35 * 450 * 450;

/**
 * Level of detail of pair lines: the fewest documents a pair needs to be drawn at camera ratio
 * `ratio` (1 the whole network). Busiest pairs first, as many as `inkBudget` allows; zoomed in,
 * lines grow longer by 1/ratio while the view holds ratio² of them, so the budget seen grows by
 * 1/ratio. Pairs tied at the cut are all left out rather than some drawn at random; 1 draws all.
 */
export function fewestDocumentsDrawn(
  ranking: PairRanking,
  ratio: number,
  inkBudget: number = OVERVIEW_PAIR_INK,
): number {
  const budget = inkBudget / Math.max(ratio, 1e-3);
  const { documents, ink } = ranking;
  // The first pair past the budget, by bisection over the cumulative ink.
  let lo = 0;
  let hi = ink.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ink[mid] ?? 0) <= budget) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= documents.length) return 1;
  return (documents[lo] ?? 0) + 1;
}

export interface PairWidthOptions {
  /** Width of a pair with one document, in pixels. */
  minWidth: number;
  /** Width of the busiest pair. */
  maxWidth: number;
}

export const DEFAULT_PAIR_WIDTH: PairWidthOptions = { minWidth: 1, maxWidth: 4 };

/**
 * Width of a pair's line: grows with the square root of its documents (as node sizes do), from
 * one document to the busiest pair.
 */
export function pairWidth(
  documents: number,
  maxDocuments: number,
  options: Partial<PairWidthOptions> = {},
): number {
  const { minWidth, maxWidth } = { ...DEFAULT_PAIR_WIDTH, ...options };
  if (maxDocuments <= 1 || documents <= 1) return minWidth;
  return minWidth + (maxWidth - minWidth) * Math.sqrt((documents - 1) / (maxDocuments - 1));
}
