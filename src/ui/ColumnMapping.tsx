/**
 * The import dialog's preview of a table: its first rows, with what each column will be read as
 * (sender, recipient, date, … or not read), changeable per column before the import; for a
 * workbook, which sheet; for its dates, the order of day and month (DateOrderChoice). A table with a labelled <select> per column, so it works by keyboard and
 * screen reader, scrolling sideways on a phone.
 */
import type { TablePreview } from '../formats/import-protocol.ts';
import { LETTER_FIELD_LABELS } from '../formats/letter-fields.ts';
import type { DateOrder, LetterField } from '../formats/letter-fields.ts';
import { DateOrderChoice } from './DateOrderChoice.tsx';

/** The fields in the order the dialog offers them (the labels' order: sender first). */
const FIELDS = Object.keys(LETTER_FIELD_LABELS) as LetterField[];

const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Excel “Unicode text”)',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252 (not UTF-8)',
};

export interface ColumnMappingProps {
  preview: TablePreview;
  /** The field each column is read as now (null: not read). */
  roles: (LetterField | null)[];
  /** The order of day and month chosen for dates that do not show it; null: the default. */
  dateOrder: DateOrder | null;
  /** Whether `roles` are the ones chosen last time for this header. */
  remembered: boolean;
  onRole(index: number, field: LetterField | null): void;
  onDateOrder(order: DateOrder): void;
  onSheet(sheet: string): void;
  /** A prefix for element ids, unique in the dialog. */
  idPrefix: string;
}

function summary(preview: TablePreview, remembered: boolean): string {
  if (preview.kind === 'corpus')
    return 'Read in Cablegraph’s corpus format: a title per row, its curation columns beside it.';
  if (remembered) return 'Columns as you set them last time for a table with this header.';
  if (preview.kind === 'unknown')
    return 'No column was recognised: choose what each column holds, at least a sender or a recipient.';
  return 'Columns as their names were read: change any that is wrong.';
}

export function ColumnMapping(props: ColumnMappingProps) {
  const { preview, roles, idPrefix } = props;
  const mappable = preview.kind !== 'corpus';
  const captionId = `${idPrefix}-caption`;
  return (
    <section class="column-mapping" aria-labelledby={captionId}>
      <h3 id={captionId}>
        {preview.file}
        {preview.sheet !== null && <span class="muted"> — sheet “{preview.sheet}”</span>}
      </h3>
      {preview.sheets.length > 1 && (
        <label class="sheet-choice">
          Sheet{' '}
          <select
            value={preview.sheet ?? ''}
            onChange={(e) => props.onSheet((e.target as HTMLSelectElement).value)}
          >
            {preview.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </label>
      )}
      <p class="muted">
        {summary(preview, props.remembered)}
        {preview.encoding && preview.encoding !== 'utf-8' && (
          <> Read as {ENCODINGS[preview.encoding] ?? preview.encoding}.</>
        )}
      </p>
      <div class="mapping-scroll" tabIndex={0} aria-label={`First rows of ${preview.file}`}>
        <table class="mapping-table">
          <thead>
            <tr>
              {preview.header.map((name, index) => {
                const id = `${idPrefix}-col-${index}`;
                return (
                  <th key={index} scope="col">
                    <label for={id} class="column-name">
                      {name || `Column ${index + 1}`}
                    </label>
                    {mappable && (
                      <select
                        id={id}
                        value={roles[index] ?? ''}
                        aria-describedby={`${id}-what`}
                        onChange={(e) => {
                          const value = (e.target as HTMLSelectElement).value;
                          props.onRole(index, value === '' ? null : (value as LetterField));
                        }}
                      >
                        <option value="">not read</option>
                        {FIELDS.map((field) => (
                          <option key={field} value={field}>
                            {LETTER_FIELD_LABELS[field]}
                          </option>
                        ))}
                      </select>
                    )}
                    {mappable && (
                      <span id={`${id}-what`} class="visually-hidden">
                        what column {index + 1} holds
                      </span>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} class={mappable && roles[c] === null ? 'unread' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DateOrderChoice
        header={preview.header}
        roles={roles}
        dateOrders={preview.dateOrders}
        dateOrder={props.dateOrder}
        onDateOrder={props.onDateOrder}
        idPrefix={idPrefix}
      />
    </section>
  );
}
