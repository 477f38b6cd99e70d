/**
 * The user's choice of every column's field in words (`--columns sender=Absender,recipient=An`):
 * a field by its name ("recipients"), by a header name editions use for it ("recipient",
 * "Empfänger") or by the word the import dialog shows ("place received"); a column by its header
 * name, or by its position ("#3", counted from 1) where the header leaves it nameless.
 */
import { LETTER_FIELD_LABELS, LETTER_FIELDS } from '../../formats/letter-fields.ts';
import type { ColumnChoice, LetterField } from '../../formats/letter-fields.ts';
import { HEADER_NAMES } from './letters-columns.ts';
import { squash } from './letters-csv.ts';

/** The field a word names; null when none. */
export function fieldNamed(word: string): LetterField | null {
  const wanted = squash(word);
  return (
    LETTER_FIELDS.find((field) => squash(field) === wanted) ??
    LETTER_FIELDS.find((field) => squash(LETTER_FIELD_LABELS[field]) === wanted) ??
    LETTER_FIELDS.find((field) => HEADER_NAMES[field].includes(wanted)) ??
    null
  );
}

/** "sender=Absender,recipient=#2" as a column choice; the parts that are not, as messages. */
export function parseColumnChoice(text: string): { columns: ColumnChoice; errors: string[] } {
  const columns: ColumnChoice = {};
  const errors: string[] = [];
  for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
    const [word = '', column = ''] = pair.split('=').map((part) => part.trim());
    const field = fieldNamed(word);
    if (!field || !column) {
      errors.push(
        `"${pair}" is not FIELD=COLUMN with FIELD one of ${LETTER_FIELDS.join(', ')} (or sender, recipient, place …)`,
      );
      continue;
    }
    const position = /^#(\d+)$/.exec(column)?.[1];
    columns[field] = position ? Number(position) - 1 : column;
  }
  return { columns, errors };
}
