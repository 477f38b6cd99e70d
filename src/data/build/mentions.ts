/**
 * People a summary names: registered names and aliases found as whole, capitalised words. The
 * longest form wins, so "Kim Il Sung" is not also read as "Kim Il". Word sequences are looked up in
 * a map, so the cost grows with the summary, not with the size of the registry.
 */
import { nameKey } from '../../graph/text.ts';
import type { Registry } from '../registry/registry.ts';

export interface Mention {
  id: string;
  /** Canonical name, resolved again through the registry by the caller. */
  name: string;
  /** The form the summary uses ("Malik's" → "Malik"). */
  asWritten: string;
}

interface MentionIndex {
  byKey: Map<string, string>;
  /**
   * Every key cut after one of its words ("kim", "kim il", "kim il sung"): a run of words whose
   * key is none of these starts no name, so the reader stops there instead of trying every length.
   */
  prefixes: Set<string>;
  longest: number;
}

const indexes = new WeakMap<Registry, MentionIndex>();

/** Forms too short or too common to be read as names in running text. */
const MIN_FORM_LENGTH = 3;

function indexFor(registry: Registry): MentionIndex {
  const cached = indexes.get(registry);
  if (cached) return cached;
  const byKey = new Map<string, string>();
  const ambiguous = new Set<string>();
  let longest = 1;
  for (const entry of registry.people.values()) {
    for (const form of [entry.name, ...entry.aliases]) {
      // Abbreviations ("CC") and lower-case forms read as words, not names, in running text.
      if (form.length < MIN_FORM_LENGTH || !/^\p{Lu}/u.test(form) || /^\p{Lu}+$/u.test(form))
        continue;
      const key = nameKey(form);
      const owner = byKey.get(key);
      if (owner !== undefined && owner !== entry.id) ambiguous.add(key);
      byKey.set(key, entry.id);
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  for (const key of ambiguous) byKey.delete(key);
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) {
    for (let end = key.indexOf(' '); end !== -1; end = key.indexOf(' ', end + 1))
      prefixes.add(key.slice(0, end));
    prefixes.add(key);
  }
  const index = { byKey, prefixes, longest };
  indexes.set(registry, index);
  return index;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const CAPITAL = /^\p{Lu}$/u;

/** Outside ASCII, each character's class is asked of the Unicode patterns once. */
const classes = new Map<number, number>();
const IS_LETTER = 1;
const IS_WORD = 2;
const IS_CAPITAL = 4;

function classOf(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return IS_LETTER | IS_WORD | IS_CAPITAL;
    if (code >= 97 && code <= 122) return IS_LETTER | IS_WORD;
    return code >= 48 && code <= 57 ? IS_WORD : 0;
  }
  let known = classes.get(code);
  if (known === undefined) {
    const char = String.fromCodePoint(code);
    known =
      (LETTER.test(char) ? IS_LETTER : 0) |
      (LETTER_OR_NUMBER.test(char) ? IS_WORD : 0) |
      (CAPITAL.test(char) ? IS_CAPITAL : 0);
    classes.set(code, known);
  }
  return known;
}

/**
 * The words of a text (a letter, then letters and digits), as offsets with a capital flag. A
 * scan of character codes, not /\p{L}[\p{L}\p{N}]*\/gu with an object a word: summaries are
 * read once each and at 10^5 documents the match objects were most of the mention search.
 */
interface Words {
  count: number;
  starts: number[];
  ends: number[];
  capital: boolean[];
  /** Letters and digits of ASCII only: the word's nameKey is then its lower case. */
  ascii: boolean[];
  /** nameKey of each word, computed only for words that may be part of a name. */
  keys: (string | null)[];
}

function wordsOf(text: string): Words {
  const words: Words = { count: 0, starts: [], ends: [], capital: [], ascii: [], keys: [] };
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) as number;
    const cls = classOf(code);
    if (!(cls & IS_LETTER)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let ascii = code < 128;
    i += code > 0xffff ? 2 : 1;
    while (i < text.length) {
      const next = text.codePointAt(i) as number;
      if (!(classOf(next) & IS_WORD)) break;
      if (next >= 128) ascii = false;
      i += next > 0xffff ? 2 : 1;
    }
    words.starts.push(start);
    words.ends.push(i);
    words.capital.push((cls & IS_CAPITAL) !== 0);
    words.ascii.push(ascii);
    words.keys.push(null);
    words.count++;
  }
  return words;
}

function keyOf(words: Words, index: number, text: string): string {
  let key = words.keys[index];
  if (key == null) {
    const word = text.slice(words.starts[index], words.ends[index]);
    // nameKey of ASCII letters and digits is their lower case (no cache look-up needed).
    key = words.ascii[index] ? word.toLowerCase() : nameKey(word);
    words.keys[index] = key;
  }
  return key;
}

/**
 * Registered people named in a text, each once, in order of first mention. At each capitalised
 * word the longest registered form wins whose last word is capitalised too. Forms are grown a word
 * at a time while they still begin some key: trying every length from the longest down built
 * three keys a word and took ~10 µs a summary (1.0–1.2 s CPU of 10^5 synthetic summaries).
 */
export function findMentions(text: string, registry: Registry): Mention[] {
  if (!text) return [];
  const { byKey, prefixes, longest } = indexFor(registry);
  const words = wordsOf(text);
  const found: Mention[] = [];
  for (let i = 0; i < words.count;) {
    let matched = 0;
    let id: string | undefined;
    if (words.capital[i]) {
      const most = Math.min(longest, words.count - i);
      let key = keyOf(words, i, text);
      for (let length = 1; length <= most && prefixes.has(key); length++) {
        const owner = words.capital[i + length - 1] ? byKey.get(key) : undefined;
        if (owner !== undefined) [matched, id] = [length, owner];
        if (i + length < words.count) key += ` ${keyOf(words, i + length, text)}`;
      }
    }
    const entry = id === undefined ? undefined : registry.people.get(id);
    if (id !== undefined && entry && !found.some((m) => m.id === id)) {
      const asWritten = text.slice(words.starts[i], words.ends[i + matched - 1]);
      found.push({ id, name: entry.name, asWritten });
    }
    i += Math.max(1, matched);
  }
  return found;
}
