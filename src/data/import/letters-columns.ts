/**
 * The header names letter tables use for each field, as editions and catalogues write them
 * (lower case, without spaces, "_", "-" or "."): "Addressee", "senderDate", "Empfänger"…
 */
import type { LetterField } from './letters-csv.ts';

/** Header names (lower case, without spaces, "_" or "-") each field is known by. */
export const HEADER_NAMES: Record<LetterField, readonly string[]> = {
  id: ['id', 'key', 'letterid', 'identifier', 'nr', 'no', 'number', 'signatur'],
  title: ['title', 'titel', 'heading', 'description', 'subject'],
  type: ['type', 'texttype', 'documenttype', 'doctype', 'genre'],
  date: ['date', 'senderdate', 'datesent', 'sentdate', 'datum', 'when', 'year'],
  dateFrom: ['senderdatefrom', 'datefrom', 'fromdate'],
  dateTo: ['senderdateto', 'dateto', 'todate'],
  dateEarliest: ['senderdateearliest', 'notbefore', 'earliest', 'datenotbefore'],
  dateLatest: ['senderdatelatest', 'notafter', 'latest', 'datenotafter'],
  senders: ['sender', 'senders', 'from', 'author', 'authors', 'absender', 'writer', 'verfasser'],
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
    'empfanger',
    'empfaenger',
    'receiver',
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
    'ort',
    'absendeort',
    'fromplace',
  ],
  placeIds: ['senderplaceid', 'senderplaceids', 'placeid', 'placeids', 'placeuri', 'geonames'],
  recipientPlaces: [
    'recipientplace',
    'recipientplaces',
    'addresseeplace',
    'placereceived',
    'empfangsort',
  ],
  recipientPlaceIds: [
    'recipientplaceid',
    'recipientplaceids',
    'addresseeplaceid',
    'addresseeplaceids',
  ],
  summary: ['summary', 'abstract', 'regest', 'regeste', 'content', 'incipit'],
  notes: ['note', 'notes', 'remark', 'remarks', 'comment', 'bemerkung'],
  url: ['url', 'link', 'seealso', 'sourceurl', 'uri'],
};
