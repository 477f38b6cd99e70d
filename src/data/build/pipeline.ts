/**
 * The build step end to end: corpus rows → documents → graph → layout → report.
 * Pure apart from its inputs: no file access, so tests and other front ends can call it.
 */
import type { CorrespondenceGraph } from '../../graph/build.ts';
import { buildCorrespondenceGraph } from '../../graph/build.ts';
import { DEFAULT_LAYOUT_OPTIONS, layoutGraph } from '../../graph/layout.ts';
import { assignMeasures, hasMeasures } from '../../graph/measures/index.ts';
import type { LayoutOptions } from '../../graph/layout.ts';
import type { DocumentRecord } from '../../graph/types.ts';
import type { CorpusInput } from '../io/read-corpus.ts';
import type { TableRow } from '../io/tables.ts';
import type { ParsedParty } from '../parse/names.ts';
import { IssueLog } from '../issues.ts';
import { createRegistry } from '../registry/registry.ts';
import { authorityGroups } from '../registry/authority-groups.ts';
import { joinAuthoritylessNames } from '../registry/name-joins.ts';
import { createResolver } from '../registry/resolve.ts';
import { builtRows } from '../import/built-corpus.ts';
import { buildDocuments } from './documents.ts';
import { builtReport, hasLayout, importBuiltGraph } from './open-built.ts';
import { buildReport } from './report.ts';
import { EMPTY_PLACE_TABLE } from '../../graph/places.ts';
import type { PlaceTable } from '../../graph/places.ts';
import type { Gazetteer } from '../places/gazetteer.ts';
import { locatePlaces, placesReport } from '../places/locate.ts';
import type { BuildReport } from './report.ts';

export type BuildStage = 'documents' | 'graph' | 'measures' | 'layout';

export interface BuildOptions {
  /** Run the layout (the benchmark measures the build without it). */
  layout: boolean;
  layoutOptions: Partial<LayoutOptions>;
  /**
   * Compute the people's measures (betweenness, communities, correspondents: graph/measures),
   * seeded with the layout's seed. The build-speed bench leaves them out, as it leaves the layout.
   */
  measures: boolean;
  /** Progress of each stage, for a browser import's progress bar. */
  onProgress: ((stage: BuildStage, done: number, total: number) => void) | null;
  /**
   * Empty `input.rows` once the documents are built: a caller that hands its rows over lets them
   * go before the graph and its layout are made (at 10^5 letters, ~200 MB an import no longer
   * holds through the layout).
   */
  releaseRows: boolean;
  /**
   * The offline gazetteer, for places the registry does not locate. Null: they are left pending
   * (`BuildResult.placesPending`) for the caller to load it and `locateBuild` again.
   */
  gazetteer: Gazetteer | null;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  layout: true,
  layoutOptions: {},
  measures: true,
  onProgress: null,
  releaseRows: false,
  gazetteer: null,
};

export interface BuildResult {
  graph: CorrespondenceGraph;
  documents: DocumentRecord[];
  report: BuildReport;
  /** The registry the names were resolved against (shipped with the site for browser imports). */
  registry: CorpusInput['registry'];
  /** Where the letters went: the corpus's places with coordinates, for the map. */
  places: PlaceTable;
  /** Written places left for a gazetteer that was not given. */
  placesPending: number;
}

/**
 * Locate a build's places (again), with a gazetteer or without: the table and the report's
 * account of it. The import worker builds without the gazetteer, and loads it only when places
 * are pending.
 */
export function locateBuild(result: BuildResult, gazetteer: Gazetteer | null): BuildResult {
  const { table, pending } = locatePlaces(result.documents, result.registry.places, gazetteer);
  return {
    ...result,
    places: table,
    placesPending: pending,
    report: { ...result.report, places: placesReport(result.documents, table) },
  };
}

/** Every party a structured source (CMIF, a mapped letter table) gives, in the rows' order. */
function* structuredParties(rows: readonly TableRow[]): Generator<ParsedParty> {
  for (const row of rows) {
    for (const parties of Object.values(row.parties ?? {})) yield* parties;
  }
}

/** The seeded layout of a graph, for the report; null when not asked for. */
function layoutStep(graph: CorrespondenceGraph, settings: BuildOptions): BuildReport['layout'] {
  if (!settings.layout) return null;
  const seed = settings.layoutOptions.seed ?? DEFAULT_LAYOUT_OPTIONS.seed;
  const onProgress = settings.onProgress
    ? (done: number, total: number) => settings.onProgress?.('layout', done, total)
    : null;
  const used = layoutGraph(graph, { ...settings.layoutOptions, seed, onProgress });
  return { algorithm: 'ForceAtlas2', seed, iterations: used.iterations, settings: used.settings };
}

/** The people's measures, seeded as the layout is, so a build stays byte-identical. */
function measuresStep(graph: CorrespondenceGraph, settings: BuildOptions): void {
  if (!settings.measures) return;
  settings.onProgress?.('measures', 0, 1);
  assignMeasures(graph, { seed: settings.layoutOptions.seed ?? DEFAULT_LAYOUT_OPTIONS.seed });
}

/**
 * A corpus already built, opened as it was (its layout kept when every node has a position);
 * null when its graph cannot be opened.
 */
function openBuilt(input: CorpusInput, log: IssueLog, settings: BuildOptions): BuildResult | null {
  const [built] = input.built;
  if (!built) return null;
  const graph = importBuiltGraph(built, log);
  if (!graph) return null;
  // A corpus built before the measures existed gets them now; one built with them keeps its own.
  if (!hasMeasures(graph)) measuresStep(graph, settings);
  const layout = hasLayout(graph) ? null : layoutStep(graph, settings);
  // Its names stand as they were resolved when it was built, whatever registry came with it.
  const registry = { ...input.registry, source: 'built' as const };
  const report = builtReport({ ...input, registry }, graph, built, log, layout);
  const opened = { graph, documents: built.documents, report, registry };
  if (built.places)
    return {
      ...opened,
      places: built.places,
      placesPending: 0,
      report: { ...report, places: placesReport(built.documents, built.places) },
    };
  return locateBuild(
    { ...opened, places: EMPTY_PLACE_TABLE, placesPending: 0 },
    settings.gazetteer,
  );
}

/** Build a corpus already read from disk. `log` carries the issues found while reading. */
export function buildCorpus(
  input: CorpusInput,
  log: IssueLog = new IssueLog(),
  options: Partial<BuildOptions> = {},
): BuildResult {
  const settings = { ...DEFAULT_BUILD_OPTIONS, ...options };
  if (input.built.length === 1 && input.rows.length === 0) {
    const opened = openBuilt(input, log, settings);
    if (opened) return opened;
  }
  mergeBuilt(input, log);
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
  const joins = joinAuthoritylessNames(
    documents,
    resolver.people(),
    resolver.unresolved(),
    registry.people.values(),
  );
  const graph = buildCorrespondenceGraph(documents, joins.people);
  graph.replaceAttributes({ ...input.meta });
  // The graph is whole here: the bench times parse + resolve + graph up to this call.
  settings.onProgress?.('graph', 1, 1);
  measuresStep(graph, settings);
  const layout = layoutStep(graph, settings);
  const report = buildReport({
    meta: input.meta,
    files: input.files,
    registry: input.registry,
    documents,
    rejected,
    graph,
    unresolved: joins.unresolved,
    issues: log.issues,
    layout,
    joins,
    blankRows: input.blankRows ?? 0,
  });
  return locateBuild(
    {
      graph,
      documents,
      report,
      registry: input.registry,
      places: EMPTY_PLACE_TABLE,
      placesPending: 0,
    },
    settings.gazetteer,
  );
}

/**
 * Built corpora among other inputs are merged as rows: their records with their parties as
 * given, resolved again with the rest. Said in the log, since the original registry's knowledge
 * of a person (affiliation, aliases) does not come with them.
 */
function mergeBuilt(input: CorpusInput, log: IssueLog): void {
  for (const built of input.built) {
    log.warn(
      built.file,
      undefined,
      'a built corpus among other inputs is merged as records: its people are resolved again with the others (their affiliations and aliases are not carried over)',
    );
    for (const row of builtRows(built)) input.rows.push(row);
  }
}
