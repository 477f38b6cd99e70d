/**
 * One party phrase: "Cde. Stalin", "Soviet Ambassador to North Korea Vasily Moskovsky",
 * "Czech Ambassador Holub in Pyongyang", "Filippov [Stalin]", "the Romanian Embassy in Pyongyang".
 * The phrase is read by the classes of its words (words.ts): an office is known words ending in an
 * office noun, a name is a run of unknown capitalised words and initials, a body is known words
 * around a body noun; what follows a name after "in" or "of" qualifies it.
 */
import { PLACEHOLDER } from './lexicon.ts';
import type { NameContext, ParsedParty, PartyKind, PartyListResult } from './names.ts';
import { restore } from './names.ts';
import { bracketGroups, removeRanges, tidy } from './text.ts';
import { MEDIA, NOTE_BRACKET, SEQUENCE_MARKER } from './vocabulary.ts';
import { CACHE_LIMIT, isNameish, joinWords, wordsOf } from './words.ts';
import type { Word } from './words.ts';

/** A phrase taken apart: the office before a name, the name, and what qualifies it after. */
export interface PhraseParts {
  kind: PartyKind;
  office: Word[];
  name: Word[];
  qualifier: Word[];
}

const QUALIFYING = new Set(['of', 'in', 'at', 'from', 'which', 'who', 'that']);

function dropPossessive(text: string): string {
  return text.replace(/['’]s?$/, '');
}

/** Runs of name-ish words holding at least one name: [start, end). */
function nameRuns(words: readonly Word[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    const word = words[i];
    if (word && isNameish(word)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && words.slice(start, i).some((w) => w.cls === 'name')) runs.push([start, i]);
    start = -1;
  }
  return runs;
}

/** The office or body a phrase without a name names, by its head noun. */
function headKind(words: readonly Word[]): PartyKind {
  const beforeGlue = words.findIndex((w) => w.cls === 'connector' || w.cls === 'lower');
  const head = beforeGlue < 0 ? words : words.slice(0, beforeGlue);
  const noun = [...head].reverse().find((w) => w.cls === 'office' || w.cls === 'body');
  if (noun) return noun.cls === 'office' ? 'office' : 'organisation';
  if (words.some((w) => w.cls === 'body')) return 'organisation';
  if (words.some((w) => w.cls === 'office')) return 'office';
  if (words.every((w) => w.cls === 'place' || w.cls === 'nation')) return 'place';
  return 'organisation';
}

/** "Solidarity Leader Lech Walesa", "Kim Il Sung of North Korea", "Yanbian … Party Committee". */
function nameFirst(words: Word[]): PhraseParts {
  let cut = words.findIndex((w) => w.cls === 'connector' || w.cls === 'lower');
  if (cut < 0) cut = words.length;
  const head = words.slice(0, cut);
  for (let o = head.length - 2; o > 0; o--) {
    const tail = head.slice(o + 1);
    if (head[o]?.cls === 'office' && tail.every(isNameish) && tail.some((w) => w.cls === 'name')) {
      return {
        kind: 'person',
        office: head.slice(0, o + 1),
        name: tail,
        qualifier: words.slice(cut),
      };
    }
  }
  if (head.some((w) => w.cls === 'body')) {
    return { kind: 'organisation', office: words, name: [], qualifier: [] };
  }
  return { kind: 'person', office: [], name: head, qualifier: words.slice(cut) };
}

/** "Soviet Ambassador to North Korea Vasily Moskovsky", "Ambassador in Mogadishu Herklotz". */
function knownFirst(all: Word[]): PhraseParts {
  // A relative clause ("… which are Based in China") qualifies; it holds no name.
  const relative = all.findIndex((w) => w.cls === 'lower' || /^(?:which|who|that)$/i.test(w.text));
  const words = relative < 0 ? all : all.slice(0, relative);
  const run = nameRuns(words).find(([, end]) => {
    const next = words[end];
    return !next || (next.cls === 'connector' && QUALIFYING.has(next.text.toLowerCase()));
  });
  if (run) {
    let [start] = run;
    const end = run[1];
    const before = words[start - 1];
    // A single word right after "to"/"in" completes the office: "Ambassador to Bonn".
    if (before?.cls === 'connector' && before.text.toLowerCase() !== 'and') {
      if (end - start === 1) return { kind: headKind(words), office: all, name: [], qualifier: [] };
      start += 1;
    }
    return {
      kind: 'person',
      office: words.slice(0, start),
      name: words.slice(start, end),
      qualifier: all.slice(end),
    };
  }
  return { kind: headKind(words), office: all, name: [], qualifier: [] };
}

/** Phrases taken apart, per name context: a corpus names the same parties again and again. */
const analysed = new WeakMap<NameContext['isKnownName'], Map<string, PhraseParts | null>>();

/** Take a phrase apart into office, name and qualifier. Do not change the result. */
export function analysePhrase(phrase: string, ctx: NameContext): PhraseParts | null {
  let cache = analysed.get(ctx.isKnownName);
  if (!cache) analysed.set(ctx.isKnownName, (cache = new Map()));
  if (cache.has(phrase)) return cache.get(phrase) ?? null;
  const parts = analyseAnew(phrase, ctx);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(phrase, parts);
  return parts;
}

function analyseAnew(phrase: string, ctx: NameContext): PhraseParts | null {
  const words = wordsOf(phrase, ctx.isPlace).filter((w) => w.cls !== 'honorific');
  while (words[0] && words[0].cls === 'connector' && /^(?:the|a|an)$/i.test(words[0].text)) {
    words.shift();
  }
  if (words.length === 0) return null;
  if (PLACEHOLDER.test(joinWords(words))) {
    return { kind: 'placeholder', office: [], name: words, qualifier: [] };
  }
  const first = words[0] as Word;
  return first.cls === 'name' || first.cls === 'initial' ? nameFirst(words) : knownFirst(words);
}

/** Honorifics and articles before a name: what `isKnownName` is asked about. */
function withoutHonorifics(text: string, ctx: NameContext): string {
  const words = wordsOf(text, ctx.isPlace);
  let i = 0;
  while (words[i] && (words[i]?.cls === 'honorific' || /^(?:the)$/i.test(words[i]?.text ?? '')))
    i++;
  return joinWords(words.slice(i));
}

/** What a bracket after (or before) a name says. */
function readBracket(
  content: string,
  ctx: NameContext,
  atStart: boolean,
  out: PartyListResult | undefined,
): { realName?: string; place?: string; office?: string; placeholder?: boolean } {
  if (/^via\s+/i.test(content)) {
    const target = content.replace(/^via\s+/i, '');
    if (MEDIA.test(target)) out?.media.push(target);
    else if (out) {
      const party = readParty(target, ctx, out);
      if (party) out.via.push(party);
    }
    return {};
  }
  if (SEQUENCE_MARKER.test(content) || NOTE_BRACKET.test(content)) {
    out?.notes.push(content);
    return {};
  }
  if (PLACEHOLDER.test(content)) return { placeholder: true };
  if (ctx.isKnownName(withoutHonorifics(content, ctx))) {
    return { realName: withoutHonorifics(content, ctx) };
  }
  const parts = analysePhrase(content, ctx);
  if (!parts) return {};
  if (parts.kind === 'place') return { place: content };
  if (atStart && parts.kind !== 'person') return { office: content };
  if (parts.kind === 'person' && parts.name.length > 0) {
    return { realName: dropPossessive(joinWords(parts.name)) };
  }
  if (parts.kind === 'office') return { office: content };
  out?.notes.push(content);
  return {};
}

function partyFromParts(parts: PhraseParts, asWritten: string): ParsedParty {
  const name = dropPossessive(
    joinWords(parts.kind === 'person' || parts.kind === 'placeholder' ? parts.name : parts.office),
  );
  const party: ParsedParty = { name: restore(name), asWritten, kind: parts.kind };
  if (parts.kind !== 'person') return party;
  // A lone title ("Generalissimo", "Chairman") is a form of address; an office says more.
  const office = parts.office.length > 1 ? joinWords(parts.office) : '';
  const [link, ...rest] = parts.qualifier;
  const linkWord = link?.text.toLowerCase();
  if (office) party.office = restore(office);
  if ((linkWord === 'in' || linkWord === 'at') && rest.length > 0) {
    party.place = restore(joinWords(rest).replace(/^the\s+/i, ''));
  } else if (linkWord === 'of' && rest.length > 0 && !party.office) {
    party.office = restore(joinWords(rest).replace(/^the\s+/i, ''));
  }
  return party;
}

/** Read one party phrase. Brackets give a real name, a place, an intermediary or a note. */
export function readParty(
  phrase: string,
  ctx: NameContext,
  out?: PartyListResult,
): ParsedParty | null {
  const asWritten = restore(tidy(phrase));
  const whole = withoutHonorifics(asWritten, ctx);
  if (whole && ctx.isKnownName(whole)) {
    return ctx.isOffice?.(whole)
      ? { name: whole, asWritten, kind: 'office' }
      : { name: whole, asWritten };
  }
  const found: { realName?: string; place?: string; office?: string; placeholder?: boolean } = {};
  const removals: { start: number; end: number }[] = [];
  for (const group of bracketGroups(phrase)) {
    removals.push(group);
    const atStart = phrase.slice(0, group.start).trim() === '';
    const read = readBracket(restore(tidy(group.content)), ctx, atStart, out);
    found.realName ??= read.realName;
    found.place ??= read.place;
    found.office ??= read.office;
    if (read.placeholder) found.placeholder = true;
  }
  const bare = tidy(removeRanges(phrase, removals));
  const parts = bare ? analysePhrase(restore(bare), ctx) : null;
  if (!parts) {
    if (found.realName) return { name: found.realName, asWritten, kind: 'person' };
    if (found.placeholder) return { name: asWritten, asWritten, kind: 'placeholder' };
    return null;
  }
  const party = partyFromParts(parts, asWritten);
  if (!party.name.trim()) return null;
  if (found.realName) {
    // "the President (Syngman Rhee)": an office named by the person who held it.
    if (parts.kind === 'office' || parts.kind === 'organisation') {
      party.office ??= party.name;
      party.name = found.realName;
      party.kind = 'person';
    } else {
      party.realName = found.realName;
    }
  }
  if (found.place && !party.place) party.place = found.place;
  if (found.office && !party.office) party.office = found.office;
  return party;
}

/**
 * Could this phrase name a party at all? "US Threats and Promises" after a comma cannot: a name
 * after known words needs an office or a body before it ("Soviet Ambassador Shtykov").
 */
export function isPartyLike(phrase: string, ctx: NameContext): boolean {
  const text = restore(tidy(phrase));
  if (ctx.isKnownName(withoutHonorifics(text, ctx))) return true;
  const parts = analysePhrase(text, ctx);
  if (!parts) return false;
  const words = [...parts.office, ...parts.name];
  if (parts.kind === 'person') {
    return (
      parts.office.length === 0 || parts.office.some((w) => w.cls === 'office' || w.cls === 'body')
    );
  }
  if (parts.kind === 'organisation') {
    return words.some((w) => w.cls === 'body' || w.cls === 'acronym' || w.cls === 'name');
  }
  return true;
}
