import { describe, expect, it } from 'vitest';
import { readFrame, readGlobalBrackets } from '../../../src/data/parse/frame.ts';
import { DEFAULT_TITLE_PARSE_OPTIONS, emptyResult } from '../../../src/data/parse/reading.ts';
import type { Reading } from '../../../src/data/parse/reading.ts';

const readingOf = (title: string): Reading => ({
  result: emptyResult(title),
  ctx: DEFAULT_TITLE_PARSE_OPTIONS,
  conversation: false,
  firstSide: false,
});

describe('data/parse/frame: journals and quoted records', () => {
  it("reads a journal's keeper and the record inside it, and says so", () => {
    const reading = readingOf('');
    const frame = readFrame(
      'From the Journal of Dolm Varek, Record of a Conversation with Trebosh',
      reading,
    );
    expect(frame.keeper).toBe('Dolm Varek');
    expect(frame.inner).toBe('Record of a Conversation with Trebosh');
    expect(reading.result.readings.map((r) => r.text)).toContain(
      '"Dolm Varek" read as the keeper of the journal',
    );
  });

  it("keeps a diary's date out of its keeper", () => {
    const frame = readFrame(
      'From the Diary of Dolm Varek, 3 May 1957: Memorandum of Conversation with Trebosh',
      readingOf(''),
    );
    expect(frame.keeper).toBe('Dolm Varek');
    // The inner title keeps the date: it is read as a title of its own, date and all.
    expect(frame.inner).toBe('3 May 1957: Memorandum of Conversation with Trebosh');
  });

  it('reads a quoted conversation title after its author as the record the author made', () => {
    const frame = readFrame("Varek, 'Note About a Conversation with Trebosh'", readingOf(''));
    expect(frame.quote).toBe('Note About a Conversation with Trebosh');
    expect(frame.outer).toBe('Varek');
  });

  it('leaves a quoted subject line in the title', () => {
    const frame = readFrame("Varek to Trebosh, 'The Harvest Is Poor'", readingOf(''));
    expect(frame.quote).toBeNull();
  });
});

describe('data/parse/frame: brackets that apply to the whole title', () => {
  it('reads "(via X)" as an intermediary and "(via radio)" as the medium', () => {
    const reading = readingOf('');
    const read = readGlobalBrackets('Varek to Trebosh (via Quorvin)', reading);
    expect(read.text).toBe('Varek to Trebosh');
    expect(reading.result.via.map((p) => p.name)).toEqual(['Quorvin']);
    const radio = readingOf('');
    readGlobalBrackets('Varek to Trebosh (via radio)', radio);
    expect(radio.result.medium).toBe('radio');
    expect(radio.result.via).toEqual([]);
  });

  it('keeps an editor\'s insertion "[from X]" as part of the title, and says so', () => {
    const reading = readingOf('');
    const read = readGlobalBrackets('Directive [from Varek]', reading);
    expect(read.text).toBe('Directive from Varek');
    expect(reading.result.readings[0]?.text).toContain('editor');
  });

  it('reads "(for X)" as the one to forward to', () => {
    expect(readGlobalBrackets('Varek to Trebosh (for Quorvin)', readingOf('')).forwardTo).toBe(
      'Quorvin',
    );
  });
});

describe('data/parse/frame: a date inside the keeper clause', () => {
  it("takes the journal's date for the record's", () => {
    const reading = readingOf('');
    const frame = readFrame(
      'Journal of Dolm Varek for 3 May 1957, Conversation with Trebosh',
      reading,
    );
    expect(frame.keeper).toBe('Dolm Varek');
    expect(reading.result.date.iso).toBe('1957-05-03');
  });
});
