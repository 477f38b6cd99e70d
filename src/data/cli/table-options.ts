/**
 * How letter tables are read, as the command lines say it: `--map`, `--columns`, `--sheet`,
 * `--default-sender`, `--default-recipient`, `--date-order`. One parser for `npm run build:data`
 * and `npm run export`, so a table reads the same whichever command is given it.
 */
import type { DateOrder } from '../parse/date-cells.ts';
import { parseColumnChoice } from '../import/column-choice.ts';
import { LETTER_FIELDS } from '../import/letters-csv.ts';
import type { LetterField, LetterTableOptions } from '../import/letters-csv.ts';

/** The options, for node:util's parseArgs. */
export const TABLE_ARGS = {
  map: { type: 'string', multiple: true },
  columns: { type: 'string', multiple: true },
  sheet: { type: 'string' },
  'default-sender': { type: 'string' },
  'default-recipient': { type: 'string' },
  'date-order': { type: 'string' },
} as const;

/** Their help, indented as both commands' help is. */
export const TABLE_HELP = `  --map F=COLUMN   map a letter-table field to a column, e.g. --map recipients=An,date=Datum
                   (fields: senders, recipients, date, title, places, id, senderIds, …); the
                   other columns are still found by their header names
  --columns F=COLUMN,…  every column a letter table is read from, e.g.
                   --columns sender=Absender,recipient=An,date=#3 (#3: the third column);
                   no header name is guessed, and columns not named are not read
  --sheet NAME     the sheet to read of each Excel or OpenDocument workbook (.xlsx, .ods);
                   default: the first that looks like a letter table
  --default-sender NAME     sender of every letter whose table leaves it implicit
  --default-recipient NAME  recipient likewise
  --date-order day-first|month-first
                   how to read "3/4/1795" in a date column whose values do not show it
                   (default day-first; a column with "31/12/1796" or "12/31/1796" decides itself)`;

/** The values parseArgs gives for TABLE_ARGS. */
export interface TableArgValues {
  map?: string[];
  columns?: string[];
  sheet?: string;
  'default-sender'?: string;
  'default-recipient'?: string;
  'date-order'?: string;
}

export interface TableOptions {
  /** The sheet of each workbook; null: the one that looks like letters. */
  sheet: string | null;
  letters: Partial<LetterTableOptions>;
}

/**
 * The table options given, or the message saying what is wrong with them (without the module
 * prefix: each command puts its own).
 */
export function tableOptionsOf(values: TableArgValues): TableOptions | { error: string } {
  const map: Partial<Record<LetterField, string>> = {};
  for (const pair of (values.map ?? []).flatMap((m) => m.split(','))) {
    const [field = '', column = ''] = pair.split('=').map((part) => part.trim());
    if (!field || !column || !(LETTER_FIELDS as readonly string[]).includes(field))
      return {
        error: `--map wants FIELD=COLUMN with FIELD one of ${LETTER_FIELDS.join(', ')}; got "${pair}"`,
      };
    map[field as LetterField] = column;
  }
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && dateOrder !== 'day-first' && dateOrder !== 'month-first')
    return { error: `--date-order must be day-first or month-first, not "${dateOrder}"` };
  const chosen = values.columns ? parseColumnChoice(values.columns.join(',')) : null;
  if (chosen && chosen.errors.length > 0)
    return { error: `--columns: ${chosen.errors.join('; ')}` };
  const letters: Partial<LetterTableOptions> = {
    map,
    columns: chosen?.columns ?? null,
    defaultSender: values['default-sender'] ?? null,
    defaultRecipient: values['default-recipient'] ?? null,
  };
  // Given only when given: the report says whether the order was the user's or the default.
  if (dateOrder) letters.dateOrder = dateOrder as DateOrder;
  return { sheet: values.sheet ?? null, letters };
}
