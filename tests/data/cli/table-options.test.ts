/** The letter-table options both command lines take, parsed once (build:data and export). */
import { describe, expect, it } from 'vitest';
import { tableOptionsOf } from '../../../src/data/cli/table-options.ts';

describe('data/cli table options', () => {
  it('reads every option into the reader’s options, the date order only when given', () => {
    expect(
      tableOptionsOf({
        map: ['recipients=An', 'date=Datum'],
        columns: ['sender=Wer,recipient=#2'],
        sheet: 'Briefe',
        'default-sender': 'Goethe',
        'date-order': 'month-first',
      }),
    ).toEqual({
      sheet: 'Briefe',
      letters: {
        map: { recipients: 'An', date: 'Datum' },
        columns: { senders: 'Wer', recipients: 1 },
        defaultSender: 'Goethe',
        defaultRecipient: null,
        dateOrder: 'month-first',
      },
    });
    // Not given, it is not chosen: the report says the default was used.
    const none = tableOptionsOf({});
    expect(none).toEqual({
      sheet: null,
      letters: { map: {}, columns: null, defaultSender: null, defaultRecipient: null },
    });
  });

  it('says what is wrong with an option', () => {
    expect(tableOptionsOf({ map: ['writer=Wer'] })).toEqual({
      error: expect.stringMatching(/^--map wants FIELD=COLUMN .*; got "writer=Wer"$/),
    });
    expect(tableOptionsOf({ 'date-order': 'ymd' })).toEqual({
      error: '--date-order must be day-first or month-first, not "ymd"',
    });
    expect(tableOptionsOf({ columns: ['sender'] })).toEqual({
      error: expect.stringMatching(/^--columns: "sender" is not FIELD=COLUMN/),
    });
  });
});
