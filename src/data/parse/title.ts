/**
 * The title parser: reads an archival title such as "Cable Telegram no. 59363 from Kovalev to
 * Stalin, containing a message from Mao Zedong, 23 October 1949" into document roles, type,
 * number, date, places and topic. It reads the grammar of titles, not a list of known titles.
 */
import { applyForward, cutTopic, readClause, readPartyClause, splitAtTo } from './clauses.ts';
import { EMBEDDED_DATE, parseDate, UNDATED } from './dates.ts';
import { readHead } from './head.ts';
import { parseParty, parsePartyList, PROTECTED_SPACE, restore } from './names.ts';
import type { NameContext } from './names.ts';
import { addParties, addPlace, emptyResult, mergeExtras } from './reading.ts';
import type { ParsedTitle, Reading, TitleParseOptions } from './reading.ts';
import { bracketGroups, removeRanges, splitTopLevel, startsCapitalised, tidy } from './text.ts';
import { MEDIA, NOTE_BRACKET, RELAY_BOUNDARY, SEQUENCE_MARKER } from './vocabulary.ts';

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

const COMMA = /,/;

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

/** A date at the end of a segment ("… Meeting of 18 March 1949"), and one inside ("… of 18 March 1949 …"). */
const TRAILING_DATE = new RegExp(
  `(?:\\s+(?:of|dated|on|from)\\s+|\\s+|^)(${EMBEDDED_DATE.source})\\s*$`,
  'i',
);
const INNER_DATE = new RegExp(`\\s+(?:of|dated)\\s+(${EMBEDDED_DATE.source})`, 'gi');

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
  return out.map((segment, index) => {
    let text = segment.replace(INNER_DATE, (_all, found: string) => {
      if (reading.result.date.iso === null) reading.result.date = parseDate(found) ?? UNDATED;
      return '';
    });
    if (index === out.length - 1) {
      const tail = TRAILING_DATE.exec(text);
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
  const segments = readDates(splitTopLevel(global.text, COMMA).map(tidy).filter(Boolean), reading);
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
