/**
 * The head of a title: modifiers, document type, number and medium, as in "Incoming Cable No. 16",
 * "Telephone Message via VCh", "Excerpt from Minutes Nº 68 of the CC Politburo Meeting".
 */
import type { NameContext } from './names.ts';
import { restore } from './names.ts';
import type { ParsedTitle } from './reading.ts';
import { startsCapitalised, tidy } from './text.ts';
import { DOCUMENT_TYPES, MEDIA, NUMBER_MARKER, TYPE_MODIFIERS } from './vocabulary.ts';

/** What the head leaves for the clause reader. */
export interface Head {
  /** Normalised type, or null when the title does not open with one. */
  type: string | null;
  /** Text after the type and number, read as the first clause ("from Kovalev to Stalin"). */
  rest: string;
  /** Conversations and minutes name participants, not senders and recipients. */
  participantsOnly: boolean;
  /** "Mao Zedong's Telegram to Stalin": the possessor is the sender. */
  possessor: string | null;
}

function matchType(text: string): { type: string; length: number } | null {
  for (const [pattern, type] of DOCUMENT_TYPES) {
    const match = pattern.exec(text);
    if (match) return { type, length: match[0].length };
  }
  return null;
}

/** Peel modifiers ("Incoming", "Draft of", "Soviet-Korean") until a type is found. */
function findType(segment: string): { type: string; rest: string; modifiers: string[] } | null {
  let text = segment;
  const modifiers: string[] = [];
  for (let guard = 0; guard < 6; guard++) {
    const found = matchType(text);
    if (found) return { type: found.type, rest: text.slice(found.length), modifiers };
    const modifier = TYPE_MODIFIERS.exec(text);
    if (!modifier) return null;
    modifiers.push(tidy(modifier[0]).replace(/\s+(?:of|from)$/i, ''));
    text = text.slice(modifier[0].length);
  }
  return null;
}

/** Modifiers worth keeping as notes: how the copy came down to us, not its direction. */
const NOTE_MODIFIERS = /^(?:draft|excerpt|extract|copy|translation|summary|handwritten|abridged)/i;

/** Participants of a conversation or meeting: "between A and B", "with A", "of the CC Politburo Meeting". */
function participantsPhrase(type: string, rest: string): string | null {
  const text = tidy(rest);
  if (type === 'minutes') {
    const meeting =
      /^of\s+(?:a\s+|the\s+)?(.+?)\s+(?:meeting|session|plenum|sitting|conference)s?$/i.exec(text);
    if (meeting) return meeting[1] ?? null;
  }
  if (type !== 'conversation' && type !== 'minutes') return null;
  const match = /^(?:between|among|with|of)\s+(.+)$/i.exec(text);
  if (!match) return null;
  return (match[1] ?? '').replace(/\s+with\s+/i, ' and ');
}

/**
 * Read the head of the first comma segment: type, number and medium go into the result; what
 * follows is returned as the first clause.
 */
export function readHead(segment: string, result: ParsedTitle, ctx: NameContext): Head {
  let possessor: string | null = null;
  let found = findType(segment);
  if (!found) {
    const owned = /^(.+?)['’]s\s+(.+)$/.exec(segment);
    const inner = owned ? findType(owned[2] ?? '') : null;
    if (
      owned &&
      inner &&
      (startsCapitalised(owned[1] ?? '') || ctx.isKnownName(restore(owned[1] ?? '')))
    ) {
      possessor = owned[1] ?? null;
      found = inner;
    }
  }
  if (!found) return { type: null, rest: segment, participantsOnly: false, possessor: null };
  result.type = found.type;
  for (const modifier of found.modifiers) {
    if (NOTE_MODIFIERS.test(modifier)) result.notes.push(modifier.toLowerCase());
  }
  let rest = found.rest;
  const number = NUMBER_MARKER.exec(rest);
  if (number) {
    result.number = (number[1] ?? '').replace(/\s+/g, ' ').trim();
    rest = rest.slice(number[0].length);
  }
  const medium = /^\s*via\s+(.+?)(?=\s+(?:from|to)\s+|$)/i.exec(rest);
  if (medium && MEDIA.test(restore(medium[1] ?? '').trim())) {
    result.medium = restore(medium[1] ?? '').trim();
    rest = rest.slice(medium[0].length);
  }
  const participants = participantsPhrase(found.type, rest);
  if (participants !== null) {
    return { type: found.type, rest: participants, participantsOnly: true, possessor };
  }
  return { type: found.type, rest: tidy(rest), participantsOnly: false, possessor };
}
