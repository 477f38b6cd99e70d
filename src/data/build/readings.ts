/**
 * What a record says about how it was read: the title reader's notes, and how each name was tied
 * to a person — by a spelling variant, by the holder of an office on the document's date, by the
 * real name behind a cover name. The build and `npm run parse` both take their notes from here.
 */
import type { DocDate, PartyRef, ReadingNote, Role } from '../../graph/types.ts';
import { PLACEHOLDER, UNKNOWN_AUTHORITY } from '../parse/lexicon.ts';
import type { ParsedParty } from '../parse/names.ts';

/** A party the source does not identify: by its kind, its name, or correspSearch's unknown URI. */
export function isPlaceholder(party: ParsedParty): boolean {
  if (party.kind === 'placeholder') return true;
  if (party.authority && UNKNOWN_AUTHORITY.test(party.authority)) return true;
  return !party.authority && PLACEHOLDER.test(party.name.trim());
}

const ROLE_NOUN: Record<Exclude<Role, 'mentions'>, string> = {
  originators: 'author of the carried message',
  senders: 'sender',
  via: 'intermediary',
  recipients: 'recipient',
  participants: 'participant',
};

/** "'Unbekannt (1)' read as an unidentified recipient". */
export function placeholderNote(role: Exclude<Role, 'mentions'>, party: ParsedParty): ReadingNote {
  return { text: `"${party.asWritten}" read as an unidentified ${ROLE_NOUN[role]}`, check: false };
}

/** How one resolved name was tied to its person, when it was not by its registered form. */
export function resolutionNote(ref: PartyRef, label: string, date: DocDate): ReadingNote | null {
  const written = ref.asWritten;
  if (ref.resolvedBy === 'variant') {
    return ref.uncertain
      ? { text: `"${written}" read as ${label} (a near spelling: check)`, check: true }
      : { text: `"${written}" read as ${label} (spelling)`, check: false };
  }
  if (ref.resolvedBy === 'office') {
    const when = date.iso
      ? `office holder on ${date.iso}`
      : 'office holder; the document is undated';
    return {
      text: `"${ref.office ?? written}" read as ${label} (${when})`,
      check: !!ref.uncertain,
    };
  }
  if (ref.resolvedBy === 'bracket') {
    return {
      text: `"${written}" read as ${label}, the real name in brackets`,
      check: !!ref.uncertain,
    };
  }
  return null;
}
