/**
 * The corpus laid out in arrays for filtering: each document's date span, type and parties as node
 * positions, each edge's document and ends. Built once per corpus, so that a filter step (a timeline
 * drag at 10^5 documents) is a pass over numbers rather than over records and string sets.
 */
import { resumable } from './resumable.ts';
import type { Resumable } from './resumable.ts';
import type { Corpus } from './corpus.ts';
import { createDaySpans } from './day-window.ts';
import { IndexedSet, indexKeys } from './indexed-set.ts';
import type { KeyIndex } from './indexed-set.ts';
import { ROLES } from './types.ts';

export interface VisibilityIndex {
  documents: KeyIndex;
  nodes: KeyIndex;
  edges: KeyIndex;
  /**
   * Per document: first and last day it may fall on, as day numbers (day-window.ts); an undated
   * document has first > last. The same numbers the GPU compares for edges.
   */
  firstDay: Float64Array;
  lastDay: Float64Array;
  undated: Uint8Array;
  /** Per document: its type, as a position in `types` (a filter step then tests bytes). */
  typeOf: Uint16Array;
  types: string[];
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

const building = new WeakMap<Corpus, Resumable<VisibilityIndex>>();

function buildingFor(corpus: Corpus): Resumable<VisibilityIndex> {
  let work = building.get(corpus);
  if (!work) {
    work = resumable(buildVisibilityIndex(corpus));
    building.set(corpus, work);
  }
  return work;
}

/** The visibility index of a corpus: finishes building it if idle time has not. */
export function visibilityIndexOf(corpus: Corpus): VisibilityIndex {
  return buildingFor(corpus).result();
}

/**
 * The membership bytes of a set of documents in the corpus's own order, when the set is one the
 * filter made over this corpus; null for any other set (ask it key by key).
 */
export function documentMembers(corpus: Corpus, documents: ReadonlySet<string>): Uint8Array | null {
  const index = building.get(corpus)?.ready();
  return index && documents instanceof IndexedSet && documents.index === index.documents
    ? documents.members
    : null;
}

/**
 * Build one more slice of the index, going on where the last call stopped; true once it is
 * complete. At 10^5 documents the whole build is a few hundred milliseconds, so the explorer
 * runs it in idle moments after loading instead of in the first filter change.
 */
export function visibilityIndexStep(corpus: Corpus): boolean {
  return buildingFor(corpus).step();
}

/** Items handled between two chances to stop: the scheduler's clock costs more than one item. */
const SLICE = 2048;

function* buildVisibilityIndex(corpus: Corpus): Generator<void, VisibilityIndex> {
  const { graph, documentList } = corpus;
  const nodes = indexKeys(graph.nodes());
  yield;
  const documents = indexKeys(documentList.map((doc) => doc.id));
  yield;
  const parties: number[] = [];
  const mentions: number[] = [];
  const partyStart = new Uint32Array(documentList.length + 1);
  const mentionStart = new Uint32Array(documentList.length + 1);
  const daySpan = createDaySpans();
  const firstDay = new Float64Array(documentList.length);
  const lastDay = new Float64Array(documentList.length);
  const typeOf = new Uint16Array(documentList.length);
  const typePosition = new Map<string, number>();
  const undated = new Uint8Array(documentList.length);
  for (const [i, doc] of documentList.entries()) {
    if (doc.date.iso === null) undated[i] = 1;
    [firstDay[i], lastDay[i]] = daySpan(doc.date.iso, doc.date.end);
    let position = typePosition.get(doc.type);
    if (position === undefined) typePosition.set(doc.type, (position = typePosition.size));
    typeOf[i] = position;
    for (const role of ROLES) {
      const into = role === 'mentions' ? mentions : parties;
      for (const ref of doc.roles[role]) into.push(nodes.position.get(ref.person) ?? -1);
    }
    partyStart[i + 1] = parties.length;
    mentionStart[i + 1] = mentions.length;
    if (i % SLICE === SLICE - 1) yield;
  }
  const edgeKeys: string[] = [];
  const edgeDocument = new Int32Array(graph.size);
  const edgeSource = new Uint32Array(graph.size);
  const edgeTarget = new Uint32Array(graph.size);
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const e = edgeKeys.push(edge) - 1;
    edgeDocument[e] = documents.position.get(attributes.doc) ?? -1;
    edgeSource[e] = nodes.position.get(source) ?? 0;
    edgeTarget[e] = nodes.position.get(target) ?? 0;
    if (e % SLICE === SLICE - 1) yield;
  }
  const edges = indexKeys(edgeKeys);
  yield;
  return {
    documents,
    nodes,
    edges,
    firstDay,
    lastDay,
    undated,
    typeOf,
    types: [...typePosition.keys()],
    partyStart,
    partyNodes: Int32Array.from(parties),
    mentionStart,
    mentionNodes: Int32Array.from(mentions),
    affiliation: nodes.keys.map((node) => graph.getNodeAttribute(node, 'affiliation')),
    edgeDocument,
    edgeSource,
    edgeTarget,
  };
}
