import { describe, expect, it } from 'vitest';
import { cutDates } from '../../../src/data/parse/date-spans.ts';

describe('data/parse/date-spans: dates anywhere in a title', () => {
  it('cuts a date out of a clause, keeping where it was', () => {
    const cut = cutDates('from Zorbak, 23 October 1949');
    expect(cut.dates.map((d) => [d.date.iso, d.date.precision, d.start, d.end])).toEqual([
      ['1949-10-23', 'day', 11, 28],
    ]);
    expect(cut.text.trim()).toBe('from Zorbak'); // the comma before the date goes with it
  });

  it('reads a range whose first date borrows the year of the second', () => {
    const [found] = cutDates('1 December to 31 December 1953').dates;
    expect(found?.date.iso).toBe('1953-12-01');
    expect(found?.date.end).toBe('1953-12-31');
  });

  it('cuts times of day apart from dates', () => {
    const cut = cutDates('talks at 10:30, 5 May 1950');
    expect(cut.times).toEqual(['at 10:30']);
    expect(cut.dates[0]?.date.iso).toBe('1950-05-05');
  });

  it('reads Roman months', () => {
    expect(cutDates('on 28.VIII.1962').dates[0]?.date.iso).toBe('1962-08-28');
  });

  it('leaves text without dates as it is', () => {
    expect(cutDates('no digits here')).toEqual({ text: 'no digits here', dates: [], times: [] });
    expect(cutDates('on the 1st of May').dates).toEqual([]);
  });
});
