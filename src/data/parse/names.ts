/**
 * A party as a title (or a structured source) names it, before the registry resolves it; and the
 * protection of registered multi-word names while a title is split.
 */

/** What kind of party a phrase names, as far as the title tells. */
export type PartyKind = 'person' | 'organisation' | 'office' | 'place' | 'placeholder';

/** A party as the title names it, before resolution against the registry. */
export interface ParsedParty {
  /** The name to resolve: honorifics, articles, offices and brackets removed. */
  name: string;
  /** The phrase exactly as the title gives it ("Filippov [Stalin]", "Cde. Stalin"). */
  asWritten: string;
  /** The real name a bracket gives after a cover name: "Filippov [Stalin]" → "Stalin". */
  realName?: string;
  /** A place that qualifies the party: "Kim Il Sung (Pyongyang)", "Ministry …, Moscow". */
  place?: string;
  /** An office written with the name: "Soviet Ambassador" in "Soviet Ambassador Shtykov". */
  office?: string;
  /** An authority URI (GND, VIAF, Wikidata) from structured sources such as CMIF. */
  authority?: string;
  /** Further URIs of the same party (CMIF's @ref may hold several: GND and VIAF). */
  sameAs?: string[];
  /**
   * Person, organisation, office (named only by its office), place, or a placeholder for a party
   * the source does not know ("unknown", "N.N.", "Others"); unset when nothing tells.
   */
  kind?: PartyKind;
  /** How the source knows the party (TEI @evidence: "conjecture", …), when it says. */
  evidence?: string;
}

/** What the name reader needs to know about the world; the registry provides it in the build. */
export interface NameContext {
  isPlace(name: string): boolean;
  isKnownName(name: string): boolean;
  /** Is a known name an office ("Soviet Ambassador to China")? Unset: none is. */
  isOffice?(name: string): boolean;
}

import type { ReadingNote } from '../../graph/types.ts';

export type { ReadingNote };

/** Everything a name phrase yields besides the parties themselves. */
export interface PartyListResult {
  parties: ParsedParty[];
  via: ParsedParty[];
  media: string[];
  notes: string[];
  readings: ReadingNote[];
}

export function emptyList(): PartyListResult {
  return { parties: [], via: [], media: [], notes: [], readings: [] };
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
