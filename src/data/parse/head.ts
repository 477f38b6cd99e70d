/**
 * The head of a title: what comes before the first party phrase. "Incoming Cable No. 16",
 * "Telephone Message via VCh", "Excerpt from Minutes Nº 68", "Mao Zedong's Telegram",
 * "GDR Embassy Letter", "Secret North Vietnam Politburo Cable No. 320", "Record of the Fourth
 * Meeting". What stands before the type and is not a modifier names the author (or, in a
 * conversation, a participant).
 */
import { restore } from './names.ts';
import { tidy } from './text.ts';
import { classify } from './words.ts';
import type { DocumentType } from './vocabulary.ts';
import {
  DOCUMENT_TYPES,
  MEDIA,
  NOTE_MODIFIERS,
  NUMBER_MARKER,
  TYPE_MODIFIERS,
} from './vocabulary.ts';

/** What the head leaves for the clause reader. */
export interface Head {
  /** Normalised type, or null when the title does not open with one. */
  type: string | null;
  /** Conversations and meetings name participants, not senders and recipients. */
  conversation: boolean;
  /** Text after the type, number and medium: the first clause ("from Kovalev to Stalin"). */
  rest: string;
  /** "Mao Zedong's Telegram", "GDR Embassy Letter", "Andropov Report": who stands before the type. */
  author: string | null;
  number: string | null;
  medium: string | null;
  /** Modifiers that say how the copy came down to us ("draft", "handwritten"). */
  notes: string[];
}

const RECORD_AFTER = /^\s+(?:minutes|records?|notes?|memorand(?:um|a)|transcripts?|summary)\b/i;

/** Words that end the search for a type: a party phrase has begun. */
const ROLE_WORD = /^(?:from|to|between|with|via|by|on|regarding|concerning|about|among)$/i;

function matchType(text: string): { type: DocumentType; length: number } | null {
  for (const type of typesOpening(text)) {
    const match = type.pattern.exec(text);
    if (match) return { type, length: match[0].length };
  }
  return null;
}

/** Peel modifiers ("Incoming", "Draft of", "Soviet-Korean") until a type is found. */
function typeWithModifiers(
  text: string,
): { type: DocumentType; rest: string; modifiers: string[] } | null {
  let rest = text;
  const modifiers: string[] = [];
  for (let guard = 0; guard < 8; guard++) {
    const found = matchType(rest);
    if (found) {
      // "Information Memorandum", "Liaison Report": the last type word is the type.
      const after = rest.slice(found.length).trimStart();
      const again = matchType(after);
      if (again && !found.type.conversation) {
        modifiers.push(rest.slice(0, found.length));
        rest = after;
        continue;
      }
      // "Meeting Minutes between …", "Conversation records between …": the record of a meeting.
      const record = found.type.conversation ? RECORD_AFTER.exec(rest.slice(found.length)) : null;
      const length = found.length + (record ? record[0].length : 0);
      return { type: found.type, rest: rest.slice(length), modifiers };
    }
    const modifier = TYPE_MODIFIERS.exec(rest);
    if (!modifier) return null;
    modifiers.push(tidy(modifier[0]).replace(/\s+(?:of|from|to)(?:\s+(?:a|an|the))?$/i, ''));
    rest = rest.slice(modifier[0].length);
  }
  return null;
}

/** The first four letters of each word of a pattern: "memorand(?:um|a)" gives "memo", "um", "a". */
function stemsOf(source: string): string[] {
  return (source.toLowerCase().match(/[a-zé]+/g) ?? []).map((word) => word.slice(0, 4));
}

/**
 * Words a type phrase or a modifier can start with, read off their patterns: a title is only
 * tried for a type at its words that could open one (the patterns themselves cost ~1 µs a try).
 */
const OPENING_STEMS = new Set(
  [...DOCUMENT_TYPES.map((t) => t.pattern.source), TYPE_MODIFIERS.source].flatMap(stemsOf),
);

/** A word as the stem tables know it: lower case, without the marks around it. */
function bareWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
}

/** Could a type phrase open at this word? (By its first four letters: "memorand(?:um|a)".) */
export function mayOpenType(word: string): boolean {
  const bare = bareWord(word);
  return OPENING_STEMS.has(bare.slice(0, 4)) || bare.includes('-') || /^\d/.test(bare);
}

/**
 * The same test per type: the types whose patterns hold a word with the stem a text opens with,
 * in DOCUMENT_TYPES' order. A type is tried only when its own words could open the text: with
 * ~25 types, a head tried all of them at each word that could open any.
 */
const TYPES_BY_STEM = new Map<string, DocumentType[]>();
for (const type of DOCUMENT_TYPES) {
  for (const stem of new Set(stemsOf(type.pattern.source))) {
    const types = TYPES_BY_STEM.get(stem);
    if (types) types.push(type);
    else TYPES_BY_STEM.set(stem, [type]);
  }
}
const NO_TYPES: readonly DocumentType[] = [];

/**
 * The document types that may match at the start of a text, in order: every type for a first word
 * with a hyphen or a digit (as mayOpenType lets those through), none when no type's words hold its
 * stem. A pre-check only: each type's own pattern still decides.
 */
export function typesOpening(text: string): readonly DocumentType[] {
  const space = text.search(/\s/);
  const bare = bareWord(space < 0 ? text : text.slice(0, space));
  if (bare.includes('-') || /^\d/.test(bare)) return DOCUMENT_TYPES;
  return TYPES_BY_STEM.get(bare.slice(0, 4)) ?? NO_TYPES;
}

/** Find the type within the first words, before any role word: "Andropov Report", "GDR Embassy Letter". */
function findType(
  segment: string,
): { prefix: string; type: DocumentType; rest: string; modifiers: string[] } | null {
  const words = segment.split(' ');
  for (let i = 0; i < words.length && i < 9; i++) {
    if (i > 0 && ROLE_WORD.test(words[i - 1] ?? '')) return null;
    if (!mayOpenType(words[i] ?? '')) continue;
    const tail = words.slice(i).join(' ');
    const found = typeWithModifiers(tail);
    if (found) return { prefix: words.slice(0, i).join(' '), ...found };
  }
  return null;
}

/** A hyphenated word none of whose parts the lexicon knows: a name ("Jean-Paul", "Hwang-Il"). */
function isHyphenatedName(word: string): boolean {
  return word.includes('-') && classify(word, NO_PLACES).cls === 'name';
}
const NO_PLACES = (): boolean => false;

/** Strip handling words ("Secret", "Confidential") that stand before an author. */
function authorOf(prefix: string): string | null {
  let text = tidy(prefix);
  for (let guard = 0; guard < 4; guard++) {
    const modifier = TYPE_MODIFIERS.exec(`${text} `);
    if (!modifier || modifier[0].length > text.length + 1) break;
    // "Jean-Paul Sartre's Letter": a hyphenated name is no modifier like "Soviet-Korean".
    if (isHyphenatedName(modifier[0].trim())) break;
    text = text.slice(modifier[0].length).trim();
  }
  return text && /^[\p{Lu}[]/u.test(text) ? text : null;
}

/** Read the head of the title text; everything after it is returned as the first clause. */
export function readHead(text: string): Head {
  const head: Head = {
    type: null,
    conversation: false,
    rest: text,
    author: null,
    number: null,
    medium: null,
    notes: [],
  };
  const found = findType(text);
  if (!found) return head;
  head.type = found.type.type;
  head.conversation = found.type.conversation;
  head.author = found.prefix ? authorOf(found.prefix) : null;
  // "The Official Visit Paid by …" reports a visit; "… Visit of X with Y" records a meeting.
  const opened = text.slice(0, text.length - found.rest.length);
  if (head.conversation && /\bvisits?[,\s]*$/i.test(opened) && !/\bwith\b/i.test(found.rest)) {
    head.conversation = false;
    head.type = 'report';
  }
  for (const modifier of found.modifiers) {
    if (NOTE_MODIFIERS.test(modifier)) head.notes.push(modifier.toLowerCase());
  }
  let rest = found.rest;
  const number = NUMBER_MARKER.exec(rest);
  if (number) {
    head.number = (number[1] ?? number[2] ?? '').replace(/\s+/g, ' ').replace(/\.$/, '').trim();
    rest = rest.slice(number[0].length);
  }
  const medium = /^\s*via\s+(.+?)(?=\s+(?:from|to)\s+|,|$)/i.exec(rest);
  if (medium && MEDIA.test(restore(medium[1] ?? '').trim())) {
    head.medium = restore(medium[1] ?? '').trim();
    rest = rest.slice(medium[0].length);
  }
  head.rest = tidy(rest);
  return head;
}
