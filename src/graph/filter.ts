/**
 * Filtering by date range, document type and affiliation. Filters only decide what is shown;
 * the graph itself is never rebuilt.
 */
import type { Corpus } from './corpus.ts';
import { dateSpan, isoBounds } from './dates.ts';
import type { DocumentRecord } from './types.ts';
import { ROLES } from './types.ts';

const PARTY_ROLES = ROLES.filter((role) => role !== 'mentions');

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
  if (filter.hiddenTypes.has(doc.type)) return false;
  const span = spanOf(doc.date);
  if (!span) return filter.includeUndated;
  const { from, to } = boundsOf(filter);
  return (from === undefined || span[1] >= from) && (to === undefined || span[0] <= to);
}

// Dragging the timeline re-filters every document on each step: their date spans and the filter's
// bounds are parsed once, not per document and step.
const spans = new WeakMap<DocumentRecord['date'], [string, string] | null>();
const filterBounds = new WeakMap<DocumentFilter, { from?: string; to?: string }>();

function spanOf(date: DocumentRecord['date']): [string, string] | null {
  let span = spans.get(date);
  if (span === undefined) {
    span = dateSpan(date);
    spans.set(date, span);
  }
  return span;
}

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
  const { graph } = corpus;
  const allAffiliations = filter.hiddenAffiliations.size === 0;
  const shownAffiliation = (person: string): boolean =>
    allAffiliations ||
    !graph.hasNode(person) ||
    !filter.hiddenAffiliations.has(graph.getNodeAttribute(person, 'affiliation'));
  const documents = new Set<string>();
  const nodes = new Set<string>();
  let undated = 0;
  let undatedShown = 0;
  for (const doc of corpus.documentList) {
    const isUndated = doc.date.iso === null;
    if (isUndated) undated++;
    if (!passesDateAndType(doc, filter)) continue;
    // A document is shown when one of its parties (not someone it merely mentions) is shown.
    let anyParty = false;
    let anyShown = false;
    for (const role of PARTY_ROLES) {
      for (const ref of doc.roles[role]) {
        anyParty = true;
        if (shownAffiliation(ref.person)) anyShown = true;
      }
    }
    if (!anyShown && (anyParty || filter.hiddenAffiliations.size > 0)) continue;
    documents.add(doc.id);
    if (isUndated) undatedShown++;
    for (const role of ROLES) {
      for (const ref of doc.roles[role]) if (shownAffiliation(ref.person)) nodes.add(ref.person);
    }
  }
  if (!isFilterActive(filter)) graph.forEachNode((node) => nodes.add(node));
  return visibilityOf(corpus, documents, nodes, { undated, undatedShown });
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
    counts: {
      documents: documents.size,
      totalDocuments: corpus.documentList.length,
      ...undatedCounts,
      nodes: nodes.size,
      edges: edges.size,
    },
  };
}
