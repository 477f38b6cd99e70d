/**
 * One side of the build row, in a process of its own (build-bench.ts starts it with `--expose-gc`),
 * so each measurement starts from a heap holding only its own input:
 *
 * - `ours <corpus dir> [<export file>]`: read the corpus (timed, not counted), collect garbage,
 *   then buildCorpus (no layout, no measures) from its call until it says the graph is whole,
 *   with the time before the documents (registry, resolver), the documents, and the name joins +
 *   graph. Writes the graph's export to `<export file>` when given, after the timing.
 * - `baseline <export file>`: parse that export (not counted), collect garbage, then build the
 *   same graph with plain graphology (new MultiDirectedGraph, attributes copied as the builder
 *   makes new ones).
 *
 * Prints one line of JSON (a ChildRun) on stdout. Measured this way because, in the process that
 * had just built the corpus, the baseline swung 0.74–2.5 s at 10^5 (mostly GC over the corpus
 * still alive) while ours was 11–17 s.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';

export interface OursRun {
  side: 'ours';
  readMs: number;
  /** parse + resolve + graph: buildCorpus from its call until the graph is whole. */
  ms: number;
  /** Its parts: before the first document (registry, resolver), documents, name joins + graph. */
  setupMs: number;
  documentsMs: number;
  graphMs: number;
  reportMs: number;
  nodes: number;
  edges: number;
}

export interface BaselineRun {
  side: 'baseline';
  ms: number;
  nodes: number;
  edges: number;
}

export type ChildRun = OursRun | BaselineRun;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench: build-child needs --expose-gc');
  gc();
}

function ours(dir: string, exportFile: string | undefined): OursRun {
  const log = new IssueLog();
  const t0 = performance.now();
  const input = readCorpus(dir, log, {});
  const readMs = performance.now() - t0;
  collectGarbage();
  let documentsStart = NaN;
  let graphStart = NaN;
  let graphDone = NaN;
  const t1 = performance.now();
  const result = buildCorpus(input, log, {
    layout: false,
    measures: false,
    onProgress: (stage, done, total) => {
      const now = performance.now();
      if (stage === 'documents' && Number.isNaN(documentsStart)) documentsStart = now;
      if (stage === 'graph' && done === 0) graphStart = now;
      if (stage === 'graph' && done === total) graphDone = now;
    },
  });
  const t2 = performance.now();
  if (!Number.isFinite(graphDone))
    throw new Error('bench: the build did not say its graph was whole');
  if (exportFile) writeFileSync(exportFile, JSON.stringify(result.graph.export()));
  return {
    side: 'ours',
    readMs,
    ms: graphDone - t1,
    setupMs: documentsStart - t1,
    documentsMs: graphStart - documentsStart,
    graphMs: graphDone - graphStart,
    reportMs: t2 - graphDone,
    nodes: result.graph.order,
    edges: result.graph.size,
  };
}

function baseline(exportFile: string): BaselineRun {
  const { nodes, edges } = JSON.parse(readFileSync(exportFile, 'utf8')) as SerializedGraph;
  collectGarbage();
  const t0 = performance.now();
  const graph = new MultiDirectedGraph();
  for (const node of nodes) graph.addNode(node.key, { ...node.attributes });
  for (const edge of edges)
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
  const ms = performance.now() - t0;
  return { side: 'baseline', ms, nodes: graph.order, edges: graph.size };
}

const [side, path, exportFile] = process.argv.slice(2);
if (!path || (side !== 'ours' && side !== 'baseline'))
  throw new Error('bench: build-child takes ours <corpus dir> [<export>] | baseline <export>');
const run = side === 'ours' ? ours(path, exportFile) : baseline(path);
process.stdout.write(`${JSON.stringify(run)}\n`);
