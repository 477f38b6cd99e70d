/**
 * The columns and the date order a reader set in the import dialog, remembered per header in
 * this browser.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  columnsOf,
  rememberChoice,
  rememberedChoice,
  withRole,
} from '../../src/state/column-choices.ts';

beforeEach(() => localStorage.clear());

describe('state/column-choices', () => {
  it('remembers the fields set for a header, for that header only, and forgets them', () => {
    const header = ['Wer', 'An wen', 'Wann'];
    expect(rememberedChoice(header)).toBeNull();
    rememberChoice(header, { roles: ['senders', 'recipients', 'date'], dateOrder: null });
    expect(rememberedChoice(header)).toEqual({
      roles: ['senders', 'recipients', 'date'],
      dateOrder: null,
    });
    expect(rememberedChoice(['Wer', 'An wen'])).toBeNull();
    expect(rememberedChoice(['wer', 'An wen', 'Wann'])).toBeNull();
    rememberChoice(header, { roles: null, dateOrder: null });
    expect(rememberedChoice(header)).toBeNull();
  });

  it('remembers the order of day and month chosen, with or without columns set', () => {
    const header = ['Sender', 'Recipient', 'Date'];
    rememberChoice(header, { roles: null, dateOrder: 'month-first' });
    expect(rememberedChoice(header)).toEqual({ roles: null, dateOrder: 'month-first' });
    rememberChoice(header, { roles: ['senders', null, 'date'], dateOrder: 'day-first' });
    expect(rememberedChoice(header)).toEqual({
      roles: ['senders', null, 'date'],
      dateOrder: 'day-first',
    });
    // An entry from before date orders were remembered still gives its columns.
    localStorage.setItem(
      'cablegraph:column-choices',
      JSON.stringify({ [JSON.stringify(['a', 'b'])]: { roles: ['senders', null], at: 1 } }),
    );
    expect(rememberedChoice(['a', 'b'])).toEqual({ roles: ['senders', null], dateOrder: null });
  });

  it('keeps the 50 headers set last', () => {
    for (let i = 0; i < 60; i++)
      rememberChoice([`h${i}`, 'x'], { roles: ['senders', null], dateOrder: null });
    expect(rememberedChoice(['h59', 'x'])?.roles).toEqual(['senders', null]);
    expect(rememberedChoice(['h5', 'x'])).toBeNull();
  });

  it('survives a damaged entry', () => {
    localStorage.setItem('cablegraph:column-choices', '{not json');
    expect(rememberedChoice(['a'])).toBeNull();
    rememberChoice(['a', 'b'], { roles: ['senders', 'recipients'], dateOrder: null });
    expect(rememberedChoice(['a', 'b'])?.roles).toEqual(['senders', 'recipients']);
  });

  it("gives a field to one column at a time, and turns roles into the import's column choice", () => {
    const roles = withRole(['senders', 'recipients', null], 2, 'senders');
    expect(roles).toEqual([null, 'recipients', 'senders']);
    expect(withRole(roles, 1, null)).toEqual([null, null, 'senders']);
    expect(columnsOf(roles)).toEqual({ recipients: 1, senders: 2 });
  });
});
