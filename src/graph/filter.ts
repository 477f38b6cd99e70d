/**
 * Filtering by date range, document type and affiliation. Filters only decide what is shown;
 * the graph itself is never rebuilt.
 */
import type { Corpus } from './corpus.ts';
import { dateSpan, isoBounds } from './dates.ts';
import { dayNumber, OPEN_WINDOW } from './day-window.ts';
import type { DayWindow } from './day-window.ts';
import { EveryKey, IndexedSet } from './indexed-set.ts';
import type { DocumentRecord } from './types.ts';
import { visibilityIndexOf } from './visibility-index.ts';

export interface DocumentFilter {
  /** ISO date of any precision; null for an open start. */
  start: string | null;
  end: string | null;
  hiddenTypes: ReadonlySet<string>;
  hiddenAffiliations: ReadonlySet<string>;
  /** Undated documents cannot fall in a range: show them or not, explicitly. */
  includeUndated: boolean;
}

export const DEFAULT_FILTER: DocumentFilter = {
  start: null,
  end: null,
  hiddenTypes: new Set(),
  hiddenAffiliations: new Set(),
  includeUndated: true,
};

export interface Visibility {
  documents: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /**
   * The edges shown were the dates not considered: `edges` is exactly those of them whose date
   * passes `window`. A renderer can then apply the dates itself (on the GPU) and leave these as
   * they are while only the range moves.
   */
  edgesAnyDate: ReadonlySet<string>;
  window: DayWindow;
  counts: {
    documents: number;
    totalDocuments: number;
    undated: number;
    undatedShown: number;
    nodes: number;
    edges: number;
  };
}

/** True when any part of the filter hides something. */
export function isFilterActive(filter: DocumentFilter): boolean {
  return (
    filter.start !== null ||
    filter.end !== null ||
    filter.hiddenTypes.size > 0 ||
    filter.hiddenAffiliations.size > 0 ||
    !filter.includeUndated
  );
}

/** Does a document's date and type pass? Dates of month or year precision pass if they overlap. */
export function passesDateAndType(doc: DocumentRecord, filter: DocumentFilter): boolean {
  return (
    !filter.hiddenTypes.has(doc.type) && spanPasses(dateSpan(doc.date), filter, boundsOf(filter))
  );
}

/** Does a date span (null: undated) pass the filter's dates, parsed into `bounds`? */
function spanPasses(
  span: readonly [string, string] | null,
  filter: DocumentFilter,
  { from, to }: { from?: string; to?: string },
): boolean {
  if (!span) return filter.includeUndated;
  return (from === undefined || span[1] >= from) && (to === undefined || span[0] <= to);
}

/** The filter's dates as a window of day numbers. */
export function dayWindowOf(filter: DocumentFilter): DayWindow {
  const { from, to } = boundsOf(filter);
  return {
    from: from === undefined ? OPEN_WINDOW.from : dayNumber(from),
    to: to === undefined ? OPEN_WINDOW.to : dayNumber(to),
    undated: filter.includeUndated,
  };
}

// The filter's bounds are parsed once per filter, not once per document.
const filterBounds = new WeakMap<DocumentFilter, { from?: string; to?: string }>();

function boundsOf(filter: DocumentFilter): { from?: string; to?: string } {
  let bounds = filterBounds.get(filter);
  if (!bounds) {
    const from = isoBounds(filter.start)?.[0];
    const to = isoBounds(filter.end)?.[1];
    bounds = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
    filterBounds.set(filter, bounds);
  }
  return bounds;
}

/**
 * What the filter shows: documents passing date and type with at least one party of a shown
 * affiliation; people of shown affiliations who take part in (or are mentioned in) a shown
 * document; edges of shown documents between shown people.
 */
export function computeVisibility(corpus: Corpus, filter: DocumentFilter): Visibility {
  if (!isFilterActive(filter)) return everything(corpus);
  const index = visibilityIndexOf(corpus);
  const { partyStart, partyNodes, mentionStart, mentionNodes } = index;
  const documentCount = index.documents.keys.length;
  const nodeCount = index.nodes.keys.length;
  const days = dayWindowOf(filter);
  const { from, to, undated: undatedPass } = days;
  const { firstDay, lastDay } = index;
  const hidden = filter.hiddenAffiliations;
  // This loop runs over 10^5 documents per step of a timeline drag, often before the JIT has
  // seen it: it reads bytes and numbers only, with no call per document.
  // Which people the affiliation filter lets through; people not in the graph always pass.
  const passes = new Uint8Array(nodeCount).fill(1);
  if (hidden.size > 0)
    index.affiliation.forEach((a, i) => void (passes[i] = hidden.has(a) ? 0 : 1));
  const typeHidden = Uint8Array.from(index.types, (type) => (filter.hiddenTypes.has(type) ? 1 : 0));
  const documents = new Uint8Array(documentCount);
  // Documents that pass all but the dates.
  const anyDate = new Uint8Array(documentCount);
  const nodes = new Uint8Array(nodeCount);
  let undated = 0;
  let undatedShown = 0;
  for (let i = 0; i < documentCount; i++) {
    const isUndated = index.undated[i] === 1;
    if (isUndated) undated++;
    if (typeHidden[index.typeOf[i] ?? 0] === 1) continue;
    // A document is shown when one of its parties (not someone it merely mentions) is shown.
    const partyFirst = partyStart[i] ?? 0;
    const partyEnd = partyStart[i + 1] ?? 0;
    let anyShown = false;
    for (let k = partyFirst; k < partyEnd && !anyShown; k++) {
      const node = partyNodes[k] ?? -1;
      anyShown = node < 0 || passes[node] === 1;
    }
    if (!anyShown && (partyEnd > partyFirst || hidden.size > 0)) continue;
    anyDate[i] = 1;
    // The day-window test (inDayWindow), written out: an undated document has first > last.
    const first = firstDay[i] ?? 1;
    const last = lastDay[i] ?? 0;
    if (first > last ? !undatedPass : last < from || first > to) continue;
    documents[i] = 1;
    if (isUndated) undatedShown++;
    for (let k = partyFirst; k < partyEnd; k++) {
      const node = partyNodes[k] ?? -1;
      if (node >= 0 && passes[node] === 1) nodes[node] = 1;
    }
    for (let k = mentionStart[i] ?? 0; k < (mentionStart[i + 1] ?? 0); k++) {
      const node = mentionNodes[k] ?? -1;
      if (node >= 0 && passes[node] === 1) nodes[node] = 1;
    }
  }
  const edges = new Uint8Array(index.edges.keys.length);
  const edgesAnyDate = new Uint8Array(edges.length);
  const { edgeDocument, edgeSource, edgeTarget } = index;
  for (let e = 0; e < edges.length; e++) {
    const doc = edgeDocument[e] ?? -1;
    const source = edgeSource[e] ?? 0;
    const target = edgeTarget[e] ?? 0;
    // An edge joins two parties of its document: a shown document shows each party whose
    // affiliation passes, so without dates the ends only need to pass the affiliation filter.
    if (doc >= 0 && anyDate[doc] === 1 && passes[source] === 1 && passes[target] === 1)
      edgesAnyDate[e] = 1;
    if (doc >= 0 && documents[doc] === 1 && nodes[source] === 1) edges[e] = nodes[target] ?? 0;
  }
  const visibleDocuments = new IndexedSet(index.documents, documents);
  const visibleNodes = new IndexedSet(index.nodes, nodes);
  const visibleEdges = new IndexedSet(index.edges, edges);
  return {
    documents: visibleDocuments,
    nodes: visibleNodes,
    edges: visibleEdges,
    edgesAnyDate: new IndexedSet(index.edges, edgesAnyDate),
    window: days,
    counts: {
      documents: visibleDocuments.size,
      totalDocuments: documentCount,
      undated,
      undatedShown,
      nodes: visibleNodes.size,
      edges: visibleEdges.size,
    },
  };
}

/** What no filter hides: views over the corpus itself, so opening an archive builds no index. */
function everything(corpus: Corpus): Visibility {
  const { graph } = corpus;
  let undated = 0;
  for (const doc of corpus.documentList) if (doc.date.iso === null) undated++;
  const allEdges = new EveryKey({
    has: (key) => graph.hasEdge(key),
    keys: () => graph.edges(),
    get size() {
      return graph.size;
    },
  });
  return {
    documents: new EveryKey(corpus.documents),
    nodes: new EveryKey({
      has: (key) => graph.hasNode(key),
      keys: () => graph.nodes(),
      get size() {
        return graph.order;
      },
    }),
    edges: allEdges,
    edgesAnyDate: allEdges,
    window: OPEN_WINDOW,
    counts: {
      documents: corpus.documentList.length,
      totalDocuments: corpus.documentList.length,
      undated,
      undatedShown: undated,
      nodes: graph.order,
      edges: graph.size,
    },
  };
}

/**
 * The visibility of chosen documents and people: the edges of those documents between those
 * people, and the counts.
 */
export function visibilityOf(
  corpus: Corpus,
  documents: ReadonlySet<string>,
  nodes: ReadonlySet<string>,
  undatedCounts: { undated: number; undatedShown: number },
): Visibility {
  const edges = new Set<string>();
  corpus.graph.forEachEdge((edge, attrs, source, target) => {
    if (documents.has(attrs.doc) && nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  return {
    documents,
    nodes,
    edges,
    // Chosen, not filtered by date: the window is open.
    edgesAnyDate: edges,
    window: OPEN_WINDOW,
    counts: {
      documents: documents.size,
      totalDocuments: corpus.documentList.length,
      ...undatedCounts,
      nodes: nodes.size,
      edges: edges.size,
    },
  };
}
