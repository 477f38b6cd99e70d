/**
 * A person's name in the orders tables write it: "Darwin, Charles" and "Charles Darwin", "Stein,
 * Charlotte von" and "Charlotte von Stein", "Hooker, J. D." and "J. D. Hooker". Each is taken
 * apart into forenames and surname (particles go with the surname), so the two orders give one
 * key, and initials can be set against full forenames. The words are the title reader's
 * (parse/lexicon.ts through parse/words.ts): a phrase with an office, a body or a firm's word in
 * it ("Smith, Elder & Co.", "Ministry of War") is no person's name.
 */
import { nameKey } from '../../graph/text.ts';
import { NAME_PARTICLES } from '../parse/lexicon.ts';
import { wordsOf } from '../parse/words.ts';
import type { Word } from '../parse/words.ts';

export interface NameForm {
  /** Forenames as written, in order: ["Joseph", "Dalton"], ["J.", "D."]. */
  forenames: string[];
  /** The surname with its particles: ["von", "Stein"], ["van", "der", "Berg"]. */
  surname: string[];
  /** "Surname, Forenames" as written. */
  inverted: boolean;
}

/** Particles join with "und" in German noble names: "von und zu Guttenberg". */
const PARTICLE_JOIN = 'und';

const NOT_IN_NAMES = /[&/;|()[\]{}@+=#\d]/;

/** No place is asked about: a name's words are classed by the lexicon alone. */
const NO_PLACES = (): boolean => false;

/** Words a personal name may hold: capitalised names, initials, lower-case particles. */
function isNameWord(word: Word): boolean {
  return word.cls === 'name' || word.cls === 'initial' || word.cls === 'particle';
}

function isParticle(text: string): boolean {
  return NAME_PARTICLES.has(text) || text === PARTICLE_JOIN;
}

/** "J.D." and "J.-J." are several initials; a word is split only where it is all initials. */
function splitInitials(text: string): string[] {
  if (/^(?:\p{Lu}\p{Ll}?\.){2,}$/u.test(text)) return text.match(/\p{Lu}\p{Ll}?\./gu) ?? [text];
  return [text];
}

/** The words of one side of a name, or null when one of them cannot stand in a person's name. */
function nameWords(text: string): string[] | null {
  const words = wordsOf(text.trim(), NO_PLACES).filter((w) => w.cls !== 'honorific');
  if (words.length === 0) return null;
  // A lower-case word is a name's only as a particle ("von", "de"), never "and" or "of".
  if (!words.every((w) => isNameWord(w) || w.text === PARTICLE_JOIN)) return null;
  return words.flatMap((w) => splitInitials(w.text));
}

/** Split "Forenames [particles] Surname": the surname starts at its first particle, if any. */
function naturalOrder(words: string[]): NameForm | null {
  if (words.length < 2) return null;
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (isParticle(words[i] ?? '')) {
      start = i;
      break;
    }
  }
  const forenames = words.slice(0, start);
  if (forenames.some(isParticle)) return null;
  return { forenames, surname: words.slice(start), inverted: false };
}

/**
 * Read a name as a person's, in either order; null for one word, for an organisation, an office
 * or anything else no person is called. Only one comma: "Surname, Forenames [particles]".
 */
export function personName(text: string): NameForm | null {
  // Signs no personal name holds, and "&" that the word classes would not see.
  if (NOT_IN_NAMES.test(text)) return null;
  const parts = text.split(',');
  if (parts.length > 2) return null;
  if (parts.length === 1) {
    const words = nameWords(text);
    return words ? naturalOrder(words) : null;
  }
  const surname = nameWords(parts[0] ?? '');
  const rest = nameWords(parts[1] ?? '');
  if (!surname || !rest) return null;
  // Particles after the forenames belong before the surname: "Stein, Charlotte von".
  let cut = rest.length;
  while (cut > 0 && isParticle(rest[cut - 1] ?? '')) cut--;
  const forenames = rest.slice(0, cut);
  if (forenames.length === 0 || forenames.some(isParticle)) return null;
  if (!/^\p{Lu}/u.test(surname.find((w) => !isParticle(w)) ?? '')) return null;
  return { forenames, surname: [...rest.slice(cut), ...surname], inverted: true };
}

/** The key both orders share: "charles darwin", "charlotte von stein", "j d hooker". */
export function orderKey(form: NameForm): string {
  return nameKey([...form.forenames, ...form.surname].join(' '));
}

/** Keys and counts asked of one form again and again while a corpus's names are grouped. */
const surnameKeys = new WeakMap<NameForm, string>();
const initialCounts = new WeakMap<NameForm, number>();

/** The surname's key: "von stein", "hooker". */
export function surnameKey(form: NameForm): string {
  let key = surnameKeys.get(form);
  if (key === undefined) surnameKeys.set(form, (key = nameKey(form.surname.join(' '))));
  return key;
}

/** The name in "Forenames Surname" order, as the node shows it. */
export function naturalText(form: NameForm): string {
  return [...form.forenames, ...form.surname].join(' ');
}

/** "J." or "Ch." (or "J.-J." for Jean-Jacques): a forename given by its first letters only. */
export function isInitial(forename: string): boolean {
  if (forename.includes('-')) return forename.split('-').every((part) => part && isInitial(part));
  return (
    /^\p{Lu}\p{Ll}?\.?$/u.test(forename) &&
    forename.length <= 3 &&
    !/^\p{Lu}\p{Ll}$/u.test(forename)
  );
}

/** How many forenames are initials. */
export function initialCount(form: NameForm): number {
  let count = initialCounts.get(form);
  if (count === undefined)
    initialCounts.set(form, (count = form.forenames.filter(isInitial).length));
  return count;
}

/** Does a forename as written fit a fuller one ("J." fits "Joseph"; "Joseph" fits only "Joseph")? */
function forenameFits(written: string, fuller: string): boolean {
  // "J.-J." fits "Jean-Jacques", "Jean-J." too: hyphenated forenames part by part.
  if (written.includes('-')) {
    const parts = written.split('-');
    const fullerParts = fuller.split('-');
    return (
      parts.length === fullerParts.length &&
      parts.every((part, i) => forenameFits(part, fullerParts[i] ?? ''))
    );
  }
  const a = nameKey(written);
  const b = nameKey(fuller);
  if (!a || !b) return false;
  if (isInitial(written)) return b.startsWith(a);
  return a === b;
}

/**
 * Could `short` ("J. D. Hooker") be a shorter writing of `full` ("Joseph Dalton Hooker")? Same
 * surname, as many forenames, each the same or its initial, and `full` writes more of them out.
 */
export function initialsFit(short: NameForm, full: NameForm): boolean {
  if (surnameKey(short) !== surnameKey(full)) return false;
  if (short.forenames.length !== full.forenames.length) return false;
  if (initialCount(short) <= initialCount(full)) return false;
  return short.forenames.every((name, i) => forenameFits(name, full.forenames[i] ?? ''));
}
