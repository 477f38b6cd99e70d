/**
 * Section 1, the build step without layout: parse + resolve + graph (from the rows read to the
 * finished graph: registry, title readings, name resolution, mentions, name joins, graph) beside
 * plain graphology construction of the same graph (same nodes, edges and attributes) in the same
 * run, as a ratio with the ≤ 3× budget. Reading the CSV and writing the report are timed beside it,
 * not counted. Also one full build with layout at 10^5 documents, kept for the browser section's
 * large site.
 *
 * Each side is measured the same way: one build in a fresh process (build-child.ts) whose heap
 * holds only its input, garbage collected just before the clock starts; the sides alternate
 * (ours, baseline; baseline, ours; …) and the row gives the median of each and their spread. In
 * one process the baseline ran in a heap holding the corpus just built and swung 0.74–2.5 s at
 * 10^5 (GC-bound), so the ratio measured the heap more than the build.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import type { BaselineRun, ChildRun, OursRun } from './build-child.ts';
import { CORPUS_100K, corpusDir, readAndBuild } from './corpora.ts';
import { fmt, median, progress, RESULTS_DIR, status } from './util.ts';
import type { Row } from './util.ts';

const SIZES = [10_000, 100_000];
/** Processes per side and size: the row gives the median of each side and their spread. */
const RUNS = 3;
const RATIO_BUDGET = 3;
const FULL_BUILD_BUDGET_S = 60;
const CHILD = fileURLToPath(new URL('./build-child.ts', import.meta.url));

export interface BuildSizeResult {
  documents: number;
  nodes: number;
  edges: number;
  /** In the order they ran. */
  ours: OursRun[];
  baseline: BaselineRun[];
  medianMs: number;
  medianBaselineMs: number;
  /** Median ours / median baseline. */
  ratio: number;
  /** The range of the ratios of the runs made one after the other (ours and baseline i). */
  ratioMin: number;
  ratioMax: number;
}

export interface FullBuildResult {
  documents: number;
  people: number;
  nodes: number;
  edges: number;
  readMs: number;
  buildMs: number;
  totalMs: number;
  layoutIterations: number | null;
}

/**
 * One side's run in a fresh node with this process's flags (tsx's loader, the semi-space size)
 * and `--expose-gc`.
 */
function childRun(args: string[]): ChildRun {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', CHILD, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const line = child.stdout?.trim().split('\n').at(-1);
  if (child.status !== 0 || !line)
    throw new Error(`bench: build-child ${args.join(' ')} failed (exit ${child.status})`);
  return JSON.parse(line) as ChildRun;
}

const spread = (values: readonly number[]): string =>
  `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}`;

/** RUNS builds of a corpus folder and RUNS baseline constructions of its graph, alternating. */
function measureSize(documents: number): BuildSizeResult {
  progress(`build: writing the synthetic corpus of ${fmt(documents)} documents`);
  const dir = corpusDir(
    documents === CORPUS_100K.documents ? CORPUS_100K : { documents, people: null },
  );
  const exportFile = join(RESULTS_DIR, `build-row-graph-${documents}.json`);
  const ours: OursRun[] = [];
  const baseline: BaselineRun[] = [];
  const runOurs = (): void => {
    // The first build writes the graph the baseline constructs.
    const run = childRun(['ours', dir, ...(ours.length === 0 ? [exportFile] : [])]) as OursRun;
    ours.push(run);
    progress(
      `build: ${fmt(documents)} documents, ours ${ours.length}/${RUNS}: ${fmt(run.ms)} ms (before the documents ${fmt(run.setupMs)}, documents ${fmt(run.documentsMs)}, name joins + graph ${fmt(run.graphMs)}); read ${fmt(run.readMs)} ms, report ${fmt(run.reportMs)} ms`,
    );
  };
  const runBaseline = (): void => {
    const run = childRun(['baseline', exportFile]) as BaselineRun;
    if (run.nodes !== ours[0]?.nodes || run.edges !== ours[0]?.edges)
      throw new Error('bench: the baseline graph differs from the built one');
    baseline.push(run);
    progress(
      `build: ${fmt(documents)} documents, graphology ${baseline.length}/${RUNS}: ${fmt(run.ms, 1)} ms`,
    );
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      // Alternate which side goes first, so a change of load between the two counts against both.
      const order = i % 2 === 0 ? [runOurs, runBaseline] : [runBaseline, runOurs];
      for (const step of order) step();
    }
  } finally {
    rmSync(exportFile, { force: true });
  }
  const ratios = ours.map((run, i) => run.ms / (baseline[i]?.ms ?? NaN));
  const medianMs = median(ours.map((r) => r.ms));
  const medianBaselineMs = median(baseline.map((r) => r.ms));
  return {
    documents,
    nodes: ours[0]?.nodes ?? 0,
    edges: ours[0]?.edges ?? 0,
    ours,
    baseline,
    medianMs,
    medianBaselineMs,
    ratio: medianMs / medianBaselineMs,
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
  };
}

function buildRow(size: BuildSizeResult): Row {
  const { ours, baseline, documents } = size;
  const phase = (key: 'setupMs' | 'documentsMs' | 'graphMs'): string =>
    fmt(median(ours.map((r) => r[key])));
  const perDocumentUs = (size.medianMs * 1000) / documents;
  return {
    metric: `build: parse + resolve + graph vs graphology (each a fresh process, GC'd input, alternating; median of ${RUNS}, pair ratios ${fmt(size.ratioMin, 2)}–${fmt(size.ratioMax, 2)}×)`,
    size: `${fmt(documents)} docs (${fmt(size.nodes)} nodes, ${fmt(size.edges)} edges)`,
    ours: `${fmt(size.medianMs)} ms (${spread(ours.map((r) => r.ms))}), ${fmt(perDocumentUs, 1)} µs/doc: before documents ${phase('setupMs')}, documents ${phase('documentsMs')}, joins + graph ${phase('graphMs')} (not counted: read ${fmt(median(ours.map((r) => r.readMs)))} ms, report ${fmt(median(ours.map((r) => r.reportMs)))} ms)`,
    baseline: `graphology construction ${fmt(size.medianBaselineMs, 1)} ms (${spread(baseline.map((r) => r.ms))})`,
    ratio: size.ratio,
    budget: `≤ ${RATIO_BUDGET}×`,
    status: status(size.ratio <= RATIO_BUDGET),
  };
}

export function runBuildBench(documentCounts: readonly number[] = SIZES): {
  sizes: BuildSizeResult[];
  rows: Row[];
} {
  const sizes = documentCounts.map((documents) => {
    const size = measureSize(documents);
    progress(
      `build: ${fmt(documents)} documents → ${fmt(size.ratio, 2)}× graphology (pairs ${fmt(size.ratioMin, 2)}–${fmt(size.ratioMax, 2)}×)`,
    );
    return size;
  });
  return { sizes, rows: sizes.map(buildRow) };
}

/** One full build with layout of 10^5 documents (20,000 people): the 60-second budget. */
export function runFullBuild(): { full: FullBuildResult; result: BuildResult; rows: Row[] } {
  const spec = { documents: CORPUS_100K.documents, people: CORPUS_100K.documents / 5 };
  progress(`full build: ${fmt(spec.documents)} documents, ${fmt(spec.people)} people, with layout`);
  const build = readAndBuild(corpusDir(CORPUS_100K), { layout: true });
  const totalMs = build.readMs + build.buildMs;
  const full: FullBuildResult = {
    ...spec,
    nodes: build.result.graph.order,
    edges: build.result.graph.size,
    readMs: build.readMs,
    buildMs: build.buildMs,
    totalMs,
    layoutIterations: build.result.report.layout?.iterations ?? null,
  };
  progress(`full build: ${fmt(totalMs / 1000, 1)} s (read ${fmt(build.readMs)} ms)`);
  const rows: Row[] = [
    {
      metric: 'build with layout (read → graph.json data)',
      size: `${fmt(spec.documents)} docs / ${fmt(spec.people)} people (${fmt(full.nodes)} nodes, ${fmt(full.edges)} edges)`,
      ours: `${fmt(totalMs / 1000, 1)} s (${full.layoutIterations ?? '?'} FA2 iterations)`,
      baseline: '',
      ratio: null,
      budget: `< ${FULL_BUILD_BUDGET_S} s`,
      status: status(totalMs / 1000 < FULL_BUILD_BUDGET_S),
    },
  ];
  return { full, result: build.result, rows };
}
