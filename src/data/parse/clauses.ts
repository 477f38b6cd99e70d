/**
 * Reading the clauses of a title: "from A to B", "to B from A", "A to B", "between A and B",
 * relayed messages, forwarding addressees, inline intermediaries and trailing topics.
 */
import { endsWithOfficeNoun, parsePartyList, restore } from './names.ts';
import type { NameContext } from './names.ts';
import { addParties, addPlace, mergeExtras, setTopic } from './reading.ts';
import type { PartyRole, Reading } from './reading.ts';
import { indexOfTopLevel, startsCapitalised, tidy } from './text.ts';
import {
  ADDRESSEE_END,
  ADDRESSING_VERB,
  MEDIA,
  OFFICE_DESTINATIONS,
  RELAY_CLAUSE,
  TOPIC_CLAUSE,
  TOPIC_MARKER,
} from './vocabulary.ts';

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
export function cutTopic(clause: string, reading: Reading): string {
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

const INLINE_VIA = /\s+via\s+/i;
const TO_OR_FROM = /\s+(?:to|from)\s+/i;
const INLINE_FROM = /\s+from\s+/i;

/** "Stalin to Mao Zedong via Roshchin": an inline intermediary or medium. */
function cutInlineVia(clause: string, reading: Reading): string {
  const match = indexOfTopLevel(clause, INLINE_VIA);
  if (!match) return clause;
  const after = clause.slice(match.index + match[0].length);
  const next = indexOfTopLevel(after, TO_OR_FROM);
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
export function readPartyClause(raw: string, reading: Reading, isHead: boolean): void {
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
    const fromAt = indexOfTopLevel(match[1] ?? '', INLINE_FROM);
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
export function readClause(clause: string, reading: Reading, forward: { to: string | null }): void {
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
export function applyForward(reading: Reading, forwardTo: string): void {
  const list = parsePartyList(forwardTo, reading.ctx);
  if (list.parties.length === 0) return;
  reading.result.via.push(...reading.result.recipients);
  reading.result.recipients = [];
  addParties(reading, 'recipients', list);
}
