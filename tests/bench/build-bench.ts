/**
 * Section 1, the build step without layout: parse + resolve + graph (from the rows read to the
 * finished graph: registry, title readings, name resolution, mentions, name joins, graph) beside
 * plain graphology construction of the same graph (same nodes, edges and attributes) in the same
 * run, as a ratio with the ≤ 3× budget. Reading the CSV and writing the report are timed beside it,
 * not counted. Also one full build with layout at 10^5 documents, kept for the browser section's
 * large site.
 */
import { MultiDirectedGraph } from 'graphology';
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { CORPUS_100K, corpusDir, readAndBuild } from './corpora.ts';
import { fmt, median, progress, status } from './util.ts';
import type { Row } from './util.ts';

const SIZES = [10_000, 100_000];
/** Runs per size: the row gives their median ratio and its spread. */
const RUNS = 3;
/** Baseline constructions after each run; their median is that run's baseline. */
const BASELINE_REPEATS = 3;
const RATIO_BUDGET = 3;
const FULL_BUILD_BUDGET_S = 60;

export interface BuildRun {
  readMs: number;
  /** parse + resolve + graph: buildCorpus from its call until the graph is whole. */
  ourMs: number;
  reportMs: number;
  baselineMs: number;
  ratio: number;
}

export interface BuildSizeResult {
  documents: number;
  nodes: number;
  edges: number;
  runs: BuildRun[];
  medianMs: number;
  medianBaselineMs: number;
  /** Median of the runs' ratios, and their range. */
  ratio: number;
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

/** Plain graphology: the same nodes and edges, attributes copied as the builder makes new ones. */
function baselineConstruction(result: BuildResult): number {
  const exported = result.graph.export();
  const nodes = exported.nodes;
  const edges = exported.edges;
  const t0 = performance.now();
  const graph = new MultiDirectedGraph();
  for (const node of nodes) graph.addNode(node.key, { ...node.attributes });
  for (const edge of edges)
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
  const ms = performance.now() - t0;
  if (graph.order !== result.graph.order || graph.size !== result.graph.size)
    throw new Error('bench: the baseline graph differs from the built one');
  return ms;
}

/** One build of a corpus folder, timed stage by stage, with its baseline measured right after. */
function timedRun(dir: string): { run: BuildRun; result: BuildResult } {
  const log = new IssueLog();
  const t0 = performance.now();
  const input = readCorpus(dir, log, {});
  const t1 = performance.now();
  let graphDone = NaN;
  const result = buildCorpus(input, log, {
    layout: false,
    measures: false,
    onProgress: (stage, done, total) => {
      if (stage === 'graph' && done === total) graphDone = performance.now();
    },
  });
  const t2 = performance.now();
  if (!Number.isFinite(graphDone))
    throw new Error('bench: the build did not say its graph was whole');
  const baselines = Array.from({ length: BASELINE_REPEATS }, () => baselineConstruction(result));
  const ourMs = graphDone - t1;
  const baselineMs = median(baselines);
  return {
    run: {
      readMs: t1 - t0,
      ourMs,
      reportMs: t2 - graphDone,
      baselineMs,
      ratio: ourMs / baselineMs,
    },
    result,
  };
}

export function runBuildBench(documentCounts: readonly number[] = SIZES): {
  sizes: BuildSizeResult[];
  rows: Row[];
} {
  const sizes: BuildSizeResult[] = [];
  const rows: Row[] = [];
  for (const documents of documentCounts) {
    progress(`build: writing the synthetic corpus of ${fmt(documents)} documents`);
    const dir = corpusDir(
      documents === CORPUS_100K.documents ? CORPUS_100K : { documents, people: null },
    );
    const runs: BuildRun[] = [];
    let nodes = 0;
    let edges = 0;
    for (let i = 0; i < RUNS; i++) {
      const { run, result } = timedRun(dir);
      runs.push(run);
      nodes = result.graph.order;
      edges = result.graph.size;
      progress(
        `build: ${fmt(documents)} documents, run ${i + 1}/${RUNS}: parse + resolve + graph ${fmt(run.ourMs)} ms, graphology ${fmt(run.baselineMs)} ms (${fmt(run.ratio, 2)}×); read ${fmt(run.readMs)} ms, report ${fmt(run.reportMs)} ms`,
      );
    }
    const ratios = runs.map((r) => r.ratio);
    const size: BuildSizeResult = {
      documents,
      nodes,
      edges,
      runs,
      medianMs: median(runs.map((r) => r.ourMs)),
      medianBaselineMs: median(runs.map((r) => r.baselineMs)),
      ratio: median(ratios),
      ratioMin: Math.min(...ratios),
      ratioMax: Math.max(...ratios),
    };
    sizes.push(size);
    const perDocumentUs = (size.medianMs * 1000) / documents;
    rows.push({
      metric: `build: parse + resolve + graph vs graphology (median of ${RUNS}, ratio range ${fmt(size.ratioMin, 2)}–${fmt(size.ratioMax, 2)}×)`,
      size: `${fmt(documents)} docs (${fmt(nodes)} nodes, ${fmt(edges)} edges)`,
      ours: `${fmt(size.medianMs)} ms, ${fmt(perDocumentUs, 1)} µs/doc (not counted: read ${fmt(median(runs.map((r) => r.readMs)))} ms, report ${fmt(median(runs.map((r) => r.reportMs)))} ms)`,
      baseline: `graphology construction ${fmt(size.medianBaselineMs, 1)} ms`,
      ratio: size.ratio,
      budget: `≤ ${RATIO_BUDGET}×`,
      status: status(size.ratio <= RATIO_BUDGET),
    });
    progress(
      `build: ${fmt(documents)} documents → ${fmt(size.ratio, 2)}× graphology (${fmt(size.ratioMin, 2)}–${fmt(size.ratioMax, 2)}×)`,
    );
  }
  return { sizes, rows };
}

/** One full build with layout of 10^5 documents (20,000 people): the issue's 60-second budget. */
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
