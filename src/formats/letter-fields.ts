/**
 * The fields a letter table's columns can fill, shared by the reader (src/data/import), the
 * import worker's preview and the import dialog's column mapping, with the words the dialog
 * shows for them.
 */
export const LETTER_FIELDS = [
  'id',
  'title',
  'type',
  'date',
  'dateFrom',
  'dateTo',
  'dateEarliest',
  'dateLatest',
  'senders',
  'senderIds',
  'senderOrgs',
  'recipients',
  'recipientIds',
  'recipientOrgs',
  'via',
  'mentions',
  'places',
  'placeIds',
  'recipientPlaces',
  'recipientPlaceIds',
  'summary',
  'notes',
  'url',
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

/** Field → the column that fills it: a header name, or a 0-based position. */
export type ColumnChoice = Partial<Record<LetterField, string | number>>;

/** What the user chose for one file in the import dialog (or on the command line). */
export interface FileChoice {
  /** The sheet to read, for a workbook. */
  sheet?: string;
  /** Every column's field: no header name is guessed, a column not named is not read. */
  columns?: ColumnChoice;
}

/** What the import dialog calls each field, in the order it offers them. */
export const LETTER_FIELD_LABELS: Record<LetterField, string> = {
  senders: 'sender',
  recipients: 'recipient',
  date: 'date',
  places: 'place sent from',
  recipientPlaces: 'place received',
  id: 'id',
  title: 'title',
  type: 'type',
  summary: 'summary',
  notes: 'notes',
  url: 'link',
  via: 'via (intermediary)',
  mentions: 'people mentioned',
  senderIds: 'sender id',
  recipientIds: 'recipient id',
  senderOrgs: 'sender organisation',
  recipientOrgs: 'recipient organisation',
  placeIds: 'place sent from id',
  recipientPlaceIds: 'place received id',
  dateFrom: 'date from',
  dateTo: 'date to',
  dateEarliest: 'date not before',
  dateLatest: 'date not after',
};
