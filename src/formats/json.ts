/**
 * Graph JSON export: graphology's serialised format, the same the build step writes to
 * graph.json, so the file opens with `graph.import()` here, in graphology tools, or in a notebook,
 * with the documents beside it (`documents`, one record a line, as in documents.json): opened in
 * Cablegraph again, it is the corpus it was, every record and every person as they were.
 */
import type { SerializedGraph } from 'graphology-types';
import type { CorpusMeta, DocumentEdgeAttributes, PersonAttributes } from '../graph/types.ts';
import type { ExportSelection } from './selection.ts';
import { placeTableOf } from '../graph/places.ts';

/** The selection's graph as graphology's serialised JSON (indented), with its documents. */
export function toGraphJson(selection: ExportSelection): string {
  const exported: SerializedGraph<
    PersonAttributes,
    DocumentEdgeAttributes,
    Partial<CorpusMeta>
  > = selection.graph.export();
  // The graph indented as before; each record on one line, so a file of 10^5 stays readable.
  const graph = JSON.stringify(exported, null, 2).replace(/\n}$/, '');
  const documents = selection.documents.map((doc) => `    ${JSON.stringify(doc)}`).join(',\n');
  // The place table (coordinates of the places the documents name) keeps the map as it was.
  const places = JSON.stringify(placeTableOf(selection.corpus.places, selection.documents));
  return `${graph},\n  "places": ${places},\n  "documents": [\n${documents}\n  ]\n}\n`;
}
