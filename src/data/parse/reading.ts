/**
 * The parser's result type and the mutable reading state shared by the clause readers.
 */
import type { DocDate } from '../../graph/types.ts';
import { UNDATED } from './dates.ts';
import { restore } from './names.ts';
import type { NameContext, ParsedParty, PartyListResult, ReadingNote } from './names.ts';
import { tidy } from './text.ts';

export type { ReadingNote };

/** Everything the parser reads from one title. */
export interface ParsedTitle {
  title: string;
  type: string;
  number: string | null;
  date: DocDate;
  senders: ParsedParty[];
  recipients: ParsedParty[];
  via: ParsedParty[];
  originators: ParsedParty[];
  participants: ParsedParty[];
  places: string[];
  medium: string | null;
  topic: string | null;
  /** Editorial notes: "[Soviet Translation]", "draft", "(1)". */
  notes: string[];
  /** What the reader did that a historian should be able to check, and which readings are guesses. */
  readings: ReadingNote[];
  /** The readings worth reviewing, as sentences (the build report's warnings). */
  warnings: string[];
}

export interface TitleParseOptions extends NameContext {
  /** Multi-word names containing words the grammar treats as separators ("Commission on Korea"). */
  protectedNames: readonly string[];
}

export const DEFAULT_TITLE_PARSE_OPTIONS: TitleParseOptions = {
  isPlace: (name) =>
    /^(?:moscow|pyongyang|peking|beijing|lake success|new york|washington|seoul|tokyo)$/i.test(
      name.trim(),
    ),
  isKnownName: () => false,
  protectedNames: [],
};

export type PartyRole = 'senders' | 'recipients' | 'via' | 'originators' | 'participants';

/** Mutable state while the clauses of one title are read. */
export interface Reading {
  result: ParsedTitle;
  ctx: TitleParseOptions;
  /** The title records a conversation: its parties are participants. */
  conversation: boolean;
  /** A conversation's first side was named ("of A", "between A and B"), not only "with B". */
  firstSide: boolean;
}

export function emptyResult(title: string): ParsedTitle {
  return {
    title,
    type: 'document',
    number: null,
    date: UNDATED,
    senders: [],
    recipients: [],
    via: [],
    originators: [],
    participants: [],
    places: [],
    medium: null,
    topic: null,
    notes: [],
    readings: [],
    warnings: [],
  };
}

/** Record a reading; one that needs checking is also a warning. */
export function note(reading: Reading, text: string, check = false): void {
  if (reading.result.readings.some((r) => r.text === text)) return;
  reading.result.readings.push({ text, check });
  if (check) reading.result.warnings.push(text);
}

export function addPlace(reading: Reading, place: string): void {
  const name = restore(place);
  if (!reading.result.places.includes(name)) reading.result.places.push(name);
}

export function addParties(
  reading: Reading,
  role: PartyRole,
  list: Pick<PartyListResult, 'parties'> & Partial<PartyListResult>,
): void {
  reading.result[role].push(...list.parties);
  mergeExtras(reading, list);
}

export function mergeExtras(reading: Reading, list: Partial<PartyListResult>): void {
  reading.result.via.push(...(list.via ?? []));
  for (const medium of list.media ?? []) reading.result.medium ??= medium;
  reading.result.notes.push(...(list.notes ?? []));
  for (const r of list.readings ?? []) note(reading, r.text, r.check);
}

export function setTopic(reading: Reading, topic: string): void {
  const text = tidy(restore(topic));
  if (!text) return;
  reading.result.topic = reading.result.topic ? `${reading.result.topic}; ${text}` : text;
}
