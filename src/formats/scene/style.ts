/**
 * How the network looks, shared by the explorer and the image exports: colours by affiliation
 * (a colour-blind-safe palette), edges by their number and emphasis, parallel edges curved apart.
 * Node sizes are the model's (graph/size.ts): the layout keeps those discs apart.
 */
import { compareStrings } from '../../graph/compare.ts';

/** Okabe–Ito based colours for the affiliations of the default corpus. */
export const KNOWN_AFFILIATION_COLORS: Readonly<Record<string, string>> = {
  USSR: '#D55E00',
  DPRK: '#0072B2',
  PRC: '#E69F00',
  ROK: '#009E73',
  USA: '#56B4E9',
  UN: '#CC79A7',
  Unknown: '#8C8C8C',
};

/** Further colours for other corpora's affiliations, in order of frequency. */
const EXTRA_COLORS = [
  '#6A3D9A',
  '#B15928',
  '#1B9E77',
  '#E7298A',
  '#66A61E',
  '#A6761D',
  '#386CB0',
  '#7570B3',
  '#D95F02',
  '#BF5B17',
];

/** Assign each affiliation a colour: known ones keep theirs, others take the next free colour. */
export function affiliationPalette(counts: ReadonlyMap<string, number>): Map<string, string> {
  const palette = new Map<string, string>();
  const ordered = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareStrings(a, b),
  );
  let next = 0;
  for (const affiliation of ordered) {
    const known = KNOWN_AFFILIATION_COLORS[affiliation];
    palette.set(affiliation, known ?? EXTRA_COLORS[next++ % EXTRA_COLORS.length] ?? '#8C8C8C');
  }
  return palette;
}

/** The palette of a graph's affiliations: the legend and the renderer must agree on it. */
export function paletteForAffiliations(affiliations: Iterable<string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const affiliation of affiliations)
    counts.set(affiliation, (counts.get(affiliation) ?? 0) + 1);
  return affiliationPalette(counts);
}

/** Colours and widths of edges, shared by the renderer's reducers and the image exports. */
export const EDGE_STYLE = {
  color: 'rgba(85, 90, 100, 0.7)',
  participationColor: 'rgba(150, 90, 175, 0.75)',
  emphasisColor: 'rgba(40, 40, 50, 0.95)',
  dimColor: 'rgba(200, 200, 200, 0.25)',
  dimNodeColor: '#dcdcdc',
  size: 2,
  emphasisSize: 3.5,
  /** Largest curvature of parallel edges (sigma's edge-curve convention). */
  maxCurvature: 0.45,
} as const;

/** The little of a graph the curvatures read: its edges, in a stable order, and their number. */
export interface CurvedGraph<A> {
  readonly size: number;
  forEachEdge(
    callback: (edge: string, attributes: A, source: string, target: string) => void,
  ): void;
}

/**
 * Curvature of every edge: 0 for a lone edge, spread symmetrically for several documents between
 * the same two people, opposite sides for the two directions — so A→B and B→A stay apart.
 * Follows the convention of @sigma/edge-curve's parallel-edge index, without its WebGL import.
 */
export function edgeCurvatures(
  graph: CurvedGraph<unknown>,
  maxCurvature: number = EDGE_STYLE.maxCurvature,
): Map<string, number> {
  const curvatures = new Map<string, number>();
  forEachCurvature(graph, maxCurvature, (edge, _attrs, curvature) =>
    curvatures.set(edge, curvature),
  );
  return curvatures;
}

/**
 * `edgeCurvatures` handed to `visit` edge by edge, in the graph's order, with no map keyed by edge:
 * it runs for every edge at page load (10^5 at archive scale), where the map and the per-pair
 * lists it needed were a third of the time here.
 */
export function forEachCurvature<A>(
  graph: CurvedGraph<A>,
  maxCurvature: number,
  visit: (edge: string, attributes: A, curvature: number) => void,
): void {
  // Pairs found through node numbers, not joined node keys.
  const nodeNumbers = new Map<string, number>();
  const numberOf = (node: string): number => {
    let n = nodeNumbers.get(node);
    if (n === undefined) nodeNumbers.set(node, (n = nodeNumbers.size));
    return n;
  };
  /** Per source number: the pair number of each target number. */
  const bySource: Map<number, number>[] = [];
  // At most one pair per edge.
  const pairFrom = new Int32Array(graph.size);
  const pairTo = new Int32Array(graph.size);
  const pairCount = new Int32Array(graph.size);
  let pairs = 0;
  const pairOfEdge = new Int32Array(graph.size);
  const placeInPair = new Int32Array(graph.size);
  let ordinal = 0;
  graph.forEachEdge((_edge, _attrs, source, target) => {
    const from = numberOf(source);
    const to = numberOf(target);
    let targets = bySource[from];
    if (!targets) bySource[from] = targets = new Map();
    let pair = targets.get(to);
    if (pair === undefined) {
      pair = pairs++;
      targets.set(to, pair);
      pairFrom[pair] = from;
      pairTo[pair] = to;
    }
    pairOfEdge[ordinal] = pair;
    placeInPair[ordinal++] = (pairCount[pair] = (pairCount[pair] ?? 0) + 1) - 1;
  });
  // Each pair's count the other way, found once per pair rather than once per edge.
  const opposite = new Int32Array(pairs);
  for (let pair = 0; pair < pairs; pair++) {
    const reverse = bySource[pairTo[pair] ?? 0]?.get(pairFrom[pair] ?? 0);
    opposite[pair] = reverse === undefined ? 0 : (pairCount[reverse] ?? 0);
  }
  ordinal = 0;
  graph.forEachEdge((edge, attrs) => {
    const pair = pairOfEdge[ordinal] ?? 0;
    const i = placeInPair[ordinal++] ?? 0;
    const n = pairCount[pair] ?? 1;
    let index: number;
    let max: number;
    if (opposite[pair] === 0) {
      // All in one direction: a symmetric fan around the straight line.
      index = i - (n - 1) / 2;
      max = Math.max((n - 1) / 2, 1);
    } else {
      // Both directions: each direction bends to its own side.
      index = i + 1;
      max = n;
    }
    visit(edge, attrs, pairFrom[pair] === pairTo[pair] ? 0 : (maxCurvature * index) / max);
  });
}

/**
 * Edge colour for a network of this many edges: the more lines, the fainter each, so a dense
 * archive reads as structure rather than a dark blot.
 */
export function edgeColorFor(edgeCount: number, participation = false): string {
  const alpha = Math.max(0.15, Math.min(0.7, 0.7 * Math.sqrt(500 / Math.max(edgeCount, 1))));
  const rgb = participation ? '150, 90, 175' : '85, 90, 100';
  return `rgba(${rgb}, ${Math.round(alpha * 100) / 100})`;
}

/**
 * The colour of emphasised edges when `count` are emphasised at once: as given for a few, with its
 * alpha thinned for many, so the ego network of a hub (the writer of a one-person edition, 2,000
 * letters and more) shows where its lines gather instead of one dark mass.
 */
export function emphasisColorFor(count: number, color: string = EDGE_STYLE.emphasisColor): string {
  const rgba = readRgba(color);
  if (!rgba) return color;
  const thinned = rgba.a * Math.max(0.35, Math.min(1, Math.sqrt(150 / Math.max(count, 1))));
  return `rgba(${rgba.r}, ${rgba.g}, ${rgba.b}, ${Math.round(thinned * 100) / 100})`;
}

const RGBA = /^\s*rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)\s*$/i;

/** The channels of an "rgb(…)" or "rgba(…)" colour (alpha 1 when not given); null for others. */
export function readRgba(color: string): { r: number; g: number; b: number; a: number } | null {
  const match = RGBA.exec(color);
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  return { r, g, b, a: match[4] === undefined ? 1 : Number(match[4]) };
}

/** Labels forced on every emphasised node only while there are few enough to read. */
export const MAX_FORCED_LABELS = 40;
