/**
 * Graph JSON export: graphology's serialised format, the same the build step writes to
 * graph.json, so the file opens with `graph.import()` here, in graphology tools, or in a notebook.
 */
import type { SerializedGraph } from 'graphology-types';
import type { CorpusMeta, DocumentEdgeAttributes, PersonAttributes } from '../types.ts';
import type { ExportSelection } from './selection.ts';

/** The selection's graph as graphology's serialised JSON (`graph.export()`), indented. */
export function toGraphJson(selection: ExportSelection): string {
  const exported: SerializedGraph<
    PersonAttributes,
    DocumentEdgeAttributes,
    Partial<CorpusMeta>
  > = selection.graph.export();
  return `${JSON.stringify(exported, null, 2)}\n`;
}
