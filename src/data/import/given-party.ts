/**
 * Parties and places as structured sources give them (CMIF, letter tables, Cablegraph's own
 * exports): the name as written, its authority ids, its kind and how the source knows it. One
 * reading for every such source, so a party exported and read again is the same party.
 */
import type { PlaceRef, PlaceRole } from '../../graph/types.ts';
import type { ParsedParty } from '../parse/names.ts';

/** A question mark closing a name is the editors' mark of a conjecture ("Justus Jacob Leibniz?"). */
const CONJECTURE_MARK = /\s*\?$/;

export interface GivenDetails {
  /** Authority URIs; the first identifies the party, the others say the same of it. */
  authority: readonly string[];
  kind: 'person' | 'organisation' | null;
  /** TEI @evidence as the source writes it. */
  evidence: string | null;
}

const NO_DETAILS: GivenDetails = { authority: [], kind: null, evidence: null };

/**
 * A party a source names. The name to resolve drops a closing "?" (Spener writes "Justus Jacob
 * Leibniz?" once and "Justus Jacob Leibniz" elsewhere, both with GND 116877537): the node is
 * named for the person, the record keeps the name as written and the conjecture.
 */
export function givenParty(asWritten: string, details: Partial<GivenDetails> = {}): ParsedParty {
  const { authority, kind, evidence } = { ...NO_DETAILS, ...details };
  const stripped = asWritten.replace(CONJECTURE_MARK, '');
  const party: ParsedParty = { name: stripped || asWritten, asWritten };
  const [first, ...sameAs] = authority;
  if (first) party.authority = first;
  if (sameAs.length > 0) party.sameAs = sameAs;
  if (kind) party.kind = kind;
  if (evidence) party.evidence = evidence;
  else if (stripped !== asWritten && stripped) party.evidence = 'conjecture';
  return party;
}

/** URIs of a CMIF @ref or an ids cell: several are separated by white space. */
export function authorityList(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean);
}

/** A place a source names, with its id and side. */
export function givenPlace(
  name: string,
  role: PlaceRole,
  authority: string | null,
  evidence: string | null = null,
): PlaceRef {
  const place: PlaceRef = { name, role };
  if (authority) place.authority = authority;
  if (evidence) place.evidence = evidence;
  return place;
}

/**
 * A title for a letter whose source has none (CMIF, letter tables, graphs): "Letter from A and B
 * to C, 1914-10". Only a label: the record's facts come from the source, never from it.
 */
export function composeTitle(
  type: string,
  senders: readonly ParsedParty[],
  recipients: readonly ParsedParty[],
  date: string,
): string {
  const names = (list: readonly ParsedParty[]): string => list.map((p) => p.name).join(' and ');
  const parts = [type.charAt(0).toUpperCase() + type.slice(1)];
  if (senders.length > 0) parts.push(`from ${names(senders)}`);
  if (recipients.length > 0) parts.push(`to ${names(recipients)}`);
  return `${parts.join(' ')}${date ? `, ${date}` : ''}`;
}
