/**
 * The title parser: reads an archival title such as "Cable Telegram no. 59363 from Kovalev to
 * Stalin, containing a message from Mao Zedong, 23 October 1949" into document roles, type,
 * number, date, places and topic. It reads the grammar of titles, not a list of known titles.
 */
import type { DocDate } from '../../graph/types.ts';
import { EMBEDDED_DATE, parseDate, UNDATED } from './dates.ts';
import {
  endsWithOfficeNoun,
  parseParty,
  parsePartyList,
  PROTECTED_SPACE,
  restore,
} from './names.ts';
import type { NameContext, ParsedParty, PartyListResult } from './names.ts';
import { readHead } from './head.ts';
import {
  bracketGroups,
  indexOfTopLevel,
  removeRanges,
  splitTopLevel,
  startsCapitalised,
  tidy,
} from './text.ts';
import {
  ADDRESSEE_END,
  ADDRESSING_VERB,
  MEDIA,
  NOTE_BRACKET,
  OFFICE_DESTINATIONS,
  RELAY_BOUNDARY,
  RELAY_CLAUSE,
  SEQUENCE_MARKER,
  TOPIC_CLAUSE,
  TOPIC_MARKER,
} from './vocabulary.ts';

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

type PartyRole = 'senders' | 'recipients' | 'via' | 'originators' | 'participants';

/** Mutable state while the clauses of one title are read. */
interface Reading {
  result: ParsedTitle;
  ctx: TitleParseOptions;
  /** The role whose list a bare trailing name would continue. */
  lastRole: PartyRole | null;
  /** Senders read from "from X" in the head, which a later clause may show to be a place. */
  headFrom: ParsedParty[] | null;
}

const SEPARATOR_WORDS = /\s(?:to|and|on|for|about|regarding|concerning|via|from|with)\s|,/i;

/** Hide the spaces of registered multi-word names that contain separator words. */
function protectNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    if (!SEPARATOR_WORDS.test(name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    out = out.replace(new RegExp(`\\b${escaped}\\b`, 'gi'), (match) =>
      match.replace(/\s/g, PROTECTED_SPACE),
    );
  }
  return out;
}

function emptyResult(title: string): ParsedTitle {
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

function addPlace(reading: Reading, place: string): void {
  const name = restore(place);
  if (!reading.result.places.includes(name)) reading.result.places.push(name);
}

function addParties(reading: Reading, role: PartyRole, list: PartyListResult): void {
  reading.result[role].push(...list.parties);
  mergeExtras(reading, list);
  if (list.parties.length > 0) reading.lastRole = role;
}

function mergeExtras(
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

function setTopic(reading: Reading, topic: string): void {
  const text = tidy(restore(topic));
  if (!text) return;
  reading.result.topic = reading.result.topic ? `${reading.result.topic}; ${text}` : text;
}

/** Remove brackets that apply to the whole title: via, forwarding, sequence, notes, dates. */
function readGlobalBrackets(
  text: string,
  reading: Reading,
): { text: string; forwardTo: string | null } {
  const removals: { start: number; end: number }[] = [];
  let forwardTo: string | null = null;
  for (const group of bracketGroups(text)) {
    const content = tidy(group.content);
    if (/^via\s+/i.test(content)) {
      const target = content.replace(/^via\s+/i, '');
      if (MEDIA.test(restore(target))) reading.result.medium ??= restore(target);
      else
        mergeExtras(reading, {
          via: parsePartyList(target, reading.ctx).parties,
          media: [],
          notes: [],
        });
    } else if (/^for\s+/i.test(content)) {
      forwardTo = content.replace(/^for\s+/i, '');
    } else if (SEQUENCE_MARKER.test(content)) {
      reading.result.notes.push(`(${content})`);
    } else if (NOTE_BRACKET.test(restore(content))) {
      reading.result.notes.push(restore(content));
    } else if (parseDate(content)) {
      if (reading.result.date.iso === null) reading.result.date = parseDate(content) ?? UNDATED;
    } else {
      continue;
    }
    removals.push(group);
  }
  return { text: removeRanges(text, removals), forwardTo };
}

/** Split "A to B" at the "to" that separates parties, not the one inside "Ambassador to France". */
export function splitAtTo(clause: string, ctx: NameContext): [string, string] | null {
  const pattern = /\s+to\s+/gi;
  let from = 0;
  for (;;) {
    const match = indexOfTopLevel(clause, pattern, from);
    if (!match) return null;
    const left = clause.slice(0, match.index).trim();
    const right = clause.slice(match.index + match[0].length).trim();
    from = match.index + match[0].length;
    const insideOffice =
      endsWithOfficeNoun(left) &&
      (OFFICE_DESTINATIONS.test(right) || ctx.isPlace(right.split(/\s+to\s+/i)[0] ?? ''));
    const rightIsName = startsCapitalised(right) || /^(?:the|cde\.?|comrade)\s/i.test(right);
    if (left && right && !insideOffice && rightIsName) return [left, right];
  }
}

/** Cut a trailing topic ("… on the Korean Question") off a clause. */
function cutTopic(clause: string, reading: Reading): string {
  const match = indexOfTopLevel(clause, TOPIC_MARKER);
  if (!match) return clause;
  setTopic(reading, clause.slice(match.index).trim());
  return clause.slice(0, match.index);
}

/** "from Kim Il Sung telling Stalin of the losses": the object of the verb is a recipient. */
function cutAddressee(clause: string, reading: Reading): string {
  const match = indexOfTopLevel(clause, ADDRESSING_VERB);
  if (!match) return clause;
  const after = clause.slice(match.index + match[0].length);
  const end = indexOfTopLevel(after, ADDRESSEE_END);
  const addressee = end ? after.slice(0, end.index) : after;
  if (end) setTopic(reading, after.slice(end.index));
  const list = parsePartyList(addressee, reading.ctx);
  if (list.parties.length > 0) addParties(reading, 'recipients', list);
  return clause.slice(0, match.index);
}

/** "Stalin to Mao Zedong via Roshchin": an inline intermediary or medium. */
function cutInlineVia(clause: string, reading: Reading): string {
  const match = indexOfTopLevel(clause, /\s+via\s+/i);
  if (!match) return clause;
  const after = clause.slice(match.index + match[0].length);
  const next = indexOfTopLevel(after, /\s+(?:to|from)\s+/i);
  const target = next ? after.slice(0, next.index) : after;
  if (MEDIA.test(restore(target).trim())) reading.result.medium ??= restore(target).trim();
  else
    mergeExtras(reading, {
      via: parsePartyList(target, reading.ctx).parties,
      media: [],
      notes: [],
    });
  return clause.slice(0, match.index) + (next ? after.slice(next.index) : '');
}

function readFromTo(
  left: string,
  right: string,
  reading: Reading,
  leftRole: PartyRole,
  rightRole: PartyRole,
): void {
  addParties(reading, leftRole, parsePartyList(left, reading.ctx));
  addParties(reading, rightRole, parsePartyList(right, reading.ctx));
}

/** Senders after "from": a place ("from Lake Success") or parties. */
function readFrom(phrase: string, reading: Reading, isHead: boolean): void {
  if (reading.ctx.isPlace(restore(phrase).trim())) {
    addPlace(reading, tidy(phrase));
    return;
  }
  const list = parsePartyList(phrase, reading.ctx);
  addParties(reading, 'senders', list);
  if (isHead) reading.headFrom = list.parties;
}

/** Read one clause of parties: the grammar of "from A to B", "to B from A", "A to B", "between". */
function readPartyClause(raw: string, reading: Reading, isHead: boolean): void {
  if (TOPIC_CLAUSE.test(raw.trim())) {
    setTopic(reading, raw);
    return;
  }
  let clause = cutTopic(raw, reading);
  clause = cutAddressee(clause, reading);
  clause = tidy(cutInlineVia(clause, reading));
  if (!clause) return;
  const ctx = reading.ctx;
  let match: RegExpExecArray | null;
  if ((match = /^(?:between|among)\s+(.+)$/i.exec(clause))) {
    addParties(reading, 'participants', parsePartyList(match[1] ?? '', ctx));
  } else if ((match = /^(?:from|by|of)\s+(.+)$/i.exec(clause))) {
    const split = splitAtTo(match[1] ?? '', ctx);
    if (split) readFromTo(split[0], split[1], reading, 'senders', 'recipients');
    else readFrom(match[1] ?? '', reading, isHead);
  } else if ((match = /^to\s+(.+)$/i.exec(clause))) {
    const fromAt = indexOfTopLevel(match[1] ?? '', /\s+from\s+/i);
    if (fromAt) {
      const body = match[1] ?? '';
      readFromTo(
        body.slice(0, fromAt.index),
        body.slice(fromAt.index + fromAt[0].length),
        reading,
        'recipients',
        'senders',
      );
    } else {
      addParties(reading, 'recipients', parsePartyList(match[1] ?? '', ctx));
    }
  } else {
    const split = splitAtTo(clause, ctx);
    if (split) readFromTo(split[0], split[1], reading, 'senders', 'recipients');
    else readBareClause(clause, reading);
  }
}

/** A clause with no grammar words: a place, a continued list of names, or an author. */
function readBareClause(clause: string, reading: Reading): void {
  const text = restore(clause).trim();
  const { result } = reading;
  if (reading.ctx.isPlace(text)) {
    addPlace(reading, text);
    const role = reading.lastRole;
    const last = role ? result[role][result[role].length - 1] : undefined;
    if (last && !last.place) last.place = text;
    return;
  }
  if (!startsCapitalised(text)) {
    result.notes.push(text);
    return;
  }
  const list = parsePartyList(clause, reading.ctx);
  if (reading.lastRole) {
    addParties(reading, reading.lastRole, list);
  } else {
    addParties(reading, 'senders', list);
    result.warnings.push(`read "${text}" as the author: the title names no recipient`);
  }
}

/** A clause after the head: relay, forwarding, topic, quotation or parties. */
function readClause(clause: string, reading: Reading, forward: { to: string | null }): void {
  const text = tidy(clause);
  if (!text) return;
  let match: RegExpExecArray | null;
  if (/^['‘“"]/.test(text)) {
    setTopic(reading, text.replace(/^['‘“"]|['’”",]+$/g, ''));
  } else if ((match = RELAY_CLAUSE.exec(text))) {
    const carried = cutTopic(match[1] ?? '', reading);
    const split = splitAtTo(carried, reading.ctx);
    addParties(reading, 'originators', parsePartyList(split ? split[0] : carried, reading.ctx));
    if (split && reading.result.recipients.length === 0) {
      addParties(reading, 'recipients', parsePartyList(split[1], reading.ctx));
    }
  } else if ((match = /^for\s+(.+)$/i.exec(text)) && startsCapitalised(match[1] ?? '')) {
    forward.to = match[1] ?? null;
  } else if (TOPIC_CLAUSE.test(text)) {
    setTopic(reading, text);
  } else {
    readPartyClause(text, reading, false);
  }
}

/** "A to B, for C": B only passes the document on, so B is an intermediary and C the recipient. */
function applyForward(reading: Reading, forwardTo: string): void {
  const list = parsePartyList(forwardTo, reading.ctx);
  if (list.parties.length === 0) return;
  reading.result.via.push(...reading.result.recipients);
  reading.result.recipients = [];
  addParties(reading, 'recipients', list);
}

/** Take the date from trailing segments, and remove dates embedded in text ("Meeting of 18 March 1949"). */
function readDates(segments: string[], reading: Reading): string[] {
  const out = [...segments];
  while (out.length > 1) {
    // "May 3, 1950" is one date split by its own comma.
    const joined =
      out.length > 2
        ? parseDate(restore(`${out[out.length - 2] ?? ''}, ${out[out.length - 1] ?? ''}`))
        : null;
    if (joined?.precision === 'day') {
      if (reading.result.date.iso === null) reading.result.date = joined;
      out.splice(-2, 2);
      continue;
    }
    const date = parseDate(restore(out[out.length - 1] ?? ''));
    if (!date) break;
    if (reading.result.date.iso === null) reading.result.date = date;
    out.pop();
  }
  const embedded = new RegExp(
    `(?:\\s+(?:of|dated|on|from)\\s+|\\s+|^)(${EMBEDDED_DATE.source})\\s*$`,
    'i',
  );
  const inner = new RegExp(`\\s+(?:of|dated)\\s+(${EMBEDDED_DATE.source})`, 'gi');
  return out.map((segment, index) => {
    let text = segment.replace(inner, (_all, found: string) => {
      if (reading.result.date.iso === null) reading.result.date = parseDate(found) ?? UNDATED;
      return '';
    });
    if (index === out.length - 1) {
      const tail = embedded.exec(text);
      const date = tail ? parseDate(tail[1] ?? '') : null;
      if (tail && date && (reading.result.date.iso === null || tail.index > 0)) {
        if (reading.result.date.iso === null) reading.result.date = date;
        text = text.slice(0, tail.index);
      }
    }
    return tidy(text);
  });
}

/** Join bare name segments that continue a list across commas: "Meretskov, Shtykov and Vasilevsky to Stalin". */
function mergeNameLists(segments: string[], ctx: NameContext): string[] {
  const isBareNames = (s: string): boolean =>
    startsCapitalised(s) &&
    !ctx.isPlace(restore(s)) &&
    !/\s(?:to|from|between|via|containing|transmitting)\s/i.test(` ${s} `) &&
    !parseDate(restore(s));
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    const next = segments[i + 1];
    if (
      isBareNames(segment) &&
      next !== undefined &&
      splitAtTo(next, ctx) &&
      startsCapitalised(next)
    ) {
      segments[i + 1] = `${segment}, ${next}`;
      continue;
    }
    out.push(segment);
  }
  return out;
}

/** A "from X" in the head turns out to be a place when a later clause names the senders. */
function settleHeadFrom(reading: Reading): void {
  const { result, headFrom } = reading;
  if (!headFrom || headFrom.length === 0 || result.senders.length <= headFrom.length) return;
  result.senders = result.senders.filter((party) => !headFrom.includes(party));
  for (const party of headFrom) {
    addPlace(reading, party.asWritten);
    result.warnings.push(`read "${party.asWritten}" as a place: the senders are named later`);
  }
}

/**
 * Parse one archival title into document roles, type, number, date, places and topic.
 * Never throws: what it cannot read is left in `topic`, `notes` or `warnings`.
 */
export function parseTitle(title: string, options: Partial<TitleParseOptions> = {}): ParsedTitle {
  const ctx: TitleParseOptions = { ...DEFAULT_TITLE_PARSE_OPTIONS, ...options };
  const clean = title
    // eslint-disable-next-line no-control-regex -- spreadsheet cells can carry control characters
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const reading: Reading = { result: emptyResult(title), ctx, lastRole: null, headFrom: null };
  if (!clean) {
    reading.result.warnings.push('empty title');
    return reading.result;
  }
  const text = protectNames(clean.replace(/\.$/, ''), ctx.protectedNames);
  const global = readGlobalBrackets(text, reading);
  const forward = { to: global.forwardTo };
  const segments = readDates(splitTopLevel(global.text, /,/).map(tidy).filter(Boolean), reading);
  const head = readHead(segments[0] ?? '', reading.result, ctx);
  const clauses = mergeNameLists([head.rest, ...segments.slice(1)].filter(Boolean), ctx);
  clauses.forEach((clause, index) => {
    const parts = splitTopLevel(clause, RELAY_BOUNDARY);
    const isHeadClause = index === 0 && head.rest !== '' && head.type !== null;
    parts.forEach((part, partIndex) => {
      if (partIndex === 0 && head.participantsOnly && index === 0) {
        addParties(reading, 'participants', parsePartyList(cutTopic(part, reading), ctx));
      } else if (partIndex === 0 && isHeadClause) {
        readPartyClause(part, reading, true);
      } else {
        readClause(part, reading, forward);
      }
    });
  });
  if (head.possessor) {
    const owner = parseParty(head.possessor, ctx);
    if (owner) reading.result.senders.unshift(owner);
  }
  if (forward.to) applyForward(reading, forward.to);
  settleHeadFrom(reading);
  for (const party of reading.result.recipients) if (party.place) addPlace(reading, party.place);
  return reading.result;
}
