/** The sigma programs that draw the network's edges. */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import EdgeCurveProgram from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { CorrespondenceGraph } from '../graph/build.ts';

const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  line: EdgeRectangleProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  curve: EdgeCurveProgram,
} as const;

/**
 * The edge programs a graph's display needs: sigma compiles every registered program before the
 * first draw, a noticeable cost in software WebGL, so programs no edge uses are left out. Straight
 * arrows are always there (sigma's default type); plain lines when the overview may draw them.
 */
export function edgePrograms(
  graph: CorrespondenceGraph,
  overview: boolean,
): Partial<Record<keyof typeof EDGE_PROGRAMS, (typeof EDGE_PROGRAMS)[keyof typeof EDGE_PROGRAMS]>> {
  const used = new Set<string>(['arrow']);
  if (overview) used.add('line');
  graph.forEachEdge((_edge, attrs) => void used.add((attrs as { type: string }).type));
  return Object.fromEntries(Object.entries(EDGE_PROGRAMS).filter(([type]) => used.has(type)));
}
