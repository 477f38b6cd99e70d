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
