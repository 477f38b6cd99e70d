/**
 * People a summary names: registered names and aliases found as whole, capitalised words.
 * The longest form wins, so "Kim Il Sung" is not also read as "Kim Il".
 */
import type { Registry } from '../registry/registry.ts';

export interface Mention {
  id: string;
  /** Canonical name, resolved again through the registry by the caller. */
  name: string;
  /** The form the summary uses ("Malik's" → "Malik"). */
  asWritten: string;
}

const patterns = new WeakMap<Registry, { re: RegExp; byForm: Map<string, string> } | null>();

/** Forms too short or too common to be read as names in running text. */
const MIN_FORM_LENGTH = 3;

function patternFor(registry: Registry): { re: RegExp; byForm: Map<string, string> } | null {
  if (patterns.has(registry)) return patterns.get(registry) ?? null;
  const byForm = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const entry of registry.people.values()) {
    for (const form of [entry.name, ...entry.aliases]) {
      if (form.length < MIN_FORM_LENGTH || !/^\p{Lu}/u.test(form) || /^\p{Lu}+$/u.test(form))
        continue;
      const owner = byForm.get(form);
      if (owner !== undefined && owner !== entry.id) ambiguous.add(form);
      byForm.set(form, entry.id);
    }
  }
  for (const form of ambiguous) byForm.delete(form);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const compiled = forms.length
    ? {
        re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
        byForm,
      }
    : null;
  patterns.set(registry, compiled);
  return compiled;
}

/** Registered people named in a text, each once, in order of first mention. */
export function findMentions(text: string, registry: Registry): Mention[] {
  const compiled = patternFor(registry);
  if (!compiled || !text) return [];
  const found = new Map<string, Mention>();
  for (const match of text.matchAll(compiled.re)) {
    const id = compiled.byForm.get(match[0]);
    const entry = id ? registry.people.get(id) : undefined;
    if (entry && !found.has(entry.id))
      found.set(entry.id, { id: entry.id, name: entry.name, asWritten: match[0] });
  }
  return [...found.values()];
}
