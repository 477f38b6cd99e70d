/**
 * Section 1, the build step without layout (read CSV + parse titles + resolve names + build the
 * graph + report), in documents per second; baseline: plain graphology construction of the same
 * graph from pre-parsed edges. Also one full build with layout at 10^5 documents, kept for the
 * browser section's large site.
 */
import { MultiDirectedGraph } from 'graphology';
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import { CORPUS_100K, corpusDir, readAndBuild } from './corpora.ts';
import { fmt, median, progress, status } from './util.ts';
import type { Row } from './util.ts';

const SIZES = [1_000, 10_000, 100_000];
const DOCS_PER_SECOND_BUDGET = 50_000;
const FULL_BUILD_BUDGET_S = 60;

export interface BuildSizeResult {
  documents: number;
  nodes: number;
  edges: number;
  runs: { readMs: number; buildMs: number; totalMs: number }[];
  medianMs: number;
  documentsPerSecond: number;
  baselineRunsMs: number[];
  baselineMs: number;
  ratio: number;
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

export function runBuildBench(): { sizes: BuildSizeResult[]; rows: Row[] } {
  const sizes: BuildSizeResult[] = [];
  const rows: Row[] = [];
  for (const documents of SIZES) {
    progress(`build: writing the synthetic corpus of ${fmt(documents)} documents`);
    const dir = corpusDir(
      documents === CORPUS_100K.documents ? CORPUS_100K : { documents, people: null },
    );
    const count = documents <= 10_000 ? 3 : 1;
    const runs: BuildSizeResult['runs'] = [];
    let last: BuildResult | null = null;
    for (let i = 0; i < count; i++) {
      const build = readAndBuild(dir, { layout: false, measures: false });
      runs.push({
        readMs: build.readMs,
        buildMs: build.buildMs,
        totalMs: build.readMs + build.buildMs,
      });
      last = build.result;
      progress(
        `build: ${fmt(documents)} documents, run ${i + 1}/${count}: read ${fmt(build.readMs)} ms + build ${fmt(build.buildMs)} ms`,
      );
    }
    const built = last;
    if (!built) throw new Error('bench: no build run');
    const baselineRunsMs = (count === 1 ? [0] : [0, 1, 2]).map(() => baselineConstruction(built));
    const medianMs = median(runs.map((r) => r.totalMs));
    const baselineMs = median(baselineRunsMs);
    const perSecond = documents / (medianMs / 1000);
    sizes.push({
      documents,
      nodes: built.graph.order,
      edges: built.graph.size,
      runs,
      medianMs,
      documentsPerSecond: perSecond,
      baselineRunsMs,
      baselineMs,
      ratio: medianMs / baselineMs,
    });
    rows.push({
      metric: `build step, no layout (${count === 1 ? '1 run' : `median of ${count}`})`,
      size: `${fmt(documents)} docs (${fmt(built.graph.order)} nodes, ${fmt(built.graph.size)} edges)`,
      ours: `${fmt(perSecond)} docs/s (${fmt(medianMs)} ms)`,
      baseline: `graphology construction ${fmt(baselineMs, 1)} ms`,
      ratio: medianMs / baselineMs,
      budget: `≥ ${fmt(DOCS_PER_SECOND_BUDGET)} docs/s`,
      status: status(perSecond >= DOCS_PER_SECOND_BUDGET),
    });
    progress(`build: ${fmt(documents)} documents → ${fmt(perSecond)} documents/s`);
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
