/**
 * The parts of a CMIF letter as the build takes them: parties as given (authority ids, kind,
 * evidence), places with their ids and sides, and the date as the date column would write it.
 */
import { qualifierOfCertainty, qualifierOfEvidence } from '../../graph/dates.ts';
import type { PlaceRef } from '../../graph/types.ts';
import { parseDate } from '../parse/dates.ts';
import { UNKNOWN_AUTHORITY } from '../parse/lexicon.ts';
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
 * The correspondents of one side. "Unknown" ones stay on the letter as placeholders, each a party
 * of its own letter only (the build keeps them unidentified, never a node). Names are read as TEI
 * reads them, white space collapsed, or `verbatim` for Cablegraph's own export, which writes each
 * name as the record had it and an empty side as a bare "Unknown", which is no party.
 */
export function knownParties(parties: CmifParty[], verbatim = false): ParsedParty[] {
  return parties.flatMap((party): ParsedParty[] => {
    if (verbatim) return recordParty(party);
    if (!party.unknown) return [toParty(party, false)];
    const name = party.name.trim() || 'unknown';
    return [{ name, asWritten: name, kind: 'placeholder' }];
  });
}

/**
 * A party of Cablegraph's own export as the record had it: unidentified ones carry
 * correspSearch's unknown URI, and a bare "Unknown" only fills a side CMIF may not leave empty.
 */
function recordParty(party: CmifParty): ParsedParty[] {
  const name = party.raw ?? party.name;
  if (party.ref && UNKNOWN_AUTHORITY.test(party.ref))
    return [{ name, asWritten: name, kind: 'placeholder' }];
  if (!party.ref && name === 'Unknown') return [];
  return [toParty(party, true)];
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
  const qualifier = qualifierOfCertainty(date.cert) ?? qualifierOfEvidence(date.evidence);
  const certainty = qualifier ? `${qualifier} ` : '';
  if (date.when) return `${certainty}${date.when}`;
  const from = date.from ?? date.notBefore;
  const to = date.to ?? date.notAfter;
  if (from && to) return `${certainty}${from}/${to}`;
  if (from || to) return `${from ?? '..'}/${to ?? '..'}`;
  return date.text && parseDate(date.text) ? date.text : '';
}
