/**
 * Section 2, the build-time layout: seconds of `layoutGraph` on built graphs of about 10^3, 10^4
 * and 10^5 nodes (synthetic corpora with four documents per person), with the settings used.
 * At 10^5 nodes the default iterations do not fit the time budget: a few iterations are run and
 * the time per iteration is extrapolated to the default count.
 */
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { defaultIterations, layoutGraph, layoutSettings } from '../../src/graph/layout.ts';
import { corpusDir, readAndBuild, structuredGraph } from './corpora.ts';
import { fmt, median, progress } from './util.ts';
import type { Row } from './util.ts';

interface LayoutSize {
  people: number;
  documents: number;
  /** Iterations actually run; null runs the default for the graph's size. */
  iterations: number | null;
  /** Runs at most; a further run starts only within 12 s of the first. */
  runs: number;
  /** Build the graph from the corpus's structured parties (see structuredGraph). */
  structured: boolean;
}

const SIZES: LayoutSize[] = [
  { people: 1_000, documents: 4_000, iterations: null, runs: 3, structured: false },
  { people: 10_000, documents: 40_000, iterations: null, runs: 1, structured: false },
  // The pipeline takes minutes at 4×10^5 documents, and FA2 seconds per iteration at 10^5 nodes.
  { people: 100_000, documents: 400_000, iterations: 3, runs: 1, structured: true },
];

export interface LayoutResult {
  people: number;
  documents: number;
  nodes: number;
  edges: number;
  defaultIterations: number;
  iterationsRun: number;
  runsMs: number[];
  medianMs: number;
  /** Seconds for the default iterations: measured, or extrapolated per iteration. */
  seconds: number;
  extrapolated: boolean;
  /** Built from structured parties rather than through the whole pipeline. */
  structured: boolean;
  settings: ForceAtlas2Settings;
  /** Overlap removal runs only up to 5,000 nodes. */
  overlapRemoval: boolean;
}

function settingsText(settings: ForceAtlas2Settings): string {
  return Object.entries(settings)
    .map(
      ([key, value]) =>
        `${key}=${typeof value === 'number' ? Number(value.toFixed(3)) : String(value)}`,
    )
    .join(', ');
}

export function runLayoutBench(): { sizes: LayoutResult[]; rows: Row[] } {
  const sizes: LayoutResult[] = [];
  const rows: Row[] = [];
  for (const size of SIZES) {
    progress(`layout: building ${fmt(size.documents)} documents / ${fmt(size.people)} people`);
    const spec = { documents: size.documents, people: size.people };
    const graph = size.structured
      ? structuredGraph(spec)
      : readAndBuild(corpusDir(spec), { layout: false, measures: false }).result.graph;
    const iterationsDefault = defaultIterations(graph.order);
    const settings = layoutSettings(graph);
    const iterationsRun = size.iterations ?? iterationsDefault;
    progress(
      `layout: ${fmt(graph.order)} nodes, ${fmt(graph.size)} edges; defaultIterations=${iterationsDefault}, running ${iterationsRun}; ${settingsText(settings)}`,
    );
    const runsMs: number[] = [];
    for (let i = 0; i < size.runs; i++) {
      if (runsMs.reduce((sum, ms) => sum + ms, 0) > 12_000) break;
      // layoutGraph works in place: the last run may take the graph itself.
      const target = i === size.runs - 1 ? graph : graph.copy();
      const t0 = performance.now();
      layoutGraph(target, { iterations: iterationsRun });
      runsMs.push(performance.now() - t0);
      progress(`layout: run ${i + 1}/${size.runs}: ${fmt(runsMs[i] ?? NaN)} ms`);
    }
    const medianMs = median(runsMs);
    const extrapolated = iterationsRun !== iterationsDefault;
    const seconds = ((medianMs / iterationsRun) * iterationsDefault) / 1000;
    sizes.push({
      ...size,
      nodes: graph.order,
      edges: graph.size,
      defaultIterations: iterationsDefault,
      iterationsRun,
      runsMs,
      medianMs,
      seconds,
      extrapolated,
      settings,
      overlapRemoval: graph.order <= 5000,
    });
    rows.push({
      metric: `layout (FA2 ${iterationsDefault} it.${settings.barnesHutOptimize ? ', Barnes-Hut' : ''}${graph.order <= 5000 ? ' + noverlap' : ''})`,
      size: `${fmt(graph.order)} nodes, ${fmt(graph.size)} edges${size.structured ? ' (graph from structured parties)' : ''}`,
      ours: extrapolated
        ? `≈${fmt(seconds, 1)} s (extrapolated from ${iterationsRun} it. in ${fmt(medianMs)} ms)`
        : `${fmt(seconds, 2)} s${runsMs.length > 1 ? ` (median of ${runsMs.length})` : ''}`,
      baseline: '',
      ratio: null,
      budget: '',
      status: '',
    });
  }
  return { sizes, rows };
}

/** The knobs, printed once under the table. */
export function layoutKnobs(sizes: readonly LayoutResult[]): string[] {
  return sizes.map(
    (s) =>
      `  ${fmt(s.nodes)} nodes: iterations=${s.defaultIterations}${s.extrapolated ? ` (ran ${s.iterationsRun}, extrapolated per iteration)` : ''}, noverlap=${s.overlapRemoval}, ${settingsText(s.settings)}`,
  );
}
