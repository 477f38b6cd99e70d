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
  const index = { byKey, longest };
  indexes.set(registry, index);
  return index;
}

const WORD = /\p{L}[\p{L}\p{N}]*/gu;

/** Registered people named in a text, each once, in order of first mention. */
export function findMentions(text: string, registry: Registry): Mention[] {
  if (!text) return [];
  const { byKey, longest } = indexFor(registry);
  const words = [...text.matchAll(WORD)].map((m) => ({
    key: nameKey(m[0]),
    capital: /^\p{Lu}/u.test(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const found = new Map<string, Mention>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    if (words[i]?.capital) {
      for (let length = Math.min(longest, words.length - i); length >= 1; length--) {
        const last = words[i + length - 1];
        const first = words[i];
        if (!first || !last || !last.capital) continue;
        let key = first.key;
        for (let k = i + 1; k < i + length; k++) key += ` ${words[k]?.key ?? ''}`;
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
