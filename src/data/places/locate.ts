/**
 * Locating a corpus's places: each place a letter was sent from or received at, as written, is
 * tied to coordinates from the corpus's places.csv first, then from the offline gazetteer by its
 * GeoNames id, or by a name the gazetteer holds once (within the country the writing gives).
 * Nothing is guessed: an ambiguous name, an id the gazetteer lacks, a name it does not know are
 * listed with the reason and the number of letters that name them.
 */
import { documentPlaces, placeFormKey } from '../../graph/places.ts';
import type { LocatedPlace, PlaceTable, UnlocatedPlace } from '../../graph/places.ts';
import type { PlacesReport } from '../../graph/report.ts';
import { nameKey } from '../../graph/text.ts';
import type { DocumentRecord } from '../../graph/types.ts';
import { geonamesId } from '../import/registry-tables.ts';
import type { PlaceEntry } from '../registry/registry.ts';
import { splitCountry } from './gazetteer.ts';
import type { Gazetteer, GazetteerPlace } from './gazetteer.ts';

export interface LocatedPlaces {
  table: PlaceTable;
  /** Written places the registry does not locate, left for the gazetteer (none once it is given). */
  pending: number;
}

interface Form {
  name: string;
  authority?: string;
  letters: number;
}

const GEONAMES = /^https?:\/\/(?:www\.|sws\.)?geonames\.org\/(\d+)/i;

/** The distinct places the documents write, with how many letters name each. */
function placeForms(documents: Iterable<DocumentRecord>): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const place of documentPlaces(doc)) {
      const key = placeFormKey(place.name, place.authority);
      if (seen.has(key)) continue;
      seen.add(key);
      const form = forms.get(key);
      if (form) form.letters += 1;
      else forms.set(key, { name: place.name, authority: place.authority, letters: 1 });
    }
  }
  return forms;
}

const round = (degrees: number): number => Math.round(degrees * 1e5) / 1e5;

function fromRegistry(entry: PlaceEntry & { latitude: number; longitude: number }): LocatedPlace {
  return {
    key: entry.geonames ? `geonames:${entry.geonames}` : `registry:${entry.name}`,
    name: entry.name,
    lat: round(entry.latitude),
    lon: round(entry.longitude),
    source: 'registry',
    ...(entry.geonames ? { geonames: entry.geonames } : {}),
    ...(entry.country ? { country: entry.country } : {}),
  };
}

function fromGazetteer(place: GazetteerPlace): LocatedPlace {
  return {
    key: `geonames:${place.geonames}`,
    name: place.name,
    lat: round(place.lat),
    lon: round(place.lon),
    source: 'gazetteer',
    geonames: place.geonames,
    country: place.country,
  };
}

type Outcome = LocatedPlace | { reason: string } | 'pending';

const hasCoordinates = (
  entry: PlaceEntry | undefined,
): entry is PlaceEntry & { latitude: number; longitude: number } =>
  entry?.latitude !== undefined && entry.longitude !== undefined;

/** Where one written place is, or why it is not placed. */
function locateForm(
  form: Form,
  registry: { byName: Map<string, PlaceEntry>; byGeonames: Map<string, PlaceEntry> },
  gazetteer: Gazetteer | null,
): Outcome {
  const geonames = GEONAMES.exec(form.authority ?? '')?.[1];
  const entry = geonames
    ? (registry.byGeonames.get(geonames) ??
      // A registry name stands for the id only when the registry gives no other id for it.
      [registry.byName.get(nameKey(form.name))].find((e) => e && !e.geonames))
    : registry.byName.get(nameKey(form.name));
  if (hasCoordinates(entry)) return fromRegistry(entry);
  if (!gazetteer) return 'pending';
  const id = geonames ?? entry?.geonames;
  if (id) {
    const place = gazetteer.byId(id);
    if (place) return fromGazetteer(place);
    return {
      reason: `GeoNames ${id} is not in the offline gazetteer (places of 1,000 inhabitants or more); give its coordinates in places.csv`,
    };
  }
  let found = gazetteer.byName(form.name);
  if (found.status === 'unknown') {
    const { name, country } = splitCountry(form.name);
    if (country !== undefined) found = gazetteer.byName(name, country);
  }
  if (found.status === 'found') return fromGazetteer(found.place);
  if (found.status === 'ambiguous')
    return {
      reason: `${found.candidates} places of that name in the gazetteer and no GeoNames id or country to choose (write "${form.name}, Country" or give its coordinates in places.csv)`,
    };
  return { reason: 'not in places.csv nor in the gazetteer' };
}

/**
 * The place table of a corpus. Without a gazetteer, places the registry does not locate are
 * counted as `pending` (and listed as not located): the caller loads the gazetteer and asks again.
 */
export function locatePlaces(
  documents: Iterable<DocumentRecord>,
  registryPlaces: readonly PlaceEntry[],
  gazetteer: Gazetteer | null,
): LocatedPlaces {
  const byName = new Map<string, PlaceEntry>();
  const byGeonames = new Map<string, PlaceEntry>();
  for (const entry of registryPlaces) {
    for (const form of [entry.name, ...entry.aliases]) byName.set(nameKey(form), entry);
    if (entry.geonames) byGeonames.set(geonamesId(entry.geonames), entry);
  }
  const located = new Map<string, LocatedPlace>();
  const forms: Record<string, string> = {};
  const unlocated: UnlocatedPlace[] = [];
  let pending = 0;
  for (const [key, form] of placeForms(documents)) {
    const outcome = locateForm(form, { byName, byGeonames }, gazetteer);
    if (outcome === 'pending' || 'reason' in outcome) {
      if (outcome === 'pending') pending += 1;
      const reason = outcome === 'pending' ? 'the gazetteer was not loaded' : outcome.reason;
      unlocated.push({
        name: form.name,
        ...(form.authority ? { authority: form.authority } : {}),
        reason,
        letters: form.letters,
      });
      continue;
    }
    if (!located.has(outcome.key)) located.set(outcome.key, outcome);
    forms[key] = outcome.key;
  }
  unlocated.sort((a, b) => b.letters - a.letters || a.name.localeCompare(b.name));
  return {
    table: {
      located: [...located.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      forms,
      unlocated,
    },
    pending,
  };
}

/** The report's account of the places: how many letters the map can show, what it cannot place. */
export function placesReport(
  documents: readonly DocumentRecord[],
  table: PlaceTable,
): PlacesReport {
  let shown = 0;
  let unlocatedOnly = 0;
  let withoutPlace = 0;
  for (const doc of documents) {
    const places = documentPlaces(doc);
    if (places.length === 0) withoutPlace += 1;
    else if (places.some((place) => table.forms[placeFormKey(place.name, place.authority)]))
      shown += 1;
    else unlocatedOnly += 1;
  }
  return {
    located: table.located.length,
    unlocated: table.unlocated,
    letters: { total: documents.length, shown, unlocatedOnly, withoutPlace },
  };
}
