/**
 * The words of a name phrase, each with its class: the party reader decides where an office ends
 * and a name begins ("Soviet Ambassador to North Korea | Vasily Moskovsky") from these classes.
 */
import {
  BODY_NOUNS,
  BODY_WORDS,
  CITIES,
  COUNTRIES,
  HONORIFIC_WORDS,
  NAME_PARTICLES,
  NATIONALITIES,
  OFFICE_NOUNS,
} from './lexicon.ts';

export type WordClass =
  | 'connector' // of, in, to, the, and …: the grammar's glue
  | 'honorific' // Cde., Comrade, Dr., H.E. … dropped before a name
  | 'initial' // A., P.F., Ye.
  | 'particle' // van, von, de, dos (lower case, inside names)
  | 'office' // Ambassador, Secretary, Member
  | 'body' // Ministry, Embassy, Committee
  | 'descriptor' // Foreign, Central, Economic, 1st
  | 'nation' // Soviet, Chinese; USSR, Korea
  | 'place' // Pyongyang, Lake Success
  | 'acronym' // KGB, MFA, SED
  | 'number' // 15, 1953
  | 'lower' // any other lower-case word: not part of a name
  | 'name'; // anything else capitalised: part of a personal name

export interface Word {
  /** The word as written, possessive and all. */
  text: string;
  cls: WordClass;
  /** "Mao Zedong’s": the phrase is a possessor. */
  possessive: boolean;
}

const CONNECTORS = new Set([
  'of',
  'in',
  'at',
  'to',
  'for',
  'from',
  'on',
  'by',
  'the',
  'and',
  'with',
  'under',
  'into',
  '&',
  'which',
  'who',
  'that',
]);
/** Articles count as connectors only in lower case: "A." is an initial, "An" may be a name. */
const LOWER_ONLY_CONNECTORS = new Set(['a', 'an']);

const INITIAL = /^(?:\p{Lu}\p{Ll}?\.){1,3}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const POSSESSIVE = /['’]s?$/;

/** Is a place named by these words (one to three, any case)? */
export type PlaceTest = (name: string) => boolean;

function lexiconClass(bare: string): WordClass | null {
  if (OFFICE_NOUNS.has(bare)) return 'office';
  if (BODY_NOUNS.has(bare)) return 'body';
  if (NATIONALITIES.has(bare) || COUNTRIES.has(bare)) return 'nation';
  if (CITIES.has(bare)) return 'place';
  if (BODY_WORDS.has(bare)) return 'descriptor';
  return null;
}

/** Hyphenated compounds of known words ("Korea-China", "Government-level") are known words. */
function compoundClass(bare: string): WordClass | null {
  if (!bare.includes('-')) return null;
  const parts = bare.split('-').filter(Boolean);
  const classes = parts.map((part) => lexiconClass(part) ?? (CONNECTORS.has(part) ? 'x' : null));
  if (classes.some((c) => c === null)) return null;
  const last = [...classes].reverse().find((c) => c !== 'x');
  return last === 'office' || last === 'body' ? last : 'descriptor';
}

/**
 * How many words or phrases a cache of the reader keeps before it starts afresh. A corpus of 10^5
 * titles names some 80,000 distinct lists and phrases: at 20,000 the caches emptied every few
 * thousand titles and the reader took 39–47 µs a title (CPU) instead of 31–40.
 */
export const CACHE_LIMIT = 100_000;

/** Words already classed, per place test: titles reuse a few thousand words endlessly. */
const wordClasses = new WeakMap<PlaceTest, Map<string, Word>>();

/** Class one word (a shared object: do not change it). */
export function classify(text: string, isPlace: PlaceTest): Word {
  let cache = wordClasses.get(isPlace);
  if (!cache) wordClasses.set(isPlace, (cache = new Map()));
  let word = cache.get(text);
  if (!word) {
    word = classifyAnew(text, isPlace);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, word);
  }
  return word;
}

function classifyAnew(text: string, isPlace: PlaceTest): Word {
  const possessive = POSSESSIVE.test(text) && text.length > 2;
  const stripped = possessive ? text.replace(POSSESSIVE, '') : text;
  const bare = stripped.toLowerCase().replace(/[.,;:]+$/, '');
  const lowerText = text.toLowerCase();
  let cls: WordClass;
  if (CONNECTORS.has(lowerText) || (LOWER_ONLY_CONNECTORS.has(text) && text === lowerText)) {
    cls = 'connector';
  } else if (HONORIFIC_WORDS.has(lowerText) || HONORIFIC_WORDS.has(bare)) {
    cls = 'honorific';
  } else if (/^\d/.test(text) && !lexiconClass(bare)) {
    cls = 'number';
  } else if (INITIAL.test(text)) {
    cls = 'initial';
  } else if (NAME_PARTICLES.has(text)) {
    cls = 'particle';
  } else {
    cls =
      lexiconClass(bare) ??
      lexiconClass(stripped.toLowerCase()) ??
      compoundClass(bare) ??
      (isPlace(stripped) ? 'place' : null) ??
      (ACRONYM.test(stripped) ? 'acronym' : /^\p{Ll}/u.test(text) ? 'lower' : 'name');
  }
  return { text, cls, possessive };
}

/** Multi-word places and countries: "Lake Success", "North Korea", "Viet Nam". */
function joinPlaces(words: Word[], isPlace: PlaceTest): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    let joined: Word | null = null;
    // Places begin with a capital ("Lake Success", "North Korea"): most words need no look-up.
    const first = words[i] as Word;
    const candidate = /^\p{Lu}/u.test(first.text) && first.cls !== 'connector';
    for (let span = 3; candidate && span >= 2 && !joined; span--) {
      const group = words.slice(i, i + span);
      const last = group[span - 1];
      if (!last || !/^\p{Lu}/u.test(last.text)) continue;
      if (group.some((w) => w.cls === 'connector' && w.text !== 'de')) continue;
      const text = group.map((w) => w.text).join(' ');
      const key = text.toLowerCase().replace(/['’]s?$/, '');
      const dashed = key.replace(/\s+/g, '-');
      if (COUNTRIES.has(dashed) || NATIONALITIES.has(dashed)) {
        joined = { text, cls: 'nation', possessive: (group[span - 1] as Word).possessive };
      } else if (CITIES.has(dashed) || isPlace(text.replace(/['’]s?$/, ''))) {
        joined = { text, cls: 'place', possessive: (group[span - 1] as Word).possessive };
      }
      if (joined) i += span - 1;
    }
    out.push(joined ?? (words[i] as Word));
  }
  return out;
}

/**
 * Phrases already classified, per place test (one per registry): a corpus names the same people in
 * title after title, and one title asks about a phrase several times. Bounded, so a corpus of
 * 10^5 titles does not keep every phrase it saw.
 */
const classified = new WeakMap<PlaceTest, Map<string, readonly Word[]>>();

/** The words of a phrase, classified; multi-word places are one word. Do not change them. */
export function wordsOf(phrase: string, isPlace: PlaceTest): readonly Word[] {
  let cache = classified.get(isPlace);
  if (!cache) classified.set(isPlace, (cache = new Map()));
  const known = cache.get(phrase);
  if (known) return known;
  const words = phrase
    .split(/\s+/)
    .filter((text) => /[\p{L}\d]/u.test(text))
    .map((text) => classify(text, isPlace));
  const joined = words.length > 1 ? joinPlaces(words, isPlace) : words;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(phrase, joined);
  return joined;
}

/** Words that can stand in a personal name. */
export function isNameish(word: Word): boolean {
  return word.cls === 'name' || word.cls === 'initial' || word.cls === 'particle';
}

/** Adjectives of nations and offices ("Soviet", "North", "Foreign"): no name ends with one. */
export function isAdjective(word: Word): boolean {
  const bare = word.text.toLowerCase().replace(/['’]s?$/, '');
  return (
    word.cls === 'descriptor' ||
    (word.cls === 'nation' && NATIONALITIES.has(bare) && !COUNTRIES.has(bare))
  );
}

/** Words of an office or a body's name: everything known that is not glue or a name. */
export function isKnown(word: Word): boolean {
  return (
    word.cls === 'office' ||
    word.cls === 'body' ||
    word.cls === 'descriptor' ||
    word.cls === 'nation' ||
    word.cls === 'place' ||
    word.cls === 'acronym' ||
    word.cls === 'number'
  );
}

export function joinWords(words: readonly Word[]): string {
  return words.map((w) => w.text).join(' ');
}
