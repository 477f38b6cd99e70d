/**
 * Sigma picks the labels it draws from a grid of candidates that only its full process fills, and
 * only with the nodes shown at that moment. A node that a filter hid and shows again has no place
 * in it: its label never appears. A full refresh puts it back, but at 10^5 edges that is ~0.6 s of
 * script and a multi-second frame in software WebGL, after every widening of the timeline.
 *
 * Rebuilding just the grid costs a pass over the nodes. Sigma keeps the grid private, so this reaches
 * in, checks the shape it expects, and reports when it cannot (the caller then refreshes fully).
 * It places each node as sigma's own process does: in the viewport of the camera at rest.
 */
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import { matrixFromCamera } from 'sigma/utils';

interface LabelGrid {
  resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
  add(key: string, size: number, position: { x: number; y: number }): void;
  organize(): void;
}

function labelGridOf(sigma: Sigma): LabelGrid | null {
  const grid = (sigma as unknown as { labelGrid?: Partial<LabelGrid> }).labelGrid;
  return grid &&
    typeof grid.resizeAndClear === 'function' &&
    typeof grid.add === 'function' &&
    typeof grid.organize === 'function'
    ? (grid as LabelGrid)
    : null;
}

const CAMERA_AT_REST = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };

/**
 * Refill sigma's label grid with the nodes its display data shows now. False when this sigma has no
 * grid of the expected shape.
 */
export function rebuildLabelGrid(sigma: Sigma): boolean {
  const grid = labelGridOf(sigma);
  if (!grid) return false;
  const dimensions = sigma.getDimensions();
  const matrix = matrixFromCamera(
    CAMERA_AT_REST,
    dimensions,
    sigma.getGraphDimensions(),
    sigma.getStagePadding(),
  );
  grid.resizeAndClear(dimensions, sigma.getSetting('labelGridCellSize'));
  // Read in place where sigma's cache is there: its public getter copies every node's data.
  const cache = (sigma as unknown as { nodeDataCache?: Record<string, NodeDisplayData> })
    .nodeDataCache;
  const displayData = cache
    ? (node: string): NodeDisplayData | undefined => cache[node]
    : (node: string) => sigma.getNodeDisplayData(node);
  sigma.getGraph().forEachNode((node) => {
    const data = displayData(node);
    if (!data || data.hidden || typeof data.label !== 'string') return;
    grid.add(node, data.size, sigma.framedGraphToViewport(data, { matrix }));
  });
  grid.organize();
  return true;
}
