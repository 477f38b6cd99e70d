/**
 * What a data export holds: the whole corpus, or what the current filter shows. Every writer takes
 * an `ExportSelection`, so "export what I see" and "export everything" share one code path.
 */
import type { CorrespondenceGraph } from '../graph/build.ts';
import type { Corpus } from '../graph/corpus.ts';
import type { Visibility } from '../graph/filter.ts';
import type { DocumentRecord } from '../graph/types.ts';

export interface ExportSelection {
  /** The whole corpus: labels, palette and metadata come from it, whatever is selected. */
  corpus: Corpus;
  /** A copy holding only the selected nodes and edges; writers may change it freely. */
  graph: CorrespondenceGraph;
  /** Selected documents, in corpus order. */
  documents: DocumentRecord[];
  scope: 'filtered' | 'all';
}

/**
 * The nodes, edges and documents to export. With no visibility, the whole corpus; otherwise what
 * `visibility` shows. The corpus graph is never mutated: the selection's graph is a copy.
 */
export function selectForExport(corpus: Corpus, visibility: Visibility | null): ExportSelection {
  const source = corpus.graph;
  if (visibility === null) {
    return {
      corpus,
      graph: source.copy(),
      documents: [...corpus.documentList],
      scope: 'all',
    };
  }
  const graph: CorrespondenceGraph = source.nullCopy();
  graph.replaceAttributes({ ...source.getAttributes() });
  // Attribute objects are copied so that a writer adding a key to a node never reaches the corpus.
  source.forEachNode((node, attrs) => {
    if (visibility.nodes.has(node)) graph.addNode(node, { ...attrs });
  });
  source.forEachEdge((edge, attrs, from, to) => {
    if (visibility.edges.has(edge) && graph.hasNode(from) && graph.hasNode(to))
      graph.addDirectedEdgeWithKey(edge, from, to, { ...attrs });
  });
  return {
    corpus,
    graph,
    documents: corpus.documentList.filter((doc) => visibility.documents.has(doc.id)),
    scope: 'filtered',
  };
}

/** The largest document count of the selected nodes: node sizes are relative to it. */
export function maxDocumentsOf(graph: CorrespondenceGraph): number {
  let max = 0;
  graph.forEachNode((_node, attrs) => {
    max = Math.max(max, attrs.documents);
  });
  return max;
}
