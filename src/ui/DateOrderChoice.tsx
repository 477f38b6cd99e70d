/**
 * Beside a table's preview: how the order of day and month was decided in each of its date
 * columns ("“31/12/1796” decides: day-first"), and where the values leave it open ("03/04/1844"
 * and nothing above 12), a choice of day-first or month-first, shown with what it makes of such a
 * date. The choice goes to the import as the table's date order (`--date-order` on the command
 * line) and applies to the dates that show neither order; a column its values decide is read as
 * they show, since a "31/12/1796" cannot be read month-first.
 */
import { DATE_FIELDS } from '../formats/letter-fields.ts';
import type { ColumnDateOrder, DateOrder, LetterField } from '../formats/letter-fields.ts';
import { MONTH_NAMES } from '../graph/dates.ts';

/** "03/04/1844" read in `order`: "3 April 1844"; the value itself when it is no such date. */
export function readAs(value: string, order: DateOrder): string {
  const match = /(\d{1,2})[/-](\d{1,2})[/-](\d{4})/.exec(value);
  if (!match) return value;
  const [a, b] = [Number(match[1]), Number(match[2])];
  const [day, month] = order === 'day-first' ? [a, b] : [b, a];
  return `${day} ${MONTH_NAMES[month - 1] ?? '?'} ${match[3]}`;
}

/** How one column's order was decided, in words. */
function decision(reading: ColumnDateOrder, fallback: DateOrder): string {
  const neither = `${reading.ambiguous} ${reading.ambiguous === 1 ? 'date' : 'dates'} such as “${reading.example}” could be either`;
  if (reading.order) return `“${reading.shownBy}” decides: ${reading.order}.`;
  if (reading.conflict)
    return `written both ways (“${reading.shownBy}” day-first, “${reading.conflict}” month-first): each read as it shows${reading.ambiguous > 0 ? `; ${neither}: read ${fallback}` : ''}.`;
  return `undecidable (${neither}): read ${fallback}.`;
}

export interface DateOrderChoiceProps {
  header: readonly string[];
  roles: readonly (LetterField | null)[];
  dateOrders: readonly (ColumnDateOrder | null)[];
  /** The order chosen; null: the default, day-first. */
  dateOrder: DateOrder | null;
  onDateOrder(order: DateOrder): void;
  /** A prefix for element ids, unique in the dialog. */
  idPrefix: string;
}

export function DateOrderChoice(props: DateOrderChoiceProps) {
  const fallback = props.dateOrder ?? 'day-first';
  const columns = props.roles.flatMap((role, index) => {
    const reading = props.dateOrders[index];
    return role && DATE_FIELDS.includes(role) && reading ? [{ index, reading }] : [];
  });
  if (columns.length === 0) return null;
  // Dates that show neither order, which the choice reads.
  const open = columns.find(({ reading }) => reading.ambiguous > 0 && !reading.order)?.reading;
  const id = `${props.idPrefix}-date-order`;
  return (
    <div class="date-order">
      <ul aria-label="Day and month in the dates">
        {columns.map(({ index, reading }) => (
          <li key={index}>
            Dates in “{props.header[index] || `Column ${index + 1}`}”: {decision(reading, fallback)}
          </li>
        ))}
      </ul>
      {open && (
        <label for={id}>
          Read dates that could be either{' '}
          <select
            id={id}
            value={fallback}
            onChange={(e) => props.onDateOrder((e.target as HTMLSelectElement).value as DateOrder)}
          >
            {(['day-first', 'month-first'] as const).map((order) => (
              <option key={order} value={order}>
                {order} (“{open.example}” = {readAs(open.example ?? '', order)})
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
