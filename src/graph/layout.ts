/**
 * Build-time layout: ForceAtlas2 from seeded positions, so the same corpus always gives the same
 * picture (and byte-identical output). Isolated nodes — people only mentioned — are set on a ring
 * around the network instead of piling up at its centre.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { CorrespondenceGraph } from './build.ts';
import { compareStrings } from './compare.ts';
import { graphExtent } from './extent.ts';
import { nodeSize } from './size.ts';

export interface LayoutOptions {
  /** Seed of the initial positions. */
  seed: number;
  /** ForceAtlas2 iterations; null chooses by graph size. */
  iterations: number | null;
  /** Decimal places kept in positions (smaller, stable output). */
  precision: number;
  /** Overrides of the settings ForceAtlas2 infers from the graph. */
  settings: ForceAtlas2Settings;
  /**
   * Pixels the whole layout is expected to span on screen: node sizes are in pixels, positions in
   * graph units, so overlap removal needs their ratio. Zero skips overlap removal.
   */
  viewportSize: number;
  /** Called after each chunk of iterations, so a worker can report progress. */
  onProgress: ((done: number, total: number) => void) | null;
}

/**
 * Iterations run per call to ForceAtlas2. Fixed, not tied to progress reporting, so the command
 * line and the browser lay out the same corpus identically.
 */
const CHUNK = 25;

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  seed: 1947,
  iterations: null,
  precision: 2,
  settings: {},
  viewportSize: 450,
  onProgress: null,
};

/** A small, fast, seedable PRNG (mulberry32): Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Iterations that settle small graphs well and keep 10^5-edge graphs within seconds. */
export function defaultIterations(order: number): number {
  if (order <= 200) return 1000;
  if (order <= 2000) return 400;
  if (order <= 20000) return 150;
  return 80;
}

/** The settings used for a graph: ForceAtlas2's inferred ones, tuned for readability. */
export function layoutSettings(
  graph: CorrespondenceGraph,
  overrides: ForceAtlas2Settings = {},
): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    linLogMode: true,
    // Hubs belong in the middle of a correspondence network, not pushed to its rim.
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 0,
    scalingRatio: graph.order < 500 ? 80 : 10,
    ...overrides,
  };
}

/** Lay out the graph in place; returns the settings and iterations used (for the build report). */
export function layoutGraph(
  graph: CorrespondenceGraph,
  options: Partial<LayoutOptions> = {},
): { iterations: number; settings: ForceAtlas2Settings } {
  const { seed, iterations, precision, settings, viewportSize, onProgress } = {
    ...DEFAULT_LAYOUT_OPTIONS,
    ...options,
  };
  const random = seededRandom(seed);
  const connected: string[] = [];
  const isolated: string[] = [];
  graph.forEachNode((node) => (graph.degree(node) > 0 ? connected : isolated).push(node));
  const spread = Math.sqrt(Math.max(graph.order, 1)) * 10;
  for (const node of connected) {
    graph.mergeNodeAttributes(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  }
  const used = layoutSettings(graph, settings);
  const count = iterations ?? defaultIterations(graph.order);
  for (let done = 0; graph.size > 0 && done < count;) {
    const step = Math.min(CHUNK, count - done);
    forceAtlas2.assign(graph, { iterations: step, settings: used, getEdgeWeight: null });
    done += step;
    onProgress?.(done, count);
  }
  if (viewportSize > 0 && graph.order <= 5000) {
    // Overlap removal nudges nodes that share a spot with Math.random, which no seed reaches, so
    // the isolated nodes (all at the origin until now) go to a ring first; they return to it
    // once the network has its final extent.
    placeOnRing(graph, connected, isolated);
    separateNodes(graph, viewportSize);
  }
  placeOnRing(graph, connected, isolated);
  const factor = 10 ** precision;
  graph.updateEachNodeAttributes((_node, attrs) => ({
    ...attrs,
    x: Math.round(attrs.x * factor) / factor || 0,
    y: Math.round(attrs.y * factor) / factor || 0,
  }));
  return { iterations: count, settings: used };
}

/** Set nodes without edges evenly on a circle just outside the laid-out network. */
function placeOnRing(graph: CorrespondenceGraph, connected: string[], isolated: string[]): void {
  if (isolated.length === 0) return;
  let cx = 0;
  let cy = 0;
  for (const node of connected) {
    cx += graph.getNodeAttribute(node, 'x') / connected.length;
    cy += graph.getNodeAttribute(node, 'y') / connected.length;
  }
  let radius = 0;
  for (const node of connected) {
    radius = Math.max(
      radius,
      Math.hypot(graph.getNodeAttribute(node, 'x') - cx, graph.getNodeAttribute(node, 'y') - cy),
    );
  }
  radius = radius * 1.08 + 1;
  const ordered = [...isolated].sort((a, b) =>
    compareStrings(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')),
  );
  ordered.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / ordered.length - Math.PI / 2;
    graph.mergeNodeAttributes(node, {
      x: cx + radius * Math.cos(angle),
      y: cy + radius * Math.sin(angle),
    });
  });
}

/** Push apart nodes whose discs (as drawn at the default zoom) would overlap. */
function separateNodes(graph: CorrespondenceGraph, viewportSize: number): void {
  const { minX, maxX, minY, maxY, maxDocuments } = graphExtent(graph);
  const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / viewportSize;
  noverlap.assign(graph, {
    maxIterations: 200,
    settings: { margin: 12 * unitsPerPixel, ratio: 1, expansion: 1.1 },
    inputReducer: (_key, attrs) => ({
      x: attrs.x,
      y: attrs.y,
      size:
        nodeSize((attrs as unknown as { documents: number }).documents, maxDocuments) *
        unitsPerPixel,
    }),
  });
}
