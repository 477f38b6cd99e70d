/**
 * The build step end to end: corpus rows → documents → graph → layout → report.
 * Pure apart from its inputs: no file access, so tests and other front ends can call it.
 */
import type { CorrespondenceGraph } from '../../graph/build.ts';
import { buildCorrespondenceGraph } from '../../graph/build.ts';
import { layoutGraph } from '../../graph/layout.ts';
import type { LayoutOptions } from '../../graph/layout.ts';
import type { DocumentRecord } from '../../graph/types.ts';
import type { CorpusInput } from '../io/read-corpus.ts';
import type { TableRow } from '../io/tables.ts';
import type { ParsedParty } from '../parse/names.ts';
import { IssueLog } from '../issues.ts';
import { createRegistry } from '../registry/registry.ts';
import { authorityGroups } from '../registry/authority-groups.ts';
import { createResolver } from '../registry/resolve.ts';
import { buildDocuments } from './documents.ts';
import { buildReport } from './report.ts';
import type { BuildReport } from './report.ts';

export type BuildStage = 'documents' | 'graph' | 'layout';

export interface BuildOptions {
  /** Run the layout (the benchmark measures the build without it). */
  layout: boolean;
  layoutOptions: Partial<LayoutOptions>;
  /** Progress of each stage, for a browser import's progress bar. */
  onProgress: ((stage: BuildStage, done: number, total: number) => void) | null;
  /**
   * Empty `input.rows` once the documents are built: a caller that hands its rows over lets them
   * go before the graph and its layout are made (at 10^5 letters, ~200 MB an import no longer
   * holds through the layout).
   */
  releaseRows: boolean;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  layout: true,
  layoutOptions: {},
  onProgress: null,
  releaseRows: false,
};

export interface BuildResult {
  graph: CorrespondenceGraph;
  documents: DocumentRecord[];
  report: BuildReport;
  /** The registry the names were resolved against (shipped with the site for browser imports). */
  registry: CorpusInput['registry'];
}

/** Every party a structured source (CMIF, a mapped letter table) gives, in the rows' order. */
function* structuredParties(rows: readonly TableRow[]): Generator<ParsedParty> {
  for (const row of rows) {
    for (const parties of Object.values(row.parties ?? {})) yield* parties;
  }
}

/** Build a corpus already read from disk. `log` carries the issues found while reading. */
export function buildCorpus(
  input: CorpusInput,
  log: IssueLog = new IssueLog(),
  options: Partial<BuildOptions> = {},
): BuildResult {
  const settings = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const { registry, clashes } = createRegistry(
    input.registry.people,
    input.registry.offices,
    input.registry.places,
  );
  for (const clash of clashes) log.warn(input.registry.files[0] ?? 'registry', undefined, clash);
  const resolver = createResolver(registry, {
    authorityGroups: authorityGroups(structuredParties(input.rows)),
  });
  const { documents, rejected } = buildDocuments(input.rows, registry, resolver, log, {
    defaultCollection: input.meta.name,
    defaultSource: input.meta.credit,
    onProgress: settings.onProgress
      ? (done, total) => settings.onProgress?.('documents', done, total)
      : null,
  });
  if (settings.releaseRows) input.rows.length = 0;
  settings.onProgress?.('graph', 0, 1);
  const graph = buildCorrespondenceGraph(documents, resolver.people());
  graph.replaceAttributes({ ...input.meta });
  let layout: BuildReport['layout'] = null;
  if (settings.layout) {
    const seed = settings.layoutOptions.seed ?? 1947;
    const onProgress = settings.onProgress
      ? (done: number, total: number) => settings.onProgress?.('layout', done, total)
      : null;
    const used = layoutGraph(graph, { ...settings.layoutOptions, seed, onProgress });
    layout = {
      algorithm: 'ForceAtlas2',
      seed,
      iterations: used.iterations,
      settings: used.settings,
    };
  }
  const report = buildReport({
    meta: input.meta,
    files: input.files,
    registryFiles: input.registry.files,
    documents,
    rejected,
    graph,
    unresolved: resolver.unresolved(),
    issues: log.issues,
    layout,
  });
  return { graph, documents, report, registry: input.registry };
}
