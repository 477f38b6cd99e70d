/**
 * Where letters were written and received: the places of a document by side, and the table that
 * ties each place as documents write it to a point on the earth (made by the build step from the
 * registry's places.csv and the offline gazetteer). Pure data and lookups: the map draws from it.
 */
import type { DocumentRecord, PlaceRole } from './types.ts';

/** A place with coordinates, as the map draws it. */
export interface LocatedPlace {
  /** The point's key: "geonames:2950159" or "registry:Moscow"; one point however it is written. */
  key: string;
  /** The name shown: the registry's, else the gazetteer's. */
  name: string;
  /** WGS84 decimal degrees. */
  lat: number;
  lon: number;
  /** Where the coordinates come from: the corpus's places.csv or the GeoNames gazetteer. */
  source: 'registry' | 'gazetteer';
  /** GeoNames id, when known. */
  geonames?: string;
  /** ISO country code (gazetteer) or the registry's country. */
  country?: string;
}

/** A place documents name that is not on the map, and why. */
export interface UnlocatedPlace {
  name: string;
  authority?: string;
  reason: string;
  /** Letters that name it on their sending or receiving side. */
  letters: number;
}

/** The places of a corpus: every written form of a located place, and those not located. */
export interface PlaceTable {
  located: LocatedPlace[];
  /** `placeFormKey` of each place as documents write it → the key of its located place. */
  forms: Record<string, string>;
  unlocated: UnlocatedPlace[];
}

export const EMPTY_PLACE_TABLE: PlaceTable = { located: [], forms: {}, unlocated: [] };

/** A place on one side of a letter, as the document writes it. */
export interface DocumentPlace {
  name: string;
  authority?: string;
  role: Exclude<PlaceRole, 'mentioned'>;
}

/** The key of a place as written: its authority id when it has one (every spelling is one place). */
export function placeFormKey(name: string, authority?: string): string {
  return authority ? `ref:${authority}` : `name:${name}`;
}

/**
 * The places a letter was sent from and received at. A structured source (CMIF, a letter table)
 * says the side; a title's place is the receiving side when it qualifies a recipient ("to the
 * Soviet Ambassador, Pyongyang"), else where the letter was sent from ("Telegram from Lake
 * Success"). Mentioned places are not where a letter went.
 */
export function documentPlaces(doc: DocumentRecord): DocumentPlace[] {
  if (doc.placeRefs) {
    return doc.placeRefs.flatMap((ref) =>
      ref.role === 'mentioned'
        ? []
        : [
            {
              name: ref.name,
              role: ref.role,
              ...(ref.authority ? { authority: ref.authority } : {}),
            },
          ],
    );
  }
  const ofRecipients = new Set(doc.roles.recipients.flatMap((ref) => ref.place ?? []));
  const ofSenders = new Set(
    [...doc.roles.senders, ...doc.roles.originators].flatMap((ref) => ref.place ?? []),
  );
  return doc.places.map((name) => ({
    name,
    role: ofRecipients.has(name) && !ofSenders.has(name) ? 'received' : 'sent',
  }));
}

/** Look places up by their written form. */
export function placeIndex(table: PlaceTable): {
  located: ReadonlyMap<string, LocatedPlace>;
  locate(place: { name: string; authority?: string }): LocatedPlace | undefined;
} {
  const located = new Map(table.located.map((place) => [place.key, place]));
  return {
    located,
    locate: (place) => {
      const key = table.forms[placeFormKey(place.name, place.authority)];
      return key === undefined ? undefined : located.get(key);
    },
  };
}

/** The part of a place table that some documents name (an export of a selection carries it). */
export function placeTableOf(table: PlaceTable, documents: Iterable<DocumentRecord>): PlaceTable {
  const named = new Set<string>();
  for (const doc of documents)
    for (const place of documentPlaces(doc)) named.add(placeFormKey(place.name, place.authority));
  const forms = Object.fromEntries(Object.entries(table.forms).filter(([form]) => named.has(form)));
  const used = new Set(Object.values(forms));
  return {
    located: table.located.filter((place) => used.has(place.key)),
    forms,
    unlocated: table.unlocated.filter((place) =>
      named.has(placeFormKey(place.name, place.authority)),
    ),
  };
}
