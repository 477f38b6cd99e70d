/**
 * A corpus already built, opened as it was: its graph (people, their names, positions) and its
 * records taken as they are, nothing read or resolved again. The report accounts for every
 * record as the build would and says the corpus was opened, not built.
 */
import { MultiDirectedGraph } from 'graphology';
import type { CorrespondenceGraph } from '../../graph/build.ts';
import type { BuiltCorpus } from '../import/built-corpus.ts';
import type { CorpusInput } from '../io/read-corpus.ts';
import type { IssueLog } from '../issues.ts';
import { buildReport } from './report.ts';
import type { BuildReport } from './report.ts';

/** The graph of a built corpus; null (reported) when graphology cannot import it. */
export function importBuiltGraph(built: BuiltCorpus, log: IssueLog): CorrespondenceGraph | null {
  const graph: CorrespondenceGraph = new MultiDirectedGraph();
  try {
    graph.import(built.graph);
  } catch (error) {
    log.error(built.file, undefined, `the graph cannot be opened: ${(error as Error).message}`);
    return null;
  }
  return graph;
}

/** Whether every node has a position (a built corpus's layout), so none needs to be made. */
export function hasLayout(graph: CorrespondenceGraph): boolean {
  return graph.everyNode((_node, attrs) => Number.isFinite(attrs.x) && Number.isFinite(attrs.y));
}

/** The report of a corpus opened as built: every record accounted for, where it came from. */
export function builtReport(
  input: CorpusInput,
  graph: CorrespondenceGraph,
  built: BuiltCorpus,
  log: IssueLog,
  layout: BuildReport['layout'],
): BuildReport {
  return buildReport({
    meta: input.meta,
    files: input.files,
    registry: input.registry,
    documents: built.documents,
    rejected: [],
    graph,
    unresolved: [],
    issues: log.issues,
    layout,
  });
}
