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
  /** The first word of every form: most capitalised words of a summary start no name at all. */
  firstWords: Set<string>;
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
  const firstWords = new Set([...byKey.keys()].map((key) => key.split(' ')[0] ?? ''));
  const index = { byKey, firstWords, longest };
  indexes.set(registry, index);
  return index;
}

const WORD = /\p{L}[\p{L}\p{N}]*/gu;
const CAPITAL = /^\p{Lu}/u;

interface Word {
  text: string;
  capital: boolean;
  start: number;
  end: number;
  /** nameKey of the text, computed only for words that may be part of a name. */
  key: string | null;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    words.push({
      text: word,
      capital: CAPITAL.test(word),
      start: match.index,
      end: match.index + word.length,
      key: null,
    });
  }
  return words;
}

function keyOf(word: Word): string {
  word.key ??= nameKey(word.text);
  return word.key;
}

/** Registered people named in a text, each once, in order of first mention. */
export function findMentions(text: string, registry: Registry): Mention[] {
  if (!text) return [];
  const { byKey, firstWords, longest } = indexFor(registry);
  const words = wordsOf(text);
  const found = new Map<string, Mention>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    const first = words[i];
    // A hyphenated word ("Il-sung") has a key of several words: its first one must start a name.
    if (first?.capital && firstWords.has(keyOf(first).split(' ', 1)[0] ?? '')) {
      for (let length = Math.min(longest, words.length - i); length >= 1; length--) {
        const last = words[i + length - 1];
        if (!last?.capital) continue;
        let key = keyOf(first);
        for (let k = i + 1; k < i + length; k++) {
          const word = words[k];
          key += ` ${word ? keyOf(word) : ''}`;
        }
        const id = byKey.get(key);
        if (id === undefined) continue;
        const entry = registry.people.get(id);
        if (entry && !found.has(id))
          found.set(id, { id, name: entry.name, asWritten: text.slice(first.start, last.end) });
        matched = length;
        break;
      }
    }
    i += Math.max(1, matched);
  }
  return [...found.values()];
}
