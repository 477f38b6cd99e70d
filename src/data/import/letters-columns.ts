/**
 * Which column of a letter table holds each field: the header names letter tables use for each
 * field, as editions and catalogues write them (lower case, without spaces, "_", "-" or "."):
 * "Addressee", "senderDate", "Empfänger"…, or the columns the user chose.
 */
import { LETTER_FIELDS } from '../../formats/letter-fields.ts';
import type { LetterField } from '../../formats/letter-fields.ts';
import type { LetterTableOptions } from './letters-csv.ts';

/**
 * Header names (lower case, without spaces, "_", "-", "." or apostrophes, accents dropped) each
 * field is known by: English, and the German, French and Italian words editions and archives'
 * letter registers head their columns with ("Absender", "Expéditeur", "Mittente"; "Lieu
 * d'expédition"; "Cote" and "Segnatura" for a letter's shelfmark).
 */
export const HEADER_NAMES: Record<LetterField, readonly string[]> = {
  id: [
    'id',
    'key',
    'letterid',
    'identifier',
    'nr',
    'no',
    'number',
    'signatur',
    'cote',
    'segnatura',
  ],
  title: ['title', 'titel', 'heading', 'description', 'subject', 'titre', 'titolo'],
  type: ['type', 'texttype', 'documenttype', 'doctype', 'genre'],
  date: [
    'date',
    'senderdate',
    'datesent',
    'sentdate',
    'datum',
    'when',
    'year',
    'datierung',
    'data',
  ],
  dateFrom: ['senderdatefrom', 'datefrom', 'fromdate'],
  dateTo: ['senderdateto', 'dateto', 'todate'],
  dateEarliest: ['senderdateearliest', 'notbefore', 'earliest', 'datenotbefore'],
  dateLatest: ['senderdatelatest', 'notafter', 'latest', 'datenotafter'],
  senders: [
    'sender',
    'senders',
    'from',
    'author',
    'authors',
    'writer',
    // German, French, Italian
    'absender',
    'verfasser',
    'von',
    'expediteur',
    'expeditrice',
    'auteur',
    'mittente',
    'autore',
  ],
  senderIds: [
    'senderid',
    'senderids',
    'sendergnd',
    'senderviaf',
    'senderwikidata',
    'senderuri',
    'authorid',
  ],
  senderOrgs: ['senderorg', 'senderorganisation', 'senderorganization'],
  recipients: [
    'recipient',
    'recipients',
    'addressee',
    'addressees',
    'to',
    'receiver',
    'empfanger',
    'empfaenger',
    'adressat',
    'an',
    'destinataire',
    'destinataires',
    'destinatario',
    'destinatari',
  ],
  recipientIds: [
    'recipientid',
    'recipientids',
    'addresseeid',
    'addresseeids',
    'recipientgnd',
    'recipienturi',
    'addresseegnd',
  ],
  recipientOrgs: ['recipientorg', 'addresseeorg', 'recipientorganisation', 'addresseeorganisation'],
  via: ['via', 'intermediary', 'intermediaries', 'forwardedby'],
  mentions: ['mentions', 'mentioned', 'persons', 'people'],
  places: [
    'place',
    'senderplace',
    'placesent',
    'sentplace',
    'placeofwriting',
    'fromplace',
    'ort',
    'absendeort',
    'absenderort',
    'schreibort',
    'lieu',
    'lieudexpedition',
    'luogo',
    'luogodispedizione',
  ],
  placeIds: ['senderplaceid', 'senderplaceids', 'placeid', 'placeids', 'placeuri', 'geonames'],
  recipientPlaces: [
    'recipientplace',
    'recipientplaces',
    'addresseeplace',
    'placereceived',
    'empfangsort',
    'empfangerort',
    'empfaengerort',
    'lieudedestination',
    'luogodidestinazione',
  ],
  recipientPlaceIds: [
    'recipientplaceid',
    'recipientplaceids',
    'addresseeplaceid',
    'addresseeplaceids',
  ],
  summary: [
    'summary',
    'abstract',
    'regest',
    'regeste',
    'content',
    'incipit',
    'inhalt',
    'analyse',
    'resume',
    'regesto',
  ],
  notes: [
    'note',
    'notes',
    'remark',
    'remarks',
    'comment',
    'bemerkung',
    'anmerkung',
    'anmerkungen',
    'remarque',
    'remarques',
  ],
  url: ['url', 'link', 'seealso', 'sourceurl', 'uri'],
};

export const squash = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[\s_\-.'’]+/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');

/** The column a header name (or a 0-based position) points to; -1 when none. */
export function columnIndex(header: readonly string[], wanted: string | number): number {
  if (typeof wanted === 'number')
    return Number.isInteger(wanted) && wanted < header.length ? wanted : -1;
  return header.findIndex((h) => h === wanted || squash(h) === squash(wanted));
}

/**
 * Which column holds each field: the user's choice of every column when given, else the header
 * names, with `map` over them. A column mapped to a field is not also found by its name.
 */
export function mapColumns(
  header: readonly string[],
  options: Partial<LetterTableOptions> = {},
): Partial<Record<LetterField, number>> {
  const mapped: Partial<Record<LetterField, number>> = {};
  if (options.columns) {
    for (const field of LETTER_FIELDS) {
      const wanted = options.columns[field];
      const index = wanted === undefined ? -1 : columnIndex(header, wanted);
      if (index >= 0) mapped[field] = index;
    }
    return mapped;
  }
  const map = options.map ?? {};
  const taken = new Set<number>();
  for (const field of LETTER_FIELDS) {
    const wanted = map[field];
    if (wanted === undefined) continue;
    const index = columnIndex(header, wanted);
    if (index >= 0) {
      mapped[field] = index;
      taken.add(index);
    }
  }
  for (const field of LETTER_FIELDS) {
    if (map[field] !== undefined) continue;
    const index = header.findIndex(
      (h, i) => !taken.has(i) && HEADER_NAMES[field].includes(squash(h)),
    );
    if (index >= 0) mapped[field] = index;
  }
  return mapped;
}

/** Is this table a letter table (rather than the project's own corpus format)? */
export function looksLikeLetterTable(header: readonly string[]): boolean {
  const mapped = mapColumns(header);
  return (
    mapped.senders !== undefined ||
    mapped.recipients !== undefined ||
    mapped.recipientIds !== undefined ||
    mapped.recipientOrgs !== undefined
  );
}
