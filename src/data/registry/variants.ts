/**
 * Spelling and transliteration variants of registered names: "Molotoff" and "Molotow" are
 * Molotov, "Vyshinskii" Vyshinsky, "Roshin" and "Roschin" Roshchin, "Kovalyov" Kovalev,
 * "Malzev" Maltsev, "Sergeyev" Sergeev. Each name is reduced to a key that ignores what Russian,
 * German and English transliterations disagree on; a name whose key is one registered person's
 * key is that person. A key one letter off ("Shtytkov" for Shtykov) is a near match: taken only
 * when it points to one person, and always marked for a historian to check.
 */
import type { PersonEntry } from './registry.ts';
import { letterBits, withinOneEdit } from './suggest.ts';

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

/** Any character outside ASCII (astral ones are surrogate pairs, inside this range too). */
const NOT_ASCII = /[\u0080-\uffff]/;

/** The key of a name: lower case, accents dropped, transliteration differences evened out. */
export function variantKey(name: string): string {
  // Most names are ASCII: decomposing accents is the slowest step, and only they need it.
  const plain = NOT_ASCII.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '') : name;
  let key = plain
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

/**
 * At most two bits set: the near search tests two keys' letter bits (see `letterBits`) with this
 * before reading any characters. At 10^5 synthetic documents it compared 4,700 unknown names with
 * 2.7 million keys, ~0.45 s when each comparison read both strings.
 */
const fewBits = (bits: number): boolean => {
  const lessOne = bits & (bits - 1);
  return (lessOne & (lessOne - 1)) === 0;
};

/** Keys of one bucket, with their letter bits beside them. */
interface Bucket {
  keys: string[];
  bits: number[];
}

/** Index the registered forms of people (not offices or bodies) by their variant keys. */
export function createVariantIndex(forms: Iterable<[string, PersonEntry]>): VariantIndex {
  const byKey = new Map<string, Set<PersonEntry>>();
  // Keys by first letter and length: a near match keeps both (one letter off, same start).
  const byStart = new Map<string, Bucket>();
  const bucket = (key: string, length = key.length): string => `${key.charAt(0)}:${length}`;
  for (const [form, entry] of forms) {
    if (entry.kind !== 'person') continue;
    const key = variantKey(form);
    if (!key) continue;
    const set = byKey.get(key) ?? new Set<PersonEntry>();
    set.add(entry);
    if (!byKey.has(key)) {
      byKey.set(key, set);
      const list = byStart.get(bucket(key));
      if (list) {
        list.keys.push(key);
        list.bits.push(letterBits(key));
      } else byStart.set(bucket(key), { keys: [key], bits: [letterBits(key)] });
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
      const bits = letterBits(key);
      for (let length = key.length - 1; length <= key.length + 1; length++) {
        const list = byStart.get(bucket(key, length));
        if (!list) continue;
        for (let i = 0; i < list.keys.length; i++) {
          if (!fewBits(bits ^ (list.bits[i] as number))) continue;
          const other = list.keys[i] as string;
          if (!withinOneEdit(key, other)) continue;
          for (const entry of byKey.get(other) ?? []) near.add(entry);
        }
      }
      const entry = only(near);
      return entry ? { entry, how: 'near' } : undefined;
    },
  };
}
