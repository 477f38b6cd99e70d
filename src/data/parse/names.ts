/**
 * Reading the name phrases of a title: lists joined by "and" and commas, honorifics, offices,
 * pseudonyms with the real name in brackets, and places in brackets after a name.
 */
import {
  bracketGroups,
  removeRanges,
  splitTopLevelSpans,
  startsCapitalised,
  tidy,
} from './text.ts';
import {
  HONORIFICS,
  MEDIA,
  NOTE_BRACKET,
  OFFICE_DESTINATIONS,
  OFFICE_NOUNS,
  OFFICE_PREFIX,
  PRONOUN,
  SEQUENCE_MARKER,
} from './vocabulary.ts';

/** A party as the title names it, before resolution against the registry. */
export interface ParsedParty {
  /** The name to resolve: honorifics, articles and brackets removed. */
  name: string;
  /** The phrase exactly as the title gives it ("Filippov [Stalin]", "Cde. Stalin"). */
  asWritten: string;
  /** The real name a bracket gives after a pseudonym: "Filippov [Stalin]" → "Stalin". */
  realName?: string;
  /** A place that qualifies the party: "Kim Il Sung (Pyongyang)", "Ministry …, Moscow". */
  place?: string;
  /** An office written before the name: "Soviet Ambassador" in "Soviet Ambassador Shtykov". */
  office?: string;
  /** An authority URI (GND, VIAF, Wikidata) from structured sources such as CMIF. */
  authority?: string;
  /** Further URIs of the same party (CMIF's @ref may hold several: GND and VIAF). */
  sameAs?: string[];
  /** Organisation rather than person, when the source says so (CMIF orgName). */
  kind?: 'person' | 'organisation';
  /** How the source knows the party (TEI @evidence: "conjecture", …), when it says. */
  evidence?: string;
}

/** What the name reader needs to know about the world; the registry provides it in the build. */
export interface NameContext {
  isPlace(name: string): boolean;
  isKnownName(name: string): boolean;
}

/** Everything a name phrase yields besides the parties themselves. */
export interface PartyListResult {
  parties: ParsedParty[];
  via: ParsedParty[];
  media: string[];
  notes: string[];
}

/** Words that look like honorifics but begin the names of bodies ("General Staff"). */
const BODY_WORDS =
  /^(?:staff|assembly|council|committee|directorate|department|secretariat|headquarters|command|government|ministry|office|bureau)\b/i;

/** Commas, "and" and "&" between the names of a list. */
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/i;

/** Split "Filippov [Stalin] and Mao Zedong" or "A, B and C" into single-party phrases. */
export function splitNameList(phrase: string, ctx: NameContext): string[] {
  const pieces = splitTopLevelSpans(phrase, LIST_SEPARATOR).filter(
    (piece) => tidy(piece.text).length > 0,
  );
  // Re-join neighbours that together form a registered name ("Ministry of Foreign Affairs and Trade").
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i];
    if (!first) continue;
    let name = tidy(first.text);
    for (let j = pieces.length - 1; j > i; j--) {
      const joined = tidy(phrase.slice(first.start, pieces[j]?.end ?? first.end));
      if (ctx.isKnownName(stripArticle(joined))) {
        name = joined;
        i = j;
        break;
      }
    }
    names.push(name);
  }
  return names;
}

function stripArticle(text: string): string {
  return text.replace(/^the\s+/i, '').trim();
}

/** Drop honorifics ("Cde.", "Generalissimo", "Dr.") while a name remains after them. */
export function stripHonorifics(name: string, ctx: NameContext): string {
  let current = stripArticle(name);
  for (let guard = 0; guard < 5; guard++) {
    if (ctx.isKnownName(current)) return current;
    const match = HONORIFICS.exec(current);
    if (!match) break;
    const rest = current.slice(match[0].length).trim();
    if (!startsCapitalised(rest) || BODY_WORDS.test(rest)) break;
    current = rest;
  }
  return current;
}

/**
 * Separate an office written before a personal name: "Soviet Ambassador Shtykov" → office
 * "Soviet Ambassador", name "Shtykov"; "Soviet Ambassador to France Bogomolov" likewise.
 * An office alone ("Soviet Ambassador to China") is returned as the name.
 */
function splitOffice(name: string, ctx: NameContext): { name: string; office?: string } {
  if (ctx.isKnownName(name)) return { name };
  const withDestination =
    /^((?:[\p{L}.]+\s+){0,3}?(?:ambassador|envoy|minister|representative|consul|delegate|plenipotentiary)\s+(?:to|in|at)\s+)(.+)$/iu.exec(
      name,
    );
  if (withDestination) {
    const destination = OFFICE_DESTINATIONS.exec(withDestination[2] ?? '');
    const rest = destination ? (withDestination[2] ?? '').slice(destination[0].length).trim() : '';
    if (destination && startsCapitalised(rest)) {
      return { name: rest, office: tidy(`${withDestination[1] ?? ''}${destination[0]}`) };
    }
    return { name };
  }
  const prefix = OFFICE_PREFIX.exec(name);
  if (prefix) {
    const rest = name.slice(prefix[0].length).trim();
    if (
      rest &&
      !BODY_WORDS.test(rest) &&
      !ctx.isPlace(rest) &&
      !/^(?:of|to|in|at|for)\b/i.test(rest)
    ) {
      return { name: rest, office: tidy(prefix[1] ?? '') };
    }
  }
  return { name };
}

/** Read one party phrase: "Filippov [Stalin]", "Cde. I.V. Stalin", "Kim Il Sung (Pyongyang)". */
export function parseParty(
  phrase: string,
  ctx: NameContext,
  extra?: PartyListResult,
): ParsedParty | null {
  const asWritten = restore(tidy(phrase));
  // A registered name may itself hold brackets: "Central Committee of the VKP(b)".
  const whole = stripHonorifics(asWritten, ctx);
  if (ctx.isKnownName(whole)) return { name: whole, asWritten };
  let realName: string | undefined;
  let place: string | undefined;
  const removals: { start: number; end: number }[] = [];
  for (const group of bracketGroups(phrase)) {
    const content = tidy(group.content);
    removals.push(group);
    if (/^via\s+/i.test(content)) {
      const target = content.replace(/^via\s+/i, '');
      if (MEDIA.test(target)) extra?.media.push(target);
      else extra?.via.push(...parsePartyList(target, ctx).parties);
    } else if (SEQUENCE_MARKER.test(content) || NOTE_BRACKET.test(content)) {
      extra?.notes.push(content);
    } else if (ctx.isPlace(content)) {
      place = content;
    } else if (startsCapitalised(content) || ctx.isKnownName(content)) {
      realName = stripHonorifics(content, ctx);
    } else {
      extra?.notes.push(content);
    }
  }
  const bare = tidy(removeRanges(phrase, removals));
  if (!bare && !realName) return null;
  const honourless = stripHonorifics(bare, ctx);
  if (PRONOUN.test(honourless)) return null;
  const { name, office } = splitOffice(honourless, ctx);
  const party: ParsedParty = { name: restore(name || realName || ''), asWritten };
  if (realName) party.realName = restore(realName);
  if (place) party.place = restore(place);
  if (office) party.office = restore(office);
  return party;
}

/** Read a list of parties ("Meretskov and Shytkov", "Kim Il Sung, Pak Heon-yeong"). */
export function parsePartyList(phrase: string, ctx: NameContext): PartyListResult {
  const result: PartyListResult = { parties: [], via: [], media: [], notes: [] };
  for (const piece of splitNameList(phrase, ctx)) {
    const party = parseParty(piece, ctx, result);
    if (party) result.parties.push(party);
  }
  return result;
}

/**
 * Stands in for the spaces of a registered multi-word name while a title is split, so that
 * "Commission on Korea" or "Ambassador to China" is not cut at its "on" or "to".
 */
export const PROTECTED_SPACE = '\u0001';

/** Undo the protection of multi-word names (see `protectNames` in title.ts). */
export function restore(text: string): string {
  return text.includes(PROTECTED_SPACE) ? text.split(PROTECTED_SPACE).join(' ') : text;
}

/** True when a name phrase ends with an office noun ("the Soviet Ambassador"). */
export function endsWithOfficeNoun(text: string): boolean {
  return OFFICE_NOUNS.test(restore(text).trim());
}
