/**
 * The people registry: canonical names, aliases (pseudonyms, transliterations, misspellings),
 * offices held by date, and a gazetteer of places. Built from plain rows so it can be loaded from
 * CSV in Node or from any other source.
 */
import { dateSpan, isoBounds } from '../../graph/dates.ts';
import { nameKey } from '../../graph/text.ts';
import type { DocDate, NodeKind } from '../../graph/types.ts';
import { createVariantIndex } from './variants.ts';
import type { VariantIndex, VariantMatch } from './variants.ts';

export interface PersonEntry {
  id: string;
  name: string;
  kind: NodeKind;
  affiliation: string;
  role: string;
  aliases: string[];
  /** Authority URIs (Wikidata, GND, VIAF), normalised. */
  authority: string[];
  /** True when the registry itself marks the identification as uncertain. */
  uncertain: boolean;
  notes: string;
}

export interface OfficeTerm {
  office: string;
  aliases: string[];
  holder: string;
  /** ISO dates of any precision; null for an open end. */
  from: string | null;
  to: string | null;
  uncertain: boolean;
  notes: string;
}

export interface PlaceEntry {
  name: string;
  aliases: string[];
  country: string;
  /** WGS84 decimal degrees, when places.csv gives them (the map draws the place there). */
  latitude?: number;
  longitude?: number;
  /** The place's GeoNames id, when given: a CMIF placeName/@ref of that id is this place. */
  geonames?: string;
}

/** Outcome of looking up an office on a date. */
export type OfficeLookup =
  | { status: 'held'; office: string; holder: PersonEntry; uncertain: boolean }
  | { status: 'vacant' | 'ambiguous'; office: string; candidates: PersonEntry[] }
  | { status: 'unknown' };

export interface Registry {
  people: ReadonlyMap<string, PersonEntry>;
  /** Person registered under a canonical name or alias, if exactly one. */
  lookup(name: string): PersonEntry | undefined;
  /** "V. Molotov", "I.V. Stalin": initials before a registered surname or name. */
  lookupWithInitials(name: string): PersonEntry | undefined;
  /** "Molotoff", "Vyshinskii", "V. Molotoff": a spelling or transliteration variant of one person. */
  lookupVariant(name: string): VariantMatch | undefined;
  office(name: string, date: DocDate): OfficeLookup;
  isKnownName(name: string): boolean;
  isPlace(name: string): boolean;
  place(name: string): PlaceEntry | undefined;
  byAuthority(uri: string): PersonEntry | undefined;
  /** Multi-word registered names the title parser must not split. */
  protectedNames: readonly string[];
  /** Registered names and aliases, for "did you mean" suggestions. */
  names(): Iterable<[string, PersonEntry]>;
}

export { nameKey };

/** Names the title grammar could split ("Soviet Ambassador to China", "Ministry of … and Trade"). */
const PROTECTED_NAME = /\s(?:to|and|on|for|about|regarding|concerning|via|from|with)\s|,/i;

/** Normalise an authority URI: scheme, "www." and trailing slashes do not matter. */
export function authorityKey(uri: string): string {
  return uri
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function firstNames(entry: PersonEntry): Set<string> {
  const initials = new Set<string>();
  for (const form of [entry.name, ...entry.aliases]) {
    const tokens = nameKey(form).split(' ');
    if (tokens.length > 1 && tokens[0]) initials.add(tokens[0].charAt(0));
  }
  return initials;
}

/** Build a registry from its tables. Alias clashes are returned, not thrown, for the build report. */
export function createRegistry(
  people: readonly PersonEntry[],
  offices: readonly OfficeTerm[] = [],
  places: readonly PlaceEntry[] = [],
): { registry: Registry; clashes: string[] } {
  const byId = new Map<string, PersonEntry>();
  const byKey = new Map<string, PersonEntry[]>();
  const byAuthority = new Map<string, PersonEntry>();
  const clashes: string[] = [];
  const add = (key: string, entry: PersonEntry): void => {
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    byKey.set(key, list);
  };
  for (const entry of people) {
    if (byId.has(entry.id)) clashes.push(`person id "${entry.id}" is used twice`);
    byId.set(entry.id, entry);
    add(nameKey(entry.name), entry);
    for (const alias of entry.aliases) add(nameKey(alias), entry);
    for (const uri of entry.authority) byAuthority.set(authorityKey(uri), entry);
  }
  for (const [key, list] of byKey) {
    if (list.length > 1)
      clashes.push(`"${key}" names ${list.map((e) => e.id).join(' and ')}: left unresolved`);
  }
  const officeTerms = new Map<string, OfficeTerm[]>();
  for (const term of offices) {
    if (!byId.has(term.holder))
      clashes.push(`office "${term.office}": holder "${term.holder}" is not in the registry`);
    for (const form of new Set([term.office, ...term.aliases].map(nameKey))) {
      officeTerms.set(form, [...(officeTerms.get(form) ?? []), term]);
    }
  }
  const placeByKey = new Map<string, PlaceEntry>();
  for (const place of places)
    for (const form of [place.name, ...place.aliases]) placeByKey.set(nameKey(form), place);

  const lookup = (name: string): PersonEntry | undefined => {
    const list = byKey.get(nameKey(name));
    return list && list.length === 1 ? list[0] : undefined;
  };

  let variants: VariantIndex | null = null;
  const variantsFound = new Map<string, VariantMatch | null>();
  const findVariant = (name: string): VariantMatch | undefined => {
    variants ??= createVariantIndex(names());
    const found = variants.find(name);
    if (found) return found;
    // "V. Molotoff": initials before a variant of a registered surname.
    const split = initialsOf(name);
    const match = split ? variants.find(split.rest) : undefined;
    return match && split && firstNames(match.entry).has(split.initial) ? match : undefined;
  };
  const names = function* (): Generator<[string, PersonEntry]> {
    for (const [key, list] of byKey) if (list.length === 1 && list[0]) yield [key, list[0]];
  };
  const initialsOf = (name: string): { initial: string; rest: string } | null => {
    const match = /^((?:\p{Lu}\p{Ll}?\.\s*)+)(\p{Lu}.*)$/u.exec(name.trim());
    return match
      ? { initial: (match[1] ?? '').charAt(0).toLowerCase(), rest: match[2] ?? '' }
      : null;
  };

  const registry: Registry = {
    people: byId,
    lookup,
    lookupVariant(name) {
      // An unregistered name comes back in every letter that names it: ask about it once.
      if (variantsFound.has(name)) return variantsFound.get(name) ?? undefined;
      const match = findVariant(name);
      variantsFound.set(name, match ?? null);
      return match;
    },
    lookupWithInitials(name) {
      const split = initialsOf(name);
      const entry = split ? lookup(split.rest) : undefined;
      return entry && split && firstNames(entry).has(split.initial) ? entry : undefined;
    },
    office(name, date) {
      const terms = officeTerms.get(nameKey(name));
      if (!terms || terms.length === 0) return { status: 'unknown' };
      const office = terms[0]?.office ?? name;
      const span = dateSpan(date);
      const candidates = terms.filter((term) => {
        if (!span) return true;
        const from = isoBounds(term.from)?.[0] ?? '0000';
        const to = isoBounds(term.to)?.[1] ?? '9999';
        return from <= span[1] && span[0] <= to;
      });
      const holders = [...new Set(candidates.map((term) => term.holder))]
        .map((id) => byId.get(id))
        .filter((entry): entry is PersonEntry => entry !== undefined);
      const [holder] = holders;
      if (holders.length === 1 && holder) {
        const uncertain = !span || candidates.some((term) => term.uncertain);
        return { status: 'held', office, holder, uncertain };
      }
      return { status: holders.length === 0 ? 'vacant' : 'ambiguous', office, candidates: holders };
    },
    isKnownName: (name) => {
      const key = nameKey(name);
      return byKey.has(key) || officeTerms.has(key);
    },
    isPlace: (name) => placeByKey.has(nameKey(name)),
    place: (name) => placeByKey.get(nameKey(name)),
    byAuthority: (uri) => byAuthority.get(authorityKey(uri)),
    protectedNames: [
      ...new Set(
        [
          ...people.flatMap((e) => [e.name, ...e.aliases]),
          ...offices.flatMap((t) => [t.office, ...t.aliases]),
        ].filter((name) => PROTECTED_NAME.test(name)),
      ),
    ].sort((a, b) => b.length - a.length),
    names,
  };
  return { registry, clashes };
}
