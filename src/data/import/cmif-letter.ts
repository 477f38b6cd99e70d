/**
 * The parts of a CMIF letter as the build takes them: parties as given (authority ids, kind,
 * evidence), places with their ids and sides, and the date as the date column would write it.
 */
import { qualifierOfCertainty } from '../../graph/dates.ts';
import type { PlaceRef } from '../../graph/types.ts';
import { parseDate } from '../parse/dates.ts';
import type { ParsedParty } from '../parse/names.ts';
import type { CmifDate, CmifLetter, CmifParty, CmifPlace } from './cmif.ts';
import { authorityList, givenParty, givenPlace } from './given-party.ts';

const toParty = (party: CmifParty, verbatim: boolean): ParsedParty =>
  givenParty(verbatim ? (party.raw ?? party.name) : party.name, {
    authority: authorityList(party.ref),
    kind: party.kind,
    evidence: party.evidence,
  });

/**
 * Known correspondents; "Unknown" ones leave their side unknown (and say so in the notes). Names
 * are read as TEI reads them, white space collapsed, or `verbatim` (Cablegraph's own export
 * writes the name as the record had it, line breaks and all).
 */
export function knownParties(parties: CmifParty[], verbatim = false): ParsedParty[] {
  return parties
    .filter((p) => !p.unknown && p.name.trim() !== '')
    .map((party) => toParty(party, verbatim));
}

/**
 * A letter's places with their GeoNames ids, sent from first, then received at and mentioned;
 * names `verbatim` as for parties.
 */
export function letterPlaces(letter: CmifLetter, verbatim = false): PlaceRef[] {
  const side = (places: CmifPlace[], role: PlaceRef['role']): PlaceRef[] =>
    places
      .filter((place) => place.name !== '')
      .map((place) =>
        givenPlace(
          verbatim ? (place.raw ?? place.name) : place.name,
          role,
          place.ref,
          place.evidence,
        ),
      );
  return [
    ...side(letter.sentPlaces, 'sent'),
    ...side(letter.receivedPlaces, 'received'),
    ...side(letter.mentionedPlaces, 'mentioned'),
  ];
}

/**
 * The date as the build reads it: a day, month or year, or an ISO interval for ranges (open for
 * a lone notBefore or notAfter), after "probably"/"possibly" when the edition is unsure of it.
 */
export function cmifDateText(date: CmifDate | null): string {
  if (!date) return '';
  const qualifier = qualifierOfCertainty(date.cert);
  const certainty = qualifier ? `${qualifier} ` : '';
  if (date.when) return `${certainty}${date.when}`;
  const from = date.from ?? date.notBefore;
  const to = date.to ?? date.notAfter;
  if (from && to) return `${certainty}${from}/${to}`;
  if (from || to) return `${from ?? '..'}/${to ?? '..'}`;
  return date.text && parseDate(date.text) ? date.text : '';
}
