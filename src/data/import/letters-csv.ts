/**
 * Letter tables from editions and catalogues: CSV or TSV with columns such as sender, addressee,
 * date, place, title. Columns are found by header name (in the forms editions use), or mapped by
 * the user (`--map recipients=An,date=Datum`); a constant sender or recipient covers tables where
 * one side is implicit (a writer's own letters). Pure: runs in Node and in the browser.
 */
import { decodeReferences } from '../../formats/documents-csv.ts';
import type { PlaceRef } from '../../graph/types.ts';
import { fieldPosition } from '../io/csv.ts';
import type { CsvTable } from '../io/csv.ts';
import { VALUE_SEPARATOR } from '../io/tables.ts';
import type { TableRow } from '../io/tables.ts';
import type { IssueLog } from '../issues.ts';
import type { ParsedParty } from '../parse/names.ts';
import { parseTitle } from '../parse/title.ts';
import { composeTitle, givenParty, givenPlace } from './given-party.ts';
import { CellSplits, knownNames } from './party-cells.ts';
import type { DateOrder } from '../parse/date-cells.ts';
import { dateOrders, DEFAULT_DATE_ORDER, fallbackOrder, rowDate } from './date-columns.ts';

import { LETTER_FIELDS } from '../../formats/letter-fields.ts';
import type { ColumnChoice, LetterField } from '../../formats/letter-fields.ts';

/** The fields a letter table can fill (src/formats/letter-fields.ts: the dialog offers them too). */
export { LETTER_FIELDS };
export type { ColumnChoice, LetterField };

export { HEADER_NAMES, looksLikeLetterTable, mapColumns, squash } from './letters-columns.ts';
import { columnIndex, mapColumns } from './letters-columns.ts';

export interface LetterTableOptions {
  /** Field → column name, overriding the header names. */
  map: Partial<Record<LetterField, string>>;
  /**
   * Every column's field, chosen by the user (the import dialog, `--columns`): no header name is
   * guessed, and a column not named is not read. Null: the header names say.
   */
  columns: ColumnChoice | null;
  /** One sender (or recipient) for every letter where the table leaves it implicit. */
  defaultSender: string | null;
  defaultRecipient: string | null;
  /** Prefix of record ids, so letter numbers from different files stay distinct. */
  idPrefix: string;
  /**
   * How to read "3/4/1795" in a date column whose values do not show it (no "31/12"): each
   * column is decided from its own values first (date-order.ts), and the report says so.
   */
  dateOrder: DateOrder;
}

export const DEFAULT_LETTER_TABLE_OPTIONS: LetterTableOptions = {
  map: {},
  columns: null,
  defaultSender: null,
  defaultRecipient: null,
  idPrefix: '',
  dateOrder: DEFAULT_DATE_ORDER,
};

/** The columns naming people, whose cells may hold several joined by "&", "and", "und" … */
const PERSON_FIELDS: readonly LetterField[] = ['senders', 'recipients', 'via', 'mentions'];

/** ";" or "|" between the values of a cell (never commas, which "Surname, Forename" uses). */
const SEPARATOR = new RegExp(`${VALUE_SEPARATOR.source}|\\|`, 'i');

/** A cell's values by position, empty ones kept: "A;;C" → ["A", "", "C"]. */
function cellSlots(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split(SEPARATOR).map((v) => v.trim());
}

/**
 * The parties of a names cell, each with the id in the same position of the ids cell. An id that is
 * not a URL cannot be told apart from another authority's number: `unreadId` hears of it.
 */
function parties(
  names: string,
  ids: string,
  kind: 'person' | 'organisation',
  unreadId: (id: string, name: string) => void = () => undefined,
  split: (name: string) => string[] = (name) => [name],
): ParsedParty[] {
  const idSlots = cellSlots(ids);
  return cellSlots(names).flatMap((name, i) => {
    if (!name) return [];
    const decoded = decodeReferences(name);
    const id = idSlots[i];
    if (id && !/^https?:\/\//i.test(id)) unreadId(id, decoded);
    const authority = id && /^https?:\/\//i.test(id) ? [id] : [];
    // An id names one party: a value with an id is never split.
    const named = id || kind !== 'person' ? [decoded] : split(decoded);
    return named.map((one) => givenParty(one, { authority, kind }));
  });
}

/** The places of a side, each with the id in the same position of its ids cell. */
function places(names: string, ids: string, role: PlaceRef['role']): PlaceRef[] {
  const idSlots = cellSlots(ids);
  return cellSlots(names).flatMap((name, i) =>
    name ? [givenPlace(decodeReferences(name), role, idSlots[i] || null)] : [],
  );
}

/**
 * Turn a letter table into rows for the build: explicit parties (with authority ids where the
 * table has them), a date (ranges as ISO intervals), places, and a title composed when the table
 * has none. Reports which columns it used, so the mapping can be checked.
 */
export function letterRows(
  table: CsvTable,
  file: string,
  log: IssueLog,
  options: Partial<LetterTableOptions> = {},
): TableRow[] {
  const settings = { ...DEFAULT_LETTER_TABLE_OPTIONS, ...options };
  const columns = mapColumns(table.header, settings);
  const [option, chosen] = settings.columns
    ? ['--columns', settings.columns]
    : ['--map', settings.map];
  for (const [field, column] of Object.entries(chosen)) {
    if (columnIndex(table.header, column) < 0) {
      const which = typeof column === 'number' ? `column ${column + 1}` : `column "${column}"`;
      log.error(
        file,
        table.headerLine,
        `${option} ${field}=${column}: there is no ${which} (the header has ${table.header.map((h) => `"${h}"`).join(', ')})`,
        { column: 1 },
      );
    }
  }
  const used = Object.entries(columns).map(([field, i]) => `${field}←"${table.header[i] ?? ''}"`);
  log.info(file, table.headerLine, `read as a letter table: ${used.join(', ')}`, { column: 1 });
  // Only when the table gives the recipients: with no party column at all, the title is parsed.
  const givesRecipients =
    columns.recipients !== undefined ||
    columns.recipientOrgs !== undefined ||
    Boolean(settings.defaultRecipient);
  if (
    givesRecipients &&
    columns.senders === undefined &&
    !settings.defaultSender &&
    columns.senderOrgs === undefined
  ) {
    log.warn(
      file,
      table.headerLine,
      'no sender column: every letter has only its recipient (give --default-sender NAME if the sender is implicit)',
      { column: 1 },
    );
  }
  const splits = new CellSplits(knownNames(personCells(table, columns)));
  const orders = dateOrders(table, columns, fallbackOrder(options.dateOrder), log, file);
  const rows = table.rows.map((row) => {
    const get = (field: LetterField): string => {
      const i = columns[field];
      return i === undefined ? '' : (row.fields[i] ?? '').trim();
    };
    // Where a field's cell is; a date may come from its range columns.
    const at = (field: string): { line: number; column: number } => {
      const i =
        columns[field as LetterField] ??
        (field === 'date' ? (columns.dateFrom ?? columns.dateEarliest) : undefined);
      return fieldPosition(row, i ?? 0);
    };
    const unreadId =
      (field: LetterField) =>
      (id: string, name: string): void =>
        log.warn(
          file,
          row.line,
          `"${id}", the id of ${name}, is not a URL, so its authority is unknown: ${name} is matched by name (write ids as URLs, e.g. https://d-nb.info/gnd/118540238)`,
          {
            field: table.header[columns[field] ?? -1] ?? field,
            ...at(field),
            kind: 'id not a URL',
          },
        );
    const split =
      (field: LetterField) =>
      (name: string): string[] =>
        splits.split(name, { ...at(field), field: table.header[columns[field] ?? -1] ?? field });
    const senders = [
      ...parties(
        get('senders'),
        get('senderIds'),
        'person',
        unreadId('senderIds'),
        split('senders'),
      ),
      ...parties(get('senderOrgs'), '', 'organisation'),
    ];
    // An organisation beside a named addressee is where the addressee works, not a second recipient.
    const addressees = parties(
      get('recipients'),
      get('recipientIds'),
      'person',
      unreadId('recipientIds'),
      split('recipients'),
    );
    const organisations = parties(get('recipientOrgs'), '', 'organisation');
    const recipients = addressees.length > 0 ? addressees : organisations;
    const orgNote =
      addressees.length > 0 && organisations.length > 0
        ? `addressee's organisation: ${organisations.map((o) => o.name).join(', ')}`
        : '';
    if (senders.length === 0 && settings.defaultSender)
      senders.push(givenParty(settings.defaultSender));
    if (recipients.length === 0 && settings.defaultRecipient)
      recipients.push(givenParty(settings.defaultRecipient));
    const title = get('title');
    const hasParties = senders.length + recipients.length > 0;
    // A table's own title still says what its columns leave out: its date and type.
    const dated = rowDate(get, orders);
    const fromTitle = title && (!dated.text || !get('type')) ? parseTitle(title) : null;
    const date = dated.text || fromTitle?.date.asWritten || '';
    if (get('date') && date !== get('date')) {
      const both = `the date "${get('date')}" and the range ${date} are both given`;
      log.warn(file, row.line, `${both}; the range is used`, { field: 'date', ...at('date') });
    }
    const fields: Record<string, string> = {
      id: get('id') ? `${settings.idPrefix}${get('id')}` : '',
      title: title || composeTitle(get('type') || 'Letter', senders, recipients, date),
      date,
      type: get('type') || (fromTitle?.type ?? ''),
      summary: get('summary'),
      notes: [get('notes'), orgNote].filter(Boolean).join('; '),
      url: get('url'),
    };
    const result: TableRow = {
      file,
      line: row.line,
      column: row.columns[0] ?? 1,
      at,
      get: (column) => fields[column] ?? '',
      has: (column) => column in fields,
    };
    if (dated.date) result.date = dated.date;
    const placeRefs = [
      ...places(get('places'), get('placeIds'), 'sent'),
      ...places(get('recipientPlaces'), get('recipientPlaceIds'), 'received'),
    ];
    // With no party columns at all, the title is parsed as usual; otherwise the table's parties rule.
    if (hasParties || columns.senders !== undefined || columns.recipients !== undefined) {
      result.parties = {
        senders,
        recipients,
        via: parties(get('via'), '', 'person', undefined, split('via')),
        originators: [],
        participants: [],
        mentions: parties(get('mentions'), '', 'person', undefined, split('mentions')),
      };
      result.partiesFrom = 'table';
      result.placeRefs = placeRefs;
    } else {
      // Parties and places from the title, with the table's places over them.
      fields.places = placeRefs.map((place) => place.name).join('; ');
    }
    return result;
  });
  splits.report(log, file);
  return rows;
}

/** Every value of the table's person columns, to know the names it gives on their own. */
function* personCells(
  table: CsvTable,
  columns: Partial<Record<LetterField, number>>,
): Generator<string> {
  const used = PERSON_FIELDS.flatMap((field) => columns[field] ?? []);
  for (const row of table.rows)
    for (const i of used)
      for (const value of cellSlots(row.fields[i] ?? '')) yield decodeReferences(value);
}
