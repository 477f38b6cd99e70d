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

/** The fields that hold a date or an end of one, each column read in its order of day and month. */
export const DATE_FIELDS: readonly LetterField[] = [
  'date',
  'dateFrom',
  'dateTo',
  'dateEarliest',
  'dateLatest',
];

/** Field → the column that fills it: a header name, or a 0-based position. */
export type ColumnChoice = Partial<Record<LetterField, string | number>>;

/** Whether "3/4/1795" is the 3rd of April (day-first) or the 4th of March (month-first). */
export type DateOrder = 'day-first' | 'month-first';

/**
 * How a date column's order was decided from its values: the reader's decision, which the import
 * dialog shows beside the column and the report says.
 */
export interface ColumnDateOrder {
  /** The order the values show; null when none shows it (or they disagree). */
  order: DateOrder | null;
  /** A value that shows it ("31/12/1796"), for the report. */
  shownBy: string | null;
  /** Values that show the other order too: the column mixes both. */
  conflict: string | null;
  /** Numeric dates that could be read either way. */
  ambiguous: number;
  /** The first of them ("03/04/1844"), to show what the choice changes. */
  example: string | null;
}

/** What the user chose for one file in the import dialog (or on the command line). */
export interface FileChoice {
  /** The sheet to read, for a workbook. */
  sheet?: string;
  /** Every column's field: no header name is guessed, a column not named is not read. */
  columns?: ColumnChoice;
  /** The order of day and month in date columns whose values do not show it (`--date-order`). */
  dateOrder?: DateOrder;
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
