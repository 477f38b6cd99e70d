/**
 * The parser's result type and the mutable reading state shared by the clause readers.
 */
import type { DocDate } from '../../graph/types.ts';
import { UNDATED } from './dates.ts';
import { restore } from './names.ts';
import type { NameContext, ParsedParty, PartyListResult } from './names.ts';
import { tidy } from './text.ts';

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
  notes: string[];
  /** Readings the parser was unsure of, for the build report. */
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
  /** The role whose list a bare trailing name would continue. */
  lastRole: PartyRole | null;
  /** Senders read from "from X" in the head, which a later clause may show to be a place. */
  headFrom: ParsedParty[] | null;
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
    warnings: [],
  };
}

export function addPlace(reading: Reading, place: string): void {
  const name = restore(place);
  if (!reading.result.places.includes(name)) reading.result.places.push(name);
}

export function addParties(reading: Reading, role: PartyRole, list: PartyListResult): void {
  reading.result[role].push(...list.parties);
  mergeExtras(reading, list);
  if (list.parties.length > 0) reading.lastRole = role;
}

export function mergeExtras(
  reading: Reading,
  list: Pick<PartyListResult, 'via' | 'media' | 'notes'>,
): void {
  reading.result.via.push(...list.via);
  for (const medium of list.media) reading.result.medium ??= medium;
  reading.result.notes.push(...list.notes);
  for (const party of [...reading.result.senders, ...reading.result.recipients]) {
    if (party.place) addPlace(reading, party.place);
  }
}

export function setTopic(reading: Reading, topic: string): void {
  const text = tidy(restore(topic));
  if (!text) return;
  reading.result.topic = reading.result.topic ? `${reading.result.topic}; ${text}` : text;
}
