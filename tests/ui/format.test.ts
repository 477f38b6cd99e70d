import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, plural, shortTitle } from '../../src/ui/format.ts';

describe('ui/format: counts', () => {
  it('groups thousands as the English locale does', () => {
    for (const n of [0, 7, 999, 1000, 34_969, 100_000, 1_234_567, -12_345, 1234.5]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en', { maximumFractionDigits: 20 }));
    }
  });

  it('says one document and many documents', () => {
    expect(plural(1, 'document')).toBe('1 document');
    expect(plural(20_000, 'person', 'people')).toBe('20,000 people');
  });
});

describe('ui/format: dates', () => {
  it('shows a date at its precision, a range with a dash, and never drops a qualifier', () => {
    expect(formatDate({ iso: '1949-10-23', precision: 'day', asWritten: null })).toBe(
      '23 October 1949',
    );
    expect(formatDate({ iso: '1680-03', precision: 'month', asWritten: null, end: '1681' })).toBe(
      'March 1680 – 1681',
    );
    expect(
      formatDate({ iso: '1795-03', precision: 'month', asWritten: null, qualifier: 'not after' }),
    ).toBe('not after March 1795');
    expect(
      formatDate({ iso: '1795', precision: 'year', asWritten: null, qualifier: 'circa' }),
    ).toBe('circa 1795');
    expect(formatDate({ iso: null, precision: 'none', asWritten: null })).toBe('Undated');
  });
});

describe('ui/format: short titles for tooltips', () => {
  it('drops the trailing date the tooltip shows beside it, and cuts at a word', () => {
    expect(shortTitle('Letter from Kim Il Sung to Stalin, 8 July 1950')).toBe(
      'Letter from Kim Il Sung to Stalin',
    );
    expect(shortTitle('Minutes No. 68, March 1949')).toBe('Minutes No. 68');
    expect(
      shortTitle(
        'Cable Telegram no. 59363 from Kovalev to Stalin, containing a message from Mao Zedong, 23 October 1949',
      ),
    ).toBe('Cable Telegram no. 59363 from Kovalev to Stalin, containing a message …');
    expect(shortTitle('Untitled')).toBe('Untitled');
  });
});
