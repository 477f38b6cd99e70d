/** The data formats of `npm run export`, over the filtered corpus or one person's documents. */
import type { Corpus } from '../../graph/corpus.ts';
import { egoEmphasis } from '../../graph/emphasis.ts';
import { documentsToCsv, edgesToCsv, peopleToCsv } from '../../graph/export/csv.ts';
import { toCmif } from '../../graph/export/cmif.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { toGraphml } from '../../graph/export/graphml.ts';
import { toGraphJson } from '../../graph/export/json.ts';
import { selectForExport } from '../../graph/export/selection.ts';
import type { Visibility } from '../../graph/filter.ts';
import type { Emphasis } from '../../graph/types.ts';
import { ROLES } from '../../graph/types.ts';

export { egoEmphasis as egoOf };

/** The part of the corpus one person takes part in (within the filter, when there is one). */
function personVisibility(corpus: Corpus, person: string, within: Visibility | null): Visibility {
  const documents = new Set(
    (corpus.documentsByPerson.get(person) ?? []).filter(
      (id) => !within || within.documents.has(id),
    ),
  );
  const nodes = new Set<string>();
  for (const id of documents) {
    const doc = corpus.documents.get(id);
    for (const role of ROLES)
      for (const ref of doc?.roles[role] ?? [])
        if (!within || within.nodes.has(ref.person)) nodes.add(ref.person);
  }
  const edges = new Set<string>();
  corpus.graph.forEachEdge((edge, attrs, source, target) => {
    if (documents.has(attrs.doc) && nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  const undated = [...documents].filter((id) => corpus.documents.get(id)?.date.iso === null).length;
  return {
    documents,
    nodes,
    edges,
    counts: {
      documents: documents.size,
      totalDocuments: corpus.documentList.length,
      undated,
      undatedShown: undated,
      nodes: nodes.size,
      edges: edges.size,
    },
  };
}

export interface WrittenFormat {
  text: string;
  extension: string;
  suffix: string | null;
}

/** Write one of the data formats; throws with the module prefix for an unknown format or table. */
export function writeDataFormat(
  corpus: Corpus,
  format: string,
  table: string,
  visibility: Visibility | null,
  person: string | null,
): WrittenFormat {
  const scope = person ? personVisibility(corpus, person, visibility) : visibility;
  const selection = selectForExport(corpus, scope);
  switch (format) {
    case 'gexf':
      return { text: toGexf(selection), extension: 'gexf', suffix: null };
    case 'graphml':
      return { text: toGraphml(selection), extension: 'graphml', suffix: null };
    case 'json':
      return { text: toGraphJson(selection), extension: 'json', suffix: null };
    case 'cmif':
      return { text: toCmif(selection, {}), extension: 'xml', suffix: 'cmif' };
    case 'csv': {
      const writers: Record<string, (s: typeof selection) => string> = {
        documents: documentsToCsv,
        edges: edgesToCsv,
        people: peopleToCsv,
      };
      const writer = writers[table];
      if (!writer)
        throw new Error(`data/export: --table must be documents, edges or people, not "${table}"`);
      return { text: writer(selection), extension: 'csv', suffix: table };
    }
    default:
      throw new Error(
        `data/export: unknown format "${format}" (svg, gexf, graphml, csv, json or cmif; PNG needs a browser)`,
      );
  }
}

export type { Emphasis };
