/**
 * What frames a title: a journal or diary whose keeper recorded it ("From the Journal of Ambassador
 * Pavel Yudin: Memorandum of Conversation with Mao Zedong"), an author followed by the quoted title
 * of their record ("Embassy of the GDR in the PR China, 'Note about a Conversation of …'"), and
 * brackets that speak of the whole title ("(via Roshchin)", "(for the Politburo)", "[Excerpts]").
 */
import { cutDates } from './date-spans.ts';
import { parseDate } from './dates.ts';
import { readHead } from './head.ts';
import { emptyList, restore } from './names.ts';
import { readList } from './party-list.ts';
import { mergeExtras, note } from './reading.ts';
import type { Reading } from './reading.ts';
import {
  bracketGroups,
  COMMA,
  COMMA_OR_COLON,
  indexOfTopLevel,
  splitTopLevel,
  splitTopLevelSpans,
  tidy,
} from './text.ts';
import { MEDIA, NOTE_BRACKET, SEQUENCE_MARKER } from './vocabulary.ts';

export interface Frame {
  /** The journal's keeper: the author of every record in it, and a party to its conversations. */
  keeper: string | null;
  /** The title inside the frame. */
  inner: string | null;
  /** A quoted record title after its author ("Herklotz, 'Note About a Conversation with …'"). */
  quote: string | null;
  /** The title without the quoted record. */
  outer: string;
}

const JOURNAL =
  /^(?:(?:excerpts?|extracts?)\s+(?:from|of)\s+)?(?:from\s+)?(?:the\s+)?(?:journal|diary|day-?book|notebook)\s+of\s+(.+)$/i;
const QUOTED = /^['‘“"](.*)['’”"]$/s;
const ENDS_QUOTED = /['’”"]\s*$/;

function unquote(text: string): string {
  const match = QUOTED.exec(text.trim());
  return match ? (match[1] ?? '').trim() : text.trim();
}

/** A quoted title that is itself a record of a conversation, not a subject line. */
function quotedRecord(piece: string): string | null {
  const match = QUOTED.exec(piece.trim());
  if (!match) return null;
  const content = (match[1] ?? '').trim();
  // "Discussion with Comrade Sebestyén. Comrade Sebestyén's assessment …": the first sentence.
  const sentence = content.split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u)[0] ?? content;
  const head = readHead(restore(sentence));
  return head.conversation && head.author === null ? sentence : null;
}

export function readFrame(text: string, reading: Reading): Frame {
  const journal = JOURNAL.exec(text);
  if (journal) {
    const rest = journal[1] ?? '';
    const stop = indexOfTopLevel(rest, COMMA_OR_COLON);
    const cut = cutDates(stop ? rest.slice(0, stop.index) : rest);
    const date = cut.dates[0]?.date;
    if (date && reading.result.date.iso === null) reading.result.date = date;
    const keeper = tidy(cut.text.replace(/\s+for\s*$/i, ''));
    const inner = stop ? unquote(tidy(rest.slice(stop.index + 1))) : null;
    note(reading, `"${restore(keeper)}" read as the keeper of the journal`);
    return { keeper, inner: inner || null, quote: null, outer: text };
  }
  // A quoted record ends the title with its closing quote: most titles need no split at all.
  if (!ENDS_QUOTED.test(text)) return { keeper: null, inner: null, quote: null, outer: text };
  const pieces = splitTopLevelSpans(text, COMMA);
  const last = pieces[pieces.length - 1];
  const record = pieces.length > 1 && last ? quotedRecord(last.text) : null;
  if (record && last) {
    note(reading, `the quoted title "${restore(record)}" read as the record the author made`);
    return { keeper: null, inner: null, quote: record, outer: text.slice(0, last.start - 1) };
  }
  return { keeper: null, inner: null, quote: null, outer: text };
}

/** Brackets that apply to the whole title: via, forwarding, sequence, notes, dates, insertions. */
export function readGlobalBrackets(
  text: string,
  reading: Reading,
): { text: string; forwardTo: string | null } {
  let out = '';
  let last = 0;
  let forwardTo: string | null = null;
  for (const group of bracketGroups(text)) {
    const content = tidy(group.content);
    const plain = restore(content);
    let replacement: string | null = ' ';
    if (/^via\s+/i.test(content)) {
      const target = content.replace(/^via\s+/i, '');
      if (MEDIA.test(restore(target))) reading.result.medium ??= restore(target);
      else {
        // "(via Tavi and Rimo)", "(via Tavi, Chairman of the Central Committee)": a list.
        const list = readList(splitTopLevel(target, COMMA), reading.ctx, emptyList());
        if (list.parties.length > 0) mergeExtras(reading, { via: list.parties });
      }
    } else if (/^for\s+/i.test(content)) {
      forwardTo = content.replace(/^for\s+/i, '');
    } else if (/^(?:from|by|to)\s+\p{Lu}/u.test(content) || /['’]s$/.test(content)) {
      // "Directive [from Mao Zedong]", "[Mao Zedong's] Audience": the editor's words read as the title's.
      replacement = ` ${content} `;
      note(reading, `the editor's insertion "[${plain}]" read as part of the title`);
    } else if (SEQUENCE_MARKER.test(content)) {
      reading.result.notes.push(`(${content})`);
    } else if (NOTE_BRACKET.test(plain)) {
      reading.result.notes.push(plain);
    } else if (parseDate(plain)) {
      if (reading.result.date.iso === null)
        reading.result.date = parseDate(plain) ?? reading.result.date;
    } else {
      replacement = null;
    }
    if (replacement === null) continue;
    out += text.slice(last, group.start) + replacement;
    last = group.end;
  }
  return { text: tidy(out + text.slice(last)), forwardTo };
}
