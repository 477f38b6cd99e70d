/**
 * The corpus laid out in arrays for filtering: each document's date span, type and parties as node
 * positions, each edge's document and ends. Built once per corpus, so that a filter step (a timeline
 * drag at 10^5 documents) is a pass over numbers rather than over records and string sets.
 */
import type { Corpus } from './corpus.ts';
import { dateSpan } from './dates.ts';
import { indexKeys } from './indexed-set.ts';
import type { KeyIndex } from './indexed-set.ts';
import { ROLES } from './types.ts';

export interface VisibilityIndex {
  documents: KeyIndex;
  nodes: KeyIndex;
  edges: KeyIndex;
  /** Per document: first and last day it may fall on (ISO), null when undated. */
  span: ([string, string] | null)[];
  undated: Uint8Array;
  type: string[];
  /** Per document i, its parties (mentions excluded) are partyNodes[partyStart[i] … partyStart[i + 1]). */
  partyStart: Uint32Array;
  partyNodes: Int32Array;
  /** Likewise the people it mentions. Node positions are -1 for people not in the graph. */
  mentionStart: Uint32Array;
  mentionNodes: Int32Array;
  /** Per node: its affiliation. */
  affiliation: string[];
  /** Per edge: its document's position (-1 when not loaded) and its ends' node positions. */
  edgeDocument: Int32Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
}

const built = new WeakMap<Corpus, VisibilityIndex>();

/** The visibility index of a corpus, built on first use. */
export function visibilityIndexOf(corpus: Corpus): VisibilityIndex {
  let index = built.get(corpus);
  if (!index) {
    index = buildVisibilityIndex(corpus);
    built.set(corpus, index);
  }
  return index;
}

function buildVisibilityIndex(corpus: Corpus): VisibilityIndex {
  const { graph, documentList } = corpus;
  const nodes = indexKeys(graph.nodes());
  const documents = indexKeys(documentList.map((doc) => doc.id));
  const parties: number[] = [];
  const mentions: number[] = [];
  const partyStart = new Uint32Array(documentList.length + 1);
  const mentionStart = new Uint32Array(documentList.length + 1);
  const span: ([string, string] | null)[] = [];
  const type: string[] = [];
  const undated = new Uint8Array(documentList.length);
  documentList.forEach((doc, i) => {
    if (doc.date.iso === null) undated[i] = 1;
    span.push(dateSpan(doc.date));
    type.push(doc.type);
    for (const role of ROLES) {
      const into = role === 'mentions' ? mentions : parties;
      for (const ref of doc.roles[role]) into.push(nodes.position.get(ref.person) ?? -1);
    }
    partyStart[i + 1] = parties.length;
    mentionStart[i + 1] = mentions.length;
  });
  const edgeKeys: string[] = [];
  const edgeDocument: number[] = [];
  const edgeSource: number[] = [];
  const edgeTarget: number[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    edgeKeys.push(edge);
    edgeDocument.push(documents.position.get(attrs.doc) ?? -1);
    edgeSource.push(nodes.position.get(source) ?? 0);
    edgeTarget.push(nodes.position.get(target) ?? 0);
  });
  return {
    documents,
    nodes,
    edges: indexKeys(edgeKeys),
    span,
    undated,
    type,
    partyStart,
    partyNodes: Int32Array.from(parties),
    mentionStart,
    mentionNodes: Int32Array.from(mentions),
    affiliation: nodes.keys.map((node) => graph.getNodeAttribute(node, 'affiliation')),
    edgeDocument: Int32Array.from(edgeDocument),
    edgeSource: Uint32Array.from(edgeSource),
    edgeTarget: Uint32Array.from(edgeTarget),
  };
}
