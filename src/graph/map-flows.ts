/**
 * Letters on a map: the places letters were sent from and received at as points (letters at
 * each), and the letters between two places as one flow per ordered pair (A → B and B → A apart),
 * with the ids of the letters behind each, so every point and arc leads back to its records.
 */
import type { PlaceTable } from './places.ts';
import type { PlacesReport } from './report.ts';
import { documentPlaces, placeFormKey, placeIndex } from './places.ts';
import type { Corpus } from './corpus.ts';
import type { DocumentRecord, Emphasis } from './types.ts';

export interface MapPoint {
  key: string;
  name: string;
  lat: number;
  lon: number;
  /** Letters sent from or received at the place (each letter once). */
  documents: string[];
  sent: number;
  received: number;
}

export interface MapFlow {
  /** `${from}→${to}`. */
  key: string;
  from: string;
  to: string;
  documents: string[];
}

export interface MapFlows {
  points: MapPoint[];
  flows: MapFlow[];
  /** Letters considered (those the view shows). */
  total: number;
  /** Letters with at least one place on the map. */
  shown: number;
  /** Letters that name no place. */
  withoutPlace: number;
  /** Letters whose places are none of them on the map. */
  unlocatedOnly: number;
}

/** The points a letter was sent from and received at (keys of located places). */
function letterEnds(
  doc: DocumentRecord,
  pointOf: ReadonlyMap<string, string>,
): { named: boolean; sent: string[]; received: string[] } {
  // Structured sources say the side: read their refs directly (10^5 letters: no copies).
  const places = doc.placeRefs ?? documentPlaces(doc);
  const sent: string[] = [];
  const received: string[] = [];
  let named = false;
  for (const place of places) {
    if (place.role === 'mentioned') continue;
    named = true;
    const key = pointOf.get(placeFormKey(place.name, place.authority));
    if (key === undefined) continue;
    const side = place.role === 'sent' ? sent : received;
    if (!side.includes(key)) side.push(key);
  }
  return { named, sent, received };
}

/** Points and flows of the given letters, in a stable order (largest first, then by key). */
export function mapFlows(documents: Iterable<DocumentRecord>, table: PlaceTable): MapFlows {
  const index = placeIndex(table);
  const pointOf = new Map(Object.entries(table.forms));
  const points = new Map<string, MapPoint>();
  const flows = new Map<string, MapFlow>();
  let total = 0;
  let shown = 0;
  let withoutPlace = 0;
  let unlocatedOnly = 0;
  const pointAt = (key: string): MapPoint | undefined => {
    let point = points.get(key);
    if (point) return point;
    const located = index.located.get(key);
    if (!located) return undefined;
    point = {
      key,
      name: located.name,
      lat: located.lat,
      lon: located.lon,
      documents: [],
      sent: 0,
      received: 0,
    };
    points.set(key, point);
    return point;
  };
  for (const doc of documents) {
    total += 1;
    const { named, sent, received } = letterEnds(doc, pointOf);
    if (!named) {
      withoutPlace += 1;
      continue;
    }
    if (sent.length === 0 && received.length === 0) {
      unlocatedOnly += 1;
      continue;
    }
    shown += 1;
    for (const key of sent) {
      const point = pointAt(key);
      if (!point) continue;
      point.documents.push(doc.id);
      point.sent += 1;
    }
    for (const key of received) {
      const point = pointAt(key);
      if (!point) continue;
      if (!sent.includes(key)) point.documents.push(doc.id);
      point.received += 1;
    }
    for (const from of sent)
      for (const to of received) {
        if (from === to) continue;
        const key = `${from}→${to}`;
        const flow = flows.get(key);
        if (flow) flow.documents.push(doc.id);
        else flows.set(key, { key, from, to, documents: [doc.id] });
      }
  }
  const bySize = <T extends { key: string; documents: string[] }>(a: T, b: T): number =>
    b.documents.length - a.documents.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    points: [...points.values()].sort(bySize),
    flows: [...flows.values()].sort(bySize),
    total,
    shown,
    withoutPlace,
    unlocatedOnly,
  };
}

const count = (n: number): string => n.toLocaleString('en');

/** "shows 212 of 2,435 letters; 2,223 have no place; 3 only places not on the map". */
export function mapCaption(
  flows: Pick<MapFlows, 'total' | 'shown' | 'withoutPlace' | 'unlocatedOnly'>,
): string {
  const parts = [`shows ${count(flows.shown)} of ${count(flows.total)} letters`];
  if (flows.withoutPlace > 0)
    parts.push(
      `${count(flows.withoutPlace)} ${flows.withoutPlace === 1 ? 'has' : 'have'} no place`,
    );
  if (flows.unlocatedOnly > 0)
    parts.push(
      `${count(flows.unlocatedOnly)} ${flows.unlocatedOnly === 1 ? 'has' : 'have'} only places not on the map`,
    );
  return parts.join('; ');
}

/** "9 places not on the map: Glaucha (51 letters), …" for the report; null when all are placed. */
export function unlocatedLine(report: PlacesReport, limit = 12): string | null {
  const { unlocated } = report;
  if (unlocated.length === 0) return null;
  const named = unlocated
    .slice(0, limit)
    .map(
      (place) =>
        `${place.name} (${count(place.letters)} ${place.letters === 1 ? 'letter' : 'letters'})`,
    );
  const more = unlocated.length > limit ? `, and ${count(unlocated.length - limit)} more` : '';
  return `${count(unlocated.length)} ${unlocated.length === 1 ? 'place' : 'places'} not on the map: ${named.join(', ')}${more}`;
}

/**
 * The letters a map shows: those the filter shows, narrowed to an emphasis (a person's letters, a
 * traced channel) when one is given. A selected letter is not a narrowing: the map keeps its
 * context and marks that letter's arc.
 */
export function mapLetters(
  corpus: Pick<Corpus, 'documentList' | 'documents' | 'graph'>,
  visibleDocuments: ReadonlySet<string> | null,
  focus: Emphasis | null,
): DocumentRecord[] {
  let ids: Iterable<string> | null = null;
  if (focus) {
    const narrowed = new Set<string>();
    for (const edge of focus.edges)
      if (corpus.graph.hasEdge(edge)) narrowed.add(corpus.graph.getEdgeAttribute(edge, 'doc'));
    ids = narrowed;
  }
  if (ids === null)
    return visibleDocuments
      ? corpus.documentList.filter((doc) => visibleDocuments.has(doc.id))
      : [...corpus.documentList];
  return [...ids].flatMap((id) => {
    const doc = corpus.documents.get(id);
    return doc && (!visibleDocuments || visibleDocuments.has(id)) ? [doc] : [];
  });
}
