/**
 * The title reader: reads an archival title such as "Cable Telegram no. 59363 from Kovalev to
 * Stalin, containing a message from Mao Zedong, 23 October 1949" into document roles, type,
 * number, date, places, topic and the readings a historian may want to check. It reads the
 * grammar of titles — a frame (a journal, an author and a quoted title), a head (type, number),
 * role phrases, lists with appositions, and a subject — not a list of known titles.
 */
import { bodyPieces, readSpan, scanBody } from './clauses.ts';
import type { Span } from './clauses.ts';
import { cutDates } from './date-spans.ts';
import { parseDate } from './dates.ts';
import { readFrame, readGlobalBrackets } from './frame.ts';
import { mayOpenType, readHead, typesOpening } from './head.ts';
import type { Head } from './head.ts';
import type { ParsedParty } from './names.ts';
import { emptyList, PROTECTED_SPACE, restore } from './names.ts';
import { readParty } from './party.ts';
import { readList } from './party-list.ts';
import { addParties, addPlace, emptyResult, note } from './reading.ts';
import type { ParsedTitle, Reading, TitleParseOptions } from './reading.ts';
import { tidy } from './text.ts';
import {
  CLASSIFICATION_PIECE,
  CONVERSATION_NOUN,
  NUMBER_PIECE,
  TOPIC_CLAUSE,
} from './vocabulary.ts';

export type { ParsedTitle, TitleParseOptions } from './reading.ts';
import { DEFAULT_TITLE_PARSE_OPTIONS } from './reading.ts';
export { DEFAULT_TITLE_PARSE_OPTIONS };

/** Words and marks the grammar splits on: names containing them need protecting. */
export const SEPARATOR_WORDS = /\s(?:to|and|on|for|about|regarding|concerning|via|from|with)\s|,/i;

/** One alternation per list of names, compiled once (titles are many, registries large). */
const protection = new WeakMap<readonly string[], RegExp | null>();

function protectionPattern(names: readonly string[]): RegExp | null {
  if (protection.has(names)) return protection.get(names) ?? null;
  const risky = names
    .filter((name) => SEPARATOR_WORDS.test(name))
    .sort((a, b) => b.length - a.length);
  const pattern = risky.length
    ? new RegExp(
        `\\b(?:${risky.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`,
        'gi',
      )
    : null;
  protection.set(names, pattern);
  return pattern;
}

/** Hide the spaces of registered multi-word names that contain separator words. */
function protectNames(text: string, names: readonly string[]): string {
  const pattern = protectionPattern(names);
  if (!pattern) return text;
  return text.replace(pattern, (match) => match.replace(/\s/g, PROTECTED_SPACE));
}

/** "V[yacheslav] I. Kochemassov": an editor's completion of a word is part of the word. */
function completeWords(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(/(\p{L})\[(\p{Ll}[\p{L}.'’-]*)\]/gu, '$1$2');
}

/** A conversation named inside the body: "…, Meeting between A and B", "Conversations with B". */
const BODY_CONVERSATION = new RegExp(
  String.raw`^(?:(?:records?|minutes|memorand(?:um|a)|notes?|transcripts?)\s+of\s+(?:(?:a|an|the)\s+)?)?(?:[\p{L}\d-]+\s+){0,2}?${CONVERSATION_NOUN}(?:\s+(of|between|among|with)\s+(.+))?$`,
  'iu',
);

/**
 * Types a conversation clause in the body turns into a conversation: forms that record one
 * ("Memorandum, Conversation of A and B"). A letter, a report or an information about a meeting
 * ("Report …, Meeting with X") stays what it is; the meeting's side is still read as participants.
 */
const RECORD_FORMS = new Set(['document', 'memorandum', 'record', 'note', 'minutes']);

/** Correspondence: "of a meeting of X" after it names no minutes' body. */
const LETTER_TYPES = new Set([
  'letter',
  'telegram',
  'cable',
  'ciphered telegram',
  'airgram',
  'radiogram',
  'telephone message',
  'message',
  'note verbale',
  'dispatch',
]);

/** "of A with B" opens a conversation's first side; "of X" after a letter's type is its author. */
/** "from Chairman Mao's Audience with …", "from Premier Zhou Enlai's Reception of …" */
const AUDIENCE = new RegExp(
  String.raw`^from\s+(.+?)['’]s?\s+(?:[\p{L}-]+\s+)?${CONVERSATION_NOUN}\s+(?:with|of)\s+(.+)$`,
  'iu',
);

function openingOf(rest: string, head: Head, reading: Reading): string {
  const audience = /^from\s/i.test(rest) ? AUDIENCE.exec(rest) : null;
  if (reading.conversation && audience)
    return `between ${audience[1] ?? ''} with ${audience[2] ?? ''}`;
  const minutes =
    /^(?:of|from)\s+(?:a\s+|the\s+)?(?:(?:[\p{L}\d-]+\s+){0,2}?(?:meeting|session|plenum|sitting|conference)s?\s+of\s+(.+)|(.+?)\s+(?:meeting|session|plenum|sitting|conference)s?)$/iu.exec(
      rest,
    );
  if (minutes && !reading.conversation && head.type !== null && !LETTER_TYPES.has(head.type)) {
    const body = minutes[1] ?? minutes[2] ?? '';
    return head.type === 'minutes' ? `between ${body}` : `from ${body}`;
  }
  if (/^of\s/i.test(rest))
    return reading.conversation ? rest.replace(/^of/i, 'between') : rest.replace(/^of/i, 'from');
  if (/^by\s/i.test(rest) && head.type !== null) return rest.replace(/^by/i, 'from');
  return rest;
}

function isTypeOnly(piece: string): string | null {
  if (!mayOpenType(piece.split(' ', 1)[0] ?? '')) return null;
  for (const type of typesOpening(piece)) {
    const match = type.pattern.exec(piece);
    if (match && match[0].length === piece.length) return type.type;
  }
  return null;
}

/** Pieces that are not parties: handling marks, numbers, dates, a type, a conversation clause. */
function handlePiece(piece: string, reading: Reading): string | null {
  const text = restore(piece);
  if (CLASSIFICATION_PIECE.test(text)) {
    reading.result.notes.push(text.replace(/^\(|\)$/g, ''));
    return null;
  }
  const date = parseDate(text);
  if (date) {
    if (reading.result.date.iso === null) reading.result.date = date;
    return null;
  }
  if (NUMBER_PIECE.test(text) && /\d/.test(text)) {
    if (reading.result.number === null)
      reading.result.number = text.replace(/^(?:nos?\.?|n[º°o]\.?|№|#)\s*/i, '');
    else reading.result.notes.push(text);
    return null;
  }
  const type = isTypeOnly(text);
  if (type) {
    if (reading.result.type === 'document') reading.result.type = type;
    return null;
  }
  const conversation =
    /^\p{Lu}/u.test(text) && !TOPIC_CLAUSE.test(text) ? BODY_CONVERSATION.exec(text) : null;
  if (conversation) {
    reading.conversation = true;
    if (RECORD_FORMS.has(reading.result.type)) reading.result.type = 'conversation';
    const link = (conversation[1] ?? '').toLowerCase();
    if (!link) return null;
    return `${link === 'with' ? 'with' : 'between'} ${conversation[2] ?? ''}`;
  }
  return piece;
}

/** Decide the role of names that no role word introduced. */
function settleBare(spans: Span[], reading: Reading): void {
  spans.forEach((span, index) => {
    if (span.role !== 'bare') return;
    if (reading.conversation) {
      span.role = 'participants';
      span.firstSide = true;
      return;
    }
    span.role = 'senders';
    const addressed = spans.slice(index + 1).some((s) => s.role === 'recipients');
    const named = spans.some((s) => s.role === 'senders' || s.role === 'participants');
    if (!addressed && !named) {
      const text = tidy(restore(span.pieces.join(', ')));
      note(reading, `"${text}" read as the author: the title names no recipient`, true);
    }
  });
}

/** The party before the type: "Mao Zedong's Telegram", "GDR Embassy Letter", "Andropov Report". */
function settleAuthor(author: string, reading: Reading): void {
  const possessive = /['’]s?$/.test(author);
  const party = readParty(author.replace(/^\[|\]$/g, ''), reading.ctx);
  if (!party) return;
  const { result } = reading;
  if (reading.conversation) {
    if (!possessive) return;
    result.participants.unshift(party);
    reading.firstSide = true;
  } else if (result.senders.length === 0) {
    result.senders.push(party);
    note(reading, `"${party.asWritten}" read as the author, named before the type`);
  } else {
    note(reading, `"${author}" read as part of the document's name: the senders are named later`);
  }
}

/** Read one title (or the title quoted inside another) into the reading. */
function readInto(text: string, reading: Reading, keeper: ParsedParty[] | null): void {
  const frame = readFrame(text, reading);
  if (frame.keeper) {
    const keepers = readList([frame.keeper], reading.ctx, emptyList()).parties;
    addParties(reading, 'senders', { parties: keepers });
    reading.result.type = 'diary';
    if (frame.inner) readInto(frame.inner, reading, keepers);
    return;
  }
  const bracketed = readGlobalBrackets(frame.outer, reading);
  const cut = cutDates(bracketed.text);
  const trailing = cut.dates.find((d) => tidy(cut.text.slice(d.start)) === '') ?? cut.dates[0];
  if (trailing && reading.result.date.iso === null) reading.result.date = trailing.date;
  for (const time of cut.times) reading.result.notes.push(time);
  const head = readHead(tidy(cut.text));
  if (head.type) reading.result.type = head.type;
  reading.conversation ||= head.conversation;
  reading.result.number ??= head.number;
  reading.result.medium ??= head.medium;
  reading.result.notes.push(...head.notes);
  const pieces = bodyPieces(head.rest);
  if (pieces[0] !== undefined) pieces[0] = openingOf(pieces[0], head, reading);
  const body = scanBody(pieces, reading, handlePiece);
  settleBare(body.spans, reading);
  for (const span of body.spans) readSpan(span, reading);
  if (head.author) settleAuthor(head.author, reading);
  const forwardTo = bracketed.forwardTo ?? body.forwardTo;
  if (forwardTo) applyForward(reading, forwardTo);
  if (frame.quote) {
    const outer = reading.result.senders.length > 0 ? reading.result.senders : null;
    readInto(frame.quote, reading, outer ?? keeper);
    return;
  }
  if (reading.conversation && !reading.firstSide && keeper) {
    reading.result.participants.unshift(...keeper);
    reading.firstSide = true;
    note(
      reading,
      `${keeper.map((p) => p.name).join(', ')} read as a participant: the record is theirs`,
    );
  }
}

/** "A to B, for C": B only passes the document on, so B is an intermediary and C the recipient. */
function applyForward(reading: Reading, forwardTo: string): void {
  const list = readList([forwardTo], reading.ctx, emptyList());
  if (list.parties.length === 0) return;
  reading.result.via.push(...reading.result.recipients);
  reading.result.recipients = [];
  addParties(reading, 'recipients', list);
  note(reading, `"for ${restore(forwardTo)}": the addressee passes the document on`);
}

/**
 * What the cleaning below would change: a control character, whitespace other than single spaces,
 * or whitespace at either end. Most titles have none, and the three replacements cost more than
 * the test (~1 µs a title).
 */
// eslint-disable-next-line no-control-regex -- the control characters the cleaning replaces
const UNCLEAN = /[\u0000-\u001f\u007f]|[^\S ]| {2}|^ | $/;

/**
 * Parse one archival title into document roles, type, number, date, places and topic.
 * Never throws: what it cannot read is left in `topic`, `notes` or the readings.
 */
export function parseTitle(title: string, options: Partial<TitleParseOptions> = {}): ParsedTitle {
  // Object.assign, not a spread: V8 (node 20) builds `{ ...a, ...b }` in ~2 µs, Object.assign in ~40 ns.
  const ctx: TitleParseOptions = Object.assign({}, DEFAULT_TITLE_PARSE_OPTIONS, options);
  const clean = UNCLEAN.test(title)
    ? title
        // eslint-disable-next-line no-control-regex -- spreadsheet cells can carry control characters
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : title;
  const reading: Reading = {
    result: emptyResult(title),
    ctx,
    conversation: false,
    firstSide: false,
  };
  if (!clean) {
    reading.result.warnings.push('empty title');
    return reading.result;
  }
  // A title's full stop goes; the point of an initial or abbreviation stays ("to N.N.").
  const stopped = /(?:^|[\s.])\p{Lu}\.$/u.test(clean) ? clean : clean.replace(/\.$/, '');
  const text = protectNames(completeWords(stopped), ctx.protectedNames);
  readInto(text, reading, null);
  const { result } = reading;
  for (const party of [...result.senders, ...result.recipients, ...result.participants]) {
    if (party.place) addPlace(reading, party.place);
  }
  if (result.topic) result.topic = tidy(result.topic.replace(/^['‘“"]|['’”",]+$/g, ''));
  return result;
}
