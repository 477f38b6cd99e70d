/** The columns a reader set in the import dialog, remembered per header in this browser. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  columnsOf,
  rememberedRoles,
  rememberRoles,
  withRole,
} from '../../src/state/column-choices.ts';

beforeEach(() => localStorage.clear());

describe('state/column-choices', () => {
  it('remembers the fields set for a header, for that header only, and forgets them', () => {
    const header = ['Wer', 'An wen', 'Wann'];
    expect(rememberedRoles(header)).toBeNull();
    rememberRoles(header, ['senders', 'recipients', 'date']);
    expect(rememberedRoles(header)).toEqual(['senders', 'recipients', 'date']);
    expect(rememberedRoles(['Wer', 'An wen'])).toBeNull();
    expect(rememberedRoles(['wer', 'An wen', 'Wann'])).toBeNull();
    rememberRoles(header, null);
    expect(rememberedRoles(header)).toBeNull();
  });

  it('keeps the 50 headers set last', () => {
    for (let i = 0; i < 60; i++) rememberRoles([`h${i}`, 'x'], ['senders', null]);
    expect(rememberedRoles(['h59', 'x'])).toEqual(['senders', null]);
    expect(rememberedRoles(['h5', 'x'])).toBeNull();
  });

  it('survives a damaged entry', () => {
    localStorage.setItem('cablegraph:column-choices', '{not json');
    expect(rememberedRoles(['a'])).toBeNull();
    rememberRoles(['a', 'b'], ['senders', 'recipients']);
    expect(rememberedRoles(['a', 'b'])).toEqual(['senders', 'recipients']);
  });

  it("gives a field to one column at a time, and turns roles into the import's column choice", () => {
    const roles = withRole(['senders', 'recipients', null], 2, 'senders');
    expect(roles).toEqual([null, 'recipients', 'senders']);
    expect(withRole(roles, 1, null)).toEqual([null, null, 'senders']);
    expect(columnsOf(roles)).toEqual({ recipients: 1, senders: 2 });
  });
});
