import { describe, expect, it } from 'vitest';
import { readRelay, readSpan } from '../../../src/data/parse/clauses.ts';
import { DEFAULT_TITLE_PARSE_OPTIONS, emptyResult } from '../../../src/data/parse/reading.ts';
import type { Reading } from '../../../src/data/parse/reading.ts';

const readingOf = (): Reading => ({
  result: emptyResult(''),
  ctx: DEFAULT_TITLE_PARSE_OPTIONS,
  conversation: false,
  firstSide: false,
});
const names = (reading: Reading, role: 'originators' | 'recipients' | 'via' | 'senders') =>
  reading.result[role].map((p) => p.name);

describe('data/parse/clauses: relayed messages', () => {
  it('reads the author of a carried message as its originator', () => {
    for (const clause of [
      'containing a message from Dolm Varek',
      'Transmitting a Letter from Dolm Varek',
      'Conveying the 3 May Telegram from Dolm Varek',
      'forwarding a report by Dolm Varek',
    ]) {
      const reading = readingOf();
      readRelay(clause, reading);
      expect(names(reading, 'originators'), clause).toEqual(['Dolm Varek']);
    }
  });

  it('reads a possessive relay ("conveying X\'s message") and its subject', () => {
    const reading = readingOf();
    readRelay('Conveying Dolm Varek’s Message on the Harvest', reading);
    expect(names(reading, 'originators')).toEqual(['Dolm Varek']);
    expect(reading.result.topic).toContain('Harvest');
  });

  it("gives the carried message's addressee as recipient only when the title has none", () => {
    const reading = readingOf();
    readRelay('containing a message from Varek to Trebosh', reading);
    expect(names(reading, 'recipients')).toEqual(['Trebosh']);
  });

  it('says an enclosure without an author is an attachment, not a party', () => {
    const reading = readingOf();
    readRelay('with enclosures', reading);
    expect(reading.result.originators).toEqual([]);
    expect(reading.result.readings.map((r) => r.text)).toEqual([
      '"with enclosures" read as an attachment, not a party',
    ]);
  });
});

describe('data/parse/clauses: one role span', () => {
  it('reads a list into its role, and a trailing subject into the topic', () => {
    const reading = readingOf();
    readSpan({ role: 'recipients', pieces: ['Varek', 'Trebosh', 'on the Harvest'] }, reading);
    expect(names(reading, 'recipients')).toEqual(['Varek', 'Trebosh']);
    expect(reading.result.topic).toBe('on the Harvest');
  });

  it('reads a transmission channel after "via" as the medium, not a person', () => {
    const reading = readingOf();
    readSpan({ role: 'via', pieces: ['radio'] }, reading);
    expect(reading.result.medium).toBe('radio');
    expect(reading.result.via).toEqual([]);
  });
});
