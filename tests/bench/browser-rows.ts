/** The browser section's lines of the table: medians of the loads, explorer beside bare sigma. */
import type { LoadSample, TargetResult } from './browser-bench.ts';
import { fmt, median, status } from './util.ts';
import type { Row } from './util.ts';

const LATENCY_BUDGET_MS = 100;
const HEAP_BUDGET_MB = 500;
const DEFAULT_FIRST_DRAW_BUDGET_MS = 1000;
/** The issue sets the latency and memory budgets at this size. */
const LARGE = '20k-100k';

function med(samples: readonly LoadSample[], pick: (s: LoadSample) => number | null): number {
  return median(samples.map(pick).filter((v): v is number => v !== null));
}

export interface BrowserSummary {
  target: string;
  firstDrawMs: { explorer: number; bare: number; ratio: number };
  firstFrameMs: { explorer: number; bare: number; ratio: number };
  fps: { explorer: number; bare: number; ratio: number };
  gestureFps: { explorer: number; bare: number; ratio: number };
  clickMs: { explorer: number; bare: number; ratio: number };
  filterMs: number;
  stepMs: number;
  stepBlockMs: number;
  traceMs: number;
  filterBlockMs: number;
  traceBlockMs: number;
  mapMs: number;
  heapMB: { explorer: number; bare: number; ratio: number };
}

export function summarise(result: TargetResult): BrowserSummary {
  const pair = (pick: (s: LoadSample) => number | null) => {
    const explorer = med(result.explorer, pick);
    const bare = med(result.bare, pick);
    return { explorer, bare, ratio: explorer / bare };
  };
  return {
    target: result.target.name,
    firstDrawMs: pair((s) => s.firstDrawMs),
    firstFrameMs: pair((s) => s.firstFrameMs),
    fps: pair((s) => s.fps.fps),
    gestureFps: pair((s) => s.gestureFps.fps),
    clickMs: pair((s) => (s.clickHit ? s.clickMs : null)),
    filterMs: med(result.explorer, (s) => s.filterMs),
    stepMs: med(result.explorer, (s) => s.stepMs),
    stepBlockMs: med(result.explorer, (s) => s.stepBlockMs),
    traceMs: med(result.explorer, (s) => s.traceMs),
    filterBlockMs: med(result.explorer, (s) => s.filterBlockMs),
    traceBlockMs: med(result.explorer, (s) => s.traceBlockMs),
    mapMs: med(result.explorer, (s) => s.mapMs),
    heapMB: pair((s) => s.heapUsedMB),
  };
}

export function browserRows(result: TargetResult): Row[] {
  const s = summarise(result);
  const n = result.explorer.length;
  const large = result.target.name === LARGE;
  const size = `${result.target.label} (${fmt(result.facts.nodes)} nodes, ${fmt(result.facts.edges)} edges)`;
  const reps = n > 1 ? `, median of ${n}` : '';
  const missed =
    result.explorer.filter((x) => !x.clickHit).length +
    result.bare.filter((x) => !x.clickHit).length;
  const fpsRow = (moved: string, fps: BrowserSummary['fps']): Row => ({
    metric: `camera pan/zoom frame rate, ${moved} (3 s)${reps}`,
    size,
    ours: `${fmt(fps.explorer, 1)} fps`,
    baseline: `bare sigma ${fmt(fps.bare, 1)} fps`,
    ratio: fps.ratio,
    budget: '≥ 0.8× bare',
    status: status(fps.ratio >= 0.8),
  });
  /** An explorer-only latency, held to the budget at the large size. */
  const latency = (metric: string, ms: number): Row => ({
    metric,
    size,
    ours: `${fmt(ms)} ms`,
    baseline: '',
    ratio: null,
    budget: large ? `< ${LATENCY_BUDGET_MS} ms` : '',
    status: large ? status(ms < LATENCY_BUDGET_MS) : '',
  });
  const rows: Row[] = [
    {
      metric: `first draw after navigation${reps}`,
      size,
      ours: `${fmt(s.firstDrawMs.explorer)} ms`,
      baseline: `bare sigma ${fmt(s.firstDrawMs.bare)} ms`,
      ratio: s.firstDrawMs.ratio,
      budget: '≤ 1.3× bare',
      status: status(s.firstDrawMs.ratio <= 1.3),
    },
    {
      metric: `first frame on screen (2nd rAF after the mark)${reps}`,
      size,
      ours: `${fmt(s.firstFrameMs.explorer)} ms`,
      baseline: `bare sigma ${fmt(s.firstFrameMs.bare)} ms`,
      ratio: s.firstFrameMs.ratio,
      budget: '',
      status: '',
    },
  ];
  if (result.target.name === 'default')
    rows.push({
      metric: 'first draw, default corpus',
      size,
      ours: `${fmt(s.firstDrawMs.explorer)} ms`,
      baseline: '',
      ratio: null,
      budget: `≤ ${DEFAULT_FIRST_DRAW_BUDGET_MS} ms`,
      status: status(s.firstDrawMs.explorer <= DEFAULT_FIRST_DRAW_BUDGET_MS),
    });
  rows.push(
    fpsRow('camera set by script each frame', s.fps),
    fpsRow('mouse drag + wheel', s.gestureFps),
    {
      metric: `click → ego network${' + panel'}${reps}${missed ? ` (${missed} missed clicks left out)` : ''}`,
      size,
      ours: `${fmt(s.clickMs.explorer)} ms`,
      baseline: `bare sigma highlight ${fmt(s.clickMs.bare)} ms`,
      ratio: s.clickMs.ratio,
      budget: large ? `< ${LATENCY_BUDGET_MS} ms` : '',
      status: large ? status(s.clickMs.explorer < LATENCY_BUDGET_MS) : '',
    },
    latency(`timeline filter change (middle third)${reps}`, s.filterMs),
    latency(`longest task while the filter applies${reps}`, s.filterBlockMs),
    latency(`timeline play: one step of a month window${reps}`, s.stepMs),
    latency(`longest task while the step applies${reps}`, s.stepBlockMs),
    latency(`channel trace (2 busiest people)${reps}`, s.traceMs),
    latency(`longest task while the trace applies${reps}`, s.traceBlockMs),
    {
      metric: `map first draw (view switched: code, base map, letters placed, SVG)${reps}`,
      size,
      ours: `${fmt(s.mapMs)} ms`,
      baseline: '',
      ratio: null,
      budget: '',
      status: '',
    },
    {
      metric: `JS heap after load (CDP, after GC)${reps}`,
      size,
      ours: `${fmt(s.heapMB.explorer, 1)} MB`,
      baseline: `bare sigma ${fmt(s.heapMB.bare, 1)} MB`,
      ratio: s.heapMB.ratio,
      budget: large ? `< ${HEAP_BUDGET_MB} MB` : '',
      status: large ? status(s.heapMB.explorer < HEAP_BUDGET_MB) : '',
    },
  );
  return rows;
}
