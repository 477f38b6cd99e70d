/**
 * Forgiving picking of lines. Sigma picks an edge only where its stroke was drawn into the picking
 * buffer (at half resolution): a line of the default corpus opened at x=570 and not at x=572. Here a
 * line is picked within a radius of its drawn stroke, the nearest one winning, by geometry: every
 * line's box in graph coordinates is kept in typed arrays (a scan of 10^5 boxes is well under a
 * millisecond), and the few boxes near the pointer are measured exactly in viewport pixels.
 * Nodes are left to sigma's own picking, so a node under the pointer wins over any line.
 *
 * Relies on sigma 3.0.3's public getters (graphToViewport, viewportToGraph, scaleSize, display data).
 */
import type Sigma from 'sigma';
import { distanceToLine, lineBounds } from './edge-geometry.ts';
import type { LinePath, Point } from './edge-geometry.ts';

/** Sigma's own minimum edge thickness (its `minEdgeThickness` default). */
const MIN_EDGE_THICKNESS = 1.7;
/** The thickest line drawn (an emphasised one, 3.5 px, hovered a little thicker), for the boxes. */
const MAX_HALF_WIDTH = 3;

export interface EdgePicker {
  /** The line nearest `point` (viewport pixels) within `radius` pixels of its stroke, if any. */
  edgeAt(point: Point, radius: number): string | null;
  /** The node nearest `point` within `radius` pixels of its disc, if any (for touch). */
  nodeAt(point: Point, radius: number): string | null;
}

interface Boxes {
  keys: string[];
  /** minX, minY, maxX, maxY of each line in graph coordinates, four numbers per line. */
  bounds: Float64Array;
}

function boxesOf(sigma: Sigma): Boxes {
  const graph = sigma.getGraph();
  const keys: string[] = [];
  const bounds = new Float64Array(graph.size * 4);
  graph.forEachEdge((edge, attrs, _source, _target, sourceAttrs, targetAttrs) => {
    const box = lineBounds({
      source: sourceAttrs as Point,
      target: targetAttrs as Point,
      curvature: Number((attrs as { curvature?: number }).curvature ?? 0),
    });
    bounds.set([box.minX, box.minY, box.maxX, box.maxY], keys.length * 4);
    keys.push(edge);
  });
  return { keys, bounds };
}

/**
 * A picker over a sigma's lines; `pickable` says which may be picked now (drawn, and inside the
 * filter: the overview of a large network hides lines outside the dates on the GPU alone), and
 * `widthOf` how wide a line is drawn when its program does not draw its display size (a pair's
 * line in the overview).
 */
export function createEdgePicker(
  sigma: Sigma,
  pickable: (edge: string) => boolean,
  widthOf: (edge: string, drawnSize: number) => number = (_edge, size) => size,
): EdgePicker {
  const graph = sigma.getGraph();
  // Positions are fixed for the life of a renderer: the boxes are made once, at the first use.
  let boxes: Boxes | null = null;
  const viewportOf = (node: string): Point =>
    sigma.graphToViewport(graph.getNodeAttributes(node) as Point);
  const drawnPath = (edge: string, curved: boolean): LinePath => ({
    source: viewportOf(graph.source(edge)),
    target: viewportOf(graph.target(edge)),
    curvature: curved ? Number(graph.getEdgeAttribute(edge, 'curvature') ?? 0) : 0,
  });
  return {
    edgeAt(point, radius) {
      boxes ??= boxesOf(sigma);
      const at = sigma.viewportToGraph(point);
      const step = sigma.viewportToGraph({ x: point.x + 1, y: point.y });
      const margin = (radius + MAX_HALF_WIDTH) * Math.hypot(step.x - at.x, step.y - at.y);
      const { keys, bounds } = boxes;
      let best: string | null = null;
      let bestGap = radius;
      for (let i = 0; i < keys.length; i++) {
        const o = i * 4;
        if (at.x < (bounds[o] ?? 0) - margin || at.x > (bounds[o + 2] ?? 0) + margin) continue;
        if (at.y < (bounds[o + 1] ?? 0) - margin || at.y > (bounds[o + 3] ?? 0) + margin) continue;
        const edge = keys[i] ?? '';
        const data = sigma.getEdgeDisplayData(edge);
        if (!data || data.hidden || !pickable(edge)) continue;
        const curved = String(data.type ?? '').startsWith('curve');
        const halfWidth =
          Math.max(MIN_EDGE_THICKNESS, sigma.scaleSize(widthOf(edge, data.size))) / 2;
        const gap = distanceToLine(point, drawnPath(edge, curved)) - halfWidth;
        if (gap <= bestGap) {
          bestGap = gap;
          best = edge;
        }
      }
      return best;
    },
    nodeAt(point, radius) {
      let best: string | null = null;
      let bestGap = radius;
      graph.forEachNode((node, attrs) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return;
        const centre = sigma.graphToViewport(attrs as Point);
        const gap = Math.hypot(point.x - centre.x, point.y - centre.y) - sigma.scaleSize(data.size);
        if (gap <= bestGap) {
          bestGap = gap;
          best = node;
        }
      });
      return best;
    },
  };
}
