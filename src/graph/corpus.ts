/**
 * The corpus as the explorer holds it: the graph, the document records and the indexes that make
 * panels, filters and search cheap. Isomorphic: built from the build step's JSON anywhere.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { CorrespondenceGraph } from './build.ts';
import type {
  CorpusMeta,
  DocumentEdgeAttributes,
  DocumentRecord,
  PersonAttributes,
} from './types.ts';
import { ROLES } from './types.ts';
import { EMPTY_PLACE_TABLE } from './places.ts';
import type { PlaceTable } from './places.ts';

export interface Corpus {
  graph: CorrespondenceGraph;
  meta: CorpusMeta;
  documents: ReadonlyMap<string, DocumentRecord>;
  /** Documents in corpus order. */
  documentList: readonly DocumentRecord[];
  /** Edge keys of each document (both hops of a relayed cable). */
  edgesByDocument: ReadonlyMap<string, readonly string[]>;
  /** Ids of documents in which a person has any role, mentions included. */
  documentsByPerson: ReadonlyMap<string, readonly string[]>;
  /** Where the letters went (the build's place table), for the map; empty when not built. */
  places: PlaceTable;
}

/** The documents file the build step writes. */
export interface DocumentsFile {
  corpus: Partial<CorpusMeta>;
  documents: DocumentRecord[];
  /** The build's place table (absent in files written before the map). */
  places?: PlaceTable;
}

const EMPTY_META: CorpusMeta = {
  name: 'Corpus',
  slug: 'corpus',
  credit: '',
  description: '',
  url: null,
};

/** Index a graph and its documents. */
export function createCorpus(
  graph: CorrespondenceGraph,
  documentList: readonly DocumentRecord[],
  meta: Partial<CorpusMeta> = {},
  places: PlaceTable = EMPTY_PLACE_TABLE,
): Corpus {
  const documents = new Map(documentList.map((doc) => [doc.id, doc]));
  const edgesByDocument = new Map<string, string[]>();
  graph.forEachEdge((edge, attrs) => {
    const list = edgesByDocument.get(attrs.doc);
    if (list) list.push(edge);
    else edgesByDocument.set(attrs.doc, [edge]);
  });
  const documentsByPerson = new Map<string, string[]>();
  for (const doc of documentList) {
    const people = new Set<string>();
    for (const role of ROLES) for (const ref of doc.roles[role]) people.add(ref.person);
    for (const person of people) {
      const list = documentsByPerson.get(person);
      if (list) list.push(doc.id);
      else documentsByPerson.set(person, [doc.id]);
    }
  }
  return {
    graph,
    meta: { ...EMPTY_META, ...graph.getAttributes(), ...meta },
    documents,
    documentList,
    edgesByDocument,
    documentsByPerson,
    places,
  };
}

/** The correspondence graph of the build step's graph.json. */
export function graphFromJson(
  graphJson: SerializedGraph<PersonAttributes, DocumentEdgeAttributes, Partial<CorpusMeta>>,
): CorrespondenceGraph {
  const graph: CorrespondenceGraph = new MultiDirectedGraph();
  graph.import(graphJson);
  return graph;
}

/** Rebuild the corpus from the build step's graph.json and documents.json. */
export function corpusFromJson(
  graphJson: SerializedGraph<PersonAttributes, DocumentEdgeAttributes>,
  documentsJson: DocumentsFile,
): Corpus {
  const graph = graphFromJson(
    graphJson as SerializedGraph<PersonAttributes, DocumentEdgeAttributes, Partial<CorpusMeta>>,
  );
  return createCorpus(graph, documentsJson.documents, documentsJson.corpus, documentsJson.places);
}

/** A person's display name, or the id when the node is missing. */
export function labelOf(corpus: Corpus, person: string): string {
  return corpus.graph.hasNode(person) ? corpus.graph.getNodeAttribute(person, 'label') : person;
}
