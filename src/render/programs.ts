/** The sigma programs that draw the network's edges. */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import EdgeCurveProgram from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { CorrespondenceGraph } from '../graph/build.ts';
import type { DayWindow } from '../graph/day-window.ts';
import { programOf } from './display.ts';
import { pickingAtRest } from './picking.ts';
import type { Motion } from './picking.ts';
import { createWindowedLineProgram } from './windowed-line-program.ts';
import type { PairDrawing } from './windowed-line-program.ts';

const EDGE_PROGRAMS = {
  arrow: EdgeArrowProgram,
  line: EdgeRectangleProgram,
  curvedArrow: EdgeCurvedArrowProgram,
  curve: EdgeCurveProgram,
} as const;

type EdgeProgramClass =
  (typeof EDGE_PROGRAMS)[keyof typeof EDGE_PROGRAMS] | ReturnType<typeof createWindowedLineProgram>;

/**
 * The edge programs a graph's display needs: sigma compiles every registered program before the
 * first draw, a noticeable cost in software WebGL, so programs no edge uses are left out. Straight
 * arrows are always there (sigma's default type); lines when the overview may draw them: plain, or
 * applying the date window read from `overview.dayWindow` when one is given (and drawing one line
 * per pair of people while `overview.pairs` says so). All skip their
 * picking pass while `motion` says the view moves (picking.ts).
 */
export function edgePrograms(
  graph: CorrespondenceGraph,
  overview: {
    dayWindow: (() => DayWindow) | null;
    pairs?: (cameraRatio: number) => PairDrawing;
  } | null,
  motion: Motion,
): Record<string, EdgeProgramClass> {
  const used = new Set<string>(['arrow']);
  if (overview && !overview.dayWindow) used.add('line');
  graph.forEachEdge((_edge, attrs) => void used.add(programOf(attrs)));
  const programs: Record<string, EdgeProgramClass> = Object.fromEntries(
    Object.entries(EDGE_PROGRAMS).filter(([type]) => used.has(type)),
  );
  if (overview?.dayWindow)
    programs.windowedLine = createWindowedLineProgram(overview.dayWindow, overview.pairs);
  return Object.fromEntries(
    Object.entries(programs).map(([type, program]) => [type, pickingAtRest(program, motion)]),
  );
}

/** Sigma's node program, skipping its picking pass while the view moves. */
export function nodePrograms(motion: Motion): { circle: typeof NodeCircleProgram } {
  return { circle: pickingAtRest(NodeCircleProgram, motion) };
}
