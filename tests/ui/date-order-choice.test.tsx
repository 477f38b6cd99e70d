/**
 * The column mapping's dates: how each date column's order of day and month was decided, and
 * the choice of day-first or month-first where the values leave it open.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TablePreview } from '../../src/formats/import-protocol.ts';
import type { DateOrder, LetterField } from '../../src/formats/letter-fields.ts';
import { ColumnMapping } from '../../src/ui/ColumnMapping.tsx';
import { readAs } from '../../src/ui/DateOrderChoice.tsx';

afterEach(cleanup);

const undecided = {
  order: null,
  shownBy: null,
  conflict: null,
  ambiguous: 2,
  example: '03/04/1844',
};
const decided = {
  order: 'day-first' as const,
  shownBy: '31/12/1844',
  conflict: null,
  ambiguous: 1,
  example: '03/04/1844',
};

const preview = (dateOrders: TablePreview['dateOrders']): TablePreview => ({
  file: 'letters.csv',
  kind: 'letters',
  sheets: [],
  sheet: null,
  encoding: 'utf-8',
  header: ['Sender', 'Recipient', 'Date'],
  rows: [['A', 'B', '03/04/1844']],
  roles: ['senders', 'recipients', 'date'],
  dateOrders,
});

function show(
  dateOrders: TablePreview['dateOrders'],
  roles: (LetterField | null)[] = ['senders', 'recipients', 'date'],
  dateOrder: DateOrder | null = null,
) {
  const chosen: DateOrder[] = [];
  render(
    <ColumnMapping
      preview={preview(dateOrders)}
      roles={roles}
      dateOrder={dateOrder}
      remembered={false}
      onRole={() => undefined}
      onSheet={() => undefined}
      onDateOrder={(order) => chosen.push(order)}
      idPrefix="t"
    />,
  );
  return chosen;
}

const choice = () => screen.queryByRole('combobox', { name: /Read dates that could be either/ });
const said = () => screen.getByRole('list', { name: 'Day and month in the dates' }).textContent;

describe('ui/DateOrderChoice', () => {
  it('offers day-first or month-first for an undecidable column, showing what each makes of it', () => {
    const chosen = show([null, null, undecided]);
    expect(said()).toBe(
      'Dates in “Date”: undecidable (2 dates such as “03/04/1844” could be either): read day-first.',
    );
    const select = choice() as HTMLSelectElement;
    expect(select.value).toBe('day-first');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'day-first (“03/04/1844” = 3 April 1844)',
      'month-first (“03/04/1844” = 4 March 1844)',
    ]);
    fireEvent.change(select, { target: { value: 'month-first' } });
    expect(chosen).toEqual(['month-first']);
  });

  it('shows the order chosen', () => {
    show([null, null, undecided], undefined, 'month-first');
    expect((choice() as HTMLSelectElement).value).toBe('month-first');
    expect(said()).toMatch(/read month-first\.$/);
  });

  it('says which value decides a decided column, and offers no choice there', () => {
    show([null, null, decided]);
    expect(said()).toBe('Dates in “Date”: “31/12/1844” decides: day-first.');
    expect(choice()).toBeNull();
  });

  it('says nothing of a column with no numeric dates, or one not read as a date', () => {
    show([null, null, null]);
    expect(screen.queryByRole('list', { name: 'Day and month in the dates' })).toBeNull();
    cleanup();
    show([null, null, undecided], ['senders', 'recipients', null]);
    expect(choice()).toBeNull();
  });

  it('offers the choice for the dates that show neither order in a column written both ways', () => {
    show([null, null, { ...decided, order: null, conflict: '12/31/1844' }]);
    expect(said()).toMatch(/written both ways .*1 dates? such as “03\/04\/1844” could be either/);
    expect(choice()).not.toBeNull();
  });

  it('reads an example date in either order', () => {
    expect(readAs('[03/04/1844]', 'day-first')).toBe('3 April 1844');
    expect(readAs('3-4-1844', 'month-first')).toBe('4 March 1844');
    expect(readAs('1844', 'month-first')).toBe('1844');
  });
});
