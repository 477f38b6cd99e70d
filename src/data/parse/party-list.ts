/**
 * Lists of parties as titles write them: "A, B, and C", "A, B and C", "Kim Il Sung, Secretary
 * General of the KWP, and Günter Schabowski" (an office between commas describes the name before
 * it), "the Secretary of the KWP, Hwang Jang-yeop" (or the name after it), "the Delegation …,
 * Led by Zhou Enlai" (a head of a group), "the Ministry of Foreign Affairs, Second Division" (a
 * part of a body), "Guangdong, Guangxi, and Fujian Provinces" (a head noun shared by the list).
 */
import { isSubjectStart } from './clause-words.ts';
import { BODY_NOUNS, OFFICE_NOUNS, PLACEHOLDER } from './lexicon.ts';
import type { NameContext, ParsedParty, PartyListResult } from './names.ts';
import { emptyList, restore } from './names.ts';
import { analysePhrase, isPartyLike, readParty } from './party.ts';
import { COMMA, splitTopLevel, splitTopLevelSpans, tidy } from './text.ts';
import { CACHE_LIMIT, isAdjective, isKnown, isNameish, wordsOf } from './words.ts';

const AND = /\s+(?:and|&)\s+/i;

/** "led by Comrade Kurt Hager", "Headed by …" after a group: its head, not a subject. */
export const LEADER_START = /^\p{L}+ed\s+by\s+\p{Lu}/u;
const GROUP = /\b(?:delegations?|group|mission|team|party|committee|commission|visit)\b/i;

/** Does this piece name the head of the group named in the pieces before it? */
export function headsGroup(piece: string, before: readonly string[]): boolean {
  return LEADER_START.test(piece) && GROUP.test(before.join(' '));
}
const LEADER = /^(.*?)\s*\b(\p{L}+ed)\s+by\s+(.+)$/iu;
const ARTICLE = /^(?:the|a|an)\s+/i;

/** A comma piece of a list, read. */
type Unit =
  | { type: 'names'; parties: ParsedParty[]; afterAnd: boolean; conjuncts: string[] }
  | { type: 'office'; parties: ParsedParty[]; text: string }
  | { type: 'place'; text: string }
  | { type: 'leader'; parties: ParsedParty[] };

function lastWord(text: string, ctx: NameContext) {
  const words = wordsOf(restore(text), ctx.isPlace);
  return words[words.length - 1];
}

/** Is "left and right" one party ("North and South Korea", "the Party and Government Delegation")? */
function joinsAcrossAnd(left: string, right: string, ctx: NameContext): boolean {
  const joined = `${left} and ${right}`.replace(ARTICLE, '');
  if (ctx.isKnownName(restore(joined))) return true;
  const rightWords = wordsOf(restore(right), ctx.isPlace);
  const leftWords = wordsOf(restore(left.replace(ARTICLE, '')), ctx.isPlace);
  const first = rightWords[0];
  if (!first || ARTICLE.test(right) || first.cls === 'honorific') return false;
  // "Korean Political Parties and Other Organizations": one group; "Mao Zedong and Other Leaders": two.
  if (/^others?\b/i.test(right)) {
    const tail = leftWords[leftWords.length - 1];
    return !!tail && /s$/i.test(tail.text) && (tail.cls === 'body' || tail.cls === 'office');
  }
  // "North and South Korea", "the Party and Government Delegation", "the Commanders and Soldiers".
  // "… between North and South Korea", "the Soviet and Chinese Delegations": no party ends in an adjective.
  const end = leftWords[leftWords.length - 1];
  if (end && isAdjective(end) && isKnown(first)) return true;
  const only = leftWords.length === 1 ? leftWords[0] : undefined;
  if (only && isKnown(only) && isKnown(first)) return true;
  // "… for Nuclear Affairs and Disarmament", "… of the Party and Government of Albania".
  const glue = leftWords.map((w) => w.cls === 'connector' && /^(?:of|for|on|in)$/i.test(w.text));
  const lastGlue = glue.lastIndexOf(true);
  const complement = leftWords.slice(lastGlue + 1).filter((w) => w.cls !== 'connector');
  return (
    lastGlue > 0 &&
    complement.length > 0 &&
    complement.every(isKnown) &&
    isKnown(first) &&
    !rightWords.some(isNameish)
  );
}

/** Split a comma piece at the "and"s that separate parties. */
export function splitConjuncts(piece: string, ctx: NameContext): string[] {
  const spans = splitTopLevelSpans(piece, AND);
  const out: string[] = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    if (previous !== undefined && joinsAcrossAnd(previous, span.text, ctx)) {
      out[out.length - 1] = `${previous} and ${span.text}`;
    } else {
      out.push(span.text);
    }
  }
  return out.map((text) => tidy(text)).filter(Boolean);
}

/** "the Delegation of Albania Headed by Beqir Balluku": the group and its head. */
function readConjunct(text: string, ctx: NameContext, out: PartyListResult): ParsedParty[] {
  const leader = LEADER.exec(text);
  const group = leader ? readParty(leader[1] ?? '', ctx, out) : null;
  if (leader && group && group.kind === 'organisation') {
    const heads = readList([leader[3] ?? ''], ctx, emptyList()).parties;
    for (const head of heads)
      out.readings.push({
        text: `"${head.asWritten}" read as the head of ${group.name}`,
        check: false,
      });
    return [group, ...heads];
  }
  const party = readParty(text, ctx, out);
  return party ? [party] : [];
}

function readUnit(piece: string, ctx: NameContext, out: PartyListResult): Unit | null {
  const afterAnd = /^(?:and|&)\s+/i.test(piece);
  const text = tidy(piece.replace(/^(?:and|&)\s+/i, ''));
  if (!text) return null;
  const leader = /^\p{L}+ed\s+by\s+(.+)$/iu.exec(text);
  if (leader)
    return { type: 'leader', parties: readList([leader[1] ?? ''], ctx, emptyList()).parties };
  if (
    !afterAnd &&
    (ctx.isPlace(restore(text)) || analysePhrase(restore(text), ctx)?.kind === 'place')
  )
    return { type: 'place', text: restore(text).trim() };
  const conjuncts = splitConjuncts(text, ctx);
  const parties = conjuncts.flatMap((c) => readConjunct(c, ctx, out));
  if (parties.length === 0) return null;
  if (!afterAnd && parties.every((p) => p.kind === 'office')) {
    return { type: 'office', parties, text: restore(text) };
  }
  return { type: 'names', parties, afterAnd, conjuncts };
}

/** "Guangdong, Guangxi, and Fujian Provinces": the last item's plural head noun is everyone's. */
function shareHeadNoun(parties: ParsedParty[], ctx: NameContext): void {
  const last = parties[parties.length - 1];
  if (!last || parties.length < 2 || last.kind !== 'organisation') return;
  const tail = lastWord(last.name, ctx);
  if (!tail || tail.cls !== 'body' || !/s$/i.test(tail.text)) return;
  const bare = parties.slice(0, -1);
  if (
    bare.every((p) => p.kind === 'person' && !p.office && wordsOf(p.name, ctx.isPlace).length === 1)
  ) {
    for (const party of bare) party.kind = 'organisation';
  }
}

/**
 * "Politburo members Mikoyan and Suslov": a plural office before the first name is everyone's.
 * Only an office written before the name: "A, Chairman of the Council of Ministers, and B" is A's.
 */
function sharePluralOffice(parties: ParsedParty[], ctx: NameContext): void {
  const first = parties[0];
  const office = first?.office;
  const tail = office ? lastWord(office, ctx) : undefined;
  if (!office || !tail || !/s$/i.test(tail.text) || !OFFICE_NOUNS.has(tail.text.toLowerCase()))
    return;
  if (!first.asWritten.startsWith(office)) return;
  for (const party of parties.slice(1))
    if (party.kind === 'person' && !party.office) party.office = office;
}

function isGroupNoun(party: ParsedParty, ctx: NameContext): boolean {
  const tail = lastWord(party.name, ctx);
  return party.kind === 'organisation' || (!!tail && BODY_NOUNS.has(tail.text.toLowerCase()));
}

function appendOffice(party: ParsedParty, text: string): void {
  party.office = party.office ? `${party.office}; ${text}` : text;
}

function isPersonish(party: ParsedParty | undefined): party is ParsedParty {
  return !!party && (party.kind === 'person' || party.kind === undefined);
}

/** "Chinese Embassies in Moscow, Warsaw, and Berlin": one body in each place. */
function distributed(
  previous: ParsedParty | undefined,
  place: string,
  serial: boolean,
): ParsedParty | null {
  if (!serial || !previous || (previous.kind !== 'organisation' && previous.kind !== 'office'))
    return null;
  const match = /^(.+\s+in)\s+[^,]+$/.exec(previous.name);
  return match
    ? { name: `${match[1] ?? ''} ${place}`, asWritten: place, kind: previous.kind }
    : null;
}

/**
 * Put the units of a list together: offices between commas describe the person before them (or
 * after them, when none is before), places qualify the party before them, parts of a body join it.
 */
function groupUnits(
  units: readonly Unit[],
  serial: boolean,
  ctx: NameContext,
  out: PartyListResult,
): { parties: ParsedParty[]; places: string[] } {
  const parties: ParsedParty[] = [];
  const places: string[] = [];
  const described = new Set<ParsedParty>();
  let lastDescribed: ParsedParty | null = null;
  let pendingOffice: string | null = null;
  const describe = (target: ParsedParty, text: string, how: string): void => {
    appendOffice(target, text);
    described.add(target);
    out.readings.push({ text: `"${text}" read as ${how} ${target.name}`, check: false });
  };
  units.forEach((unit, i) => {
    const previous = parties[parties.length - 1];
    const describedBefore = lastDescribed;
    lastDescribed = null;
    if (unit.type === 'place') {
      const copy = distributed(previous, unit.text, serial);
      if (copy) parties.push(copy);
      else if (previous && !previous.place) previous.place = unit.text;
      else places.push(unit.text);
    } else if (unit.type === 'leader') {
      parties.push(...unit.parties);
    } else if (unit.type === 'office') {
      const next = units[i + 1];
      const nextFirst = next?.type === 'names' && !next.afterAnd ? next.parties[0] : undefined;
      const target =
        describedBefore ??
        (!described.has(previous as ParsedParty) && isPersonish(previous) ? previous : null);
      if (target) {
        describe(target, unit.text, 'the office of');
        lastDescribed = target;
      } else if (!serial && previous && isGroupNoun(previous, ctx)) {
        describe(previous, unit.text, 'part of');
      } else if (isPersonish(nextFirst)) {
        pendingOffice = unit.text;
      } else {
        parties.push(...unit.parties);
      }
    } else {
      const [first, ...others] = unit.parties;
      if (!first) return;
      if (pendingOffice) {
        appendOffice(first, pendingOffice);
        described.add(first);
        pendingOffice = null;
      } else if (
        !unit.afterAnd &&
        previous?.kind === 'office' &&
        !described.has(previous) &&
        isPersonish(first) &&
        others.length === 0
      ) {
        // "… and the Ambassador of Pakistan, Ahmad Sultan": the office was the next person's.
        parties.pop();
        describe(first, previous.asWritten.replace(/^the\s+/i, ''), 'the office of');
      } else if (
        !unit.afterAnd &&
        !serial &&
        previous &&
        isGroupNoun(previous, ctx) &&
        isGroupNoun(first, ctx) &&
        others.length === 0
      ) {
        // "the Ministry of Foreign Affairs, Second Division": a part of the body before it.
        describe(previous, first.asWritten, 'part of');
        return;
      }
      parties.push(first, ...others);
    }
  });
  return { parties, places };
}

/** A list as read: its parties and what else its pieces said. */
type ListRead = PartyListResult & { places: string[]; rest: string | null };

/**
 * Lists already read, per name context. "Shtykov to Vyshinsky" and "the Soviet Ambassador,
 * Pyongyang" come back in title after title: reading each list once roughly halves the reader's
 * time on a synthetic corpus of 10^4 titles. Bounded, like the phrase caches (CACHE_LIMIT).
 */
const lists = new WeakMap<NameContext['isKnownName'], Map<string, ListRead>>();

function copyParty(party: ParsedParty): ParsedParty {
  return party.sameAs ? { ...party, sameAs: [...party.sameAs] } : { ...party };
}

/**
 * Read the comma pieces of one role's list. A piece that starts a subject ("Requesting a
 * Meeting …") ends the list; its text is returned as `rest` for the caller's topic.
 */
export function readList(
  pieces: readonly string[],
  ctx: NameContext,
  out: PartyListResult = emptyList(),
): ListRead {
  // Keyed by the context's functions: parseTitle spreads its options into a new object per title.
  let cache = lists.get(ctx.isKnownName);
  if (!cache) lists.set(ctx.isKnownName, (cache = new Map()));
  const key = pieces.length === 1 ? (pieces[0] as string) : pieces.join('\u0002');
  let read = cache.get(key);
  if (!read) {
    read = readListAnew(pieces, ctx);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, read);
  }
  // Loops, not push(...list.map(…)): most of these are empty, and a hit of the cache should cost
  // little more than the look-up (at 10^5 titles the spreads and maps were ~0.2 s).
  for (const party of read.parties) out.parties.push(copyParty(party));
  for (const party of read.via) out.via.push(copyParty(party));
  for (const medium of read.media) out.media.push(medium);
  for (const note of read.notes) out.notes.push(note);
  for (const r of read.readings) out.readings.push({ text: r.text, check: r.check });
  // Spelt out: V8 built `{ ...out, places, rest }` in ~4 µs, more than reading most lists.
  const { parties, via, media, notes, readings } = out;
  return { parties, via, media, notes, readings, places: read.places.slice(), rest: read.rest };
}

function readListAnew(pieces: readonly string[], ctx: NameContext): ListRead {
  const out = emptyList();
  const units: Unit[] = [];
  let rest: string | null = null;
  const expanded = pieces
    .flatMap((piece) => splitTopLevel(piece, COMMA))
    .map(tidy)
    .filter(Boolean);
  const serial = expanded.some((piece, index) => index > 0 && /^(?:and|&)\s/i.test(piece));
  for (const [index, piece] of expanded.entries()) {
    const subject =
      index > 0 && !headsGroup(piece, expanded.slice(0, index)) && isSubjectStart(piece, ctx);
    const unit = index > 0 && !subject ? readUnit(piece, ctx, out) : null;
    // "to President Geisel, US Threats and Promises …": a comma piece that names no party is a subject.
    const strayed =
      unit?.type === 'names' &&
      !serial &&
      !unit.afterAnd &&
      !unit.conjuncts.every((c) => isPartyLike(c, ctx));
    if (index > 0 && (subject || strayed)) {
      rest = expanded.slice(index).join(', ');
      break;
    }
    const read = index > 0 ? unit : readUnit(piece, ctx, out);
    if (read) units.push(read);
  }
  const { parties, places } = groupUnits(units, serial, ctx, out);
  shareHeadNoun(parties, ctx);
  sharePluralOffice(parties, ctx);
  for (const party of parties) {
    if (PLACEHOLDER.test(party.name)) party.kind = 'placeholder';
  }
  out.parties.push(...parties);
  const { parties: found, via, media, notes, readings } = out;
  return { parties: found, via, media, notes, readings, places, rest };
}
