/**
 * Spelling and transliteration variants of registered names: "Molotoff" and "Molotow" are
 * Molotov, "Vyshinskii" Vyshinsky, "Roshin" and "Roschin" Roshchin, "Kovalyov" Kovalev,
 * "Malzev" Maltsev, "Sergeyev" Sergeev. Each name is reduced to a key that ignores what Russian,
 * German and English transliterations disagree on; a name whose key is one registered person's
 * key is that person. A key one letter off ("Shtytkov" for Shtykov) is a near match: taken only
 * when it points to one person, and always marked for a historian to check.
 */
import type { PersonEntry } from './registry.ts';
import { editDistance } from './suggest.ts';

/** Rewrites in order: the longer spelling of a sound first ("shch" before "sh"). */
const REWRITES: readonly [RegExp, string][] = [
  [/['’ʹʼ`"]/g, ''],
  [/shch|sch/g, 'sh'],
  [/tsch|tch/g, 'ch'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/tz|ts/g, 'z'],
  [/[yj]o/g, 'e'],
  [/[yij]a/g, 'ia'],
  [/[yij]u/g, 'iu'],
  [/[yij]e/g, 'e'],
  [/y/g, 'i'],
  [/(?:off|ow)\b/g, 'ov'],
  [/(\p{L})\1+/gu, '$1'],
  [/i[ij]?\b/g, 'i'],
];

/** The key of a name: lower case, accents dropped, transliteration differences evened out. */
export function variantKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s'’ʹʼ`"-]/gu, ' ')
    .replace(/[\s-]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  return key;
}

export interface VariantMatch {
  entry: PersonEntry;
  /** 'spelling': the same name in another transliteration; 'near': one letter off. */
  how: 'spelling' | 'near';
}

export interface VariantIndex {
  find(name: string): VariantMatch | undefined;
}

/** Shorter keys are too easily one letter off another name ("Kim", "Kin"). */
const NEAR_MIN_LENGTH = 6;

/** Index the registered forms of people (not offices or bodies) by their variant keys. */
export function createVariantIndex(forms: Iterable<[string, PersonEntry]>): VariantIndex {
  const byKey = new Map<string, Set<PersonEntry>>();
  const byStart = new Map<string, string[]>();
  for (const [form, entry] of forms) {
    if (entry.kind !== 'person') continue;
    const key = variantKey(form);
    if (!key) continue;
    const set = byKey.get(key) ?? new Set<PersonEntry>();
    set.add(entry);
    if (!byKey.has(key)) {
      byKey.set(key, set);
      const start = key.charAt(0);
      byStart.set(start, [...(byStart.get(start) ?? []), key]);
    }
  }
  const only = (set: Set<PersonEntry> | undefined): PersonEntry | undefined =>
    set && set.size === 1 ? [...set][0] : undefined;
  return {
    find(name) {
      const key = variantKey(name);
      const exact = only(byKey.get(key));
      if (exact) return { entry: exact, how: 'spelling' };
      if (byKey.has(key) || key.length < NEAR_MIN_LENGTH) return undefined;
      const near = new Set<PersonEntry>();
      for (const other of byStart.get(key.charAt(0)) ?? []) {
        if (Math.abs(other.length - key.length) > 1 || editDistance(key, other, 1) > 1) continue;
        for (const entry of byKey.get(other) ?? []) near.add(entry);
      }
      const entry = only(near);
      return entry ? { entry, how: 'near' } : undefined;
    },
  };
}
